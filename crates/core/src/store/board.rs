//! The housekeeping board as staff see it: rooms grouped by floor, narrowed
//! by state, floor and name, laid out in rows of tiles.
//!
//! Pure: the UI asks for rows and draws only those on screen. Grouping is
//! rebuilt only when the rooms or the filter change ([`Board::refresh`]).

use std::cmp::Ordering;

use crate::protocol::ResourceState;

use super::rooms::{Room, Rooms};

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
}

impl Default for BoardFilter {
    fn default() -> Self {
        BoardFilter {
            shown: [true; 6],
            floor: None,
            search: String::new(),
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

    /// Whether a room passes the filter.
    pub(crate) fn admits(&self, room: &Room) -> bool {
        self.shown[Self::slot(room.state.as_ref())]
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
    /// Indexes into [`Rooms::all`], in natural name order.
    pub rooms: Vec<usize>,
}

impl FloorGroup {
    /// The heading staff see, e.g. "Floor 2" or "No floor".
    pub fn title(&self) -> String {
        match &self.floor {
            Some(floor) => format!("Floor {floor}"),
            None => "No floor".to_owned(),
        }
    }
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

/// The board's grouping, kept until the rooms or the filter change.
#[derive(Clone, Debug, Default)]
pub struct Board {
    groups: Vec<FloorGroup>,
    floors: Vec<String>,
    shown: usize,
    built_for: Option<(u64, BoardFilter)>,
    /// Every room's index by floor, then name; kept while names and floors stay
    /// (a state change, the common event, moves no room).
    order: Vec<usize>,
    ordered_for: Option<u64>,
}

impl Board {
    /// Rebuilds the grouping if the rooms or the filter changed since the last call.
    pub fn refresh(&mut self, rooms: &Rooms, filter: &BoardFilter) {
        let key = (rooms.revision(), filter.clone());
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
        for &at in &self.order {
            let room = &all[at];
            if let Some(floor) = &room.floor
                && floors.last() != Some(floor)
            {
                floors.push(floor.clone());
            }
            if !filter.admits(room) {
                continue;
            }
            match groups.last_mut() {
                Some(group) if group.floor == room.floor => group.rooms.push(at),
                _ => groups.push(FloorGroup {
                    floor: room.floor.clone(),
                    rooms: vec![at],
                }),
            }
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
    use crate::protocol::ResourceRecord;
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

    fn hotel() -> Rooms {
        let mut rooms = Rooms::default();
        rooms.seed(
            &[
                record("a", "10", Some("1"), "Dirty"),
                record("b", "2", Some("1"), "Clean"),
                record("c", "201", Some("2"), "Inspected"),
                record("d", "Suite", Some("10"), "Dirty"),
                record("e", "Lobby", None, "Clean"),
            ],
            DateTime::<Utc>::UNIX_EPOCH,
        );
        rooms
    }

    fn names(board: &Board, rooms: &Rooms) -> Vec<Vec<String>> {
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
        let rooms = hotel();
        let mut board = Board::default();
        board.refresh(&rooms, &BoardFilter::default());
        assert_eq!(
            names(&board, &rooms),
            [vec!["2", "10"], vec!["201"], vec!["Suite"], vec!["Lobby"]]
        );
        assert_eq!(board.floors(), ["1", "2", "10"]);
        assert_eq!(board.groups()[3].title(), "No floor");
        assert_eq!(board.shown(), 5);
    }

    #[test]
    fn state_floor_and_search_narrow_the_board() {
        let rooms = hotel();
        let mut board = Board::default();
        let mut filter = BoardFilter::default();
        filter.shown[BoardFilter::slot(Some(&ResourceState::Clean))] = false;
        board.refresh(&rooms, &filter);
        assert_eq!(
            names(&board, &rooms),
            [vec!["10"], vec!["201"], vec!["Suite"]]
        );
        filter.floor = Some("1".into());
        board.refresh(&rooms, &filter);
        assert_eq!(names(&board, &rooms), [vec!["10"]]);
        let filter = BoardFilter {
            search: "sui".into(),
            ..BoardFilter::default()
        };
        board.refresh(&rooms, &filter);
        assert_eq!(names(&board, &rooms), [vec!["Suite"]]);
        assert!(filter.is_narrowed());
    }

    #[test]
    fn state_changes_renames_and_new_rooms_all_show_on_the_next_refresh() {
        let mut rooms = hotel();
        let mut board = Board::default();
        let mut filter = BoardFilter::default();
        filter.shown[BoardFilter::slot(Some(&ResourceState::Clean))] = false;
        board.refresh(&rooms, &filter);
        let at = DateTime::<Utc>::UNIX_EPOCH;
        rooms.apply_event("b", &ResourceState::Dirty, at);
        board.refresh(&rooms, &filter);
        assert_eq!(
            names(&board, &rooms),
            [vec!["2", "10"], vec!["201"], vec!["Suite"]]
        );
        let names_before = rooms.names_revision();
        rooms.seed(&[record("a", "1", Some("1"), "Dirty")], at);
        assert_ne!(rooms.names_revision(), names_before, "a rename re-sorts");
        rooms.apply_event("f", &ResourceState::Dirty, at);
        rooms.seed(&[record("f", "3", Some("2"), "Dirty")], at);
        board.refresh(&rooms, &filter);
        assert_eq!(
            names(&board, &rooms),
            [vec!["1", "2"], vec!["3", "201"], vec!["Suite"]]
        );
        let names_before = rooms.names_revision();
        rooms.apply_event("c", &ResourceState::Dirty, at);
        assert_eq!(
            rooms.names_revision(),
            names_before,
            "a state change moves no room"
        );
    }

    #[test]
    fn rows_wrap_tiles_under_each_heading() {
        let rooms = hotel();
        let mut board = Board::default();
        board.refresh(&rooms, &BoardFilter::default());
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
        let mut rooms = Rooms::default();
        rooms.seed(&page.resources, DateTime::<Utc>::UNIX_EPOCH);
        let mut board = Board::default();
        board.refresh(&rooms, &BoardFilter::default());
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
