//! One frame of the window: the screen in use and its panels, then the actions they
//! returned, applied in one place, and the next repaint asked for only when something
//! shown will change.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::settings::Tab;
use monitor_engine::session::ConnectionStatus;

use super::action::{Action, Zoom};
use super::app::{App, Screen};
use super::problems::Diagnostics;
use super::status_bar::StatusLine;
use super::view::View;

impl App {
    /// Draws the window.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let now = Utc::now();
        let mut actions = Vec::new();
        self.handle_keys(ui.ctx(), &mut actions);
        match self.view.screen {
            Screen::Connect => {
                egui::CentralPanel::default()
                    .frame(super::panels::central(ui.style()))
                    .show(ui, |ui| {
                        let session = &self.services.session;
                        let around = super::connect::Around {
                            policy: &self.view.policy,
                            t: &self.view.t,
                            status: session.status(),
                            linked: session.is_linked(),
                        };
                        self.view
                            .form
                            .ui(ui, &mut self.view.settings, &around, &mut actions);
                    });
            }
            Screen::Monitor => self.monitor_ui(ui, now, &mut actions),
        }
        self.view.notices.toast_ui(ui.ctx());
        for action in actions {
            self.apply(action);
        }
        self.schedule_repaint(ui.ctx(), now);
        // One line per painted frame, with how long its oldest new event waited to be laid out.
        let waited = self
            .services
            .undrawn_since
            .take()
            .map(|received| (Utc::now() - received).num_milliseconds());
        let [atlas_width, atlas_height] = ui.ctx().fonts(|fonts| fonts.font_image_size());
        tracing::trace!(
            target: "mews_monitor::frames",
            waited_ms = waited,
            atlas_width,
            atlas_height,
            causes = ?ui.ctx().repaint_causes(),
            "frame"
        );
    }

    fn monitor_ui(&mut self, ui: &mut egui::Ui, now: DateTime<Utc>, actions: &mut Vec<Action>) {
        let clock = self.clock();
        let session = &self.services.session;
        let store = session.store();
        let state = &mut self.view;
        let arrivals = state.arrivals.get(store);
        let view = View {
            store,
            clock: &clock,
            now,
            selected_room: state.room.selected(),
            t: &state.t,
        };
        egui::Panel::top("tabs")
            .frame(super::panels::edge(ui.style()))
            .show(ui, |ui| {
                super::header::tabs_ui(ui, &state.settings, &state.policy, &state.t, actions)
            });
        let line = StatusLine {
            status: session.status(),
            hotel: store.labels.hotel.as_ref().map(|hotel| hotel.name.as_str()),
            loading_history: session.is_loading_history(),
            history_paused: session.history_paused(),
            total_events: store.total_events(),
            last_event_at: session.last_event_at(),
            arrivals: store
                .arrivals_day()
                .map(|_| monitor_core::store::arrivals::count(&arrivals)),
            problems: session.problems().total(),
        };
        egui::Panel::bottom("status")
            .frame(super::panels::edge(ui.style()))
            .show(ui, |ui| {
                super::status_bar::status_bar_ui(ui, &line, &clock, now, &state.t, actions);
            });
        if !store.alerts.open().is_empty() {
            egui::Panel::top("alerts")
                .frame(super::panels::edge(ui.style()))
                .show(ui, |ui| {
                    super::notices::alerts_ui(
                        ui,
                        store.alerts.open(),
                        store,
                        &clock,
                        &state.t,
                        actions,
                    );
                });
        }
        if state.show_problems {
            let diagnostics = Diagnostics {
                budget: session.budget(),
                route: session.route(),
                notifications: state.notification_note.as_deref(),
                last_resync: session.last_resync(),
                last_guests: session.last_guests(),
                log: &store.log,
                problems: session.problems(),
            };
            super::problems::problems_window(
                ui.ctx(),
                &diagnostics,
                &mut state.problem_texts,
                &clock,
                &state.t,
                &mut state.show_problems,
            );
        }
        if state.export.open {
            state
                .export
                .ui(ui.ctx(), store, state.tabs.log.view(), &state.t);
        }
        if state.settings.show_arrivals {
            let ctx = super::arrivals::ArrivalsCtx {
                arrivals: &arrivals,
                date: store.arrivals_day().map(|day| day.date),
                selected_room: view.selected_room,
                clock: &clock,
                now,
                t: view.t,
            };
            egui::Panel::left("arrivals")
                .frame(super::panels::edge(ui.style()))
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| {
                    // What was typed, maybe a name, goes with the day.
                    if state.arrivals_search_day != ctx.date {
                        state.arrivals_search.clear();
                        state.arrivals_search_day = ctx.date;
                    }
                    let search = &mut state.arrivals_search;
                    super::arrivals::arrivals_ui(ui, &ctx, search, actions);
                });
        }
        // What the bars leave free: the room panel lies over one of its edges.
        let free = ui.available_rect_before_wrap();
        let inputs = super::tabs::TabInputs {
            loading: session.is_loading_history(),
            resync: session.last_resync(),
        };
        state
            .tabs
            .ui(ui, &mut state.settings, &view, inputs, actions);
        super::room::room_panel(
            ui.ctx(),
            free,
            &state.room,
            state.tabs.board.selected_tile_x(),
            &view,
            actions,
        );
    }

    fn handle_keys(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let zoom = ctx.input_mut(|input| {
            if input.consume_key(egui::Modifiers::COMMAND, egui::Key::Num0) {
                Some(Zoom::Reset)
            } else if input.consume_key(egui::Modifiers::COMMAND, egui::Key::Plus)
                || input.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals)
            {
                Some(Zoom::In)
            } else if input.consume_key(egui::Modifiers::COMMAND, egui::Key::Minus) {
                Some(Zoom::Out)
            } else {
                None
            }
        });
        if let Some(zoom) = zoom {
            actions.push(Action::Zoom(zoom));
        }
        if self.view.screen == Screen::Monitor
            && ctx.input(|input| input.events.iter().any(|e| matches!(e, egui::Event::Copy)))
            && !ctx.egui_wants_keyboard_input()
            && let Some(text) = self.selected_ticket_line()
        {
            actions.push(Action::Copy {
                text,
                what: super::copy::Copied::TicketLine,
            });
        }
    }

    /// The ticket line of what is selected now (log row, else room).
    fn selected_ticket_line(&self) -> Option<String> {
        let store = self.services.session.store();
        let clock = self.clock();
        if self.view.settings.tab == Tab::Log {
            let lines: Vec<String> = self
                .view
                .tabs
                .log
                .selection()
                .seqs()
                .filter_map(|seq| store.log.by_seq(seq))
                .map(|entry| monitor_core::store::ticket::for_entry(entry, store).line(&clock))
                .collect();
            return (!lines.is_empty()).then(|| lines.join("\n"));
        }
        let room = store.rooms.get(self.view.room.selected()?)?;
        Some(super::copy::room_ticket(room, &clock))
    }

    /// Asks for the next frame only when something shown will change, paced (see
    /// [`super::pace::Pacer`]).
    fn schedule_repaint(&self, ctx: &egui::Context, now: DateTime<Utc>) {
        let pacer = &self.services.pacer;
        let soon = |delay: Duration| Instant::now() + delay;
        match self.services.session.status() {
            Some(ConnectionStatus::Reconnecting { .. } | ConnectionStatus::Connecting { .. }) => {
                pacer.request(ctx, soon(Duration::from_secs(1)));
            }
            _ => {
                // Times on screen have minute precision: wake at the next minute.
                let into_minute = now.timestamp().rem_euclid(60) as u64;
                pacer.request(ctx, soon(Duration::from_secs(60 - into_minute)));
            }
        }
        if let Some(delay) = self.view.notices.next_change() {
            pacer.request(ctx, soon(delay));
        }
        let rooms = &self.services.session.store().rooms;
        if let Some(delay) = super::board::highlight_repaint_in(rooms, now) {
            pacer.request(ctx, soon(delay));
        }
    }
}
