//! The app's integration tests, in one test binary (one link of egui, SQLite and TLS).
//!
//! Each module is one subject; they start a real simulator on 127.0.0.1 port 0, run the
//! real program as a child process, or drive the window with egui_kittest. Tests that need a
//! tool this machine may lack (Xvfb, tinyproxy, a D-Bus Secret Service, the Windows program)
//! are `#[ignore = "needs …"]`: `cargo test -- --include-ignored` runs them, as `.ci/run`
//! does once it has installed the tools.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod support;

mod arrivals;
mod arrivals_language;
mod board_language;
mod connection;
mod credential_manager;
mod desktop;
mod full_disk;
mod guests;
mod gui_smoke;
mod history;
mod history_alerts;
mod history_kill;
mod keyring_secret_service;
mod machine_formats;
mod network;
mod no_token_in_logs;
mod policy;
mod rest;
mod session;
mod settings_kill;
mod single_instance;
mod tail;
mod tail_alerts;
mod tail_history;
mod theme_portal;
mod tls;
mod ui;
mod windows_program;
