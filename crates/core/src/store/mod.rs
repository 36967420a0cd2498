//! The live store: what the monitor knows now, built by applying events.
//!
//! Pure: no tokio, no egui, no clock of its own (callers pass receive times).
//! It owns the rooms board model, the per-id tables, the bounded event log,
//! counters per event type, and the views the UI
//! draws from (board grouping, filtered log, ticket lines, hotel clock).

pub(crate) mod alerts;
pub mod arrivals;
pub mod board;
pub mod clock;
pub mod guests;
pub(crate) mod keep;
pub(crate) mod labels;
pub(crate) mod log;
pub(crate) mod log_view;
pub(crate) mod room_day;
pub(crate) mod rooms;
pub(crate) mod tables;
pub mod ticket;

use chrono::{DateTime, Utc};

use crate::protocol::{Event, EventBody, EventKind, HotelDay, ResourceRecord, ResourceState};

pub use alerts::{Alert, AlertKind, Alerts, ReadyRule};
pub use arrivals::{Arrival, ArrivalCounts, Readiness, TodaysArrivals};
pub use board::{Board, BoardFilter, BoardRow, FloorGroup};
pub use clock::HotelClock;
pub use guests::{Guest, GuestView, Guests, Unavailable, folded};
pub use labels::{Labels, Unknowns};
pub use log::{DEFAULT_LOG_CAPACITY, EventLog, LOG_SPAN, LogEntry};
pub use log_view::{LogFilter, LogSelection, LogView, Pick};
pub use room_day::{Occupancy, RoomDay};
pub use rooms::{Room, Rooms, StateCounts, room_called, short_id};
pub use tables::{CommandRow, LatestById, PriceRow, ReservationRow, Tracked};

/// What applying one event changed, for those who keep or show it.
#[derive(Clone, Debug)]
pub struct Applied<'a> {
    /// The event as the log now holds it: its number, receive time and text.
    pub entry: &'a LogEntry,
    /// For a room event: the room now, and its state before.
    pub room: Option<RoomChange<'a>>,
    /// The whole store as it is now (names for labels, say).
    pub store: &'a Store,
}

/// A room's change of state.
#[derive(Clone, Debug)]
pub struct RoomChange<'a> {
    /// The room as it is now.
    pub room: &'a Room,
    /// Its state before the event, if it had one.
    pub previous: Option<ResourceState>,
}

/// Everything the monitor has seen, ready to be read by the UI or `tail`.
#[derive(Clone, Debug, Default)]
pub struct Store {
    /// Rooms by id, with names once known.
    pub rooms: Rooms,
    /// Reservations by id.
    pub reservations: LatestById<ReservationRow>,
    /// Device commands by id.
    pub commands: LatestById<CommandRow>,
    /// Price updates by their own id.
    pub prices: LatestById<PriceRow>,
    /// Every event in receive order (bounded).
    pub log: EventLog,
    /// Names for ids, from REST lookups.
    pub labels: Labels,
    /// Watched rooms and "ready for check-in" alerts.
    pub alerts: Alerts,
    /// The day's guests (personal data, memory only) and the desk's waiting queue.
    pub guests: Guests,
    /// Room id → positions in `reservations.rows()` of the reservations assigned to it.
    reservations_by_room: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// The hotel's day whose arrivals were loaded last.
    arrivals_day: Option<HotelDay>,
    counts: [u64; EventKind::ALL.len()],
    next_seq: u64,
    /// When (in events) the tables are next trimmed ([`keep`]).
    trim_at: u64,
}

impl Store {
    /// An empty store whose log keeps at most `log_capacity` events.
    pub fn with_log_capacity(log_capacity: usize) -> Self {
        Store {
            log: EventLog::with_capacity(log_capacity),
            ..Store::default()
        }
    }

