//! The desktop window (egui/eframe): housekeeping board, live tables, event
//! log, status bar, connection screen, alerts and copy for tickets.
//!
//! The UI reads the store through the [`monitor_engine::session::Session`] and sends
//! commands back as [`Action`]s; it never blocks on the network or the
//! keyring. Panels are one file each, with `*_ui` functions; each takes only
//! what it draws from (a [`view::View`] and its own tab's state) and returns
//! actions, which [`App::apply`] carries out in one place. It uses `session`,
//! `settings`, `store` and `protocol`, and the leaves `credentials` (tokens and
//! the keyring for the connection screen) and `desktop` (icon, light or dark);
//! how the window is started is `crate::launch`'s business.

pub(crate) mod action;
pub(crate) mod app;
pub mod arrivals;
pub(crate) mod background;
pub mod board;
pub(crate) mod commands;
pub(crate) mod connect;
pub(crate) mod copy;
pub mod export;
pub(crate) mod fields;
pub(crate) mod frame;
pub(crate) mod guest;
pub(crate) mod header;
pub(crate) mod log;
pub(crate) mod notices;
pub mod pace;
pub(crate) mod panels;
pub(crate) mod problems;
pub(crate) mod proxy_form;
pub(crate) mod room;
pub(crate) mod saving;
pub(crate) mod sorting;
pub(crate) mod state;
pub(crate) mod status_bar;
pub(crate) mod style;
pub(crate) mod tables;
pub(crate) mod tabs;
pub(crate) mod view;
pub(crate) mod waiting;

pub use action::Action;
pub use app::{App, AppParts, Notifications, Screen};
