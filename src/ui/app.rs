//! The app: wiring of the session, settings, keyring and panels.
//!
//! `logic` drains the session with a small time budget; `ui` draws the
//! current screen from the store; actions the panels return are applied
//! in one place (`App::apply`, in [`super::commands`]). Repaints happen only when something
//! changed, an action was taken, or a shown time needs refreshing; those no input
//! asked for are paced ([`super::pace`]).

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::settings::file::SettingsFile;
use crate::settings::{Place, Settings, Tab};
use monitor_core::store::{Alert, HotelClock};
use monitor_engine::credentials::{CredentialStore, KeyringError, TokenPair};
use monitor_engine::session::demo::{DemoHotel, StartingDemo};
use monitor_engine::session::{ConnectionStatus, DEFAULT_PING_INTERVAL, Session, Wake};

use super::action::Action;
use super::connect::ConnectForm;
use super::export::ExportDialog;
use super::notices::Notices;
use super::pace::Pacer;
use super::room::RoomPanel;
use super::saving::{Saved, Saving};
use super::tabs::Tabs;
use super::view::View;

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
    /// Shows `alert`.
    fn show(&self, alert: &Alert);
    /// Once: why alerts cannot be shown on this desktop, if they cannot.
    fn take_unavailable(&mut self) -> Option<String>;
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
}

