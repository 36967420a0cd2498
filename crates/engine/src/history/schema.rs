//! Opening the history database: WAL mode, schema migrations, and recovery from a corrupt file.
//!
//! The file's `user_version` counts the migrations applied. Files made before
//! versions were kept say 0 and already hold the first step's tables, which
//! `IF NOT EXISTS` leaves alone; each step runs in its own transaction.

use std::path::{Path, PathBuf};

use chrono::Utc;
use rusqlite::Connection;

use super::HistoryError;

/// Version 1: events and notes (statuses, problems).
const EVENTS_AND_NOTES: &str = "
CREATE TABLE IF NOT EXISTS events (
    seq          INTEGER PRIMARY KEY,
    received_utc TEXT NOT NULL,
    type         TEXT NOT NULL,
    entity_id    TEXT,
    state        TEXT,
    raw          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_received ON events (received_utc);
CREATE INDEX IF NOT EXISTS events_entity ON events (entity_id, seq);
CREATE TABLE IF NOT EXISTS notes (
    id     INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    kind   TEXT NOT NULL,
    text   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_at ON notes (at_utc);
";

/// Version 2: alerts, kept until acknowledged.
const ALERTS: &str = "
CREATE TABLE IF NOT EXISTS alerts (
    id               INTEGER PRIMARY KEY,
    at_utc           TEXT NOT NULL,
    room_id          TEXT NOT NULL,
    room_name        TEXT NOT NULL,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL,
    acknowledged_utc TEXT
);
CREATE INDEX IF NOT EXISTS alerts_at ON alerts (at_utc);
";

/// Version 3: compact events. The event's JSON as received holds its type, id
/// and state; beside it only the receive time (milliseconds since 1970, UTC) and,
/// for room events, a small number for the room (for its timeline). Rows of
/// version 1 are carried over.
const COMPACT_EVENTS: &str = "
CREATE TABLE rooms (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);
INSERT OR IGNORE INTO rooms (key)
    SELECT DISTINCT entity_id FROM events WHERE type = 'Resource' AND entity_id IS NOT NULL;
CREATE TABLE events_compact (
    seq      INTEGER PRIMARY KEY,
    received INTEGER NOT NULL,
    room     INTEGER,
    raw      TEXT NOT NULL
);
INSERT INTO events_compact (seq, received, room, raw)
    SELECT e.seq, CAST(round(unixepoch(e.received_utc, 'subsec') * 1000) AS INTEGER), r.id, e.raw
    FROM events e LEFT JOIN rooms r ON e.type = 'Resource' AND r.key = e.entity_id;
DROP TABLE events;
ALTER TABLE events_compact RENAME TO events;
CREATE INDEX events_received_ms ON events (received);
CREATE INDEX events_room ON events (room, seq) WHERE room IS NOT NULL;
";

/// Version 4: gaps, runs of events history missed while it could not be
/// written (numbers and receive times in milliseconds, as events have them).
const GAPS: &str = "
CREATE TABLE IF NOT EXISTS gaps (
    id        INTEGER PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    missed    INTEGER NOT NULL,
    from_ms   INTEGER NOT NULL,
    until_ms  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS gaps_until ON gaps (until_ms);
";

/// The migrations in order: step `n` brings a file from version `n` to `n + 1`.
const MIGRATIONS: [&str; 4] = [EVENTS_AND_NOTES, ALERTS, COMPACT_EVENTS, GAPS];

/// What opening found.
#[derive(Debug)]
pub(crate) struct Opened {
    /// The connection, ready for use.
    pub connection: Connection,
    /// Where an unreadable file was moved, if one was.
    pub moved_aside: Option<PathBuf>,
}

/// Opens (or creates) the database at `path`; an unreadable file is moved
/// aside and a fresh one started, so history never stops the app.
pub fn open(path: &Path) -> Result<Opened, HistoryError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|error| HistoryError::Io(dir.to_path_buf(), error))?;
    }
    let checked = loop {
        match open_checked(path) {
            // Another program holds the file: wait for it (each try waits out the busy timeout).
            Err(HistoryError::Sqlite(error)) if super::is_busy(&error) => {
                tracing::warn!("the history file is locked by another program; waiting");
            }
            other => break other,
        }
    };
    match checked {
        Ok(connection) => Ok(Opened {
            connection,
            moved_aside: None,
        }),
        // A full disk or a refused permission is no reason to set the file aside.
        Err(error) if !is_damaged(&error) => Err(error),
        Err(_) => {
            let aside = path.with_extension(format!(
                "corrupt-{}.sqlite3",
                Utc::now().format("%Y%m%dT%H%M%S")
            ));
            std::fs::rename(path, &aside)
                .map_err(|error| HistoryError::Io(path.to_path_buf(), error))?;
            for suffix in ["-wal", "-shm"] {
                let mut side = path.as_os_str().to_owned();
                side.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(side));
            }
            Ok(Opened {
                connection: open_checked(path)?,
                moved_aside: Some(aside),
            })
        }
    }
}

