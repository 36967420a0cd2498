//! What the connection is doing, as plain data the UI and `tail` put into words.

use std::fmt;
use std::time::Duration;

use chrono::{DateTime, Utc};
use monitor_core::store::clock::length_in_words;

/// The connection's lifecycle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConnectionStatus {
    /// Opening the socket (attempt 1 is the first).
    Connecting {
        /// Attempts since the last healthy connection, from 1.
        attempt: u32,
    },
    /// The socket is open and events flow.
    Connected {
        /// When the handshake completed.
        since: DateTime<Utc>,
    },
    /// The link was lost or could not be made; another attempt is scheduled.
    Reconnecting {
        /// When the next attempt starts.
        at: DateTime<Utc>,
        /// How long the wait is.
        delay: Duration,
        /// Why the link is down.
        reason: DisconnectReason,
    },
    /// Mews refused the tokens; nothing more is tried until told to.
    Rejected {
        /// The HTTP status Mews answered with (401 or 403).
        http_status: u16,
    },
    /// Stopped on request.
    Stopped,
}

impl ConnectionStatus {
    /// One line for staff, e.g. "Connected since 08:02" (times in UTC here;
    /// the UI formats them in the hotel's zone).
    pub fn summary(&self) -> String {
        match self {
            ConnectionStatus::Connecting { attempt: 1 } => "Connecting to Mews…".into(),
            ConnectionStatus::Connecting { attempt } => {
                format!("Connecting to Mews (attempt {attempt})…")
            }
            ConnectionStatus::Connected { since } => {
                format!("Connected since {} UTC", since.format("%H:%M:%S"))
            }
            ConnectionStatus::Reconnecting { delay, reason, .. } => format!(
                "{reason}. Trying again in {} s.",
                delay.as_secs_f64().ceil()
            ),
            ConnectionStatus::Rejected { http_status } => format!(
                "Mews rejected the tokens (HTTP {http_status}). Check the ClientToken and AccessToken with your Mews administrator, then connect again."
            ),
            ConnectionStatus::Stopped => "Disconnected.".into(),
        }
    }
}

/// Why the link is down, in words a receptionist understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DisconnectReason {
    /// The computer could not reach Mews at all (no route, name not found, refused).
    NoNetwork(String),
    /// Mews did not complete the connection in time.
    ConnectTimeout,
    /// The secure (TLS) connection could not be set up.
    Tls(String),
    /// The server's certificate is not one this computer trusts (often a network
    /// that inspects traffic with its own certificate).
    UntrustedCertificate(String),
    /// The server's name could not be looked up.
    Dns(String),
    /// The proxy in the way could not be used.
    Proxy(super::proxy::ProxyError),
    /// Mews answered the handshake with an HTTP error other than a rejection.
    HttpStatus(u16),
    /// Mews closed the connection with a Close frame.
    ClosedByServer {
        /// The close code, when sent.
        code: Option<u16>,
        /// The reason text, when sent.
        reason: String,
    },
    /// The link broke without a Close frame.
    Dropped(String),
    /// Nothing arrived for the keep-alive window (no frame, no pong).
    Silent(Duration),
    /// A message exceeded the hard size limit, so the link had to be reset.
    MessageTooLarge,
    /// The computer slept this long: the link is replaced, as it has most likely died.
    Slept(Duration),
}

impl fmt::Display for DisconnectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DisconnectReason::NoNetwork(detail) => {
                write!(f, "No network connection to Mews ({detail})")
            }
            DisconnectReason::ConnectTimeout => f.write_str("Mews did not answer in time"),
            DisconnectReason::Tls(detail) => {
                write!(f, "The secure connection to Mews failed ({detail})")
            }
            DisconnectReason::UntrustedCertificate(detail) => write!(
                f,
                "The hotel network's certificate is not trusted by this computer ({detail}). Ask IT to install the network's certificate on this computer"
            ),
            DisconnectReason::Dns(host) => write!(f, "The name {host} could not be found (DNS)"),
            DisconnectReason::Proxy(error) => write!(f, "{error}"),
            DisconnectReason::HttpStatus(status) => {
                write!(
                    f,
                    "Mews is not accepting connections right now (HTTP {status})"
                )
            }
            DisconnectReason::ClosedByServer { code, reason } => {
                f.write_str("Mews closed the connection")?;
                match (code, reason.is_empty()) {
                    (Some(code), true) => write!(f, " (code {code})"),
                    (Some(code), false) => write!(f, " (code {code}: {reason})"),
                    (None, _) => Ok(()),
                }
            }
            DisconnectReason::Dropped(detail) => {
                write!(f, "The connection to Mews was lost ({detail})")
            }
            DisconnectReason::Silent(window) => write!(
                f,
                "Mews stopped answering (nothing for {} s)",
                window.as_secs()
            ),
            DisconnectReason::MessageTooLarge => {
                f.write_str("Mews sent a message too large to accept")
            }
            DisconnectReason::Slept(slept) => write!(
                f,
                "This computer was asleep for {}, so the connection to Mews is opened again",
                length_in_words(
                    chrono::TimeDelta::from_std(*slept).unwrap_or(chrono::TimeDelta::MAX)
                )
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_as_plain_words() {
        let status = ConnectionStatus::Reconnecting {
            at: DateTime::from_timestamp(0, 0).expect("valid time"),
            delay: Duration::from_millis(7_200),
            reason: DisconnectReason::ClosedByServer {
                code: Some(1001),
                reason: String::new(),
            },
        };
        assert_eq!(
            status.summary(),
            "Mews closed the connection (code 1001). Trying again in 8 s."
        );
        assert!(
            ConnectionStatus::Rejected { http_status: 401 }
                .summary()
                .starts_with("Mews rejected the tokens")
        );
    }
}
