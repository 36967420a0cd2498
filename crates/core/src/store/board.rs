//! The housekeeping board as staff see it: rooms grouped by floor, narrowed
//! by state, each room's day, floor and name, laid out in rows of tiles; or
//! the "turn first" list of rooms guests arrive in today that are not done.
//!
//! Pure: the UI asks for rows and draws only those on screen. Grouping is
//! rebuilt only when the rooms, the stays or the filter change ([`Board::refresh`]).

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::protocol::ResourceState;

use super::Store;
use super::alerts::ReadyRule;
use super::room_day::{Occupancy, RoomDay};
use super::rooms::Room;

/// Which states the board shows: one switch per documented state, plus one for the rest.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct BoardFilter {
    /// Shown states, in [`ResourceState::KNOWN`] order, then "other or unknown".
    pub shown: [bool; 6],
    /// Only this floor, when set.
    pub floor: Option<String>,
    /// Only rooms whose name contains this text (any case).
    pub search: String,
    /// Shown days, in [`Occupancy::ALL`] order (applies once the hotel's day is loaded).
    pub occupancy: [bool; Occupancy::ALL.len()],
    /// Only the rooms to turn first: rooms a guest arrives in today (arriving or
    /// turnover) that are dirty, or clean where the hotel inspects; by arrival time.
    pub turn_first: bool,
}

impl Default for BoardFilter {
    fn default() -> Self {
        BoardFilter {
            shown: [true; 6],
            floor: None,
            search: String::new(),
            occupancy: [true; Occupancy::ALL.len()],
            turn_first: false,
        }
    }
}

impl BoardFilter {
    /// The switch index of a state: its place in [`ResourceState::KNOWN`], or 5.
    pub(crate) fn slot(state: Option<&ResourceState>) -> usize {
        state
            .and_then(|state| ResourceState::KNOWN.iter().position(|known| known == state))
            .unwrap_or(5)
    }

    /// Whether a room whose day is `day` passes the filter (`rule`: what is ready).
    pub(crate) fn admits(&self, room: &Room, day: Option<&RoomDay<'_>>, rule: ReadyRule) -> bool {
        self.shown[Self::slot(room.state.as_ref())]
            && day.is_none_or(|day| self.occupancy[day.occupancy.index()])
            && (!self.turn_first || day.is_some_and(|day| to_turn(room, day, rule)))
            && self
                .floor
                .as_ref()
                .is_none_or(|floor| room.floor.as_ref() == Some(floor))
            && contains_ignoring_case(room.display_name(), self.search.trim())
    }

    /// Whether anything is filtered out.
    pub fn is_narrowed(&self) -> bool {
        *self != BoardFilter::default()
    }
}

/// Whether a room is one to turn first: a guest arrives in it today and it is
/// dirty, or clean where the hotel inspects (not yet ready under `rule`).
fn to_turn(room: &Room, day: &RoomDay<'_>, rule: ReadyRule) -> bool {
    matches!(day.occupancy, Occupancy::Arriving | Occupancy::Turnover)
        && room.state.as_ref().is_some_and(|state| {
            matches!(state, ResourceState::Dirty | ResourceState::Clean) && !rule.is_ready(state)
        })
}

/// Whether `text` contains `needle`, ignoring case (an empty needle matches).
pub(crate) fn contains_ignoring_case(text: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if needle.is_ascii() && text.is_ascii() {
        let needle = needle.as_bytes();
        return text
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle));
    }
    text.to_lowercase().contains(&needle.to_lowercase())
}

/// One floor's rooms that pass the filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FloorGroup {
    /// The floor as the hotel wrote it; `None` for rooms without one.
    pub floor: Option<String>,
    /// Indexes into [`Rooms::all`](super::Rooms::all), in natural name order
    /// (by arrival time in the "turn first" list).
    pub rooms: Vec<usize>,
    /// Whether this is the "turn first" list rather than a floor.
    pub turn_first: bool,
}

/// One line of the board: a floor heading or a run of tiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoardRow {
    /// The heading of group `group`.
    Heading {
        /// Index into [`Board::groups`].
        group: usize,
    },
    /// Tiles `start..end` of group `group`.
    Tiles {
        /// Index into [`Board::groups`].
        group: usize,
        /// First tile.
        start: usize,
        /// One past the last tile.
        end: usize,
    },
}

/// What a grouping was built for: rooms, stays and their day, the ready rule and the filter.
type BuiltFor = (u64, u64, Option<NaiveDate>, ReadyRule, BoardFilter);

