//! HTTP proxies for the WebSocket, chosen as REST (reqwest) chooses them: the
//! proxy set in the app's connection settings; else the one the environment or the
//! system names for the host ([`choose`]: hyper-util's matcher, the one reqwest uses).
//! Then a `CONNECT` tunnel through it ([`tunnel`]: hyper-util's `Tunnel` connector).
//!
//! A proxy's password is a secret like the tokens: it is sent only to the
//! proxy (Basic), and neither `Debug` nor `Display` nor any error shows it.

use std::fmt;

mod choose;
mod system;
mod tunnel;

/// Why a proxy could not be used, in words for staff.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProxyError {
    /// The proxy address is not `[http://][user:password@]host:port`.
    #[error("The proxy address '{0}' cannot be used (expected http://host:port)")]
    Address(String),
    /// A proxy address set in the app carries a user name or password.
    #[error("Put the proxy's user name and password in their own fields, not in its address")]
    CredentialsInAddress,
    /// The proxy's name could not be looked up.
    #[error("The name of the proxy {0} could not be found (DNS)")]
    Dns(String),
    /// Nothing answers at the proxy's address, or it refused the TCP connection.
    #[error("The proxy at {0} refused the connection")]
    Unreachable(String),
    /// The proxy wants a user name and password, and none (or wrong ones) were given.
    #[error("The proxy at {address} needs a user name and password (HTTP 407){}",
            if *.sent { "; the ones given were not accepted" } else { "" })]
    AuthRequired {
        /// The proxy's `host:port`.
        address: String,
        /// Whether credentials were sent.
        sent: bool,
    },
    /// The proxy answered the `CONNECT` with another refusal.
    #[error("The proxy at {address} refused the connection to {target}")]
    Refused {
        /// The proxy's `host:port`.
        address: String,
        /// Where the tunnel was to go.
        target: String,
    },
    /// The proxy's answer was not HTTP, or the link broke during it.
    #[error("The proxy at {0} gave an answer this program does not understand")]
    BadAnswer(String),
}

/// How the monitor reaches Mews.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ProxyChoice {
    /// Through the proxy the environment names (`HTTPS_PROXY`, `ALL_PROXY`,
    /// `NO_PROXY`), as REST does; else, on Windows, the system proxy;
    /// directly when neither names one.
    #[default]
    FromEnvironment,
    /// Always directly (the built-in demo hotel on this computer).
    Direct,
    /// Through this proxy, set in the app's connection settings, for every host.
    Configured(Proxy),
}

impl ProxyChoice {
    /// The proxy to use for `scheme://host`, if any.
    pub(crate) fn for_host(&self, scheme: &str, host: &str) -> Result<Option<Proxy>, ProxyError> {
        match self {
            ProxyChoice::Direct => Ok(None),
            ProxyChoice::Configured(proxy) => Ok(Some(proxy.clone())),
            ProxyChoice::FromEnvironment => {
                choose::for_host(scheme, host, |name| std::env::var(name).ok())
            }
        }
    }
}

/// An HTTP proxy: where it is, and the credentials it wants, if any.
#[derive(Clone, PartialEq, Eq)]
pub struct Proxy {
    host: String,
    port: u16,
    user: Option<String>,
    password: Option<String>,
    /// Where it was configured, for diagnostics (e.g. "HTTPS_PROXY").
    source: String,
}

impl fmt::Debug for Proxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Proxy")
            .field("address", &self.address())
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("source", &self.source)
            .finish()
    }
}

impl fmt::Display for Proxy {
    /// "http://10.0.0.5:3128 (from HTTPS_PROXY)", with the user but never the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("http://")?;
        if let Some(user) = &self.user {
            write!(f, "{user}@")?;
        }
        write!(f, "{} (from {})", self.address(), self.source)
    }
}