/// Whether opening failed because the file is damaged or not a database at all.
fn is_damaged(error: &HistoryError) -> bool {
    match error {
        HistoryError::Corrupt(_) => true,
        HistoryError::Sqlite(error) => matches!(
            error.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
        ),
        _ => false,
    }
}

fn open_checked(path: &Path) -> Result<Connection, HistoryError> {
    let mut connection = Connection::open(path)?;
    connection.busy_timeout(std::time::Duration::from_secs(5))?;
    let check: String = connection.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
    if check != "ok" {
        return Err(HistoryError::Corrupt(check));
    }
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    // Copy the log into the file every 16 MiB instead of every 4 MiB. The page
    // cache is 1 MiB, half SQLite's default: it fills as new pages are written and
    // is never given back, so a larger one is memory the window gains for days (the
    // soak bench saw a 32 MiB cache grow with the file all week, and 2 MiB until
    // the third hotel day). Writing is as fast with 1 MiB as with 2 (the history
    // bench: about 83,000 events a second with either), and a front desk sends a few.
    connection.pragma_update(None, "cache_size", -1_024)?;
    connection.pragma_update(None, "wal_autocheckpoint", 4_096)?;
    migrate(&mut connection)?;
    Ok(connection)
}

/// Applies the migrations the file has not had yet; a file from a newer version is left as is.
fn migrate(connection: &mut Connection) -> Result<(), HistoryError> {
    let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let done = usize::try_from(version).unwrap_or(0);
    for (index, step) in MIGRATIONS.iter().enumerate().skip(done) {
        let transaction = connection.transaction()?;
        transaction.execute_batch(step)?;
        transaction.pragma_update(
            None,
            "user_version",
            i64::try_from(index + 1).unwrap_or(i64::MAX),
        )?;
        transaction.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_from_before_alerts_gains_the_table_and_keeps_its_events_compacted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("old.sqlite3");
        {
            let old = Connection::open(&path).expect("creates");
            old.execute_batch(EVENTS_AND_NOTES).expect("old schema");
            old.execute(
                "INSERT INTO events (seq, received_utc, type, entity_id, raw)
                 VALUES (1, '2025-12-04T10:00:00.250Z', 'Resource', 'r1', '{}')",
                [],
            )
            .expect("old row");
        }
        let opened = open(&path).expect("opens");
        assert!(opened.moved_aside.is_none());
        let connection = opened.connection;
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .expect("version");
        assert_eq!(version, 4);
        let events: i64 = connection
            .query_row("SELECT COUNT(*) FROM events", [], |row| row.get(0))
            .expect("events");
        assert_eq!(events, 1);
        let alerts: i64 = connection
            .query_row("SELECT COUNT(*) FROM alerts", [], |row| row.get(0))
            .expect("the alerts table exists");
        assert_eq!(alerts, 0);
        let (received, room): (i64, String) = connection
            .query_row(
                "SELECT e.received, r.key FROM events e JOIN rooms r ON r.id = e.room",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .expect("carried over");
        assert_eq!(received, 1_764_842_400_250, "milliseconds kept");
        assert_eq!(room, "r1");
        drop(connection);
        assert!(open(&path).is_ok(), "opening again changes nothing");
    }
}
