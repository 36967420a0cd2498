//! Mews Monitor: a live event monitor for hotel front desks.
//!
//! It holds a WebSocket connection to the Mews Connector API and shows, as
//! they happen, room housekeeping states, reservation changes, device
//! commands and price updates.
//!
//! # Crates
//!
//! Three crates, each depending only on the ones before it; Cargo keeps the direction:
//!
//! - `monitor-core` (`crates/core`): wire types, the tolerant parser, the hotel's day and the
//!   live store. Pure: no tokio, egui, SQLite or HTTP.
//! - `monitor-engine` (`crates/engine`): credentials and the keyring, the connection and REST
//!   lookups, history on disk, the live session and the simulator. No egui.
//! - `mews-monitor` (this crate): the window, the desktop, start-up and the command line.
//!
//! # Layout of this crate
//!
//! Lowest first; each module uses only the ones named after its arrow.
//!
//! - [`desktop`] → nothing: the window icon, the freedesktop menu and autostart entries, one
//!   instance per user (a second launch brings the first window forward), and the desktop's
//!   light or dark preference.
//! - [`i18n`] → nothing: every word a user reads, in ten languages (Fluent), and which
//!   language to speak.
//! - [`logging`] → nothing: logging to standard error that never carries a token.
//! - [`notify`] → `desktop`: desktop notifications for alerts, on their own thread, with a
//!   plain message when the desktop shows none.
//! - [`settings`]: non-secret settings (where to connect, ready rule, tab, filters, zoom).
//! - [`policy`] → `settings`: what hotel IT sets for every reception computer (the
//!   registry's `Software\Policies\Mews Monitor` on Windows, `/etc/mews-monitor/policy.json`
//!   elsewhere), and what it does to the settings and to the command line.
//! - [`ui`] → `desktop`, `settings`, `policy`: the desktop window (egui/eframe): board, tables, log,
//!   status bar, connection screen.
//! - [`launch`] → `desktop`, `notify`, `settings`, `policy`, `ui`: start-up of the desktop app (single
//!   instance, settings file, history, keyring, notifications, then the window).
//! - [`cli`] → `desktop`, `launch`, `policy`: the command line: `tail`, `arrivals`, `simulate`,
//!   `export`, `tokens`, `install-desktop`, `uninstall-desktop`, and the desktop app's
//!   arguments.

pub mod cli;
pub mod desktop;
pub mod i18n;
pub mod launch;
pub mod logging;
pub(crate) mod notify;
pub mod policy;
pub mod settings;
pub mod ui;
