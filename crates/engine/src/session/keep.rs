//! Where a session's records go: the history writer, or a list kept while
//! history is still being read.

use crate::history::{HistoryWriter, PauseState, Record};

/// The writer, or the records waiting for it.
#[derive(Debug, Default)]
pub(super) struct Keep {
    /// Writes to the history file, once it is open.
    pub(super) writer: Option<HistoryWriter>,
    /// Records made while history loads; written first when it is open.
    pub(super) pending: Option<Vec<Record>>,
}

impl Keep {
    /// Keeps `record` (or drops it when no history is kept).
    pub(super) fn record(&mut self, record: Record) {
        match (&self.writer, &mut self.pending) {
            (Some(writer), _) => writer.record(record),
            (None, Some(pending)) => pending.push(record),
            (None, None) => {}
        }
    }

    /// Whether records are kept at all: when not, there is no need to make them.
    pub(super) fn keeps(&self) -> bool {
        self.writer.is_some() || self.pending.is_some()
    }

    /// What went wrong with history (or right again) since the last call, in words.
    pub(super) fn take_problems(&self) -> Vec<crate::trouble::Trouble> {
        self.writer
            .as_ref()
            .map(HistoryWriter::take_problems)
            .unwrap_or_default()
    }

    /// The pause under way while history cannot be written.
    pub(super) fn paused(&self) -> Option<PauseState> {
        self.writer.as_ref().and_then(HistoryWriter::paused)
    }

    /// Whether the writer has more queued than it should.
    pub(super) fn is_behind(&self) -> bool {
        self.writer.as_ref().is_some_and(HistoryWriter::is_behind)
    }
}