    /// Applies events received together at `received`, in order; returns their sequence numbers.
    pub fn apply_batch(
        &mut self,
        received: DateTime<Utc>,
        events: impl IntoIterator<Item = Event>,
    ) -> std::ops::Range<u64> {
        let first = self.next_seq + 1;
        for event in events {
            self.apply(received, event);
        }
        first..self.next_seq + 1
    }

    /// Applies one event received at `received`; returns what it changed: the new log
    /// entry and, for a room event, the room's change. An alert it raised waits in
    /// [`Alerts::take_fresh`].
    pub fn apply(&mut self, received: DateTime<Utc>, event: Event) -> Applied<'_> {
        let seq = self.next_seq + 1;
        // For a room event: the state before it (the room is found again through the log).
        let previous = match &event.body {
            EventBody::Resource { id, .. } => {
                Some(self.rooms.get(id).and_then(|r| r.state.clone()))
            }
            _ => None,
        };
        self.apply_numbered(seq, received, event);
        let Some(entry) = self.log.last() else {
            unreachable!("the event was just logged")
        };
        let room = match (&entry.event.body, previous) {
            (EventBody::Resource { id, .. }, Some(previous)) => {
                self.rooms.get(id).map(|room| RoomChange { room, previous })
            }
            _ => None,
        };
        if let Some(change) = &room {
            let index = ArrivalIndex {
                reservations: &self.reservations,
                by_room: &self.reservations_by_room,
                day: self.arrivals_day.as_ref(),
                guests: &self.guests,
            };
            let previous = change.previous.as_ref();
            check_alert(&mut self.alerts, index, change.room, previous, received);
        }
        Applied {
            entry,
            room,
            store: self,
        }
    }

    fn check_alert(&mut self, room_id: &str, previous: Option<&ResourceState>, at: DateTime<Utc>) {
        let Some(room) = self.rooms.get(room_id) else {
            return;
        };
        let index = ArrivalIndex {
            reservations: &self.reservations,
            by_room: &self.reservations_by_room,
            day: self.arrivals_day.as_ref(),
            guests: &self.guests,
        };
        check_alert(&mut self.alerts, index, room, previous, at);
    }

    /// Replays events from history (oldest first) with their original numbers.
    /// Rooms they touch are marked as not yet confirmed by Mews; numbering
    /// continues after the last one.
    pub fn restore(&mut self, entries: Vec<LogEntry>) {
        for entry in entries {
            if entry.seq <= self.next_seq {
                continue;
            }
            let room = match &entry.event.body {
                EventBody::Resource { id, .. } => Some(id.clone()),
                _ => None,
            };
            self.apply_numbered(entry.seq, entry.received, entry.event);
            if let Some(id) = room {
                self.rooms.mark_unconfirmed(&id);
            }
        }
    }

    /// Keeps the room → reservations index in step with a reservation that
    /// moved from room `old` to room `new` (`position` is its row in the table).
    fn index_reservation_room(&mut self, position: usize, old: Option<String>, new: Option<&str>) {
        if let Some(old) = old
            && let Some(positions) = self.reservations_by_room.get_mut(&old)
        {
            positions.retain(|&at| at != position);
        }
        if let Some(room) = new {
            self.reservations_by_room
                .entry(room.to_owned())
                .or_default()
                .push(position);
        }
    }

    /// Rebuilds the room → reservations index after reservations were forgotten.
    fn reindex_reservations(&mut self) {
        self.reservations_by_room.clear();
        for (position, row) in self.reservations.rows().iter().enumerate() {
            if let Some(room) = &row.value.assigned_resource_id {
                self.reservations_by_room
                    .entry(room.clone())
                    .or_default()
                    .push(position);
            }
        }
    }

    /// Continues numbering after `seq` (history from an earlier run), if that is higher.
    pub fn start_numbering_after(&mut self, seq: u64) {
        self.next_seq = self.next_seq.max(seq);
    }

    fn apply_numbered(&mut self, seq: u64, received: DateTime<Utc>, event: Event) {
        self.next_seq = seq;
        self.counts[event.kind().index()] += 1;
        match &event.body {
            EventBody::Resource { id, state } => {
                self.rooms.apply_event(id, state, received);
            }
            EventBody::Reservation {
                id,
                state,
                start_utc,
                end_utc,
                assigned_resource_id,
            } => {
                // Set only when the assignment changes: (the room it had, if any).
                let mut moved: Option<Option<String>> = None;
                let position = self.reservations.record(id, seq, received, |old| {
                    let old_room = old.and_then(|row| row.assigned_resource_id.as_ref());
                    if old.is_none() || old_room != assigned_resource_id.as_ref() {
                        moved = Some(old_room.cloned());
                    }
                    ReservationRow {
                        previous: tables::previous_of(
                            old.map(|row| (&row.state, &row.previous)),
                            state,
                        ),
                        state: state.clone(),
                        start_utc: *start_utc,
                        end_utc: *end_utc,
                        assigned_resource_id: assigned_resource_id.clone(),
                        changed_offline: false,
                    }
                });
                if let Some(old_room) = moved {
                    self.index_reservation_room(
                        position,
                        old_room,
                        assigned_resource_id.as_deref(),
                    );
                }
            }
            EventBody::DeviceCommand { id, state } => {
                self.commands.record(id, seq, received, |old| CommandRow {
                    previous: tables::previous_of(
                        old.map(|row| (&row.state, &row.previous)),
                        state,
                    ),
                    state: state.clone(),
                });
            }
            EventBody::PriceUpdate {
                id,
                start_utc,
                end_utc,
                rate_id,
                resource_category_id,
            } => {
                self.prices.record(id, seq, received, |_| PriceRow {
                    start_utc: *start_utc,
                    end_utc: *end_utc,
                    rate_id: rate_id.clone(),
                    resource_category_id: resource_category_id.clone(),
                });
            }
            EventBody::Unknown { .. } => {}
        }
        self.log.push(LogEntry {
            seq,
            received,
            event,
        });
        self.keep_what_views_need(received);
    }

    /// Takes room names, floors and states from `resources/getAll`; returns rooms changed while offline.
    pub fn seed_rooms(&mut self, records: &[ResourceRecord], at: DateTime<Utc>) -> Vec<String> {
        let changed = self.rooms.seed(records, at);
        for id in &changed {
            let previous = self.rooms.get(id).and_then(|room| room.previous.clone());
            self.check_alert(id, previous.as_ref(), at);
        }
        changed
    }

    /// Events received of this kind since start.
    pub fn count(&self, kind: EventKind) -> u64 {
        self.counts[kind.index()]
    }

    /// Events received since start.
    pub fn total_events(&self) -> u64 {
        self.next_seq
    }
}