/// The board's grouping, kept until the rooms, the stays or the filter change.
#[derive(Clone, Debug, Default)]
pub struct Board {
    groups: Vec<FloorGroup>,
    floors: Vec<String>,
    shown: usize,
    built_for: Option<BuiltFor>,
    /// Every room's index by floor, then name; kept while names and floors stay
    /// (a state change, the common event, moves no room).
    order: Vec<usize>,
    ordered_for: Option<u64>,
}

impl Board {
    /// Rebuilds the grouping if the rooms, the stays or the filter changed since the last call.
    pub fn refresh(&mut self, store: &Store, filter: &BoardFilter) {
        let rooms = &store.rooms;
        let key = (
            rooms.revision(),
            store.reservations.revision(),
            store.arrivals_day().map(|day| day.date),
            store.alerts.rule,
            filter.clone(),
        );
        if self.built_for.as_ref() == Some(&key) {
            return;
        }
        let all = rooms.all();
        if self.ordered_for != Some(rooms.names_revision()) {
            self.order = (0..all.len()).collect();
            self.order.sort_by(|&a, &b| {
                floor_cmp(all[a].floor.as_deref(), all[b].floor.as_deref())
                    .then_with(|| natural_cmp(all[a].display_name(), all[b].display_name()))
            });
            self.ordered_for = Some(rooms.names_revision());
        }
        let mut floors: Vec<String> = Vec::new();
        let mut groups: Vec<FloorGroup> = Vec::new();
        let needs_day = filter.turn_first || filter.occupancy.contains(&false);
        for &at in &self.order {
            let room = &all[at];
            if let Some(floor) = &room.floor
                && floors.last() != Some(floor)
            {
                floors.push(floor.clone());
            }
            // A room's day is looked up only when the filter asks about it.
            let day = needs_day.then(|| store.room_day(&room.id)).flatten();
            if !filter.admits(room, day.as_ref(), store.alerts.rule) {
                continue;
            }
            match groups.last_mut() {
                Some(group) if filter.turn_first || group.floor == room.floor => {
                    group.rooms.push(at)
                }
                _ => groups.push(FloorGroup {
                    floor: room.floor.clone().filter(|_| !filter.turn_first),
                    rooms: vec![at],
                    turn_first: filter.turn_first,
                }),
            }
        }
        if let Some(list) = groups.first_mut().filter(|_| filter.turn_first) {
            // Stable: rooms due at the same time keep their floor and name order.
            list.rooms.sort_by_key(|&at| {
                let due = store.room_day(&all[at].id).and_then(|day| day.arrival_utc);
                (due.is_none(), due)
            });
        }
        self.shown = groups.iter().map(|group| group.rooms.len()).sum();
        self.groups = groups;
        self.floors = floors;
        self.built_for = Some(key);
    }

    /// The floors that passed the filter, with their rooms.
    pub fn groups(&self) -> &[FloorGroup] {
        &self.groups
    }

    /// Every floor the hotel has, in order (for the floor filter).
    pub fn floors(&self) -> &[String] {
        &self.floors
    }

    /// How many rooms pass the filter.
    pub fn shown(&self) -> usize {
        self.shown
    }

    /// The board's lines when `per_row` tiles fit side by side.
    pub fn rows(&self, per_row: usize) -> Vec<BoardRow> {
        let per_row = per_row.max(1);
        let mut rows = Vec::new();
        for (group, floor) in self.groups.iter().enumerate() {
            rows.push(BoardRow::Heading { group });
            let mut start = 0;
            while start < floor.rooms.len() {
                let end = (start + per_row).min(floor.rooms.len());
                rows.push(BoardRow::Tiles { group, start, end });
                start = end;
            }
        }
        rows
    }
}

/// Orders floors as numbers where they are numbers ("2" before "10"), rooms without a floor last.
fn floor_cmp(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => natural_cmp(a, b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Compares names as people do: runs of digits by value ("2" < "10"), the rest ignoring case.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    natural_cmp_ignoring_case(a.trim(), b.trim()).then_with(|| a.cmp(b))
}

fn natural_cmp_ignoring_case(mut a: &str, mut b: &str) -> Ordering {
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let (digits_a, rest_a) = split_digits(a);
                let (digits_b, rest_b) = split_digits(b);
                let value_a = digits_a.trim_start_matches('0');
                let value_b = digits_b.trim_start_matches('0');
                let order = value_a
                    .len()
                    .cmp(&value_b.len())
                    .then_with(|| value_a.cmp(value_b))
                    .then_with(|| digits_a.len().cmp(&digits_b.len()));
                if order != Ordering::Equal {
                    return order;
                }
                (a, b) = (rest_a, rest_b);
            }
            (Some(x), Some(y)) => {
                let order = x.to_lowercase().cmp(y.to_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                (a, b) = (&a[x.len_utf8()..], &b[y.len_utf8()..]);
            }
        }
    }
}

