//! Mews Monitor: a live event monitor for hotel front desks.
//!
//! It holds a WebSocket connection to the Mews Connector API and shows, as
//! they happen, room housekeeping states, reservation changes, device
//! commands and price updates.
//!
//! # Layout
//!
//! Dependencies point one way: `protocol` ← `store` ← `ui`, and `protocol` ← `net`.
//!
//! - [`protocol`]: wire types and a tolerant, pure parser for frames and REST responses.
//! - [`store`]: the live store (rooms, tables, bounded event log, problems); pure.
//! - [`credentials`]: the token type whose `Debug` and `Display` never show the secret, and
//!   the system keyring (the only place tokens are saved), per connection profile.
//! - [`net`]: the connection task (cookie auth, keep-alive, backoff), its status and handle.
//! - [`session`]: the live session: the store fed by the engine and lookups, written to history.
//! - [`settings`]: non-secret settings (where to connect, ready rule, tab, filters, zoom).
//! - [`ui`]: the desktop window (egui/eframe): board, tables, log, status bar, connection screen.
//! - [`history`]: events, statuses and problems on disk (SQLite, WAL); restore, timelines, export.
//! - [`notify`]: desktop notifications for alerts, on their own thread, with a plain message
//!   when the desktop shows none.
//! - [`logging`]: logging to standard error that never carries a token.
//! - [`sim`]: a Mews-compatible simulator (WebSocket and REST) for the demo, tests and benches.
//! - [`desktop`]: the window icon, the freedesktop menu and autostart entries, one instance
//!   per user (a second launch brings the first window forward), and the desktop's light or
//!   dark preference.
//! - [`cli`]: the command line: `tail`, `simulate`, `export`, `tokens`, `install-desktop`,
//!   `uninstall-desktop`.

pub mod cli;
pub mod credentials;
pub mod desktop;
pub mod history;
pub mod launch;
pub mod logging;
pub mod net;
pub mod notify;
pub mod protocol;
pub mod session;
pub mod settings;
pub mod sim;
pub mod store;
pub mod ui;