/// The tables that tell whether a guest arriving soon waits for a room.
#[derive(Clone, Copy)]
struct ArrivalIndex<'a> {
    reservations: &'a LatestById<ReservationRow>,
    by_room: &'a rustc_hash::FxHashMap<String, Vec<usize>>,
    /// The hotel's day of the loaded arrivals, when known.
    day: Option<&'a HotelDay>,
    /// Who is waiting for a room.
    guests: &'a Guests,
}

/// Raises an alert if the room's change from `previous` calls for one.
fn check_alert(
    alerts: &mut Alerts,
    index: ArrivalIndex<'_>,
    room: &Room,
    previous: Option<&ResourceState>,
    at: DateTime<Utc>,
) {
    // Whether a guest is due in the room today, and which of them waits, if one does.
    let arrival = || {
        let due: Vec<&Tracked<ReservationRow>> = index
            .by_room
            .get(&room.id)?
            .iter()
            .filter_map(|&row| index.reservations.rows().get(row))
            .filter(|row| alerts::is_due(&row.value, index.day, at))
            .collect();
        let waiting = due
            .iter()
            .find(|row| index.guests.waiting_since(&row.id).is_some())
            .map(|row| row.id.clone());
        (!due.is_empty()).then_some(waiting)
    };
    alerts.on_change(room, previous, at, arrival);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{CommandState, ResourceState, parse_frame, parse_resources_page};

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).expect("valid time")
    }

    #[test]
    fn a_frame_updates_every_table_and_the_log_in_order() {
        let frame = r#"{"Events":[
            {"Type":"Resource","Id":"r1","State":"Clean"},
            {"Type":"DeviceCommand","Id":"c1","State":"Pending"},
            {"Type":"Reservation","Id":"v1","State":"Confirmed","StartUtc":"2025-01-01T14:00:00Z","EndUtc":"2025-01-02T10:00:00Z","AssignedResourceId":"r1"},
            {"Type":"PriceUpdate","Id":"p1","RateId":"rate"},
            {"Type":"Novelty","Id":"n1"},
            {"Type":"DeviceCommand","Id":"c1","State":"Processed"}]}"#;
        let mut store = Store::default();
        let seqs = store.apply_batch(at(5), parse_frame(frame).events);
        assert_eq!(seqs, 1..7);
        assert_eq!(store.total_events(), 6);
        assert_eq!(store.count(EventKind::DeviceCommand), 2);
        assert_eq!(store.count(EventKind::Unknown), 1);
        let command = store.commands.get("c1").expect("command tracked");
        assert_eq!(command.value.state, CommandState::Processed);
        assert_eq!(command.value.previous, Some(CommandState::Pending));
        assert_eq!((command.events, command.last_seq), (2, 6));
        assert_eq!(
            store
                .reservations
                .get("v1")
                .map(|r| r.value.assigned_resource_id.clone()),
            Some(Some("r1".into()))
        );
        assert_eq!(store.prices.len(), 1);
        assert_eq!(
            store.rooms.get("r1").and_then(|r| r.state.clone()),
            Some(ResourceState::Clean)
        );
        let seqs: Vec<_> = store.log.iter_from(0).map(|e| e.seq).collect();
        assert_eq!(seqs, [1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn the_demo_hotel_fixture_seeds_every_room() {
        let body = crate::DEMO_HOTEL_ROOMS;
        let page = parse_resources_page(body).expect("fixture parses");
        assert_eq!(page.resources.len(), 1_376);
        let mut store = Store::default();
        assert!(store.seed_rooms(&page.resources, at(0)).is_empty());
        let active = page.resources.iter().filter(|r| r.is_active).count();
        assert_eq!(store.rooms.len(), active);
        let counts = store.rooms.counts();
        for state in ResourceState::KNOWN {
            let expected = page
                .resources
                .iter()
                .filter(|r| r.is_active && r.state.as_ref() == Some(state))
                .count();
            assert_eq!(counts.of(state), expected, "{state}");
        }
        assert!(
            store
                .rooms
                .all()
                .iter()
                .all(|room| room.name == room.name.trim())
        );
    }

    #[test]
    fn a_pinned_room_turning_inspected_raises_one_alert() {
        let mut store = Store::default();
        store.alerts.set_pinned("r1", true);
        let frame = |state: &str| {
            parse_frame(&format!(
                r#"{{"Events":[{{"Type":"Resource","Id":"r1","State":"{state}"}}]}}"#
            ))
            .events
        };
        store.apply_batch(at(1), frame("Dirty"));
        store.apply_batch(at(2), frame("Clean"));
        assert!(store.alerts.take_fresh().is_empty());
        store.apply_batch(at(3), frame("Inspected"));
        store.apply_batch(at(4), frame("Inspected"));
        let fresh = store.alerts.take_fresh();
        assert_eq!(fresh.len(), 1);
        assert_eq!(fresh[0].at, at(3));
        assert_eq!(store.alerts.open().len(), 1);
    }

    #[test]
    fn a_room_awaiting_an_arrival_alerts_and_a_reassigned_one_does_not() {
        let mut store = Store::default();
        let now = Utc::now();
        let start = (now + chrono::Duration::hours(2)).to_rfc3339();
        let booking = |room: &str| {
            parse_frame(&format!(
                r#"{{"Events":[{{"Type":"Reservation","Id":"v1","State":"Confirmed","StartUtc":"{start}","AssignedResourceId":"{room}"}}]}}"#
            ))
            .events
        };
        let room = |id: &str, state: &str| {
            parse_frame(&format!(
                r#"{{"Events":[{{"Type":"Resource","Id":"{id}","State":"{state}"}}]}}"#
            ))
            .events
        };
        store.apply_batch(now, booking("old-room"));
        store.apply_batch(now, booking("new-room"));
        store.apply_batch(now, room("old-room", "Inspected"));
        assert!(
            store.alerts.take_fresh().is_empty(),
            "no guest waits for the old room"
        );
        store.apply_batch(now, room("new-room", "Inspected"));
        let fresh = store.alerts.take_fresh();
        assert_eq!(fresh.len(), 1);
        assert_eq!(fresh[0].room_id, "new-room");
    }

    #[test]
    fn only_a_room_whose_guest_arrives_soon_or_on_the_loaded_day_alerts() {
        let now = at(1_000_000);
        let booking = |id: &str, state: &str, hours: i64, room: &str| {
            let start = (now + chrono::Duration::hours(hours)).to_rfc3339();
            format!(
                r#"{{"Type":"Reservation","Id":"{id}","State":"{state}","StartUtc":"{start}","AssignedResourceId":"{room}"}}"#
            )
        };
        let turn = |room: &str, state: &str| {
            parse_frame(&format!(
                r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"{state}"}}]}}"#
            ))
            .events
        };
        let alerted = |store: &mut Store, room: &str, at: DateTime<Utc>| {
            store.apply_batch(at, turn(room, "Dirty"));
            store.apply_batch(at, turn(room, "Inspected"));
            store
                .alerts
                .take_fresh()
                .iter()
                .any(|alert| alert.room_id == room)
        };
        let mut store = Store::default();
        let bookings = [
            booking("a", "Confirmed", 3, "soon"),
            booking("b", "Confirmed", 72, "later"),
            booking("c", "Started", 0, "in-house"),
        ];
        store.apply_batch(
            now,
            parse_frame(&format!(r#"{{"Events":[{}]}}"#, bookings.join(","))).events,
        );
        assert!(alerted(&mut store, "soon", now));
        assert!(!alerted(&mut store, "later", now));
        assert!(!alerted(&mut store, "in-house", now));
        store.alerts.set_pinned("later", true);
        assert!(
            alerted(&mut store, "later", now),
            "a pinned room always alerts"
        );
        store.alerts.set_pinned("later", false);
        // Once a day's arrivals are loaded, "soon" means on that hotel day.
        let later = now + chrono::Duration::hours(72);
        let that_day = HotelDay::containing(Some("UTC"), later).expect("zone");
        store.seed_arrivals(that_day, &[], now);
        assert!(alerted(&mut store, "later", now));
        assert!(!alerted(&mut store, "soon", now));
    }

    #[test]
    fn applying_an_event_says_what_it_changed() {
        let mut store = Store::default();
        let room = |state: &str| {
            parse_frame(&format!(
                r#"{{"Events":[{{"Type":"Resource","Id":"r1","State":"{state}"}}]}}"#
            ))
            .events
            .remove(0)
        };
        store.apply(at(1), room("Dirty"));
        let applied = store.apply(at(2), room("Clean"));
        assert_eq!(applied.entry.seq, 2);
        assert_eq!(applied.entry.received, at(2));
        let change = applied.room.expect("a room event");
        assert_eq!(change.previous, Some(ResourceState::Dirty));
        assert_eq!(change.room.state, Some(ResourceState::Clean));
        let price = parse_frame(r#"{"Events":[{"Type":"PriceUpdate","Id":"p1"}]}"#);
        let applied = store.apply(at(3), price.events.into_iter().next().expect("event"));
        assert!(applied.room.is_none());
        assert_eq!(applied.entry.seq, 3);
    }
}
