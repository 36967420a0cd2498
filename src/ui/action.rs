//! What a panel asks the app to do ([`Action`]); the app applies them in one
//! place (`App::apply`, in `commands`).

use crate::i18n::Language;
use crate::settings::{Appearance, Tab};
use monitor_core::store::ReadyRule;
use monitor_engine::credentials::TokenPair;

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
        /// What was copied, for the notice ("Copied id").
        what: super::copy::Copied,
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
    /// Open the export window for the events shown in the log.
    OpenExport,
    /// Show the selected room's timeline over this many days (1 = today).
    TimelineDays(i64),
    /// Show this tab.
    ShowTab(Tab),
    /// Show or hide the Arrivals panel.
    ShowArrivals(bool),
    /// Put an arrival on the desk's waiting queue (the guest is at the desk), or take it off.
    SetWaiting {
        /// The reservation's id.
        reservation_id: String,
        /// Whether the guest waits.
        waiting: bool,
    },
    /// What counts as ready for a guest (alerts and arrivals follow at once).
    SetReadyRule(ReadyRule),
    /// Light, dark, or as the desktop is.
    SetAppearance(Appearance),
    /// Speak this language (`None`: the computer's), at once.
    SetLanguage(Option<Language>),
    /// Keep this many days of history (from the next start).
    KeepDays(u32),
    /// Zoom the window.
    Zoom(Zoom),
    /// A panel changed settings it edits in place (filters, the connection form):
    /// they are saved.
    SettingsEdited,
}

/// A step of the window's zoom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// 10 % larger.
    In,
    /// 10 % smaller.
    Out,
    /// Back to 100 %.
    Reset,
}
