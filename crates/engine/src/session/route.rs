//! How a connection reaches Mews (proxy, trust store), as plain data for diagnostics:
//! the window and `tail` put it into words.

use crate::net::{ProxyChoice, ProxyError, TrustStore, WsUrl, tls};

/// How a connection reaches Mews, for the diagnostics window and `tail`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// Through which proxy, if any.
    pub proxy: RouteProxy,
    /// Which certificates are trusted, or why none could be loaded (the TLS library's words).
    pub trust: Result<TrustStore, String>,
}

/// The proxy a connection goes through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteProxy {
    /// None: straight to Mews.
    Direct,
    /// This proxy (its address, never its password).
    Through(String),
    /// The proxy set or named cannot be used.
    Unusable(ProxyError),
}

impl Route {
    /// The route to `url` now, reached as `proxy` says.
    pub fn of(url: &WsUrl, proxy: &ProxyChoice) -> Route {
        let (host, _) = url.host_and_port();
        let scheme = if url.is_secure() { "wss" } else { "ws" };
        let proxy = match proxy.for_host(scheme, host) {
            Ok(Some(proxy)) => RouteProxy::Through(proxy.to_string()),
            Ok(None) => RouteProxy::Direct,
            Err(error) => RouteProxy::Unusable(error),
        };
        let trust = tls::client_config_with_trust(&[])
            .map(|(_, trust)| trust)
            .map_err(|error| error.to_string());
        Route { proxy, trust }
    }
}
