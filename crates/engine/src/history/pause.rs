//! History paused: what the writer holds while the file cannot be written
//! (a full disk, an I/O error), when it tries again, and what it missed.
//!
//! The writer keeps taking records from its queue so the window never waits.
//! It holds up to [`HELD`] of them; events beyond that are counted into one
//! [`Gap`], which is written with the held records when history resumes. Tries
//! come after [`Retry::first`], doubling up to [`Retry::max`], so a full disk
//! costs a write every half minute at most, not one every few milliseconds.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::gap::Gap;
use super::writer::{BATCH, QUEUE, Record};

/// The most records held while history is paused.
pub(crate) const HELD: usize = QUEUE;

/// How long the writer waits before trying a paused history again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Retry {
    /// The wait before the first try.
    pub first: Duration,
    /// The longest wait: each failed try doubles the wait up to this.
    pub max: Duration,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            first: Duration::from_secs(1),
            max: Duration::from_secs(30),
        }
    }
}

/// What the rest of the app can see of a pause, while it lasts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PauseState {
    /// Events waiting to be written.
    pub waiting: usize,
    /// Events that did not fit and will be missing from history.
    pub missed: u64,
}

/// The writer thread's pause, shared (read-only) with the other end.
#[derive(Debug, Default)]
pub(crate) struct PauseGauge {
    paused: AtomicBool,
    waiting: AtomicUsize,
    missed: AtomicU64,
}

impl PauseGauge {
    /// The pause under way, if there is one.
    pub(crate) fn read(&self) -> Option<PauseState> {
        self.paused.load(Ordering::Relaxed).then(|| PauseState {
            waiting: self.waiting.load(Ordering::Relaxed),
            missed: self.missed.load(Ordering::Relaxed),
        })
    }

    fn show(&self, state: Option<PauseState>) {
        let state_or_zero = state.unwrap_or_default();
        self.waiting.store(state_or_zero.waiting, Ordering::Relaxed);
        self.missed.store(state_or_zero.missed, Ordering::Relaxed);
        self.paused.store(state.is_some(), Ordering::Relaxed);
    }
}

/// History not being written: the records held, what was missed, the next try.
#[derive(Debug)]
pub(super) struct Paused {
    held: Vec<Record>,
    gap: Option<Gap>,
    retry: Retry,
    wait: Duration,
    next_try: Instant,
    gauge: Arc<PauseGauge>,
}

impl Paused {
    /// A pause that starts with `failed`, the records that could not be written.
    pub(super) fn new(failed: Vec<Record>, retry: Retry, gauge: Arc<PauseGauge>) -> Self {
        let mut paused = Paused {
            held: Vec::new(),
            gap: None,
            retry,
            wait: retry.first,
            next_try: Instant::now() + retry.first,
            gauge,
        };
        paused.hold(failed);
        paused
    }

    /// Holds `batch` while there is room; events beyond it join the gap. Alerts,
    /// acknowledgements and notes are few and matter after a restart: they are held
    /// beyond the list too, up to twice its size. Returns whether this batch filled
    /// the list (said once per pause).
    pub(super) fn hold(&mut self, batch: Vec<Record>) -> bool {
        let was_full = self.is_full();
        for record in batch {
            match &record {
                _ if self.held.len() < HELD => self.held.push(record),
                Record::Event(event) => match &mut self.gap {
                    Some(gap) => gap.add(event),
                    None => self.gap = Some(Gap::of(event)),
                },
                _ if self.held.len() < 2 * HELD => self.held.push(record),
                _ => tracing::warn!("history's waiting list is full: a note was not kept"),
            }
        }
        self.show();
        !was_full && self.is_full()
    }

    fn is_full(&self) -> bool {
        self.held.len() >= HELD
    }

    /// How many held records are events.
    pub(super) fn waiting(&self) -> usize {
        self.held
            .iter()
            .filter(|record| matches!(record, Record::Event(_)))
            .count()
    }

