//! Logging to standard error, with the one place tokens could leak shut.
//!
//! The WebSocket library traces the whole handshake request, Cookie header
//! included, at TRACE level. Whatever `RUST_LOG` says, those records and
//! HTTP-internals traces are dropped here, so no log carries a token.

use tracing::Level;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::Layer;
use tracing_subscriber::filter::filter_fn;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Whether a record from `target` at `level` may carry request headers or bodies.
pub fn may_carry_secrets(target: &str, level: &Level) -> bool {
    let network = [
        "tungstenite",
        "tokio_tungstenite",
        "hyper",
        "hyper_util",
        "reqwest",
        "h2",
    ];
    *level == Level::TRACE
        && network.iter().any(|crate_name| {
            target == *crate_name || target.starts_with(&format!("{crate_name}::"))
        })
}

/// Installs the subscriber: `RUST_LOG` filtering (default: warnings) minus secret carriers.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(filter)
        .with_filter(filter_fn(|meta| {
            !may_carry_secrets(meta.target(), meta.level())
        }));
    let _ = tracing_subscriber::registry().with(layer).try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handshake_traces_are_dropped_and_ordinary_logs_kept() {
        assert!(may_carry_secrets(
            "tungstenite::handshake::client",
            &Level::TRACE
        ));
        assert!(may_carry_secrets("hyper::proto::h1::role", &Level::TRACE));
        assert!(!may_carry_secrets("tungstenite::protocol", &Level::DEBUG));
        assert!(!may_carry_secrets(
            "mews_monitor::net::engine",
            &Level::TRACE
        ));
        assert!(!may_carry_secrets("hyperion", &Level::TRACE));
    }
}
