//! Commands: what panels ask for ([`Action`]), applied to the app in one place.

use crate::credentials::TokenPair;

use super::app::{App, Screen};
use super::demo::DemoHotel;

/// What a panel asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Connect with these tokens to the saved place.
    Connect(TokenPair),
    /// Show the connection screen.
    OpenConnectionScreen,
    /// Leave the connection screen without changing anything.
    CloseConnectionScreen,
    /// Try the connection again now.
    Reconnect,
    /// Put text on the clipboard and say so.
    Copy {
        /// The text.
        text: String,
        /// What was copied, e.g. "id", for the notice.
        what: &'static str,
    },
    /// Pin or unpin a room on the watch list.
    Pin(String, bool),
    /// Select a room (board, rooms table) to see its details and timeline.
    SelectRoom(Option<String>),
    /// Unselect the log's rows (closes the event detail).
    ClearEventSelection,
    /// Acknowledge an alert.
    Acknowledge(u64),
    /// Acknowledge every open alert.
    AcknowledgeAll,
    /// Show or hide the problems window.
    ToggleProblems,
}

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
                self.session.store.alerts.set_pinned(&room, pinned);
                self.settings.pinned_rooms.retain(|id| *id != room);
                if pinned {
                    self.settings.pinned_rooms.push(room);
                }
            }
            Action::SelectRoom(room) => self.selected_room = room,
            Action::ClearEventSelection => self.log_selection.clear(),
            Action::Acknowledge(id) => self.session.acknowledge_alert(id),
            Action::AcknowledgeAll => self.session.acknowledge_all_alerts(),
            Action::ToggleProblems => self.show_problems = !self.show_problems,
        }
        self.ctx.request_repaint();
    }

    fn connect(&mut self, tokens: TokenPair) {
        self.form.cancel_auto_connect();
        if self.is_demo() && self.demo.is_none() {
            match DemoHotel::start(&self.runtime) {
                Ok(demo) => self.demo = Some(demo),
                Err(error) => {
                    self.form.set_error(error.to_string());
                    return;
                }
            }
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
}
