//! The words for what the store knows (housekeeping, reservation and command states,
//! event kinds, a room's day, an arrival's readiness) and for lengths of time, in the
//! desk's language.
//!
//! The board names a state on every tile of every frame, so state and kind names are
//! put into words once per language ([`Words`]) rather than formatted each time. A
//! state Mews sends that the app does not know is shown as Mews spelled it.

use chrono::{DateTime, TimeDelta, Utc};
use monitor_core::protocol::{
    CommandState, Event, EventBody, EventKind, ReservationState, ResourceState,
};
use monitor_core::store::{Occupancy, Readiness};

use super::Translator;
use crate::tr;

/// One language's names for states and kinds, made once when the language is chosen.
#[derive(Clone, Debug, Default)]
pub struct Words {
    resource: Vec<String>,
    reservation: Vec<String>,
    command: Vec<String>,
    kind: Vec<String>,
    occupancy: Vec<String>,
    readiness: Vec<String>,
    state_not_known: String,
    room_word: String,
}

/// The message of each documented resource state, in [`ResourceState::KNOWN`] order.
const RESOURCE: [&str; 5] = [
    "state-dirty",
    "state-clean",
    "state-inspected",
    "state-out-of-service",
    "state-out-of-order",
];
/// The message of each reservation state, in [`ReservationState::KNOWN`] order.
const RESERVATION: [&str; 7] = [
    "reservation-inquired",
    "reservation-requested",
    "reservation-optional",
    "reservation-confirmed",
    "reservation-started",
    "reservation-processed",
    "reservation-canceled",
];
/// The message of each command state, in [`CommandState::KNOWN`] order.
const COMMAND: [&str; 6] = [
    "command-pending",
    "command-received",
    "command-processing",
    "command-processed",
    "command-cancelled",
    "command-error",
];
/// The message of each event kind, in [`EventKind::ALL`] order.
const KIND: [&str; 5] = [
    "kind-resource",
    "kind-reservation",
    "kind-device-command",
    "kind-price-update",
    "kind-unknown",
];
/// The message of each room's day, in [`Occupancy::ALL`] order.
const OCCUPANCY: [&str; 5] = [
    "day-vacant",
    "day-arriving",
    "day-departing",
    "day-turnover",
    "day-stayover",
];
/// The message of each readiness, in [`Readiness::ALL`] order.
const READINESS: [&str; 4] = [
    "readiness-ready",
    "readiness-not-ready",
    "readiness-no-room",
    "readiness-arrived",
];

/// Every message id this module uses, for the catalog test.
#[cfg(test)]
pub(crate) fn ids() -> impl Iterator<Item = &'static str> {
    RESOURCE
        .into_iter()
        .chain(RESERVATION)
        .chain(COMMAND)
        .chain(KIND)
        .chain(OCCUPANCY)
        .chain(READINESS)
        .chain(["state-not-known", "room-word"])
}

impl Words {
    /// The words of `t`'s language.
    pub(crate) fn new(t: &Translator) -> Words {
        let all = |ids: &[&str]| ids.iter().map(|id| t.text(id)).collect();
        Words {
            resource: all(&RESOURCE),
            reservation: all(&RESERVATION),
            command: all(&COMMAND),
            kind: all(&KIND),
            occupancy: all(&OCCUPANCY),
            readiness: all(&READINESS),
            state_not_known: t.text("state-not-known"),
            room_word: t.text("room-word"),
        }
    }

    /// A housekeeping state: "Dirty", "Inspected", or Mews' own word for one not listed.
    pub fn resource_state<'a>(&'a self, state: &'a ResourceState) -> &'a str {
        known(&self.resource, ResourceState::KNOWN, state)
    }

    /// A housekeeping state, or "state not known" when none was received.
    pub fn resource_state_or_unknown<'a>(&'a self, state: Option<&'a ResourceState>) -> &'a str {
        state.map_or(&self.state_not_known, |state| self.resource_state(state))
    }

    /// A reservation state: "Confirmed", "Checked in", ...
    pub fn reservation_state<'a>(&'a self, state: &'a ReservationState) -> &'a str {
        known(&self.reservation, ReservationState::KNOWN, state)
    }

    /// A device command's state: "Pending", "Processed", ...
    pub fn command_state<'a>(&'a self, state: &'a CommandState) -> &'a str {
        known(&self.command, CommandState::KNOWN, state)
    }

    /// The state an event reports, when it has one.
    pub fn event_state<'a>(&'a self, event: &'a Event) -> Option<&'a str> {
        match &event.body {
            EventBody::DeviceCommand { state, .. } => Some(self.command_state(state)),
            EventBody::Reservation { state, .. } => Some(self.reservation_state(state)),
            EventBody::Resource { state, .. } => Some(self.resource_state(state)),
            EventBody::PriceUpdate { .. } | EventBody::Unknown { .. } => None,
        }
    }

