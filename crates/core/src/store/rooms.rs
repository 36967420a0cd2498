//! Rooms (Mews "resources") by id: names, floors and housekeeping state.
//!
//! Seeded from `resources/getAll` so the whole hotel shows before the first
//! event; a `Resource` event for an id never seen adds the room on the spot.
//! Rooms keep their first-seen order, so indexes stay valid for the UI.

use rustc_hash::FxHashMap;

use chrono::{DateTime, Utc};

use crate::protocol::{ResourceRecord, ResourceState};

/// One room as the monitor knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Room {
    /// The resource id events carry.
    pub id: String,
    /// The name staff use; empty until Mews tells it.
    pub name: String,
    /// The floor as the hotel wrote it, when known.
    pub floor: Option<String>,
    /// Current housekeeping state, when known.
    pub state: Option<ResourceState>,
    /// The state before the last change.
    pub previous: Option<ResourceState>,
    /// When the current state was received (the last change).
    pub since: Option<DateTime<Utc>>,
    /// How many state changes were seen since start.
    pub changes: u32,
    /// Whether the last change was found by a resync rather than an event.
    pub changed_offline: bool,
    /// Whether the state comes from history and Mews has not confirmed it yet.
    pub unconfirmed: bool,
}

impl Room {
    fn unnamed(id: &str) -> Self {
        Room {
            id: id.to_owned(),
            name: String::new(),
            floor: None,
            state: None,
            previous: None,
            since: None,
            changes: 0,
            changed_offline: false,
            unconfirmed: false,
        }
    }

    /// The name to show: the room's name, or a short form of its id.
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() {
            short_id(&self.id)
        } else {
            &self.name
        }
    }

    fn change_to(&mut self, state: ResourceState, at: DateTime<Utc>, offline: bool) -> bool {
        if self.state.as_ref() == Some(&state) {
            return false;
        }
        self.previous = self.state.replace(state);
        self.since = Some(at);
        self.changes += 1;
        self.changed_offline = offline;
        true
    }
}

/// The first block of a GUID (or the whole id when short), for compact display.
pub fn short_id(id: &str) -> &str {
    id.split('-')
        .next()
        .filter(|part| !part.is_empty())
        .unwrap_or(id)
}

/// Every room seen, by id, in first-seen order.
#[derive(Clone, Debug, Default)]
pub struct Rooms {
    rooms: Vec<Room>,
    index: FxHashMap<String, usize>,
    revision: u64,
    names_revision: u64,
}

impl Rooms {
    /// All rooms in first-seen order.
    pub fn all(&self) -> &[Room] {
        &self.rooms
    }

    /// A number that grows whenever any room changes, so views know when to rebuild.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// A number that grows whenever a room is added or a name or floor changes
    /// (not on state changes), so views ordered by name know when to re-sort.
    pub fn names_revision(&self) -> u64 {
        self.names_revision
    }

    /// How many rooms are known.
    pub fn len(&self) -> usize {
        self.rooms.len()
    }

    /// Whether no room is known.
    pub fn is_empty(&self) -> bool {
        self.rooms.is_empty()
    }

    /// The room with this id.
    pub fn get(&self, id: &str) -> Option<&Room> {
        self.index.get(id).map(|&at| &self.rooms[at])
    }

    fn entry(&mut self, id: &str) -> &mut Room {
        self.revision += 1;
        let at = match self.index.get(id) {
            Some(&at) => at,
            None => {
                self.names_revision += 1;
                self.rooms.push(Room::unnamed(id));
                self.index.insert(id.to_owned(), self.rooms.len() - 1);
                self.rooms.len() - 1
            }
        };
        &mut self.rooms[at]
    }

    /// Applies a `Resource` event; returns whether the state changed.
    pub fn apply_event(&mut self, id: &str, state: &ResourceState, at: DateTime<Utc>) -> bool {
        let room = self.entry(id);
        room.unconfirmed = false;
        room.change_to(state.clone(), at, false)
    }

    /// Marks a room's state as restored from history, awaiting Mews' confirmation.
    pub(crate) fn mark_unconfirmed(&mut self, id: &str) {
        if let Some(&at) = self.index.get(id) {
            self.rooms[at].unconfirmed = true;
            self.revision += 1;
        }
    }

