//! The app: wiring of the session, settings, keyring and panels.
//!
//! `logic` drains the session with a small time budget; `ui` draws the
//! current screen from the store; actions the panels return are applied
//! in one place (`App::apply`, in [`super::commands`]). Repaints happen only when something
//! changed, an action was taken, or a shown time needs refreshing; those no input
//! asked for are paced ([`super::pace`]).

use std::time::{Duration, Instant};

use chrono::Utc;

use crate::i18n::{Language, Translator};
use crate::policy::Policy;
use crate::settings::file::SettingsFile;
use crate::settings::{Place, Settings, Tab};
use monitor_core::store::{Alert, HotelClock, TodaysArrivals};
use monitor_engine::credentials::{CredentialStore, KeyringError};
use monitor_engine::session::demo::DemoHotel;
use monitor_engine::session::{DEFAULT_PING_INTERVAL, Session, Wake};

use super::action::Action;
use super::connect::ConnectForm;
use super::export::ExportDialog;
use super::notices::Notices;
use super::pace::Pacer;
use super::room::RoomPanel;
use super::saving::{Saved, Saving};
use super::state::{Demo, Services, ViewState};
use super::tabs::Tabs;

/// How long one frame may spend applying incoming events.
const PUMP_BUDGET: Duration = Duration::from_millis(4);
/// How many log entries a changed filter checks per frame.
const LOG_SCAN_PER_FRAME: usize = 200_000;

/// Which screen fills the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Choosing where to connect and entering tokens.
    Connect,
    /// The live monitor.
    Monitor,
}

/// Where alerts go besides the window: desktop notifications, given by the app's start-up.
pub trait Notifications {
    /// Shows `alert` titled `title` with the line `body`, in the desk's language (no
    /// guest's name: a waiting guest's reservation number).
    fn show(&self, alert: &Alert, title: String, body: String);
    /// True once, when alerts cannot be shown on this desktop.
    fn take_unavailable(&mut self) -> bool;
}

/// Everything the window needs to start.
pub struct AppParts {
    /// The live session (store restored from history, not yet connected).
    pub session: Session,
    /// Saved settings.
    pub settings: Settings,
    /// The runtime that runs the connection.
    pub runtime: tokio::runtime::Handle,
    /// The system keyring, or why it cannot be used.
    pub keyring: Result<CredentialStore, KeyringError>,
    /// The built-in demo hotel, when it runs.
    pub demo: Option<DemoHotel>,
    /// What the organisation sets (already applied to `settings`); its problems go to
    /// the Problems window.
    pub policy: Policy,
    /// The language to speak from the first frame (`--lang`, the settings' or the
    /// computer's: [`Language::resolve`]).
    pub language: Language,
}

/// The desktop app: what it draws and saves, and what runs behind it.
pub struct App {
    /// Settings and each panel's view state.
    pub(super) view: ViewState,
    /// Session, demo hotel, notifications, saving, pacing, runtime.
    pub(super) services: Services,
}

impl App {
    /// Builds the app; `ctx` is the window's egui context (used to wake it).
    pub fn new(ctx: &egui::Context, parts: AppParts) -> Self {
        let AppParts {
            mut session,
            settings,
            runtime,
            keyring,
            demo,
            policy,
            language,
        } = parts;
        for problem in &policy.problems {
            session.report_problem(Utc::now(), problem.trouble());
        }
        session.set_ready_rule(settings.ready_rule);
        for room in &settings.pinned_rooms {
            session.pin_room(room, true);
        }
        let form = ConnectForm::new(&settings, keyring, ctx, &runtime);
        ctx.set_zoom_factor(settings.clamped_zoom());
        super::style::install(ctx);
        super::style::apply_appearance(ctx, settings.appearance);
        App {
            view: ViewState {
                settings,
                policy,
                t: Translator::new(language),
                screen: Screen::Connect,
                tabs: Tabs::default(),
                room: RoomPanel::default(),
                show_problems: false,
                problem_texts: Default::default(),
                notices: Notices::default(),
                form,
                export: ExportDialog::default(),
                arrivals: TodaysArrivals::default(),
                arrivals_search: String::new(),
                arrivals_search_day: None,
                notification_note: None,
            },
            services: Services {
                session,
                demo: Demo {
                    hotel: demo,
                    starting: None,
                },
                notifier: None,
                saving: Saving::default(),
                ping_interval: DEFAULT_PING_INTERVAL,
                pacer: Pacer::default(),
                undrawn_since: None,
                runtime,
                ctx: ctx.clone(),
            },
        }
    }

    /// The wake-up a connection gets: a paced repaint (tests call it as the engine does).
    pub fn waker(&self) -> Wake {
        self.services.pacer.waker(&self.services.ctx)
    }

    /// Sets the keep-alive interval of the next connection.
    pub(crate) fn set_ping_interval(&mut self, interval: Duration) {
        self.services.ping_interval = interval;
    }

    /// Shows a problem on the connection screen.
    pub(crate) fn show_connect_problem(&mut self, message: String) {
        self.view.form.set_error(message);
        self.view.screen = Screen::Connect;
    }

    /// Saves the settings in `file` whenever they change (at most once a second).
    pub fn keep_settings_in(&mut self, file: SettingsFile) {
        self.services.saving.keep_in(file);
    }

    /// Writes changed settings now, or schedules a wake-up to write them soon.
    pub(super) fn save_settings(&mut self, now: bool) {
        match self.services.saving.save(&self.view.settings, now) {
            Saved::Done => {}
            Saved::Later(wait) => self.services.ctx.request_repaint_after(wait),
            Saved::Failed(problem) => self.services.session.report_problem(Utc::now(), problem),
        }
    }