    /// An event's kind: "Room", "Reservation", ...
    pub fn kind(&self, kind: EventKind) -> &str {
        let at = EventKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        &self.kind[at]
    }

    /// A room's day: "Vacant", "Turnover", ...
    pub fn occupancy(&self, occupancy: Occupancy) -> &str {
        &self.occupancy[occupancy.index()]
    }

    /// An arrival's readiness: "Ready", "No room", ...
    pub fn readiness(&self, readiness: Readiness) -> &str {
        let at = Readiness::ALL
            .iter()
            .position(|r| *r == readiness)
            .unwrap_or(0);
        &self.readiness[at]
    }
}

/// The word for `value` among `known` values named by `words`; Mews' own for others.
fn known<'a, T: PartialEq + WireWord>(words: &'a [String], known: &[T], value: &'a T) -> &'a str {
    known
        .iter()
        .position(|k| k == value)
        .and_then(|at| words.get(at))
        .map_or_else(|| value.wire(), String::as_str)
}

/// How a state Mews sent is spelled, for those the app has no word of its own.
trait WireWord {
    fn wire(&self) -> &str;
}

impl WireWord for ResourceState {
    fn wire(&self) -> &str {
        self.as_wire()
    }
}

impl WireWord for ReservationState {
    fn wire(&self) -> &str {
        self.as_wire()
    }
}

impl WireWord for CommandState {
    fn wire(&self) -> &str {
        self.as_wire()
    }
}

impl Translator {
    /// A room as staff say it: "Room 101", or the name alone when it already says it is
    /// a room ("Room 5", in English or in the language's own word).
    pub fn room(&self, name: &str) -> String {
        let starts_with = |word: &str| {
            name.len() > word.len()
                && name.is_char_boundary(word.len())
                && name[..word.len()].eq_ignore_ascii_case(word)
                && name[word.len()..].starts_with(' ')
        };
        let word = self.words.room_word.as_str();
        if starts_with("room") || (!word.is_empty() && starts_with(word)) {
            name.to_owned()
        } else {
            tr!(self, "room-called", room = name)
        }
    }

    /// A length of time as a busy desk says it: "now", "45 s", "12 min", "3 h 5 min", "2 d".
    pub fn length(&self, length: TimeDelta) -> String {
        let seconds = length.num_seconds().max(0);
        match seconds {
            0..5 => tr!(self, "length-now"),
            5..60 => tr!(self, "length-seconds", seconds = seconds),
            60..3600 => tr!(self, "length-minutes", minutes = seconds / 60),
            3600..86_400 => match (seconds % 3600) / 60 {
                0 => tr!(self, "length-hours", hours = seconds / 3600),
                minutes => tr!(
                    self,
                    "length-hours-minutes",
                    hours = seconds / 3600,
                    minutes = minutes
                ),
            },
            _ => tr!(self, "length-days", days = seconds / 86_400),
        }
    }

    /// How long since `from`, at minute precision: "<1 min" under a minute, else as
    /// [`Translator::length`].
    pub fn since(&self, from: DateTime<Utc>, now: DateTime<Utc>) -> String {
        if (now - from).num_seconds() < 60 {
            tr!(self, "length-under-a-minute")
        } else {
            self.length(now - from)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn lengths_read_like_a_desk_would_say_them() {
        let t = Translator::default();
        let start = chrono::DateTime::parse_from_rfc3339("2026-11-23T08:00:00Z")
            .expect("time")
            .to_utc();
        let later = |seconds: i64| start + TimeDelta::seconds(seconds);
        let elapsed = |from, now| t.length(now - from);
        assert_eq!(elapsed(start, later(2)), "now");
        assert_eq!(elapsed(start, later(45)), "45 s");
        assert_eq!(elapsed(start, later(12 * 60 + 5)), "12 min");
        assert_eq!(elapsed(start, later(3 * 3600)), "3 h");
        assert_eq!(elapsed(start, later(3 * 3600 + 300)), "3 h 5 min");
        assert_eq!(elapsed(start, later(2 * 86_400 + 7)), "2 d");
        assert_eq!(elapsed(later(10), start), "now");
        assert_eq!(t.since(start, later(45)), "<1 min", "minute precision");
        assert_eq!(t.since(start, later(12 * 60 + 5)), "12 min");
        let german = Translator::new(Language::German);
        assert_eq!(german.length(later(3 * 3600 + 300) - start), "3 h 5 min");
        assert_eq!(german.length(later(2 * 86_400) - start), "2 T.");
    }
}
