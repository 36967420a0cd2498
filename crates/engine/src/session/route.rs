//! How a connection reaches Mews (proxy, trust store), in words for diagnostics.

use crate::net::{ProxyChoice, WsUrl, tls};

/// How a connection reaches Mews, in words for the diagnostics window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// "none (direct)", or the proxy with where it was configured (never its password).
    pub proxy: String,
    /// Which certificates are trusted.
    pub trust: String,
}

impl Route {
    /// The route to `url` now, reached as `proxy` says.
    pub fn of(url: &WsUrl, proxy: &ProxyChoice) -> Route {
        let (host, _) = url.host_and_port();
        let scheme = if url.is_secure() { "wss" } else { "ws" };
        let proxy = match proxy.for_host(scheme, host) {
            Ok(Some(proxy)) => proxy.to_string(),
            Ok(None) => "none (direct)".to_owned(),
            Err(error) => error.to_string(),
        };
        let trust = match tls::client_config_with_trust(&[]) {
            Ok((_, trust)) => trust.to_string(),
            Err(error) => error.to_string(),
        };
        Route { proxy, trust }
    }
}