    /// Shows alerts as desktop notifications too.
    pub(crate) fn notify_with(&mut self, notifier: Box<dyn Notifications>) {
        self.services.notifier = Some(notifier);
    }

    /// The settings as they are now (saved by the caller).
    pub fn settings(&self) -> &Settings {
        &self.view.settings
    }

    /// The session, for tests and the caller.
    pub fn session(&self) -> &Session {
        &self.services.session
    }

    /// The session, mutable (tests feed events through it).
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.services.session
    }

    /// The settings, to change them (tests, and callers that load them late); they are saved
    /// as changed.
    pub fn settings_mut(&mut self) -> &mut Settings {
        self.services.saving.mark_changed();
        &mut self.view.settings
    }

    /// Shows `screen` (the monitor can show the store without a connection).
    pub fn set_screen(&mut self, screen: Screen) {
        self.view.screen = screen;
    }

    /// The screen shown now.
    pub fn screen(&self) -> Screen {
        self.view.screen
    }

    /// The hotel's clock (its zone once known; this computer's until then).
    pub(crate) fn clock(&self) -> HotelClock {
        clock_of(&self.services.session)
    }

    /// Applies waiting events and background results; call every frame (even when hidden).
    pub fn logic(&mut self, ctx: &egui::Context) {
        let services = &mut self.services;
        services.pacer.painting(Instant::now());
        let pumped = services.session.pump(Instant::now() + PUMP_BUDGET);
        services.session.tick(Utc::now());
        if pumped.more {
            ctx.request_repaint();
        }
        if let Some(received) = pumped.first_received {
            services.undrawn_since.get_or_insert(received);
        }
        // Taking fresh alerts also records them in history; they stay open in the store.
        let t = &self.view.t;
        for alert in services.session.take_fresh_alerts() {
            if let Some(notifier) = &services.notifier {
                let store = services.session.store();
                let title = super::notices::notification_title(&alert, store, t);
                let clock = clock_of(&services.session);
                let body = super::notices::notification_body(&alert, &clock, t);
                notifier.show(&alert, title, body);
            }
        }
        if services
            .notifier
            .as_mut()
            .is_some_and(|n| n.take_unavailable())
        {
            let message = super::notices::no_notifications(&self.view.t);
            self.view.notices.toast(message.clone());
            self.view.notification_note = Some(message);
        }
        if let Some(action) = self.view.form.poll(&self.view.settings, &self.view.t) {
            self.apply(action);
        }
        self.poll_demo();
        if self.view.screen == Screen::Monitor {
            self.views_logic(ctx);
        }
        self.save_settings(false);
    }

    /// Brings the monitor's views up to date before they are drawn: the log's
    /// filtered rows (a slice per frame), today's arrivals and the selected room's timeline.
    fn views_logic(&mut self, ctx: &egui::Context) {
        let (session, view) = (&self.services.session, &mut self.view);
        if view.settings.tab == Tab::Log
            && !view
                .tabs
                .log
                .refresh(&view.settings.log, session.store(), LOG_SCAN_PER_FRAME)
        {
            ctx.request_repaint();
        }
        let wake_ctx = ctx.clone();
        let wake: Wake = std::sync::Arc::new(move || wake_ctx.request_repaint());
        let clock = clock_of(session);
        view.room.refresh(session, &clock, Utc::now(), wake);
    }

    /// Whether the built-in demo hotel is the place in use.
    pub(crate) fn is_demo(&self) -> bool {
        self.view.settings.connection.place == Place::BuiltInDemo
    }

    /// Saves `connection` instead of the one in use (a `--demo` run keeps the real one).
    pub(crate) fn keep_saved_connection(
        &mut self,
        connection: crate::settings::ConnectionSettings,
    ) {
        self.services.saving.keep_connection(connection);
    }

    /// Connects to the built-in demo hotel with its tokens.
    pub(crate) fn connect_to_demo(&mut self) {
        self.edit_settings(|settings| settings.connection.place = Place::BuiltInDemo);
        if let Some(tokens) = monitor_engine::session::demo::demo_tokens() {
            self.apply(Action::Connect(tokens));
        }
    }
}

/// The widest texture egui may make, and so its font atlas's width ([`eframe::App::raw_input_hook`]).
const FONT_ATLAS_SIDE: usize = 2048;

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        App::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// Keeps egui's font atlas narrow. egui makes the atlas as wide as the
    /// renderer's largest texture (16,384 pixels under Mesa's software renderer)
    /// and doubles its height, 4 bytes a pixel, whenever a new glyph does not fit:
    /// steps of several megabytes, hours into a run, when a new size or letter is
    /// first drawn. 2,048 pixels (egui's own portable default) packs the same
    /// glyphs into far less memory and grows in small steps.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        let side = raw_input.max_texture_side.unwrap_or(FONT_ATLAS_SIDE);
        raw_input.max_texture_side = Some(side.min(FONT_ATLAS_SIDE));
    }

    /// The panel colour: the panels paint no background of their own (`panels`).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    /// Called by eframe now and then and at exit; the window's own state goes
    /// to eframe's storage, the settings to their own file.
    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        self.save_settings(true);
    }
}

/// The hotel's clock of `session`: its zone once known; this computer's until then.
pub(super) fn clock_of(session: &Session) -> HotelClock {
    let computer = chrono::Offset::fix(chrono::Local::now().offset());
    HotelClock::for_zone(
        session
            .store()
            .labels
            .hotel
            .as_ref()
            .and_then(|hotel| hotel.time_zone.as_deref()),
        computer,
    )
}