    /// Takes names, floors and states from `resources/getAll` records.
    ///
    /// A room first seen here takes its state without counting a change. A
    /// known room whose state differs counts a change marked "changed while
    /// offline". Returns the ids of those rooms.
    pub(crate) fn seed(&mut self, records: &[ResourceRecord], at: DateTime<Utc>) -> Vec<String> {
        let mut changed = Vec::new();
        for record in records.iter().filter(|record| record.is_active) {
            let is_new = !self.index.contains_key(&record.id);
            let room = self.entry(&record.id);
            let renamed = room.name != record.name || room.floor != record.floor;
            room.name.clone_from(&record.name);
            room.floor.clone_from(&record.floor);
            room.unconfirmed = false;
            // Mews says when it last changed the room, not when its state began: the best
            // estimate there is, unless it lies in the future of this answer.
            let updated = record.updated_utc.filter(|updated| *updated <= at);
            match (&record.state, is_new) {
                (Some(state), true) => {
                    room.state = Some(state.clone());
                    room.since = updated;
                }
                (Some(state), false) => {
                    if room.change_to(state.clone(), updated.unwrap_or(at), true) {
                        changed.push(record.id.clone());
                    }
                }
                (None, _) => {}
            }
            if renamed {
                self.names_revision += 1;
            }
        }
        changed
    }

    /// Number of rooms in each documented state, plus those with another or no state.
    pub fn counts(&self) -> StateCounts {
        let mut counts = StateCounts::default();
        for room in &self.rooms {
            counts.add(room.state.as_ref());
        }
        counts
    }
}

/// How staff say a room: "Room 101", but "Room sd 202" as it is when the
/// hotel's name for it already says "Room".
pub fn room_called(name: &str) -> String {
    let says_room = name
        .get(..5)
        .is_some_and(|start| start.eq_ignore_ascii_case("room "));
    if says_room {
        name.to_owned()
    } else {
        format!("Room {name}")
    }
}

/// Rooms per housekeeping state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StateCounts {
    /// Per documented state, in [`ResourceState::KNOWN`] order.
    pub known: [usize; 5],
    /// Rooms in an undocumented state or with none yet.
    pub other: usize,
}

impl StateCounts {
    /// Counts one room.
    pub(crate) fn add(&mut self, state: Option<&ResourceState>) {
        match state.and_then(|state| ResourceState::KNOWN.iter().position(|known| known == state)) {
            Some(at) => self.known[at] += 1,
            None => self.other += 1,
        }
    }

    /// Rooms in this documented state (0 for `Other`).
    pub fn of(&self, state: &ResourceState) -> usize {
        ResourceState::KNOWN
            .iter()
            .position(|known| known == state)
            .map_or(0, |at| self.known[at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, name: &str, state: ResourceState) -> ResourceRecord {
        ResourceRecord {
            id: id.into(),
            name: name.into(),
            floor: Some("1".into()),
            state: Some(state),
            parent_id: None,
            is_active: true,
            updated_utc: None,
        }
    }

    #[test]
    fn events_track_previous_state_time_and_changes() {
        let mut rooms = Rooms::default();
        let t0 = DateTime::from_timestamp(1_000, 0).expect("valid time");
        let t1 = DateTime::from_timestamp(2_000, 0).expect("valid time");
        assert!(rooms.apply_event("r1", &ResourceState::Dirty, t0));
        assert!(rooms.apply_event("r1", &ResourceState::Clean, t1));
        assert!(!rooms.apply_event("r1", &ResourceState::Clean, t1));
        let room = rooms.get("r1").expect("room exists");
        assert_eq!(room.state, Some(ResourceState::Clean));
        assert_eq!(room.previous, Some(ResourceState::Dirty));
        assert_eq!(room.since, Some(t1));
        assert_eq!(room.changes, 2);
        assert_eq!(room.display_name(), "r1");
    }

    #[test]
    fn a_room_is_called_room_once() {
        assert_eq!(room_called("101"), "Room 101");
        assert_eq!(room_called("Room sd 202"), "Room sd 202");
        assert_eq!(room_called("ROOM 7"), "ROOM 7");
        assert_eq!(room_called("Roomy suite"), "Room Roomy suite");
        assert_eq!(room_called("Ž"), "Room Ž");
    }

    #[test]
    fn seeding_names_rooms_and_marks_offline_changes() {
        let mut rooms = Rooms::default();
        let t0 = DateTime::from_timestamp(1_000, 0).expect("valid time");
        rooms.apply_event("a-1", &ResourceState::Dirty, t0);
        let changed = rooms.seed(
            &[
                record("a-1", "101", ResourceState::Inspected),
                record("b-2", "102", ResourceState::Dirty),
            ],
            t0,
        );
        assert_eq!(changed, ["a-1"]);
        let a = rooms.get("a-1").expect("room a");
        assert!(a.changed_offline);
        assert_eq!(a.display_name(), "101");
        let b = rooms.get("b-2").expect("room b");
        assert_eq!((b.changes, b.since), (0, None));
        let counts = rooms.counts();
        assert_eq!(counts.of(&ResourceState::Dirty), 1);
        assert_eq!(counts.of(&ResourceState::Inspected), 1);
    }

    #[test]
    fn short_ids_take_the_first_guid_block() {
        assert_eq!(short_id("68aa4760-1b63-452e"), "68aa4760");
        assert_eq!(short_id("plain"), "plain");
        assert_eq!(short_id("-x"), "-x");
    }
}
