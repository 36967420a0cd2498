//! Everything the connection task needs to know before it starts.

use std::time::Duration;

use rustls::pki_types::CertificateDer;

use super::address::WsUrl;
use super::backoff::BackoffPolicy;
use crate::credentials::TokenPair;

/// Default keep-alive ping interval.
pub const DEFAULT_PING_INTERVAL: Duration = Duration::from_secs(30);
/// Default largest message accepted; larger ones are reported and skipped.
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

/// How to connect and how patient to be.
#[derive(Clone, Debug)]
pub struct ConnectionConfig {
    /// The Connector socket address.
    pub url: WsUrl,
    /// The tokens for the handshake cookie.
    pub tokens: TokenPair,
    /// A ping goes out this often; silence for two intervals means the link is dead.
    pub ping_interval: Duration,
    /// How long opening the socket (TCP, TLS, handshake) may take.
    pub connect_timeout: Duration,
    /// Messages larger than this are reported and skipped with the link kept.
    /// Four times this is the hard limit, past which the link is reset.
    pub max_message_bytes: usize,
    /// Reconnect delays.
    pub backoff: BackoffPolicy,
    /// Seed for the backoff jitter (tests); `None` draws a random one.
    pub jitter_seed: Option<u64>,
    /// Certificates to trust besides the public roots (a private test server).
    pub extra_root_certificates: Vec<CertificateDer<'static>>,
    /// How many messages may wait for the consumer before reading slows down.
    pub channel_capacity: usize,
    /// Directly, or through the environment's proxy.
    pub proxy: super::proxy::ProxyChoice,
    /// A clock that counts sleep, compared with the monotonic clock to notice that the
    /// computer slept.
    pub sleep_clock: super::sleep::SleepClock,
}

impl ConnectionConfig {
    /// Defaults suited to Mews: 30 s pings, 16 MiB messages, 1 s..60 s backoff.
    pub fn new(url: WsUrl, tokens: TokenPair) -> Self {
        ConnectionConfig {
            url,
            tokens,
            ping_interval: DEFAULT_PING_INTERVAL,
            connect_timeout: Duration::from_secs(20),
            max_message_bytes: DEFAULT_MAX_MESSAGE_BYTES,
            backoff: BackoffPolicy::default(),
            jitter_seed: None,
            extra_root_certificates: Vec::new(),
            channel_capacity: 1024,
            proxy: super::proxy::ProxyChoice::default(),
            sleep_clock: super::sleep::SleepClock::default(),
        }
    }

    /// How long silence may last before the link counts as dead.
    pub(crate) fn silence_limit(&self) -> Duration {
        self.ping_interval.saturating_mul(2)
    }
}
