//! Validated Connector addresses: `wss://` anywhere, `ws://` only on this computer.

use std::fmt;
use std::net::IpAddr;

use tokio_tungstenite::tungstenite::http::Uri;

/// The path of the Connector socket under the WebSocket address.
pub(crate) const CONNECTOR_PATH: &str = "/ws/connector";

/// Why an address cannot be used for the Connector socket.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// Not an address at all.
    #[error("'{0}' is not a web address")]
    Unreadable(String),
    /// Neither `wss://` nor `ws://`.
    #[error("the address must start with wss:// (it starts with {0}://)")]
    Scheme(String),
    /// `ws://` sends tokens unencrypted: allowed only to this computer.
    #[error(
        "an unencrypted ws:// address is only allowed for this computer (127.0.0.1, ::1 or localhost); use wss://"
    )]
    PlainTextRemote,
    /// No host name.
    #[error("the address has no host name")]
    NoHost,
}

/// A WebSocket address for the Connector socket, path included.
#[derive(Clone, PartialEq, Eq)]
pub struct WsUrl(Uri);

impl WsUrl {
    /// Reads `text`: a base address (`wss://ws.mews.com`) gets `/ws/connector`
    /// appended; a full address is kept as given.
    pub fn parse(text: &str) -> Result<WsUrl, AddressError> {
        let text = text.trim();
        let uri: Uri = text
            .parse()
            .map_err(|_| AddressError::Unreadable(text.to_owned()))?;
        let scheme = uri
            .scheme_str()
            .ok_or_else(|| AddressError::Unreadable(text.to_owned()))?
            .to_ascii_lowercase();
        let host = uri
            .host()
            .filter(|host| !host.is_empty())
            .ok_or(AddressError::NoHost)?;
        match scheme.as_str() {
            "wss" => {}
            "ws" if is_loopback(host) => {}
            "ws" => return Err(AddressError::PlainTextRemote),
            other => return Err(AddressError::Scheme(other.to_owned())),
        }
        let uri = if matches!(uri.path(), "" | "/") {
            let authority = uri.authority().map(|a| a.as_str()).unwrap_or(host);
            format!("{scheme}://{authority}{CONNECTOR_PATH}")
                .parse()
                .map_err(|_| AddressError::Unreadable(text.to_owned()))?
        } else {
            uri
        };
        Ok(WsUrl(uri))
    }

    /// The full address as a `Uri`.
    pub(crate) fn uri(&self) -> &Uri {
        &self.0
    }

    /// The host (without brackets around an IPv6 address) and the port, 443 or 80 when unsaid.
    pub(crate) fn host_and_port(&self) -> (&str, u16) {
        let host = self.0.host().unwrap_or_default();
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let default = if self.is_secure() { 443 } else { 80 };
        (host, self.0.port_u16().unwrap_or(default))
    }

    /// Whether the connection is encrypted.
    pub(crate) fn is_secure(&self) -> bool {
        self.0.scheme_str() == Some("wss")
    }
}

impl fmt::Display for WsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Debug for WsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WsUrl({})", self.0)
    }
}

fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_addresses_get_the_connector_path() {
        let url = WsUrl::parse("wss://ws.mews-demo.com").expect("valid");
        assert_eq!(url.to_string(), "wss://ws.mews-demo.com/ws/connector");
        let url = WsUrl::parse("wss://ws.mews.com/").expect("valid");
        assert_eq!(url.to_string(), "wss://ws.mews.com/ws/connector");
        let url = WsUrl::parse("ws://127.0.0.1:9000/ws/connector").expect("valid");
        assert_eq!(url.to_string(), "ws://127.0.0.1:9000/ws/connector");
        assert!(!url.is_secure());
    }

    #[test]
    fn plain_text_is_only_for_this_computer() {
        assert_eq!(
            WsUrl::parse("ws://ws.mews.com"),
            Err(AddressError::PlainTextRemote)
        );
        assert_eq!(
            WsUrl::parse("ws://10.0.0.5:80"),
            Err(AddressError::PlainTextRemote)
        );
        for local in ["ws://localhost:1", "ws://[::1]:1", "ws://127.1.2.3:1"] {
            assert!(WsUrl::parse(local).is_ok(), "{local}");
        }
        assert_eq!(
            WsUrl::parse("https://api.mews.com"),
            Err(AddressError::Scheme("https".into()))
        );
        assert!(WsUrl::parse("not an address").is_err());
    }
}
