//! The engine of Mews Monitor: everything that talks to the outside world, with no window.
//!
//! It connects to Mews (or the built-in simulator), keeps the tokens in the system keyring,
//! writes history to disk and runs the live session that feeds the core's store. It depends
//! on `monitor-core` and knows nothing of egui: the app above it draws what it holds.
//!
//! # Layout
//!
//! Lowest first; each module uses only the ones named after its arrow.
//!
//! - [`Wake`] and `words` → nothing: the wake-up callback the background threads call,
//!   and counts in words ("1 event", "3 events").
//! - [`trouble`] → `words`: what went wrong, as plain data the window and `tail` put
//!   into words, and the problems list.
//! - [`credentials`] → nothing: the token type whose `Debug` and `Display` never show the
//!   secret, and the system keyring (the only place tokens are saved), per connection profile.
//! - [`net`] → `Wake`, `credentials`, `trouble`: where Mews is (environments and their addresses),
//!   the connection task (cookie auth, keep-alive, backoff, sleep), its status and handle,
//!   REST lookups, proxies, TLS.
//! - [`history`] → `Wake`, `trouble`: events, statuses and problems on disk (SQLite, WAL);
//!   pauses and gaps when it cannot be written; restore, timelines, export.
//! - [`sim`]: a Mews-compatible simulator (WebSocket and REST) for the demo, tests and benches.
//! - [`session`] → `Wake`, `words`, `trouble`, `credentials`, `history`, `net`, `sim`: the live
//!   session behind the window and `tail`: the store fed by the connection and lookups,
//!   written to history, told to an output; the built-in demo hotel.

mod words;

pub mod credentials;
pub mod history;
pub mod net;
pub mod session;
pub mod sim;
pub mod trouble;

/// Called by a background thread or task after it has news (a message in its
/// channel, history paused or resumed), so the consumer can wake up.
pub type Wake = std::sync::Arc<dyn Fn() + Send + Sync>;
