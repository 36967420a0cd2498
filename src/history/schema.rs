//! Opening the history database: WAL mode, schema, and recovery from a corrupt file.

use std::path::{Path, PathBuf};

use chrono::Utc;
use rusqlite::Connection;

use super::HistoryError;

/// Tables and indexes; `IF NOT EXISTS` makes opening idempotent.
const SCHEMA: &str = "
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

/// What opening found.
#[derive(Debug)]
pub struct Opened {
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
    match open_checked(path) {
        Ok(connection) => Ok(Opened {
            connection,
            moved_aside: None,
        }),
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

fn open_checked(path: &Path) -> Result<Connection, HistoryError> {
    let connection = Connection::open(path)?;
    connection.busy_timeout(std::time::Duration::from_secs(5))?;
    let check: String = connection.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
    if check != "ok" {
        return Err(HistoryError::Corrupt(check));
    }
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    connection.execute_batch(SCHEMA)?;
    Ok(connection)
}
