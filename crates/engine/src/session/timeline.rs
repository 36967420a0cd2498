//! A room's states over a period, read from history on a thread of its own.

use chrono::{DateTime, Utc};

use crate::history::{HistoryError, HistoryReader};
pub use crate::history::{TimelineChange, TimelineStep};
use crate::net::Wake;

use super::pending::{self, Gone, Pending};
use super::{Output, Session};

/// A room's timeline being read, or read.
#[derive(Debug)]
pub struct TimelineRead {
    result: Pending<Result<Vec<TimelineStep>, HistoryError>>,
    taken: Option<Result<Vec<TimelineStep>, HistoryError>>,
}

impl TimelineRead {
    /// Takes the result if it has come.
    pub fn poll(&mut self) {
        if self.taken.is_none() {
            self.taken = self
                .result
                .try_take()
                .map(|result| result.unwrap_or_else(|Gone| Err(HistoryError::ThreadStopped)));
        }
    }

    /// The steps (oldest first), or why they could not be read; `None` while reading.
    pub fn result(&self) -> Option<&Result<Vec<TimelineStep>, HistoryError>> {
        self.taken.as_ref()
    }
}

impl<O: Output> Session<O> {
    /// Starts reading the states of `room_id` since `since` from history;
    /// `wake` is called when they are read. `None` when no history is kept.
    pub fn read_timeline(
        &self,
        room_id: &str,
        since: DateTime<Utc>,
        wake: Wake,
    ) -> Option<TimelineRead> {
        let path = self.history_path()?.to_owned();
        let (sender, result) = pending::channel();
        let id = room_id.to_owned();
        let spawned = std::thread::Builder::new()
            .name("timeline".into())
            .spawn(move || {
                let steps =
                    HistoryReader::open(&path).and_then(|reader| reader.timeline(&id, since));
                let _ = sender.send(steps);
                wake();
            });
        let taken = spawned
            .err()
            .map(|error| Err(HistoryError::NoThread(error)));
        Some(TimelineRead { result, taken })
    }
}