    fn show(&self) {
        self.gauge.show(Some(PauseState {
            waiting: self.waiting(),
            missed: self.gap.as_ref().map_or(0, |gap| gap.missed),
        }));
    }

    /// How long until the next try.
    pub(super) fn wait(&self) -> Duration {
        self.next_try.saturating_duration_since(Instant::now())
    }

    /// Whether it is time to try again.
    pub(super) fn due(&self) -> bool {
        Instant::now() >= self.next_try
    }

    /// The try failed: wait twice as long (up to the longest wait).
    pub(super) fn failed_again(&mut self) {
        self.wait = (self.wait * 2).min(self.retry.max);
        self.next_try = Instant::now() + self.wait;
    }

    /// The next part to write: the oldest held records, at most a transaction's
    /// worth, and the gap when they are the last.
    pub(super) fn next_part(&self) -> (&[Record], Option<&Gap>) {
        let count = self.held.len().min(BATCH);
        let gap = self.gap.as_ref().filter(|_| count == self.held.len());
        (&self.held[..count], gap)
    }

    /// The first `count` held records were written; returns whether that was all
    /// (and the gap with them).
    pub(super) fn wrote(&mut self, count: usize) -> bool {
        self.held.drain(..count.min(self.held.len()));
        self.show();
        self.held.is_empty()
    }

    /// History is written again: the gauge says so; returns the gap that was written.
    pub(super) fn end(self) -> Option<Gap> {
        self.gauge.show(None);
        self.gap
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::EventRecord;
    use chrono::Utc;

    fn event(seq: u64) -> Record {
        Record::Event(EventRecord {
            seq,
            received: Utc::now(),
            room_id: None,
            raw: Arc::from("{}"),
        })
    }

    #[test]
    fn records_beyond_the_list_become_one_gap_and_the_gauge_shows_both() {
        let gauge = Arc::new(PauseGauge::default());
        let mut paused = Paused::new(vec![event(1)], Retry::default(), gauge.clone());
        assert_eq!(
            gauge.read(),
            Some(PauseState {
                waiting: 1,
                missed: 0
            })
        );
        let rest: Vec<Record> = (2..=HELD as u64).map(event).collect();
        assert!(paused.hold(rest), "this batch filled the list");
        assert!(!paused.hold(vec![event(20_001)]), "said full only once");
        paused.hold(vec![Record::AlertAcknowledged(7), event(20_002)]);
        // 10,001 held: two transactions' worth, then the last record with the gap.
        for _ in 0..2 {
            let (part, gap) = paused.next_part();
            assert_eq!(part.len(), BATCH, "a transaction's worth at a time");
            assert!(gap.is_none(), "the gap goes with the last part");
            assert!(!paused.wrote(BATCH));
        }
        assert_eq!(
            gauge.read(),
            Some(PauseState {
                waiting: 0,
                missed: 2
            })
        );
        let (part, gap) = paused.next_part();
        assert!(
            matches!(part, [Record::AlertAcknowledged(7)]),
            "the acknowledgement is held beyond the list"
        );
        let gap = gap.expect("a gap").clone();
        assert_eq!(
            (gap.missed, gap.first_seq, gap.last_seq),
            (2, 20_001, 20_002)
        );
        assert!(paused.wrote(1), "all written");
        assert_eq!(paused.end(), Some(gap));
        assert_eq!(gauge.read(), None, "no longer paused");
    }

    #[test]
    fn each_failed_try_waits_twice_as_long_up_to_the_longest_wait() {
        let retry = Retry {
            first: Duration::from_secs(1),
            max: Duration::from_secs(5),
        };
        let mut paused = Paused::new(Vec::new(), retry, Arc::default());
        let mut waits = Vec::new();
        for _ in 0..4 {
            paused.failed_again();
            waits.push(paused.wait);
        }
        assert_eq!(
            waits,
            [2, 4, 5, 5].map(Duration::from_secs),
            "doubling, then capped"
        );
        assert!(!paused.due());
    }
}