fn split_digits(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ReservationRecord, ReservationState, ResourceRecord};
    use crate::store::Rooms;
    use chrono::{DateTime, Utc};

    fn record(id: &str, name: &str, floor: Option<&str>, state: &str) -> ResourceRecord {
        ResourceRecord {
            id: id.into(),
            name: name.into(),
            floor: floor.map(Into::into),
            state: Some(ResourceState::from_wire(state)),
            is_active: true,
            ..ResourceRecord::default()
        }
    }

    fn hotel() -> Store {
        let mut store = Store::default();
        store.rooms.seed(
            &[
                record("a", "10", Some("1"), "Dirty"),
                record("b", "2", Some("1"), "Clean"),
                record("c", "201", Some("2"), "Inspected"),
                record("d", "Suite", Some("10"), "Dirty"),
                record("e", "Lobby", None, "Clean"),
            ],
            DateTime::<Utc>::UNIX_EPOCH,
        );
        store
    }

    fn names(board: &Board, store: &Store) -> Vec<Vec<String>> {
        let rooms = &store.rooms;
        board
            .groups()
            .iter()
            .map(|group| {
                group
                    .rooms
                    .iter()
                    .map(|&at| rooms.all()[at].name.clone())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn rooms_are_grouped_by_floor_in_natural_order() {
        let store = hotel();
        let mut board = Board::default();
        board.refresh(&store, &BoardFilter::default());
        assert_eq!(
            names(&board, &store),
            [vec!["2", "10"], vec!["201"], vec!["Suite"], vec!["Lobby"]]
        );
        assert_eq!(board.floors(), ["1", "2", "10"]);
        let last = &board.groups()[3];
        assert_eq!(
            (last.floor.as_deref(), last.turn_first),
            (None, false),
            "no floor"
        );
        assert_eq!(board.shown(), 5);
    }

    #[test]
    fn state_floor_and_search_narrow_the_board() {
        let store = hotel();
        let mut board = Board::default();
        let mut filter = BoardFilter::default();
        filter.shown[BoardFilter::slot(Some(&ResourceState::Clean))] = false;
        board.refresh(&store, &filter);
        assert_eq!(
            names(&board, &store),
            [vec!["10"], vec!["201"], vec!["Suite"]]
        );
        filter.floor = Some("1".into());
        board.refresh(&store, &filter);
        assert_eq!(names(&board, &store), [vec!["10"]]);
        let filter = BoardFilter {
            search: "sui".into(),
            ..BoardFilter::default()
        };
        board.refresh(&store, &filter);
        assert_eq!(names(&board, &store), [vec!["Suite"]]);
        assert!(filter.is_narrowed());
    }

    #[test]
    fn state_changes_renames_and_new_rooms_all_show_on_the_next_refresh() {
        let mut store = hotel();
        let mut board = Board::default();
        let mut filter = BoardFilter::default();
        filter.shown[BoardFilter::slot(Some(&ResourceState::Clean))] = false;
        board.refresh(&store, &filter);
        let at = DateTime::<Utc>::UNIX_EPOCH;
        store.rooms.apply_event("b", &ResourceState::Dirty, at);
        board.refresh(&store, &filter);
        assert_eq!(
            names(&board, &store),
            [vec!["2", "10"], vec!["201"], vec!["Suite"]]
        );
        let names_before = store.rooms.names_revision();
        store
            .rooms
            .seed(&[record("a", "1", Some("1"), "Dirty")], at);
        assert_ne!(
            store.rooms.names_revision(),
            names_before,
            "a rename re-sorts"
        );
        store.rooms.apply_event("f", &ResourceState::Dirty, at);
        store
            .rooms
            .seed(&[record("f", "3", Some("2"), "Dirty")], at);
        board.refresh(&store, &filter);
        assert_eq!(
            names(&board, &store),
            [vec!["1", "2"], vec!["3", "201"], vec!["Suite"]]
        );
        let names_before = store.rooms.names_revision();
        store.rooms.apply_event("c", &ResourceState::Dirty, at);
        assert_eq!(
            store.rooms.names_revision(),
            names_before,
            "a state change moves no room"
        );
    }

    #[test]
    fn the_days_chips_and_the_turn_first_list_narrow_the_board() {
        let mut store = hotel();
        let utc = |text: &str| text.parse::<DateTime<Utc>>().expect("valid time");
        let day = crate::protocol::HotelDay::containing(
            Some("Europe/Prague"),
            utc("2026-12-04T12:00:00Z"),
        )
        .expect("zone");
        let stay = |id: &str, state, start: &str, end: &str, room: &str| ReservationRecord {
            id: id.into(),
            number: None,
            state: Some(state),
            assigned_resource_id: Some(room.into()),
            rate_id: None,
            scheduled_start_utc: Some(utc(start)),
            scheduled_end_utc: Some(utc(end)),
            account_id: None,
        };
        store.seed_arrivals(
            day,
            &[
                // Room 10 (dirty): turnover, due at 15:00.
                stay(
                    "out",
                    ReservationState::Started,
                    "2026-12-01T10:00:00Z",
                    "2026-12-04T09:00:00Z",
                    "a",
                ),
                stay(
                    "in-late",
                    ReservationState::Confirmed,
                    "2026-12-04T15:00:00Z",
                    "2026-12-05T09:00:00Z",
                    "a",
                ),
                // Room 2 (clean): arriving at 13:00.
                stay(
                    "in-early",
                    ReservationState::Confirmed,
                    "2026-12-04T13:00:00Z",
                    "2026-12-05T09:00:00Z",
                    "b",
                ),
                // Room 201 (inspected): arriving, but ready already.
                stay(
                    "in-ready",
                    ReservationState::Confirmed,
                    "2026-12-04T12:00:00Z",
                    "2026-12-05T09:00:00Z",
                    "c",
                ),
                // Suite: stayover.
                stay(
                    "stay",
                    ReservationState::Started,
                    "2026-12-03T10:00:00Z",
                    "2026-12-06T09:00:00Z",
                    "d",
                ),
            ],
            utc("2026-12-04T08:00:00Z"),
        );
        let mut board = Board::default();
        let mut filter = BoardFilter::default();
        filter.occupancy[Occupancy::Vacant.index()] = false;
        filter.occupancy[Occupancy::Stayover.index()] = false;
        board.refresh(&store, &filter);
        assert_eq!(names(&board, &store), [vec!["2", "10"], vec!["201"]]);
        filter.turn_first = true;
        board.refresh(&store, &filter);
        assert_eq!(names(&board, &store), [vec!["2", "10"]], "by arrival time");
        assert!(board.groups()[0].turn_first, "the turn-first group");
        // Room 2 is cleaned and inspected: it leaves the list on the next refresh.
        store
            .rooms
            .apply_event("b", &ResourceState::Inspected, utc("2026-12-04T10:00:00Z"));
        board.refresh(&store, &filter);
        assert_eq!(names(&board, &store), [vec!["10"]]);
    }

    #[test]
    fn rows_wrap_tiles_under_each_heading() {
        let store = hotel();
        let mut board = Board::default();
        board.refresh(&store, &BoardFilter::default());
        let rows = board.rows(1);
        assert_eq!(rows.len(), 4 + 5);
        assert_eq!(rows[0], BoardRow::Heading { group: 0 });
        assert_eq!(
            rows[2],
            BoardRow::Tiles {
                group: 0,
                start: 1,
                end: 2
            }
        );
        assert_eq!(board.rows(10).len(), 8);
    }

    #[test]
    fn natural_order_reads_numbers_as_numbers() {
        let mut names = vec!["Room 10", "room 9", "Room 1A", "Room 1", "B2", "b10"];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            names,
            ["B2", "b10", "Room 1", "Room 1A", "room 9", "Room 10"]
        );
        assert!(contains_ignoring_case("Apartmán 5", "APARTMÁN"));
        assert!(contains_ignoring_case("Suite 5", "te 5"));
    }

    #[test]
    fn the_demo_hotel_groups_every_active_room() {
        let body = crate::DEMO_HOTEL_ROOMS;
        let page = crate::protocol::parse_resources_page(body).expect("fixture parses");
        let mut store = Store::default();
        store
            .rooms
            .seed(&page.resources, DateTime::<Utc>::UNIX_EPOCH);
        let rooms: &Rooms = &store.rooms;
        let mut board = Board::default();
        board.refresh(&store, &BoardFilter::default());
        assert_eq!(board.shown(), rooms.len());
        let tiles: usize = board
            .rows(12)
            .iter()
            .map(|row| match row {
                BoardRow::Tiles { start, end, .. } => end - start,
                BoardRow::Heading { .. } => 0,
            })
            .sum();
        assert_eq!(tiles, rooms.len());
    }
}
