//! Where to connect, as given on the command line (`--env`, `--ws-url`,
//! `--api-url`, `--ping-interval`); what the addresses are is decided in
//! [`monitor_engine::net::environment`].

use std::time::Duration;

use monitor_engine::net::{Addresses, Environment};

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
    /// The addresses asked for.
    pub(crate) fn addresses(&self) -> Addresses {
        Addresses {
            env: self.env,
            ws_url: self.ws_url.clone(),
            api_url: self.api_url.clone(),
        }
    }

    /// The keep-alive interval.
    pub(crate) fn ping_interval(&self) -> Duration {
        Duration::from_secs(self.ping_interval)
    }
}
