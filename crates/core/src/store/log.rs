//! The event log: every event in receive order, bounded, oldest dropped first.
//!
//! Bounded twice: by count ([`DEFAULT_LOG_CAPACITY`]) and by age: the session
//! forgets what is older than [`LOG_SPAN`], so memory stays flat however long
//! the window stays open. History keeps everything.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};

use crate::protocol::Event;

/// How many events the log keeps unless told otherwise.
pub const DEFAULT_LOG_CAPACITY: usize = 100_000;

/// How far back the log keeps events in memory (older ones are in history).
pub const LOG_SPAN: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// One received event with the stamps Mews does not provide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// Local sequence number, from 1, in receive order.
    pub seq: u64,
    /// When the monitor received the frame holding this event.
    pub received: DateTime<Utc>,
    /// The event.
    pub event: Event,
}

/// A bounded, append-only list of events.
#[derive(Clone, Debug)]
pub struct EventLog {
    entries: VecDeque<LogEntry>,
    capacity: usize,
    dropped: u64,
}

impl Default for EventLog {
    fn default() -> Self {
        EventLog::with_capacity(DEFAULT_LOG_CAPACITY)
    }
}

impl EventLog {
    /// A log that keeps at most `capacity` events (at least one).
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        EventLog {
            entries: VecDeque::new(),
            capacity: capacity.max(1),
            dropped: 0,
        }
    }

    /// Appends an entry, dropping the oldest when full.
    pub fn push(&mut self, entry: LogEntry) {
        if self.entries.len() == self.capacity {
            self.entries.pop_front();
            self.dropped += 1;
        }
        self.entries.push_back(entry);
    }

    /// Drops the entries received before `cutoff`, oldest first (counted with the
    /// dropped); returns how many went.
    pub fn forget_before(&mut self, cutoff: DateTime<Utc>) -> usize {
        let mut forgotten = 0;
        while self
            .entries
            .front()
            .is_some_and(|entry| entry.received < cutoff)
        {
            self.entries.pop_front();
            forgotten += 1;
        }
        self.dropped += forgotten as u64;
        forgotten
    }

    /// Events kept now.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the log is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The most events kept.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// How many old events were dropped to stay within capacity or [`LOG_SPAN`].
    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    /// The entry at `position` (0 = oldest kept).
    pub(crate) fn at(&self, position: usize) -> Option<&LogEntry> {
        self.entries.get(position)
    }

    /// The entry with sequence number `seq`, if still kept. Numbers rise but may
    /// skip (events history missed, or rows it could not read back, before a restart).
    pub fn by_seq(&self, seq: u64) -> Option<&LogEntry> {
        self.position_of(seq)
            .and_then(|position| self.entries.get(position))
    }

    /// Where the entry with sequence number `seq` is (0 = oldest kept), if still kept.
    pub(crate) fn position_of(&self, seq: u64) -> Option<usize> {
        self.entries
            .binary_search_by_key(&seq, |entry| entry.seq)
            .ok()
    }

    /// Entries from `position` (0 = oldest kept) onwards.
    pub fn iter_from(&self, position: usize) -> impl Iterator<Item = &LogEntry> {
        self.entries.range(position.min(self.entries.len())..)
    }

    /// The newest entry.
    pub fn last(&self) -> Option<&LogEntry> {
        self.entries.back()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{EventBody, ResourceState};

    fn entry(seq: u64) -> LogEntry {
        LogEntry {
            seq,
            received: DateTime::from_timestamp(0, 0).expect("valid time"),
            event: Event {
                body: EventBody::Resource {
                    id: format!("r{seq}"),
                    state: ResourceState::Dirty,
                },
                raw: "{}".into(),
            },
        }
    }

    #[test]
    fn keeps_the_newest_events_and_counts_the_dropped() {
        let mut log = EventLog::with_capacity(3);
        for seq in 1..=5 {
            log.push(entry(seq));
        }
        assert_eq!(log.len(), 3);
        assert_eq!(log.dropped(), 2);
        assert_eq!(log.at(0).map(|e| e.seq), Some(3));
        assert_eq!(log.by_seq(4).map(|e| e.seq), Some(4));
        assert_eq!(log.by_seq(2), None);
        assert_eq!(log.by_seq(9), None);
        assert_eq!(log.iter_from(1).map(|e| e.seq).collect::<Vec<_>>(), [4, 5]);
    }

    #[test]
    fn events_older_than_the_cutoff_are_forgotten_and_counted() {
        let mut log = EventLog::with_capacity(10);
        for seq in 1..=5 {
            log.push(LogEntry {
                received: DateTime::from_timestamp(seq as i64 * 60, 0).expect("valid time"),
                ..entry(seq)
            });
        }
        let cutoff = DateTime::from_timestamp(180, 0).expect("valid time");
        assert_eq!(log.forget_before(cutoff), 2);
        assert_eq!(
            log.at(0).map(|e| e.seq),
            Some(3),
            "received at the cutoff stays"
        );
        assert_eq!(log.dropped(), 2);
        assert_eq!(log.forget_before(cutoff), 0);
    }

    #[test]
    fn an_entry_is_found_by_its_number_when_numbers_skip() {
        let mut log = EventLog::with_capacity(10);
        for seq in [3, 4, 9, 10, 15] {
            log.push(entry(seq));
        }
        assert_eq!(log.by_seq(9).map(|e| e.seq), Some(9));
        assert_eq!(log.by_seq(15).map(|e| e.seq), Some(15));
        assert_eq!(log.position_of(10), Some(3));
        assert_eq!(log.by_seq(5), None, "a number history missed");
    }
}
