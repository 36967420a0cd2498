//! The event log as the user filtered it: by type, by state and by free text
//! (ids, room names, reservation numbers, device names, anything in the JSON).
//!
//! Matching is incremental: new events are checked once as they arrive, and
//! a changed filter rescans the log a slice at a time ([`LogView::refresh`]
//! with a row budget), so even a million-event log never stalls a frame.

use std::collections::VecDeque;

use crate::protocol::{EventBody, EventKind};

use super::Store;
use super::board::contains_ignoring_case;
use super::log::{EventLog, LogEntry};

/// What the user asked the log to show.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LogFilter {
    /// Only this kind of event.
    pub kind: Option<EventKind>,
    /// Only events whose state (as Mews spells it, or in staff words) is this.
    pub state: Option<String>,
    /// Only events mentioning this text (any case).
    pub text: String,
}

impl LogFilter {
    /// Whether the filter lets everything through.
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.state.is_none() && self.text.trim().is_empty()
    }

    /// Whether `entry` passes, with names from `store`.
    pub(crate) fn admits(&self, entry: &LogEntry, store: &Store) -> bool {
        let event = &entry.event;
        if self.kind.is_some_and(|kind| kind != event.kind()) {
            return false;
        }
        if let Some(state) = &self.state
            && event.state_wire() != Some(state.as_str())
            && event.state_label() != Some(state.as_str())
        {
            return false;
        }
        let text = self.text.trim();
        if text.is_empty()
            || contains_ignoring_case(&event.raw, text)
            || contains_ignoring_case(event.type_name(), text)
            || event
                .state_label()
                .is_some_and(|label| contains_ignoring_case(label, text))
        {
            return true;
        }
        let room_matches = |id: &str| {
            store
                .rooms
                .get(id)
                .is_some_and(|room| contains_ignoring_case(&room.name, text))
        };
        match &event.body {
            EventBody::Resource { id, .. } => room_matches(id),
            EventBody::Reservation {
                id,
                assigned_resource_id,
                ..
            } => {
                assigned_resource_id.as_deref().is_some_and(room_matches)
                    || store
                        .labels
                        .reservation_number(id)
                        .is_some_and(|number| contains_ignoring_case(number, text))
            }
            EventBody::DeviceCommand { id, .. } => store
                .labels
                .device_name(id)
                .is_some_and(|device| contains_ignoring_case(device, text)),
            EventBody::PriceUpdate { rate_id, .. } => rate_id
                .as_deref()
                .and_then(|rate| store.labels.rate_name(rate))
                .is_some_and(|rate| contains_ignoring_case(rate, text)),
            EventBody::Unknown { .. } => false,
        }
    }
}

/// The rows of the filtered log, kept up to date as events arrive.
#[derive(Clone, Debug, Default)]
pub struct LogView {
    filter: LogFilter,
    matched: VecDeque<u64>,
    scanned_to: u64,
}

impl LogView {
    /// Brings the rows up to date with `filter` and the log, checking at most
    /// `max_checks` events; returns `true` when the view is complete.
    pub fn refresh(&mut self, filter: &LogFilter, store: &Store, max_checks: usize) -> bool {
        if *filter != self.filter {
            self.filter = filter.clone();
            self.matched.clear();
            self.scanned_to = 0;
        }
        let log = &store.log;
        let Some(first) = log.at(0).map(|entry| entry.seq) else {
            return true;
        };
        while self.matched.front().is_some_and(|&seq| seq < first) {
            self.matched.pop_front();
        }
        if self.filter.is_empty() {
            self.scanned_to = log.last().map_or(0, |entry| entry.seq);
            return true;
        }
        let start = usize::try_from(self.scanned_to.saturating_add(1).saturating_sub(first))
            .unwrap_or(usize::MAX);
        for (checked, entry) in log.iter_from(start).enumerate() {
            if checked == max_checks {
                return false;
            }
            self.scanned_to = entry.seq;
            if self.filter.admits(entry, store) {
                self.matched.push_back(entry.seq);
            }
        }
        true
    }

    /// How many rows the view has now.
    pub fn len(&self, log: &EventLog) -> usize {
        if self.filter.is_empty() {
            log.len()
        } else {
            self.matched.len()
        }
    }

    /// Whether the view has no rows.
    pub fn is_empty(&self, log: &EventLog) -> bool {
        self.len(log) == 0
    }

    /// The entry on row `row` (0 = oldest).
    pub fn entry<'a>(&self, row: usize, log: &'a EventLog) -> Option<&'a LogEntry> {
        if self.filter.is_empty() {
            log.at(row)
        } else {
            log.by_seq(*self.matched.get(row)?)
        }
    }

    /// The row showing the event with sequence number `seq`, if it passes the filter.
    pub(crate) fn row_of(&self, seq: u64, log: &EventLog) -> Option<usize> {
        if self.filter.is_empty() {
            log.position_of(seq)
        } else {
            self.matched.binary_search(&seq).ok()
        }
    }
}

/// How a click changes the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Select this row only.
    Only,
    /// Add or remove this row (Ctrl+click).
    Toggle,
    /// Select every row from the last clicked one to this one (Shift+click).
    Range,
}

/// The log rows the user selected, by sequence number.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogSelection {
    seqs: std::collections::BTreeSet<u64>,
    anchor: Option<u64>,
}

