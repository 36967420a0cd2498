//! Current state per id for reservations, device commands and price updates.
//!
//! One generic table keeps, for each id, the latest values and when they came;
//! the typed rows say what each event type contributes. A table forgets rows
//! the views no longer need ([`LatestById::forget`]); history keeps them.

use rustc_hash::FxHashMap;

use chrono::{DateTime, Utc};

use crate::protocol::{CommandState, ReservationRecord, ReservationState};

/// The latest values seen for one id, with their history counters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracked<T> {
    /// The entity's id (for price updates, the update's own id).
    pub id: String,
    /// The latest values.
    pub value: T,
    /// When the first event for this id arrived.
    pub first_seen: DateTime<Utc>,
    /// When the latest event for this id arrived.
    pub updated: DateTime<Utc>,
    /// Local sequence number of the latest event.
    pub last_seq: u64,
    /// How many events arrived for this id.
    pub events: u32,
}

/// Rows keyed by id, in first-seen order.
#[derive(Clone, Debug)]
pub struct LatestById<T> {
    rows: Vec<Tracked<T>>,
    index: FxHashMap<String, usize>,
    /// Counts changes to rows, so views built from them know when to rebuild.
    revision: u64,
}

impl<T> Default for LatestById<T> {
    fn default() -> Self {
        LatestById {
            rows: Vec::new(),
            index: FxHashMap::default(),
            revision: 0,
        }
    }
}

impl<T> LatestById<T> {
    /// All rows in first-seen order.
    pub fn rows(&self) -> &[Tracked<T>] {
        &self.rows
    }

    /// The row for this id.
    pub fn get(&self, id: &str) -> Option<&Tracked<T>> {
        self.index.get(id).map(|&at| &self.rows[at])
    }

    /// Changes whenever a row is added, changed or forgotten.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// How many ids are known.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether no id is known.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Forgets the rows `stale` picks, then, beyond `max_rows`, those updated
    /// longest ago; the rest keep their first-seen order. Returns whether any
    /// went (then positions in [`LatestById::rows`] changed).
    pub(crate) fn forget(&mut self, max_rows: usize, stale: impl Fn(&Tracked<T>) -> bool) -> bool {
        let before = self.rows.len();
        self.rows.retain(|row| !stale(row));
        if let Some(over) = self
            .rows
            .len()
            .checked_sub(max_rows)
            .filter(|over| *over > 0)
        {
            // Rows share a `last_seq` only when seeded together (a reload); ties
            // are kept, so a few more than `max_rows` may stay.
            let mut seqs: Vec<u64> = self.rows.iter().map(|row| row.last_seq).collect();
            let (_, &mut oldest_kept, _) = seqs.select_nth_unstable(over);
            self.rows.retain(|row| row.last_seq >= oldest_kept);
        }
        if self.rows.len() == before {
            return false;
        }
        self.revision += 1;
        self.index = self
            .rows
            .iter()
            .enumerate()
            .map(|(at, row)| (row.id.clone(), at))
            .collect();
        true
    }

    /// Records an event for `id`; `update` turns the previous value (if any) into the new one.
    ///
    /// Returns the row's position in [`LatestById::rows`], which stays until rows are forgotten.
    pub(crate) fn record(
        &mut self,
        id: &str,
        seq: u64,
        at: DateTime<Utc>,
        update: impl FnOnce(Option<&T>) -> T,
    ) -> usize {
        self.revision += 1;
        match self.index.get(id) {
            Some(&position) => {
                let row = &mut self.rows[position];
                row.value = update(Some(&row.value));
                row.updated = at;
                row.last_seq = seq;
                row.events += 1;
                position
            }
            None => {
                self.rows.push(Tracked {
                    id: id.to_owned(),
                    value: update(None),
                    first_seen: at,
                    updated: at,
                    last_seq: seq,
                    events: 1,
                });
                self.index.insert(id.to_owned(), self.rows.len() - 1);
                self.rows.len() - 1
            }
        }
    }

    /// Takes what a lookup (not an event) says of `id` at `at`: the row is
    /// added, or updated without counting an event. `seq` is the newest event
    /// number when the answer came. Returns the row's position.
    pub(crate) fn learn(
        &mut self,
        id: &str,
        seq: u64,
        at: DateTime<Utc>,
        update: impl FnOnce(Option<&T>) -> T,
    ) -> usize {
        let position = self.record(id, seq, at, update);
        let row = &mut self.rows[position];
        row.events = row.events.saturating_sub(1);
        position
    }
}

