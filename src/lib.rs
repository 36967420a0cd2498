//! Mews Monitor: a live event monitor for hotel front desks.
//!
//! It holds a WebSocket connection to the Mews Connector API and shows, as
//! they happen, room housekeeping states, reservation changes, device
//! commands and price updates.
//!
//! # Layout
//!
//! Lowest layer first. Each module uses only the modules named after its arrow,
//! all listed above it, so dependencies point one way; `tests/layers.rs` reads
//! `src/` and fails when a module uses one its line does not name, or when
//! files import each other in a circle.
//!
//! - [`protocol`] → nothing: wire types and a tolerant, pure parser for frames and REST responses.
//! - [`store`] → `protocol`: the live store (rooms, tables, bounded event log, problems); pure:
//!   it reads neither the clock nor the machine's time zone (callers pass them in).
//! - [`credentials`] → nothing: the token type whose `Debug` and `Display` never show the
//!   secret, and the system keyring (the only place tokens are saved), per connection profile.
//! - [`desktop`] → nothing: the window icon, the freedesktop menu and autostart entries, one
//!   instance per user (a second launch brings the first window forward), and the desktop's
//!   light or dark preference.
//! - [`logging`] → nothing: logging to standard error that never carries a token.
//! - [`net`] → `credentials`, `protocol`: where Mews is (environments and their addresses), the
//!   connection task (cookie auth, keep-alive, backoff), its status and handle, REST lookups.
//! - [`history`] → `protocol`, `store`: events, statuses and problems on disk (SQLite, WAL);
//!   restore, timelines, export.
//! - [`sim`] → `protocol`: a Mews-compatible simulator (WebSocket and REST) for the demo, tests
//!   and benches.
//! - [`notify`] → `desktop`, `net`, `protocol`, `store`: desktop notifications for alerts, on
//!   their own thread, with a plain message when the desktop shows none.
//! - [`session`] → `credentials`, `history`, `net`, `protocol`, `sim`, `store`: the live
//!   session behind the window and `tail`: the store fed by the engine and lookups, written to
//!   history, told to an output; the built-in demo hotel.
//! - [`settings`] → `credentials`, `history`, `net`, `session`, `store`: non-secret settings
//!   (where to connect, ready rule, tab, filters, zoom).
//! - [`ui`] → `credentials`, `desktop`, `protocol`, `session`, `settings`, `store`: the desktop
//!   window (egui/eframe): board, tables, log, status bar, connection screen. Besides the
//!   session, settings and store it uses only the leaves `credentials` (tokens, the keyring
//!   for the connection screen) and `desktop` (icon, light or dark).
//! - [`launch`] → `credentials`, `desktop`, `history`, `net`, `notify`, `session`, `settings`,
//!   `store`, `ui`: start-up of the desktop app (single instance, settings file, history,
//!   keyring, notifications, then the window).
//! - [`cli`] → `credentials`, `desktop`, `history`, `launch`, `net`, `protocol`, `session`,
//!   `sim`, `store`: the command line: `tail`, `arrivals`, `simulate`, `export`, `tokens`,
//!   `install-desktop`, `uninstall-desktop`, and the desktop app's arguments.

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
