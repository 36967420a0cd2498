//! Where a session connects: the WebSocket address, the REST address for
//! names and resync, and the keep-alive interval.

use std::time::Duration;

use crate::net::config::DEFAULT_PING_INTERVAL;
use crate::net::{ProxyChoice, WsUrl};

/// Where to connect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The Connector WebSocket address.
    pub ws_url: WsUrl,
    /// The REST platform address; without it there are no names and no resync.
    pub api_url: Option<String>,
    /// Time between keep-alive pings.
    pub ping_interval: Duration,
    /// Directly, or through the environment's proxy.
    pub proxy: ProxyChoice,
}

impl Target {
    /// A target with the default keep-alive.
    pub fn new(ws_url: WsUrl, api_url: Option<String>) -> Self {
        Target {
            ws_url,
            api_url,
            ping_interval: DEFAULT_PING_INTERVAL,
            proxy: ProxyChoice::default(),
        }
    }
}