/// The desktop app.
pub struct App {
    pub(super) session: Session,
    pub(super) settings: Settings,
    pub(super) screen: Screen,
    /// Each tab's view state.
    pub(super) tabs: Tabs,
    /// The selected room and its timeline.
    pub(super) room: RoomPanel,
    pub(super) show_problems: bool,
    pub(super) notices: Notices,
    pub(super) form: ConnectForm,
    pub(super) demo: Option<DemoHotel>,
    /// The demo hotel on its way up, and the tokens to connect with once it is.
    pub(super) starting_demo: Option<(StartingDemo, TokenPair)>,
    pub(super) export: ExportDialog,
    notifier: Option<Box<dyn Notifications>>,
    notification_note: Option<String>,
    /// Keeps the settings on disk.
    saving: Saving,
    pub(super) ping_interval: Duration,
    pub(super) pacer: Pacer,
    /// When the oldest event applied but not yet drawn was received (for the frame log).
    undrawn_since: Option<DateTime<Utc>>,
    pub(super) runtime: tokio::runtime::Handle,
    pub(super) ctx: egui::Context,
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
        } = parts;
        session.set_ready_rule(settings.ready_rule);
        for room in &settings.pinned_rooms {
            session.pin_room(room, true);
        }
        let form = ConnectForm::new(&settings, keyring, ctx, &runtime);
        let app = App {
            session,
            screen: Screen::Connect,
            tabs: Tabs::default(),
            room: RoomPanel::default(),
            show_problems: false,
            notices: Notices::default(),
            form,
            demo,
            starting_demo: None,
            export: ExportDialog::default(),
            notifier: None,
            notification_note: None,
            saving: Saving::default(),
            ping_interval: DEFAULT_PING_INTERVAL,
            pacer: Pacer::default(),
            undrawn_since: None,
            runtime,
            ctx: ctx.clone(),
            settings,
        };
        ctx.set_zoom_factor(app.settings.clamped_zoom());
        super::style::install(ctx);
        app
    }

    /// The wake-up a connection gets: a paced repaint (tests call it as the engine does).
    pub fn waker(&self) -> Wake {
        self.pacer.waker(&self.ctx)
    }

    /// Sets the keep-alive interval of the next connection.
    pub(crate) fn set_ping_interval(&mut self, interval: Duration) {
        self.ping_interval = interval;
    }

    /// Shows a problem on the connection screen.
    pub(crate) fn show_connect_problem(&mut self, message: String) {
        self.form.set_error(message);
        self.screen = Screen::Connect;
    }

    /// Saves the settings in `file` whenever they change (at most once a second).
    pub fn keep_settings_in(&mut self, file: SettingsFile) {
        self.saving.keep_in(file);
    }

    /// Writes changed settings now, or schedules a wake-up to write them soon.
    fn save_settings(&mut self, ctx: &egui::Context, now: bool) {
        match self.saving.save(&self.settings, now) {
            Saved::Done => {}
            Saved::Later(wait) => ctx.request_repaint_after(wait),
            Saved::Failed(problem) => self.session.report_problem(Utc::now(), problem),
        }
    }

    /// Shows alerts as desktop notifications too.
    pub(crate) fn notify_with(&mut self, notifier: Box<dyn Notifications>) {
        self.notifier = Some(notifier);
    }

    /// The settings as they are now (saved by the caller).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The session, for tests and the caller.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The session, mutable (tests feed events through it).
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    /// The settings, to change them (tests, and callers that load them late).
    pub fn settings_mut(&mut self) -> &mut Settings {
        &mut self.settings
    }

    /// Shows `screen` (the monitor can show the store without a connection).
    pub fn set_screen(&mut self, screen: Screen) {
        self.screen = screen;
    }

    /// The screen shown now.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The hotel's clock (its zone once known; this computer's until then).
    pub(crate) fn clock(&self) -> HotelClock {
        let computer = chrono::Offset::fix(chrono::Local::now().offset());
        HotelClock::for_zone(
            self.session
                .store()
                .labels
                .hotel
                .as_ref()
                .and_then(|hotel| hotel.time_zone.as_deref()),
            computer,
        )
    }

    /// Applies waiting events and background results; call every frame (even when hidden).
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.pacer.painting(Instant::now());
        let pumped = self.session.pump(Instant::now() + PUMP_BUDGET);
        self.session.tick(Utc::now());
        if pumped.more {
            ctx.request_repaint();
        }
        if let Some(received) = pumped.first_received {
            self.undrawn_since.get_or_insert(received);
        }
        // Taking fresh alerts also records them in history; they stay open in the store.
        for alert in self.session.take_fresh_alerts() {
            if let Some(notifier) = &self.notifier {
                notifier.show(&alert);
            }
        }
        if let Some(message) = self.notifier.as_mut().and_then(|n| n.take_unavailable()) {
            self.notices.toast(message.clone());
            self.notification_note = Some(message);
        }
        super::style::apply_appearance(ctx, self.settings.appearance);
        if self.settings.ready_rule != self.session.store().alerts.rule {
            self.session.set_ready_rule(self.settings.ready_rule);
        }
        if let Some(action) = self.form.poll(&self.settings) {
            self.apply(action);
        }
        self.poll_demo();
        if self.screen == Screen::Monitor {
            self.views_logic(ctx);
        }
        self.save_settings(ctx, false);
    }

    /// Brings the monitor's views up to date before they are drawn: the log's
    /// filtered rows (a slice per frame) and the selected room's timeline.
    fn views_logic(&mut self, ctx: &egui::Context) {
        let (session, settings) = (&self.session, &self.settings);
        if settings.tab == Tab::Log
            && !self
                .tabs
                .log
                .refresh(&settings.log, session.store(), LOG_SCAN_PER_FRAME)
        {
            ctx.request_repaint();
        }
        let wake_ctx = ctx.clone();
        let wake: Wake = std::sync::Arc::new(move || wake_ctx.request_repaint());
        self.room.refresh(session, &self.clock(), Utc::now(), wake);
    }

    /// Draws the window.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let now = Utc::now();
        let mut actions = Vec::new();
        self.handle_keys(ui.ctx(), &mut actions);
        match self.screen {
            Screen::Connect => {
                egui::CentralPanel::default()
                    .frame(super::panels::central(ui.style()))
                    .show(ui, |ui| {
                        let linked = self.session.is_linked();
                        self.form.ui(
                            ui,
                            &mut self.settings,
                            self.session.status(),
                            linked,
                            &mut actions,
                        );
                    });
            }
            Screen::Monitor => self.monitor_ui(ui, now, &mut actions),
        }
        self.notices.toast_ui(ui.ctx());
        for action in actions {
            self.apply(action);
        }
        self.schedule_repaint(ui.ctx(), now);
        // One line per painted frame, with how long its oldest new event waited to be laid out.
        let waited = self
            .undrawn_since
            .take()
            .map(|received| (Utc::now() - received).num_milliseconds());
        tracing::trace!(
            target: "mews_monitor::frames",
            waited_ms = waited,
            causes = ?ui.ctx().repaint_causes(),
            "frame"
        );
    }

    fn monitor_ui(&mut self, ui: &mut egui::Ui, now: DateTime<Utc>, actions: &mut Vec<Action>) {
        let clock = self.clock();
        let store = self.session.store();
        // Today's arrivals, worked out once a frame for the status bar and the panel.
        let arrivals = match store.arrivals_day() {
            Some(_) => store.arrivals(store.alerts.rule),
            None => Vec::new(),
        };
        let arrival_counts = store
            .arrivals_day()
            .map(|_| monitor_core::store::arrivals::count(&arrivals));
        let view = View {
            store,
            clock: &clock,
            now,
            selected_room: self.room.selected(),
        };
        egui::Panel::top("tabs")
            .frame(super::panels::edge(ui.style()))
            .show(ui, |ui| {
                super::header::tabs_ui(ui, &mut self.settings, actions);
            });
        egui::Panel::bottom("status")
            .frame(super::panels::edge(ui.style()))
            .show(ui, |ui| {
                let session = &self.session;
                super::status_bar::status_bar_ui(ui, session, arrival_counts, &clock, now, actions);
            });
        if !store.alerts.open().is_empty() {
            egui::Panel::top("alerts")
                .frame(super::panels::edge(ui.style()))
                .show(ui, |ui| {
                    super::notices::alerts_ui(
                        ui,
                        store.alerts.open(),
                        &store.rooms,
                        &clock,
                        actions,
                    );
                });
        }
        if self.show_problems {
            super::problems::problems_window(
                ui.ctx(),
                &self.session,
                self.notification_note.as_deref(),
                &clock,
                &mut self.show_problems,
            );
        }
        if self.export.open {
            self.export.ui(ui.ctx(), store, self.tabs.log.view());
        }
        if self.settings.show_arrivals {
            let ctx = super::arrivals::ArrivalsCtx {
                arrivals: &arrivals,
                date: store.arrivals_day().map(|day| day.date),
                selected_room: view.selected_room,
                clock: &clock,
                now,
            };
            egui::Panel::left("arrivals")
                .frame(super::panels::edge(ui.style()))
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| super::arrivals::arrivals_ui(ui, &ctx, actions));
        }
        // What the bars leave free: the room panel lies over one of its edges.
        let free = ui.available_rect_before_wrap();
        let inputs = super::tabs::TabInputs {
            loading: self.session.is_loading_history(),
            resync: self.session.last_resync(),
        };
        self.tabs.ui(ui, &mut self.settings, &view, inputs, actions);
        super::room::room_panel(
            ui.ctx(),
            free,
            &self.room,
            self.tabs.board.selected_tile_x(),
            &view,
            actions,
        );
    }

    fn handle_keys(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let (zoom_in, zoom_out, reset) = ctx.input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::COMMAND, egui::Key::Plus)
                    || input.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals),
                input.consume_key(egui::Modifiers::COMMAND, egui::Key::Minus),
                input.consume_key(egui::Modifiers::COMMAND, egui::Key::Num0),
            )
        });
        if zoom_in || zoom_out || reset {
            let zoom = match (zoom_in, zoom_out) {
                _ if reset => 1.0,
                (true, _) => self.settings.clamped_zoom() + 0.1,
                _ => self.settings.clamped_zoom() - 0.1,
            };
            self.settings.zoom = (zoom * 10.0).round() / 10.0;
            ctx.set_zoom_factor(self.settings.clamped_zoom());
        }
        if self.screen == Screen::Monitor
            && ctx.input(|input| input.events.iter().any(|e| matches!(e, egui::Event::Copy)))
            && !ctx.egui_wants_keyboard_input()
            && let Some(text) = self.selected_ticket_line()
        {
            actions.push(Action::Copy {
                text,
                what: "ticket line",
            });
        }
    }

    /// The ticket line of what is selected now (log row, else room).
    fn selected_ticket_line(&self) -> Option<String> {
        let store = self.session.store();
        let clock = self.clock();
        if self.settings.tab == Tab::Log {
            let lines: Vec<String> = self
                .tabs
                .log
                .selection()
                .seqs()
                .filter_map(|seq| store.log.by_seq(seq))
                .map(|entry| monitor_core::store::ticket::for_entry(entry, store).line(&clock))
                .collect();
            return (!lines.is_empty()).then(|| lines.join("\n"));
        }
        let room = store.rooms.get(self.room.selected()?)?;
        Some(super::copy::room_ticket(room, &clock))
    }

    /// Asks for the next frame only when something shown will change, paced (see [`Pacer`]).
    fn schedule_repaint(&self, ctx: &egui::Context, now: DateTime<Utc>) {
        let soon = |delay: Duration| Instant::now() + delay;
        match self.session.status() {
            Some(ConnectionStatus::Reconnecting { .. } | ConnectionStatus::Connecting { .. }) => {
                self.pacer.request(ctx, soon(Duration::from_secs(1)));
            }
            _ => {
                // Times on screen have minute precision: wake at the next minute.
                let into_minute = now.timestamp().rem_euclid(60) as u64;
                self.pacer
                    .request(ctx, soon(Duration::from_secs(60 - into_minute)));
            }
        }
        if let Some(delay) = self.notices.next_change() {
            self.pacer.request(ctx, soon(delay));
        }
        if let Some(delay) = super::board::highlight_repaint_in(&self.session.store().rooms, now) {
            self.pacer.request(ctx, soon(delay));
        }
    }

    /// Whether the built-in demo hotel is the place in use.
    pub(crate) fn is_demo(&self) -> bool {
        self.settings.connection.place == Place::BuiltInDemo
    }

    /// Saves `connection` instead of the one in use (a `--demo` run keeps the real one).
    pub(crate) fn keep_saved_connection(
        &mut self,
        connection: crate::settings::ConnectionSettings,
    ) {
        self.saving.keep_connection(connection);
    }

    /// Connects to the built-in demo hotel with its tokens.
    pub(crate) fn connect_to_demo(&mut self) {
        self.settings.connection.place = Place::BuiltInDemo;
        if let Some(tokens) = monitor_engine::session::demo::demo_tokens() {
            self.apply(Action::Connect(tokens));
        }
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        App::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// The panel colour: the panels paint no background of their own (`panels`).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    /// Called by eframe now and then and at exit; the window's own state goes
    /// to eframe's storage, the settings to their own file.
    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        let ctx = self.ctx.clone();
        self.save_settings(&ctx, true);
    }
}
