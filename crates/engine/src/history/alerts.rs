//! Alerts on disk: kept when they fire, marked when acknowledged, reopened on start.
//!
//! An alert is stored with its own number, room, kind, the room's state and
//! time; acknowledging it stamps `acknowledged_utc`. On start the app reopens
//! the alerts never acknowledged and numbers new ones after the highest stored.
//! An alert that fires again while open is stored again under its number, so
//! its row holds the latest kind and time; how many times it fired is not kept
//! (a reopened alert counts from 1).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::{HistoryError, HistoryReader, parse_utc, utc_text};
use monitor_core::store::{Alert, AlertKind};

/// Stores a fired alert (a second copy of the same number replaces the first).
pub(super) fn insert(connection: &Connection, alert: &Alert) -> rusqlite::Result<()> {
    let mut statement = connection.prepare_cached(
        "INSERT OR REPLACE INTO alerts (id, at_utc, room_id, room_name, kind, state)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    statement.execute(params![
        i64::try_from(alert.id).unwrap_or(i64::MAX),
        utc_text(alert.at),
        alert.room_id,
        alert.room_name,
        alert.kind.name(),
        alert.kind.state().as_wire(),
    ])?;
    Ok(())
}

/// Marks alert `id` acknowledged at `at` (the first acknowledgement counts).
pub(super) fn acknowledge(
    connection: &Connection,
    id: u64,
    at: DateTime<Utc>,
) -> rusqlite::Result<()> {
    let mut statement = connection.prepare_cached(
        "UPDATE alerts SET acknowledged_utc = ?2 WHERE id = ?1 AND acknowledged_utc IS NULL",
    )?;
    statement.execute(params![i64::try_from(id).unwrap_or(i64::MAX), utc_text(at)])?;
    Ok(())
}

impl HistoryReader {
    /// Alerts never acknowledged, oldest first, ready for `Alerts::reopen`.
    /// Rows this version cannot read (an unknown kind, a bad time) are skipped.
    pub fn open_alerts(&self) -> Result<Vec<Alert>, HistoryError> {
        let mut statement = self.connection().prepare(
            "SELECT id, at_utc, room_id, room_name, kind, state FROM alerts
             WHERE acknowledged_utc IS NULL ORDER BY id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
            ))
        })?;
        let mut alerts = Vec::new();
        for row in rows {
            let (id, at, room_id, room_name, kind, state) = row?;
            let (Ok(id), Some(at), Some(kind)) = (
                u64::try_from(id),
                parse_utc(&at),
                AlertKind::from_parts(&kind, &state),
            ) else {
                continue;
            };
            alerts.push(Alert {
                id,
                room_id,
                room_name,
                kind,
                at,
                fired: 1,
                // Who waited is not kept: the desk's queue ends with the day.
                waiting: None,
            });
        }
        Ok(alerts)
    }

    /// The highest alert number stored, acknowledged or not (0 when none).
    pub fn last_alert_id(&self) -> Result<u64, HistoryError> {
        let id: Option<i64> =
            self.connection()
                .query_row("SELECT MAX(id) FROM alerts", [], |row| row.get(0))?;
        Ok(id.and_then(|id| u64::try_from(id).ok()).unwrap_or(0))
    }
}
