//! Which Mews to talk to: the demo or production environment, each with its
//! two addresses, or addresses given instead. The one place that decides where
//! to connect; the command line and the saved settings both read it.

use super::address::{AddressError, WsUrl};

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

/// Where to connect, as asked for: an environment, and addresses that override its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Addresses {
    /// The environment, if one was named.
    pub env: Option<Environment>,
    /// A WebSocket address instead of the environment's.
    pub ws_url: Option<String>,
    /// A REST address instead of the environment's.
    pub api_url: Option<String>,
}

impl Addresses {
    /// An environment's own addresses.
    pub fn of(env: Environment) -> Self {
        Addresses {
            env: Some(env),
            ..Addresses::default()
        }
    }

    /// Addresses typed in; blanks around them are dropped, and an empty REST address is none.
    pub fn typed(ws_url: &str, api_url: &str) -> Self {
        let api_url = api_url.trim();
        Addresses {
            env: None,
            ws_url: Some(ws_url.trim().to_owned()),
            api_url: (!api_url.is_empty()).then(|| api_url.to_owned()),
        }
    }

    /// The WebSocket address chosen, if any: the one given, else the environment's.
    pub fn ws_url(&self) -> Option<Result<WsUrl, AddressError>> {
        match (&self.ws_url, self.env) {
            (Some(url), _) => Some(WsUrl::parse(url)),
            (None, Some(env)) => Some(WsUrl::parse(env.ws_url())),
            (None, None) => None,
        }
    }

    /// The WebSocket address as text, if any (unchecked).
    pub fn ws_text(&self) -> Option<String> {
        self.ws_url
            .clone()
            .or_else(|| self.env.map(|env| env.ws_url().to_owned()))
    }

    /// The REST address chosen, if any: the one given, else the environment's.
    pub fn api_url(&self) -> Option<String> {
        self.api_url
            .clone()
            .or_else(|| self.env.map(|env| env.api_url().to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_addresses_override_the_environments() {
        let production = Addresses::of(Environment::Production);
        assert_eq!(
            production.api_url().as_deref(),
            Some("https://api.mews.com")
        );
        let mixed = Addresses {
            api_url: Some("https://api.example.com".into()),
            ..production
        };
        assert_eq!(mixed.ws_text().as_deref(), Some("wss://ws.mews.com"));
        assert_eq!(mixed.api_url().as_deref(), Some("https://api.example.com"));
        assert_eq!(Addresses::typed(" wss://x.example ", "  ").api_url(), None);
    }
}
