//! Commands: what panels ask for ([`Action`]), applied to the app in one place.

use monitor_engine::credentials::TokenPair;
use monitor_engine::session::demo::DemoHotel;

use super::action::{Action, Zoom};
use super::app::{App, Screen};
use crate::i18n::{Language, Translator};

impl App {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Connect(tokens) => self.connect(tokens),
            Action::OpenConnectionScreen => self.view.screen = Screen::Connect,
            Action::CloseConnectionScreen => {
                if self.services.session.is_linked() {
                    self.view.screen = Screen::Monitor;
                }
            }
            Action::Reconnect => self.services.session.reconnect(),
            Action::Copy { text, what } => {
                self.services.ctx.copy_text(text);
                let notice = super::copy::copied_notice(what, &self.view.t);
                self.view.notices.toast(notice);
            }
            Action::Pin(room, pinned) => {
                self.services.session.pin_room(&room, pinned);
                self.edit_settings(|settings| {
                    settings.pinned_rooms.retain(|id| *id != room);
                    if pinned {
                        settings.pinned_rooms.push(room);
                    }
                });
            }
            Action::SelectRoom(room) => self.view.room.select(room),
            Action::ClearEventSelection => self.view.tabs.log.clear_selection(),
            Action::Acknowledge(id) => self.services.session.acknowledge_alert(id),
            Action::AcknowledgeAll => self.services.session.acknowledge_all_alerts(),
            Action::ToggleProblems => self.view.show_problems = !self.view.show_problems,
            Action::OpenExport => self.view.export.show(),
            Action::TimelineDays(days) => self.view.room.set_days(days),
            Action::ShowTab(tab) => self.edit_settings(|settings| settings.tab = tab),
            Action::ShowArrivals(show) => {
                self.edit_settings(|settings| settings.show_arrivals = show);
            }
            Action::SetWaiting {
                reservation_id,
                waiting,
            } => {
                let now = chrono::Utc::now();
                self.services
                    .session
                    .set_waiting(&reservation_id, waiting, now);
            }
            Action::SetReadyRule(rule) => {
                self.services.session.set_ready_rule(rule);
                self.edit_settings(|settings| settings.ready_rule = rule);
            }
            Action::SetAppearance(appearance) => {
                super::style::apply_appearance(&self.services.ctx, appearance);
                self.edit_settings(|settings| settings.appearance = appearance);
            }
            Action::SetLanguage(language) => {
                let speak = Language::resolve(None, language);
                if speak != self.view.t.language() {
                    self.view.t = Translator::new(speak);
                }
                self.edit_settings(|settings| settings.language = language);
            }
            Action::KeepDays(days) => self.edit_settings(|settings| settings.keep_days = days),
            Action::Zoom(step) => {
                let zoom = match step {
                    Zoom::In => self.view.settings.clamped_zoom() + 0.1,
                    Zoom::Out => self.view.settings.clamped_zoom() - 0.1,
                    Zoom::Reset => 1.0,
                };
                self.edit_settings(|settings| settings.zoom = (zoom * 10.0).round() / 10.0);
                let zoom = self.view.settings.clamped_zoom();
                self.services.ctx.set_zoom_factor(zoom);
            }
            Action::SettingsEdited => self.services.saving.mark_changed(),
        }
        self.services.ctx.request_repaint();
    }

    /// Changes the settings with `edit`; they are saved soon after.
    pub(super) fn edit_settings(&mut self, edit: impl FnOnce(&mut crate::settings::Settings)) {
        edit(&mut self.view.settings);
        self.services.saving.mark_changed();
    }

    /// Connects with `tokens`; for the built-in demo hotel, once it is up.
    fn connect(&mut self, tokens: TokenPair) {
        self.view.form.cancel_auto_connect();
        if self.is_demo() && self.services.demo.hotel.is_none() {
            // Started on the runtime; `logic` connects once it is up.
            let ctx = self.services.ctx.clone();
            let starting = DemoHotel::start(
                &self.services.runtime,
                std::sync::Arc::new(move || ctx.request_repaint()),
            );
            self.services.demo.starting = Some((starting, tokens));
            return;
        }
        let demo = self.services.demo.hotel.as_ref().map(|demo| &demo.target);
        let target = match self.view.settings.connection.target(demo) {
            Ok(mut target) => {
                target.ping_interval = self.services.ping_interval;
                self.view.form.complete_proxy(&mut target);
                target
            }
            Err(error) => {
                let said = self.view.t.target_error(&error);
                self.view.form.set_error(said);
                self.view.screen = Screen::Connect;
                return;
            }
        };
        let wake = self.waker();
        let _guard = self.services.runtime.enter();
        match self
            .services
            .session
            .connect(&target, tokens, wake, &self.services.runtime)
        {
            Ok(()) => {
                self.edit_settings(|settings| settings.connect_on_start = true);
                self.view.screen = Screen::Monitor;
            }
            Err(error) => {
                let said = self.view.t.session_error(&error);
                self.view.form.set_error(said);
                self.view.screen = Screen::Connect;
            }
        }
    }

    /// Takes the demo hotel once it is up, and connects to it as asked.
    pub(super) fn poll_demo(&mut self) {
        let Some(result) = self
            .services
            .demo
            .starting
            .as_ref()
            .and_then(|(s, _)| s.try_take())
        else {
            return;
        };
        let Some((_, tokens)) = self.services.demo.starting.take() else {
            return;
        };
        match result {
            Ok(demo) => {
                self.services.demo.hotel = Some(demo);
                self.connect(tokens);
            }
            Err(error) => {
                let said = self.view.t.demo_error(&error);
                self.show_connect_problem(said);
            }
        }
    }
}
