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

pub mod action;
pub mod app;
pub mod arrivals;
pub mod background;
pub mod board;
pub mod commands;
pub mod connect;
pub mod copy;
pub mod export;
pub mod fields;
pub mod header;
pub mod log;
pub mod notices;
pub mod pace;
pub mod panels;
pub mod problems;
pub mod proxy_form;
pub mod room;
pub mod saving;
pub mod sorting;
pub mod status_bar;
pub mod style;
pub mod tables;
pub mod tabs;
pub mod view;

pub use action::Action;
pub use app::{App, AppParts, Notifications, Screen};
