//! The connection's state in the desk's language: what `ConnectionStatus` and
//! `DisconnectReason` (plain data from the engine) say, put into words. Details that
//! come from the system or the network library (an error's own text) are shown as given.

use monitor_engine::net::{ConnectionStatus, DisconnectReason};

use super::Translator;
use crate::tr;

impl Translator {
    /// The connection's state in a sentence, as the status bar's hover and the
    /// connection screen say it.
    pub fn status(&self, status: &ConnectionStatus) -> String {
        match status {
            ConnectionStatus::Connecting { attempt: 1 } => tr!(self, "connection-connecting"),
            ConnectionStatus::Connecting { attempt } => {
                tr!(self, "connection-connecting-again", attempt = *attempt)
            }
            ConnectionStatus::Connected { since } => tr!(
                self,
                "connection-connected-utc",
                time = since.format("%H:%M:%S").to_string()
            ),
            ConnectionStatus::Reconnecting { delay, reason, .. } => tr!(
                self,
                "connection-retrying",
                reason = self.disconnect(reason),
                seconds = delay.as_secs_f64().ceil()
            ),
            ConnectionStatus::Rejected { http_status } => {
                tr!(
                    self,
                    "connection-rejected",
                    status = http_status.to_string()
                )
            }
            ConnectionStatus::Stopped => tr!(self, "connection-stopped"),
        }
    }

    /// Why the connection was lost, in a phrase.
    pub fn disconnect(&self, reason: &DisconnectReason) -> String {
        match reason {
            DisconnectReason::NoNetwork(detail) => {
                tr!(self, "disconnect-no-network", detail = detail.as_str())
            }
            DisconnectReason::ConnectTimeout => tr!(self, "disconnect-timeout"),
            DisconnectReason::Tls(detail) => tr!(self, "disconnect-tls", detail = detail.as_str()),
            DisconnectReason::UntrustedCertificate(detail) => {
                tr!(self, "disconnect-untrusted", detail = detail.as_str())
            }
            DisconnectReason::Dns(host) => tr!(self, "disconnect-dns", host = host.as_str()),
            DisconnectReason::Proxy(error) => self.proxy_error(error),
            DisconnectReason::HttpStatus(status) => {
                tr!(self, "disconnect-http", status = status.to_string())
            }
            DisconnectReason::ClosedByServer { code, reason } => match (code, reason.is_empty()) {
                (Some(code), true) => {
                    tr!(self, "disconnect-closed-code", code = code.to_string())
                }
                (Some(code), false) => tr!(
                    self,
                    "disconnect-closed-code-reason",
                    code = code.to_string(),
                    reason = reason.as_str()
                ),
                (None, _) => tr!(self, "disconnect-closed"),
            },
            DisconnectReason::Dropped(detail) => {
                tr!(self, "disconnect-dropped", detail = detail.as_str())
            }
            DisconnectReason::Silent(window) => {
                tr!(self, "disconnect-silent", seconds = window.as_secs())
            }
            DisconnectReason::MessageTooLarge => tr!(self, "disconnect-too-large"),
            DisconnectReason::Slept(slept) => {
                let length = chrono::TimeDelta::from_std(*slept).unwrap_or(chrono::TimeDelta::MAX);
                tr!(self, "disconnect-slept", length = self.length(length))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn english_says_what_the_engine_says() {
        let t = Translator::default();
        let reasons = [
            DisconnectReason::NoNetwork("os error 101".into()),
            DisconnectReason::ConnectTimeout,
            DisconnectReason::Tls("bad record".into()),
            DisconnectReason::UntrustedCertificate("UnknownIssuer".into()),
            DisconnectReason::Dns("ws.mews.com".into()),
            DisconnectReason::HttpStatus(503),
            DisconnectReason::ClosedByServer {
                code: Some(1001),
                reason: String::new(),
            },
            DisconnectReason::ClosedByServer {
                code: Some(4000),
                reason: "bye".into(),
            },
            DisconnectReason::ClosedByServer {
                code: None,
                reason: String::new(),
            },
            DisconnectReason::Dropped("reset".into()),
            DisconnectReason::Silent(Duration::from_secs(75)),
            DisconnectReason::MessageTooLarge,
            DisconnectReason::Slept(Duration::from_secs(3 * 3600)),
        ];
        for reason in reasons {
            assert_eq!(t.disconnect(&reason), reason.to_string());
        }
        let statuses = [
            ConnectionStatus::Connecting { attempt: 1 },
            ConnectionStatus::Connecting { attempt: 3 },
            ConnectionStatus::Connected {
                since: chrono::DateTime::from_timestamp(3_600, 0).expect("time"),
            },
            ConnectionStatus::Reconnecting {
                at: chrono::DateTime::from_timestamp(0, 0).expect("time"),
                delay: Duration::from_millis(7_200),
                reason: DisconnectReason::ConnectTimeout,
            },
            ConnectionStatus::Rejected { http_status: 401 },
            ConnectionStatus::Stopped,
        ];
        for status in statuses {
            assert_eq!(t.status(&status), status.summary());
        }
    }
}