impl Proxy {
    /// Reads `[http://][user[:password]@]host[:port][/]` (port 80 when left out).
    pub fn parse(text: &str, source: &str) -> Result<Proxy, ProxyError> {
        let refuse = || ProxyError::Address(redact(text));
        let rest = text.trim();
        let rest = match rest.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => rest,
            Some(_) => return Err(refuse()),
            None => rest,
        };
        let rest = rest.trim_end_matches('/');
        let (credentials, address) = match rest.rsplit_once('@') {
            Some((credentials, address)) => (Some(credentials), address),
            None => (None, rest),
        };
        let (host, port) = match address.rsplit_once(':') {
            Some((host, port)) if !host.ends_with(']') || host.starts_with('[') => {
                (host, port.parse::<u16>().map_err(|_| refuse())?)
            }
            _ => (address, 80),
        };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        if host.is_empty() || host.contains(['/', ' ', '@']) || address.contains('/') {
            return Err(refuse());
        }
        let (user, password) = match credentials.map(|c| c.split_once(':').unwrap_or((c, ""))) {
            Some((user, password)) => (
                Some(decode(user)).filter(|user| !user.is_empty()),
                Some(decode(password)).filter(|password| !password.is_empty()),
            ),
            None => (None, None),
        };
        Ok(Proxy {
            host: host.to_owned(),
            port,
            user,
            password,
            source: source.to_owned(),
        })
    }

    /// The same proxy with this user name (none when empty).
    pub fn with_user(mut self, user: &str) -> Proxy {
        self.user = Some(user.trim().to_owned()).filter(|user| !user.is_empty());
        self
    }

    /// The same proxy with this password (kept in the keyring, not in the address).
    pub fn with_password(mut self, password: Option<&str>) -> Proxy {
        self.password = password
            .filter(|password| !password.is_empty())
            .map(str::to_owned);
        self
    }

    /// The user name sent to the proxy, if any.
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// The password sent to the proxy, if any; only for the connection itself.
    pub(crate) fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }

    /// `host:port`, e.g. "10.0.0.5:3128".
    pub fn address(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// Undoes %-escapes in a user name or password.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The address with any password replaced by `***`, for messages.
fn redact(text: &str) -> String {
    let Some((before, after)) = text.rsplit_once('@') else {
        return text.to_owned();
    };
    let (scheme, credentials) = match before.split_once("://") {
        Some((scheme, credentials)) => (format!("{scheme}://"), credentials),
        None => (String::new(), before),
    };
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}{user}:***@{after}"),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_read_with_or_without_scheme_port_and_credentials() {
        let proxy = Proxy::parse("http://desk:s%40cret@10.0.0.5:3128/", "HTTPS_PROXY").expect("ok");
        assert_eq!(proxy.address(), "10.0.0.5:3128");
        assert_eq!(proxy.user.as_deref(), Some("desk"));
        assert_eq!(proxy.password.as_deref(), Some("s@cret"));
        assert_eq!(
            Proxy::parse("proxy.hotel.lan", "x").expect("ok").address(),
            "proxy.hotel.lan:80"
        );
        assert_eq!(
            Proxy::parse("[::1]:8080", "x").expect("ok").address(),
            "[::1]:8080"
        );
        assert!(Proxy::parse("socks5://10.0.0.5:1080", "x").is_err());
        assert!(Proxy::parse("http://10.0.0.5:port", "x").is_err());
    }

    #[test]
    fn the_password_never_shows() {
        let proxy = Proxy::parse("http://desk:hunter2@10.0.0.5:3128", "HTTPS_PROXY").expect("ok");
        let shown = format!("{proxy} {proxy:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(
            shown.contains("http://desk@10.0.0.5:3128 (from HTTPS_PROXY)"),
            "{shown}"
        );
        let error = Proxy::parse("ftp://desk:hunter2@10.0.0.5:3128", "x").expect_err("refused");
        assert!(!error.to_string().contains("hunter2"), "{error}");
    }

    #[test]
    fn proxy_errors_read_as_plain_words() {
        assert_eq!(
            ProxyError::Unreachable("10.0.0.5:3128".into()).to_string(),
            "The proxy at 10.0.0.5:3128 refused the connection"
        );
        assert_eq!(
            ProxyError::AuthRequired {
                address: "10.0.0.5:3128".into(),
                sent: false
            }
            .to_string(),
            "The proxy at 10.0.0.5:3128 needs a user name and password (HTTP 407)"
        );
    }
}