impl LogSelection {
    /// Applies a click on the row showing `seq`.
    pub fn click(&mut self, seq: u64, pick: Pick, view: &LogView, log: &EventLog) {
        match pick {
            Pick::Only => {
                self.seqs.clear();
                self.seqs.insert(seq);
            }
            Pick::Toggle => {
                if !self.seqs.remove(&seq) {
                    self.seqs.insert(seq);
                }
            }
            Pick::Range => {
                let from = self.anchor.and_then(|anchor| view.row_of(anchor, log));
                match (from, view.row_of(seq, log)) {
                    (Some(from), Some(to)) => {
                        let rows = from.min(to)..=from.max(to);
                        self.seqs.extend(
                            rows.filter_map(|row| view.entry(row, log).map(|entry| entry.seq)),
                        );
                    }
                    _ => {
                        self.seqs.insert(seq);
                    }
                }
            }
        }
        self.anchor = Some(seq);
    }

    /// Whether the event `seq` is selected.
    pub fn contains(&self, seq: u64) -> bool {
        self.seqs.contains(&seq)
    }

    /// The last row clicked, if it is still selected (its details are shown).
    pub fn focused(&self) -> Option<u64> {
        self.anchor.filter(|seq| self.seqs.contains(seq))
    }

    /// The selected events' numbers, oldest first.
    pub fn seqs(&self) -> impl Iterator<Item = u64> + '_ {
        self.seqs.iter().copied()
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        self.seqs.clear();
        self.anchor = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ResourceRecord, ResourceState, parse_frame};
    use chrono::{DateTime, Utc};

    fn store_with_events() -> Store {
        let mut store = Store::with_log_capacity(4);
        let at = DateTime::<Utc>::UNIX_EPOCH;
        store.seed_rooms(
            &[ResourceRecord {
                id: "room-a".into(),
                name: "Suite 12".into(),
                is_active: true,
                ..ResourceRecord::default()
            }],
            at,
        );
        let frame = parse_frame(
            r#"{"Events":[
            {"Type":"Resource","Id":"room-a","State":"Dirty"},
            {"Type":"DeviceCommand","Id":"cmd-1","State":"Pending"},
            {"Type":"Resource","Id":"room-b","State":"Clean"},
            {"Type":"Mystery","Id":"m-1","Extra":"needle"},
            {"Type":"Resource","Id":"room-a","State":"Clean"}]}"#,
        );
        store.apply_batch(at, frame.events);
        store
    }

    fn seqs(view: &LogView, store: &Store) -> Vec<u64> {
        (0..view.len(&store.log))
            .filter_map(|row| view.entry(row, &store.log).map(|entry| entry.seq))
            .collect()
    }

    #[test]
    fn an_empty_filter_shows_the_whole_log() {
        let store = store_with_events();
        let mut view = LogView::default();
        assert!(view.refresh(&LogFilter::default(), &store, 10));
        assert_eq!(seqs(&view, &store), [2, 3, 4, 5], "the oldest was dropped");
        assert_eq!(view.row_of(4, &store.log), Some(2));
    }

    #[test]
    fn type_state_and_text_narrow_the_log() {
        let store = store_with_events();
        let mut view = LogView::default();
        let mut filter = LogFilter {
            kind: Some(EventKind::Resource),
            ..LogFilter::default()
        };
        view.refresh(&filter, &store, 100);
        assert_eq!(seqs(&view, &store), [3, 5]);
        filter.state = Some("Clean".into());
        filter.text = "suite".into();
        view.refresh(&filter, &store, 100);
        assert_eq!(seqs(&view, &store), [5], "room names match");
        let filter = LogFilter {
            text: "NEEDLE".into(),
            ..LogFilter::default()
        };
        view.refresh(&filter, &store, 100);
        assert_eq!(seqs(&view, &store), [4], "unknown fields match");
        assert_eq!(
            store
                .rooms
                .get("room-a")
                .and_then(|room| room.state.clone()),
            Some(ResourceState::Clean)
        );
    }

    #[test]
    fn a_rescan_goes_a_slice_at_a_time_and_new_events_are_added() {
        let mut store = store_with_events();
        let mut view = LogView::default();
        let filter = LogFilter {
            text: "room".into(),
            ..LogFilter::default()
        };
        assert!(!view.refresh(&filter, &store, 2));
        assert_eq!(seqs(&view, &store), [3]);
        assert!(view.refresh(&filter, &store, 2));
        assert_eq!(seqs(&view, &store), [3, 5]);
        let frame =
            parse_frame(r#"{"Events":[{"Type":"Resource","Id":"room-c","State":"Dirty"}]}"#);
        store.apply_batch(DateTime::<Utc>::UNIX_EPOCH, frame.events);
        assert!(view.refresh(&filter, &store, 2));
        assert_eq!(seqs(&view, &store), [3, 5, 6]);
        assert_eq!(view.row_of(6, &store.log), Some(2));
    }

    #[test]
    fn clicks_with_ctrl_and_shift_select_several_rows() {
        let store = store_with_events();
        let mut view = LogView::default();
        view.refresh(&LogFilter::default(), &store, 100);
        let mut selection = LogSelection::default();
        selection.click(2, Pick::Only, &view, &store.log);
        selection.click(4, Pick::Range, &view, &store.log);
        assert_eq!(selection.seqs().collect::<Vec<_>>(), [2, 3, 4]);
        selection.click(3, Pick::Toggle, &view, &store.log);
        assert_eq!(selection.seqs().collect::<Vec<_>>(), [2, 4]);
        assert_eq!(
            selection.focused(),
            None,
            "the last click unselected its row"
        );
        selection.click(5, Pick::Only, &view, &store.log);
        assert_eq!(selection.seqs().collect::<Vec<_>>(), [5]);
        assert_eq!(selection.focused(), Some(5));
    }
}
