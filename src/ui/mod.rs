//! The desktop window (egui/eframe): housekeeping board, live tables, event
//! log, status bar, connection screen, alerts and copy for tickets.
//!
//! The UI reads the store through the [`crate::session::Session`] and sends
//! commands back as [`app::Action`]s; it never blocks on the network or the
//! keyring. Panels are one file each, with `*_ui` functions.

pub mod app;
pub mod arrivals;
pub mod board;
pub mod commands;
pub mod connect;
pub mod copy;
pub mod demo;
pub mod export;
pub mod fields;
pub mod header;
pub mod log;
pub mod notices;
pub mod pace;
pub mod problems;
pub mod proxy_form;
pub mod room;
pub mod status_bar;
pub mod style;
pub mod tables;

use std::sync::{Arc, OnceLock};

use anyhow::Context;

use crate::cli::{DesktopArgs, Environment};
use crate::credentials::{CredentialStore, EnvTokens, KeyringError, resolve_tokens};
use crate::desktop::APP_ID;
use crate::history::Retention;
use crate::notify::{ANSWER_LIMIT, Notifier, SystemDesktop};
use crate::session::Session;
use crate::settings::file::{self, SettingsFile};
use crate::settings::{ConnectionSettings, Place, Settings};
use crate::store::Store;

pub use app::{Action, App, AppParts, Screen};

/// Opens the window and runs until it is closed.
///
/// One window per user: when the app is already open, that window is
/// brought to the front and this call returns at once.
pub fn run(args: DesktopArgs, runtime: &tokio::runtime::Runtime) -> anyhow::Result<()> {
    let window: Arc<OnceLock<egui::Context>> = Arc::new(OnceLock::new());
    let open_window = window.clone();
    let bring_forward = Box::new(move || {
        if let Some(ctx) = open_window.get() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Visible(true));
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
            ctx.request_repaint();
        }
    });
    // Keep `_instance` for as long as the window is open.
    let Some(_instance) = crate::cli::desktop::ensure_single_instance(bring_forward) else {
        return Ok(());
    };
    let _guard = runtime.enter();
    let viewport = egui::ViewportBuilder::default()
        .with_title("Mews Monitor")
        .with_app_id(APP_ID)
        .with_icon(Arc::new(crate::desktop::icon::window_icon()))
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 420.0]);
    let options = eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..eframe::NativeOptions::default()
    };
    let handle = runtime.handle().clone();
    let mut notes = Vec::new();
    let (settings_file, saved) = match file::default_path() {
        Some(path) => {
            let (settings_file, saved, note) = SettingsFile::open(&path);
            notes.extend(note);
            (Some(settings_file), saved)
        }
        None => (None, Settings::default()),
    };
    if let Some(folder) = eframe::storage_dir(APP_ID) {
        notes.extend(file::protect_window_state(&folder));
    }
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let _ = window.set(cc.egui_ctx.clone());
            let mut app = build(&cc.egui_ctx, args, saved, handle)?;
            if let Some(settings_file) = settings_file {
                app.keep_settings_in(settings_file);
            }
            for note in notes {
                app.session_mut()
                    .store
                    .problems
                    .push(chrono::Utc::now(), note);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the window could not open: {error}"))
    .context("Mews Monitor needs a graphical desktop")
}

/// Builds the app: history restoring in the background, keyring opened, the demo hotel
/// started if asked.
fn build(
    ctx: &egui::Context,
    args: DesktopArgs,
    saved: Settings,
    runtime: tokio::runtime::Handle,
) -> anyhow::Result<App> {
    let mut settings = saved.clone();
    let from_command_line = connection_from_args(&args);
    if let Some(connection) = &from_command_line {
        settings.connection = connection.clone();
        settings.connect_on_start = true;
    }
    if args.demo {
        settings.connection.place = Place::BuiltInDemo;
    }
    let demo_run = settings.connection.place == Place::BuiltInDemo;
    let mut session = Session::new(Store::default());
    let history = crate::history::default_path().map(|path| {
        if demo_run {
            path.with_file_name("demo-history.sqlite3")
        } else {
            path
        }
    });
    // Read in the background: the first frame shows "Loading history…" at once.
    let loaded_ctx = ctx.clone();
    let wake = Arc::new(move || loaded_ctx.request_repaint());
    if let Some(path) = &history
        && let Err(error) = session.load_history(path, Retention::days(settings.keep_days), wake)
    {
        session.store.problems.push(
            chrono::Utc::now(),
            format!("History is not kept in this session: {error}"),
        );
    }
    let demo = if demo_run {
        Some(demo::DemoHotel::start(&runtime)?)
    } else {
        None
    };
    style::follow_desktop(ctx);
    let keyring = CredentialStore::open_system();
    let mut app = App::new(
        ctx,
        AppParts {
            session,
            settings,
            runtime,
            keyring,
            demo,
        },
    );
    let wake_ctx = ctx.clone();
    app.notify_with(Notifier::with_desktop(
        SystemDesktop,
        ANSWER_LIMIT,
        Some(std::sync::Arc::new(move || wake_ctx.request_repaint())),
    ));
    app.set_ping_interval(args.connection.ping_interval());
    if args.demo || from_command_line.is_some() {
        app.keep_saved_connection(saved.connection);
    }
    if args.demo {
        app.connect_to_demo();
    } else if from_command_line.is_some() {
        // Tokens from the environment are used for this run only; else the saved ones.
        let env = EnvTokens::from_process();
        if env.client.is_some() || env.access.is_some() {
            let profile = app.settings().connection.profile();
            match resolve_tokens(env, &profile, || Err(KeyringError::NoService)) {
                Ok((tokens, _)) => app.apply(Action::Connect(tokens)),
                Err(error) => app.show_connect_problem(error.to_string()),
            }
        }
    }
    Ok(app)
}

/// The connection given on the command line (`--env`, `--ws-url`, `--api-url`), if any.
fn connection_from_args(args: &DesktopArgs) -> Option<ConnectionSettings> {
    let connection = &args.connection;
    if connection.ws_url.is_none() && connection.api_url.is_none() {
        return connection.env.map(|env| ConnectionSettings {
            place: match env {
                Environment::Demo => Place::MewsDemo,
                Environment::Production => Place::Production,
            },
            ..ConnectionSettings::default()
        });
    }
    Some(ConnectionSettings {
        place: Place::Custom,
        custom_ws_url: connection
            .ws_url
            .clone()
            .or_else(|| connection.env.map(|env| env.ws_url().to_owned()))
            .unwrap_or_default(),
        custom_api_url: connection.api_url().unwrap_or_default(),
        ..ConnectionSettings::default()
    })
}