/// What the monitor knows of a reservation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReservationRow {
    /// Current state.
    pub state: ReservationState,
    /// State before the latest change, if it changed.
    pub previous: Option<ReservationState>,
    /// Scheduled start.
    pub start_utc: Option<DateTime<Utc>>,
    /// Scheduled end.
    pub end_utc: Option<DateTime<Utc>>,
    /// Assigned room id.
    pub assigned_resource_id: Option<String>,
    /// Whether the last change was found by a reload from Mews rather than an event.
    pub changed_offline: bool,
}

impl ReservationRow {
    /// Whether Mews' record says something different from this row: its state,
    /// room or scheduled times.
    pub(crate) fn differs_from(&self, record: &ReservationRecord) -> bool {
        record
            .state
            .as_ref()
            .is_some_and(|state| *state != self.state)
            || record.assigned_resource_id != self.assigned_resource_id
            || record.scheduled_start_utc != self.start_utc
            || record.scheduled_end_utc != self.end_utc
    }
}

/// What the monitor knows of a device command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandRow {
    /// Current state.
    pub state: CommandState,
    /// State before the latest change, if it changed.
    pub previous: Option<CommandState>,
}

/// One price update (each has its own id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceRow {
    /// First moment affected.
    pub start_utc: Option<DateTime<Utc>>,
    /// Last moment affected.
    pub end_utc: Option<DateTime<Utc>>,
    /// The rate concerned.
    pub rate_id: Option<String>,
    /// The resource category concerned.
    pub resource_category_id: Option<String>,
}

/// The state before an update: the old state when it differs, else what was recorded before.
pub(crate) fn previous_of<S: Clone + PartialEq>(
    old: Option<(&S, &Option<S>)>,
    new: &S,
) -> Option<S> {
    match old {
        Some((old_state, _)) if old_state != new => Some(old_state.clone()),
        Some((_, old_previous)) => old_previous.clone(),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_keep_first_seen_and_count_events() {
        let mut table = LatestById::<u32>::default();
        let t0 = DateTime::from_timestamp(10, 0).expect("valid time");
        let t1 = DateTime::from_timestamp(20, 0).expect("valid time");
        table.record("a", 1, t0, |old| old.map_or(1, |v| v + 1));
        table.record("b", 2, t0, |_| 7);
        table.record("a", 3, t1, |old| old.map_or(1, |v| v + 1));
        let a = table.get("a").expect("row a");
        assert_eq!((a.value, a.events, a.last_seq), (2, 2, 3));
        assert_eq!((a.first_seen, a.updated), (t0, t1));
        assert_eq!(table.len(), 2);
        assert_eq!(table.rows()[1].id, "b");
    }

    #[test]
    fn forgetting_drops_stale_rows_then_the_least_recently_updated() {
        let mut table = LatestById::<u32>::default();
        let at = DateTime::from_timestamp(10, 0).expect("valid time");
        for (seq, id) in ["a", "b", "c", "d", "e"].into_iter().enumerate() {
            table.record(id, seq as u64 + 1, at, |_| seq as u32);
        }
        table.record("a", 6, at, |_| 9);
        assert!(!table.forget(10, |_| false), "nothing to forget");
        assert!(table.forget(2, |row| row.id == "e"));
        let ids: Vec<_> = table.rows().iter().map(|row| row.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a", "d"],
            "stale e, then b and c, updated longest ago"
        );
        assert_eq!(table.get("d").map(|row| row.value), Some(3));
        assert!(table.get("b").is_none());
        table.record("b", 7, at, |old| old.map_or(100, |v| v + 1));
        assert_eq!(
            table.get("b").map(|row| (row.value, row.events)),
            Some((100, 1))
        );
    }

    #[test]
    fn previous_state_survives_a_repeated_state() {
        let old = CommandState::Pending;
        assert_eq!(
            previous_of(Some((&old, &None)), &CommandState::Processed),
            Some(CommandState::Pending)
        );
        let kept = Some(CommandState::Received);
        assert_eq!(
            previous_of(Some((&old, &kept)), &CommandState::Pending),
            Some(CommandState::Received)
        );
        assert_eq!(previous_of(None, &CommandState::Pending), None);
    }
}
