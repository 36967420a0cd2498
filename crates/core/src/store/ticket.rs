//! One line to paste into a support ticket: what, which id, which state,
//! which room, when (with zone) and the local sequence number.

use chrono::{DateTime, Utc};

use super::Store;
use super::clock::HotelClock;
use super::log::LogEntry;

/// The facts of one ticket line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticket<'a> {
    /// The event type as Mews spells it, e.g. `Resource`.
    pub kind: &'a str,
    /// The id, in full.
    pub id: Option<&'a str>,
    /// The state as Mews spells it, when there is one.
    pub state: Option<&'a str>,
    /// Names for ids, e.g. `("resource", "101")`.
    pub labels: Vec<(&'static str, String)>,
    /// When the event was received.
    pub received: DateTime<Utc>,
    /// The local sequence number.
    pub seq: u64,
}

impl Ticket<'_> {
    /// The line, e.g. `Resource 5b9c… · state Clean · resource 101 · floor 1 · received 2026-11-23 14:02:11 CET · seq 42`.
    pub fn line(&self, clock: &HotelClock) -> String {
        let mut parts = vec![match self.id {
            Some(id) => format!("{} {id}", self.kind),
            None => self.kind.to_owned(),
        }];
        if let Some(state) = self.state {
            parts.push(format!("state {state}"));
        }
        parts.extend(
            self.labels
                .iter()
                .map(|(label, value)| format!("{label} {value}")),
        );
        parts.push(format!("received {}", clock.full(self.received)));
        parts.push(format!("seq {}", self.seq));
        parts.join(" · ")
    }
}

/// The ticket for a logged event, with names the store knows.
pub fn for_entry<'a>(entry: &'a LogEntry, store: &Store) -> Ticket<'a> {
    Ticket {
        kind: entry.event.type_name(),
        id: entry.event.id(),
        state: entry.event.state_wire(),
        labels: store.labels.for_event(&entry.event, &store.rooms),
        received: entry.received,
        seq: entry.seq,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ResourceRecord, ResourceState, parse_frame};

    #[test]
    fn a_ticket_line_names_the_room_the_zone_and_the_sequence() {
        let mut store = Store::default();
        let received = DateTime::parse_from_rfc3339("2026-11-23T13:02:11Z")
            .expect("valid")
            .with_timezone(&Utc);
        store.seed_rooms(
            &[ResourceRecord {
                id: "5b9c-aa".into(),
                name: "101".into(),
                floor: Some("1".into()),
                state: Some(ResourceState::Dirty),
                is_active: true,
                ..ResourceRecord::default()
            }],
            received,
        );
        let frame =
            parse_frame(r#"{"Events":[{"Type":"Resource","Id":"5b9c-aa","State":"Clean"}]}"#);
        store.apply_batch(received, frame.events);
        let entry = store.log.last().expect("logged");
        let line = for_entry(entry, &store).line(&HotelClock::for_zone(
            Some("Europe/Prague"),
            chrono::Offset::fix(&chrono::Utc),
        ));
        assert_eq!(
            line,
            "Resource 5b9c-aa · state Clean · resource 101 · floor 1 · received 2026-11-23 14:02:11 CET · seq 1"
        );
    }
}
