//! Which Mews to talk to: demo, production, or custom addresses.

use std::time::Duration;

use crate::net::{AddressError, WsUrl};

/// A Mews environment with its two separate addresses.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
pub enum Environment {
    /// The public Mews demo environment.
    Demo,
    /// The Mews production environment.
    Production,
}

impl Environment {
    /// The WebSocket address (the socket path is added when connecting).
    pub fn ws_url(self) -> &'static str {
        match self {
            Environment::Demo => "wss://ws.mews-demo.com",
            Environment::Production => "wss://ws.mews.com",
        }
    }

    /// The REST platform address.
    pub fn api_url(self) -> &'static str {
        match self {
            Environment::Demo => "https://api.mews-demo.com",
            Environment::Production => "https://api.mews.com",
        }
    }
}

/// Where to connect and how often to ping, as given on the command line.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ConnectionArgs {
    /// Mews environment; sets both the WebSocket and the REST address.
    #[arg(long, value_enum)]
    pub env: Option<Environment>,
    /// WebSocket address (e.g. wss://ws.mews.com); overrides --env.
    #[arg(long, value_name = "URL")]
    pub ws_url: Option<String>,
    /// REST platform address (e.g. https://api.mews.com); overrides --env.
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,
    /// Seconds between keep-alive pings.
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub ping_interval: u64,
}

impl ConnectionArgs {
    /// The WebSocket address chosen, if any: `--ws-url`, else `--env`'s.
    pub fn ws_url(&self) -> Option<Result<WsUrl, AddressError>> {
        match (&self.ws_url, self.env) {
            (Some(url), _) => Some(WsUrl::parse(url)),
            (None, Some(env)) => Some(WsUrl::parse(env.ws_url())),
            (None, None) => None,
        }
    }

    /// The REST address chosen, if any: `--api-url`, else `--env`'s.
    pub fn api_url(&self) -> Option<String> {
        self.api_url
            .clone()
            .or_else(|| self.env.map(|env| env.api_url().to_owned()))
    }

    /// The keep-alive interval.
    pub fn ping_interval(&self) -> Duration {
        Duration::from_secs(self.ping_interval)
    }
}
