//! Start-up of the desktop app: one instance per user, the settings file,
//! history read in the background, the keyring, desktop notifications, then
//! the window ([`crate::ui::App`]) and, when asked, a connection.
//!
//! It knows every layer it wires together, so that `ui` need not: the window
//! gets a session, settings and a keyring, and never starts anything itself
//! before its first frame.

mod instance;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::desktop::APP_ID;
use crate::i18n::{Language, Translator};
use crate::notify::{ANSWER_LIMIT, Notifier, SystemDesktop};
use crate::policy::Policy;
use crate::settings::file::{self, SettingsFile};
use crate::settings::{ConnectionSettings, Place, Settings};
use crate::tr;
use crate::ui::{Action, App, AppParts, Notifications};
use monitor_core::store::{Alert, Store};
use monitor_engine::credentials::{CredentialStore, EnvTokens, KeyringError, resolve_tokens};
use monitor_engine::history::Retention;
use monitor_engine::net::Addresses;
use monitor_engine::session::Session;
use monitor_engine::trouble::Trouble;

pub use instance::ensure_single_instance;

/// How the desktop app was asked to start.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Start the built-in demo hotel and connect to it.
    pub demo: bool,
    /// Where to connect, overriding the saved settings (nothing given: the saved place).
    pub addresses: Addresses,
    /// Time between keep-alive pings.
    pub ping_interval: Duration,
    /// The language for this run (`--lang`), over the settings' and the computer's.
    pub language: Option<Language>,
}

/// Opens the window and runs until it is closed.
///
/// One window per user: when the app is already open, that window is
/// brought to the front and this call returns at once.
pub fn run(options: Options, runtime: &tokio::runtime::Runtime) -> anyhow::Result<()> {
    // Before the window's memory grows: resident memory in 4 KiB pages, not 2 MiB.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    crate::desktop::glibc::no_huge_pages();
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
    // What this launch says on the terminal is in the language of `--lang`, else the
    // computer's (the settings are not read before the check).
    let said_language = Language::resolve(options.language, None);
    let said = || Translator::new(said_language);
    let Some(_instance) = ensure_single_instance(bring_forward, said) else {
        return Ok(());
    };
    let _guard = runtime.enter();
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
    let policy = Policy::load();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    crate::desktop::glibc::keep_freed_memory();
    eframe::run_native(
        APP_ID,
        native_options(),
        Box::new(move |cc| {
            let _ = window.set(cc.egui_ctx.clone());
            let (mut app, refused) = build(&cc.egui_ctx, options, saved, policy, handle);
            notes.extend(refused);
            if let Some(settings_file) = settings_file {
                app.keep_settings_in(settings_file);
            }
            for note in notes {
                app.session_mut().report_problem(chrono::Utc::now(), note);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| {
        let t = said();
        anyhow::Error::msg(tr!(t, "cli-window-failed", detail = error.to_string()))
    })
}

/// The window's title, icon and sizes.
fn native_options() -> eframe::NativeOptions {
    let viewport = egui::ViewportBuilder::default()
        .with_title("Mews Monitor")
        .with_app_id(APP_ID)
        .with_icon(Arc::new(crate::desktop::icon::window_icon()))
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 420.0]);
    eframe::NativeOptions {
        viewport,
        persist_window: true,
        // Dithering hides banding in gradients, which this window has none of, and
        // costs every pixel of every frame where no GPU draws (Mesa's software renderer).
        dithering: false,
        ..eframe::NativeOptions::default()
    }
}

/// Builds the app: the organisation's policy over the saved settings, history restoring
/// in the background, keyring opened; the demo hotel starts on the runtime when it is the
/// place to connect to. Also says why a place on the command line was refused, if it was.
fn build(
    ctx: &egui::Context,
    mut options: Options,
    saved: Settings,
    policy: Policy,
    runtime: tokio::runtime::Handle,
) -> (App, Option<Trouble>) {
    let mut settings = saved.clone();
    policy.enforce(&mut settings);
    let refused = policy.allows(&options.addresses, options.demo).err();
    if refused.is_some() {
        options.demo = false;
        options.addresses = Addresses::default();
    }
    let from_command_line = ConnectionSettings::asked_for(&options.addresses);
    if let Some(connection) = &from_command_line {
        settings.connection = connection.clone();
        settings.connect_on_start = true;
    }
    if options.demo {
        settings.connection.place = Place::BuiltInDemo;
    }
    let session = session(ctx, &settings);
    crate::ui::style::follow_desktop(ctx);
    let keyring = CredentialStore::open_system();
    let mut app = App::new(
        ctx,
        AppParts {
            session,
            settings,
            runtime,
            keyring,
            demo: None,
            language: Language::resolve(options.language, saved.language),
            policy,
        },
    );
    let wake_ctx = ctx.clone();
    app.notify_with(Box::new(Notifier::with_desktop(
        SystemDesktop,
        ANSWER_LIMIT,
        Some(Arc::new(move || wake_ctx.request_repaint())),
    )));
    app.set_ping_interval(options.ping_interval);
    if options.demo || from_command_line.is_some() {
        app.keep_saved_connection(saved.connection);
    }
    if options.demo {
        app.connect_to_demo();
    } else if from_command_line.is_some() {
        connect_with_environment_tokens(&mut app);
    }
    (app, refused.map(|locked| locked.trouble()))
}

/// A session reading its history in the background: the first frame shows
/// "Loading history…" at once. The demo hotel keeps a history of its own.
fn session(ctx: &egui::Context, settings: &Settings) -> Session {
    let mut session = Session::new(Store::default());
    let demo_run = settings.connection.place == Place::BuiltInDemo;
    let history = monitor_engine::history::default_path().map(|path| {
        if demo_run {
            path.with_file_name("demo-history.sqlite3")
        } else {
            path
        }
    });
    let loaded_ctx = ctx.clone();
    let wake = Arc::new(move || loaded_ctx.request_repaint());
    if let Some(path) = &history
        && let Err(error) = session.load_history(path, Retention::days(settings.keep_days), wake)
    {
        session.history_not_kept(&error);
    }
    session
}

/// Tokens from the environment are used for this run only; else the saved ones.
fn connect_with_environment_tokens(app: &mut App) {
    let env = EnvTokens::from_process();
    if env.client.is_some() || env.access.is_some() {
        let profile = app.settings().connection.profile();
        match resolve_tokens(env, &profile, || Err(KeyringError::NoService)) {
            Ok((tokens, _)) => app.apply(Action::Connect(tokens)),
            Err(error) => app.show_connect_problem(error.to_string()),
        }
    }
}

impl Notifications for Notifier {
    fn show(&self, alert: &Alert, title: String, body: String) {
        Notifier::show(self, alert, title, body);
    }

    fn take_unavailable(&mut self) -> bool {
        Notifier::take_unavailable(self)
    }
}
