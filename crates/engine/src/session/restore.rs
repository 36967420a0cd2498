//! Opening history and reading back what the store needs, on a thread of its
//! own, so the window's first frame does not wait for it.
//!
//! [`load`] does the work (check the file, start the writer, read the newest
//! events and the open alerts); [`spawn`] runs it on the `mews-history-load`
//! thread and calls the wake-up when the result is ready to take.

use std::path::{Path, PathBuf};

use crate::history::{HistoryError, HistoryReader, HistoryWriter, Retention};
use crate::net::Wake;
use monitor_core::store::{Alert, LogEntry};

use super::pending::{self, Gone, Pending};

/// What history holds for a new session.
#[derive(Debug)]
pub(crate) struct Restored {
    /// The writer, ready for new records.
    pub writer: HistoryWriter,
    /// Where a damaged file was moved, if it was.
    pub moved: Option<PathBuf>,
    /// The newest events, oldest first.
    pub entries: Vec<LogEntry>,
    /// The highest event number stored.
    pub last_seq: u64,
    /// Alerts not yet acknowledged.
    pub open_alerts: Vec<Alert>,
    /// The highest alert number stored.
    pub last_alert_id: u64,
}

/// Opens the history at `path` and reads the newest `capacity` events; the
/// writer calls `wake` when it has news (history paused or resumed).
pub fn load(
    path: &Path,
    retention: Retention,
    capacity: usize,
    wake: Wake,
) -> Result<Restored, HistoryError> {
    let (writer, moved) = HistoryWriter::start_waking(path, retention, wake)?;
    let reader = HistoryReader::open(path)?;
    Ok(Restored {
        entries: reader.recent(capacity)?,
        last_seq: reader.last_seq()?,
        open_alerts: reader.open_alerts()?,
        last_alert_id: reader.last_alert_id()?,
        writer,
        moved,
    })
}

/// History being read in the background.
#[derive(Debug)]
pub(crate) struct Loading {
    result: Pending<Result<Restored, HistoryError>>,
}

/// What is said when the thread reading history ended without an answer.
fn stopped() -> HistoryError {
    HistoryError::Io(
        PathBuf::new(),
        std::io::Error::other("the history thread stopped"),
    )
}

impl Loading {
    /// The result once it is ready.
    pub fn try_take(&self) -> Option<Result<Restored, HistoryError>> {
        self.result
            .try_take()
            .map(|result| result.unwrap_or_else(|Gone| Err(stopped())))
    }

    /// Waits for the result (tests, and callers with nothing else to do).
    pub(crate) fn wait(self) -> Result<Restored, HistoryError> {
        self.result.wait().unwrap_or_else(|Gone| Err(stopped()))
    }
}

/// Starts [`load`] on its own thread; `wake` is called when the result is ready.
pub fn spawn(
    path: &Path,
    retention: Retention,
    capacity: usize,
    wake: Wake,
) -> Result<Loading, HistoryError> {
    let (sender, result) = pending::channel();
    let owned = path.to_owned();
    std::thread::Builder::new()
        .name("mews-history-load".into())
        .spawn(move || {
            let _ = sender.send(load(&owned, retention, capacity, wake.clone()));
            wake();
        })
        .map_err(|error| HistoryError::Io(path.to_owned(), error))?;
    Ok(Loading { result })
}
