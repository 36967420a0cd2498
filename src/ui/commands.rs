//! Commands: what panels ask for ([`Action`]), applied to the app in one place.

use monitor_engine::credentials::TokenPair;
use monitor_engine::session::demo::DemoHotel;

use super::action::Action;
use super::app::{App, Screen};

impl App {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Connect(tokens) => self.connect(tokens),
            Action::OpenConnectionScreen => self.screen = Screen::Connect,
            Action::CloseConnectionScreen => {
                if self.session.is_linked() {
                    self.screen = Screen::Monitor;
                }
            }
            Action::Reconnect => self.session.reconnect(),
            Action::Copy { text, what } => {
                self.ctx.copy_text(text);
                self.notices.toast(format!("Copied {what}"));
            }
            Action::Pin(room, pinned) => {
                self.session.pin_room(&room, pinned);
                self.settings.pinned_rooms.retain(|id| *id != room);
                if pinned {
                    self.settings.pinned_rooms.push(room);
                }
            }
            Action::SelectRoom(room) => self.room.select(room),
            Action::ClearEventSelection => self.tabs.log.clear_selection(),
            Action::Acknowledge(id) => self.session.acknowledge_alert(id),
            Action::AcknowledgeAll => self.session.acknowledge_all_alerts(),
            Action::ToggleProblems => self.show_problems = !self.show_problems,
            Action::OpenExport => self.export.show(),
            Action::TimelineDays(days) => self.room.set_days(days),
        }
        self.ctx.request_repaint();
    }

    /// Connects with `tokens`; for the built-in demo hotel, once it is up.
    fn connect(&mut self, tokens: TokenPair) {
        self.form.cancel_auto_connect();
        if self.is_demo() && self.demo.is_none() {
            // Started on the runtime; `logic` connects once it is up.
            let ctx = self.ctx.clone();
            let starting = DemoHotel::start(
                &self.runtime,
                std::sync::Arc::new(move || ctx.request_repaint()),
            );
            self.starting_demo = Some((starting, tokens));
            return;
        }
        let demo = self.demo.as_ref().map(|demo| &demo.target);
        let target = match self.settings.connection.target(demo) {
            Ok(mut target) => {
                target.ping_interval = self.ping_interval;
                self.form.complete_proxy(&mut target);
                target
            }
            Err(error) => {
                self.form.set_error(error.to_string());
                self.screen = Screen::Connect;
                return;
            }
        };
        let wake = self.waker();
        let _guard = self.runtime.enter();
        match self.session.connect(&target, tokens, wake, &self.runtime) {
            Ok(()) => {
                self.settings.connect_on_start = true;
                self.screen = Screen::Monitor;
            }
            Err(error) => {
                self.form.set_error(error.to_string());
                self.screen = Screen::Connect;
            }
        }
    }

    /// Takes the demo hotel once it is up, and connects to it as asked.
    pub(super) fn poll_demo(&mut self) {
        let Some(result) = self.starting_demo.as_ref().and_then(|(s, _)| s.try_take()) else {
            return;
        };
        let Some((_, tokens)) = self.starting_demo.take() else {
            return;
        };
        match result {
            Ok(demo) => {
                self.demo = Some(demo);
                self.connect(tokens);
            }
            Err(error) => self.show_connect_problem(error.to_string()),
        }
    }
}
