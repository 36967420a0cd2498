//! History on disk: every event, status change, problem and alert, kept across restarts.
//!
//! SQLite (bundled) in WAL mode in the app's data directory. Writing happens
//! on its own thread ([`HistoryWriter`]), which also prunes rows older than
//! the [`Retention`] (90 days unless told otherwise); reading (restore on
//! start, open alerts, a room's timeline, export) uses a separate connection
//! ([`HistoryReader`]). An unreadable database is moved aside and a fresh one
//! started: the app never refuses to start because of its history.

mod alerts;
pub mod export;
mod file_watch;
mod gap;
mod pause;
pub mod retention;
mod schema;
mod writer;

use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, params};

use monitor_core::protocol::parse::parse_event;
use monitor_core::store::LogEntry;

pub use export::{ExportFilter, ExportFormat};
pub use gap::Gap;
pub use pause::PauseState;
pub use retention::{DEFAULT_KEEP_DAYS, Retention};
pub use writer::{BATCH, EventRecord, HistoryWriter, QUEUE, Record};

/// Why history could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The database refused an operation.
    #[error("the history database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database file failed its integrity check.
    #[error("the history database is damaged ({0})")]
    Corrupt(String),
    /// A file or folder could not be used.
    #[error("the history file {0} could not be used: {1}")]
    Io(PathBuf, std::io::Error),
    /// Writing an export failed.
    #[error("the export could not be written: {0}")]
    Export(String),
    /// The thread that reads history could not start.
    #[error("no thread could start to read history ({0})")]
    NoThread(std::io::Error),
    /// The thread that reads history ended without an answer.
    #[error("the thread reading history stopped")]
    ThreadStopped,
}

/// Whether SQLite failed because another connection holds the file locked
/// (worth waiting for, never a sign of damage).
pub(crate) fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Where history lives unless told otherwise: `<local data dir>/history.sqlite3`, that is
/// `~/.local/share/mews-monitor/` on Linux and `%LOCALAPPDATA%\mews-monitor\data\` on
/// Windows (a database of months of events has no place in a roaming profile).
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "mews-monitor")
        .map(|dirs| dirs.data_local_dir().join("history.sqlite3"))
}

/// A time as stored: RFC 3339 in UTC with milliseconds, which sorts as text.
pub(crate) fn utc_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// An event as stored (`seq`, `received` in milliseconds, `raw`), or `None`
/// when its JSON no longer parses.
fn stored_event(row: &rusqlite::Row<'_>) -> rusqlite::Result<Option<LogEntry>> {
    let seq: i64 = row.get(0)?;
    let received: i64 = row.get(1)?;
    let raw: String = row.get(2)?;
    let Ok(raw) = serde_json::value::RawValue::from_string(raw) else {
        return Ok(None);
    };
    let (Ok(event), Some(received)) =
        (parse_event(&raw), DateTime::from_timestamp_millis(received))
    else {
        return Ok(None);
    };
    Ok(Some(LogEntry {
        seq: u64::try_from(seq).unwrap_or_default(),
        received,
        event,
    }))
}

/// One step of a room's timeline: a state it entered, or a gap in history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineStep {
    /// The event's sequence number (a gap's first).
    pub seq: u64,
    /// When it was received (a gap's first missing event).
    pub received: DateTime<Utc>,
    /// What happened.
    pub change: TimelineChange,
}

/// What a timeline step says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineChange {
    /// The room entered this state, as Mews spelled it.
    State(String),
    /// History missed events here (of any room): the room may have changed unseen.
    Missed(Gap),
}

/// Reads history: restore, timelines, export.
#[derive(Debug)]
pub struct HistoryReader {
    connection: Connection,
}

impl HistoryReader {
    /// Opens the database read-only (the writer must have created it).
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        let connection = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(HistoryReader { connection })
    }

    /// The newest `limit` events, oldest first, ready to restore into a store.
    /// Rows whose JSON no longer parses are skipped.
    pub fn recent(&self, limit: usize) -> Result<Vec<LogEntry>, HistoryError> {
        let mut statement = self.connection.prepare(
            "SELECT seq, received, raw FROM
               (SELECT seq, received, raw FROM events ORDER BY seq DESC LIMIT ?1)
             ORDER BY seq ASC",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = statement.query_map([limit], stored_event)?;
        let mut entries = Vec::new();
        for row in rows {
            entries.extend(row?);
        }
        Ok(entries)
    }

    /// The highest sequence number stored or marked missing (0 when empty): new
    /// events are numbered after it.
    pub fn last_seq(&self) -> Result<u64, HistoryError> {
        let seq: Option<i64> = self.connection.query_row(
            "SELECT MAX(seq) FROM
               (SELECT MAX(seq) AS seq FROM events UNION ALL SELECT MAX(last_seq) FROM gaps)",
            [],
            |row| row.get(0),
        )?;
        Ok(seq.and_then(|seq| u64::try_from(seq).ok()).unwrap_or(0))
    }

    /// How many events are stored.
    pub fn event_count(&self) -> Result<u64, HistoryError> {
        let count: i64 = self
            .connection
            .query_row("SELECT COUNT(*) FROM events", [], |row| row.get(0))?;
        Ok(u64::try_from(count).unwrap_or_default())
    }

    /// A room's states since `since`, with the gaps in history among them, oldest first.
    pub fn timeline(
        &self,
        room_id: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<TimelineStep>, HistoryError> {
        let mut statement = self.connection.prepare(
            "SELECT seq, received, raw FROM events
             WHERE room = (SELECT id FROM rooms WHERE key = ?1) AND received >= ?2 ORDER BY seq",
        )?;
        let rows = statement.query_map(params![room_id, since.timestamp_millis()], stored_event)?;
        let mut steps = Vec::new();
        for row in rows {
            if let Some(entry) = row? {
                steps.push(TimelineStep {
                    seq: entry.seq,
                    received: entry.received,
                    change: TimelineChange::State(
                        entry.event.state_wire().unwrap_or_default().to_owned(),
                    ),
                });
            }
        }
        for gap in self.gaps(since, DateTime::<Utc>::MAX_UTC)? {
            steps.push(TimelineStep {
                seq: gap.first_seq,
                received: gap.from,
                change: TimelineChange::Missed(gap),
            });
        }
        steps.sort_by_key(|step| step.seq);
        Ok(steps)
    }

    pub(crate) fn connection(&self) -> &Connection {
        &self.connection
    }
}
