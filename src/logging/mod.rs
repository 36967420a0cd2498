//! Logging: standard error, filtered by `RUST_LOG`, never a line that holds a token.
//!
//! Some libraries log secrets at their most detailed level: tungstenite
//! traces the whole handshake request, cookie and all. Those targets are
//! dropped at `TRACE` whatever `RUST_LOG` says; the test
//! `tests/no_token_in_logs.rs` runs a real handshake with every trace on.
//! A message repeated is written once, then counted ([`repeats`]).

mod repeats;

use tracing::{Level, Metadata};
use tracing_subscriber::filter::{EnvFilter, filter_fn};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{Layer, fmt};

/// Log targets whose `TRACE` events may hold tokens (the handshake request with its cookie).
pub(crate) const SECRET_BEARING_TARGETS: &[&str] = &["tungstenite::handshake"];

/// Whether an event may be written: `false` for trace events of [`SECRET_BEARING_TARGETS`].
pub(crate) fn may_log(metadata: &Metadata<'_>) -> bool {
    *metadata.level() != Level::TRACE
        || !SECRET_BEARING_TARGETS
            .iter()
            .any(|target| metadata.target().starts_with(target))
}

/// Sends logs to standard error, filtered by `RUST_LOG` (default: warnings), with
/// colour codes only when standard error is a terminal (not in a file or a pipe),
/// and repeats folded into a count.
///
/// Does nothing if a logger is already installed.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
    let output = fmt::layer()
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(repeats::FoldRepeats::new(std::io::stderr()))
        .with_filter(filter_fn(may_log));
    let _ = tracing_subscriber::registry()
        .with(filter)
        .with(output)
        .try_init();
}
