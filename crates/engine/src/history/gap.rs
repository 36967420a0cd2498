//! Gaps in history: events received while history could not be written and
//! that did not fit in the writer's waiting list.
//!
//! The live view still showed them; history keeps one row per gap saying how
//! many events are missing, their numbers and when they were received, so a
//! room's timeline and an export can say "something is missing here" rather
//! than look complete.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::{EventRecord, HistoryError, HistoryReader};

/// A run of events history missed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// How many events are missing.
    pub missed: u64,
    /// The number of the first event missing.
    pub first_seq: u64,
    /// The number of the last event missing.
    pub last_seq: u64,
    /// When the first missing event was received.
    pub from: DateTime<Utc>,
    /// When the last missing event was received.
    pub until: DateTime<Utc>,
}

impl Gap {
    /// A gap of one event.
    pub(crate) fn of(event: &EventRecord) -> Self {
        Gap {
            missed: 1,
            first_seq: event.seq,
            last_seq: event.seq,
            from: event.received,
            until: event.received,
        }
    }

    /// Widens the gap by one more missing event.
    pub(crate) fn add(&mut self, event: &EventRecord) {
        self.missed += 1;
        self.first_seq = self.first_seq.min(event.seq);
        self.last_seq = self.last_seq.max(event.seq);
        self.from = self.from.min(event.received);
        self.until = self.until.max(event.received);
    }
}

fn to_sql(number: u64) -> i64 {
    i64::try_from(number).unwrap_or(i64::MAX)
}

/// Stores a gap.
pub(super) fn insert(connection: &Connection, gap: &Gap) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO gaps (first_seq, last_seq, missed, from_ms, until_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            to_sql(gap.first_seq),
            to_sql(gap.last_seq),
            to_sql(gap.missed),
            gap.from.timestamp_millis(),
            gap.until.timestamp_millis(),
        ])?;
    Ok(())
}

fn gap_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Gap> {
    let number = |index| -> rusqlite::Result<u64> {
        Ok(u64::try_from(row.get::<_, i64>(index)?).unwrap_or_default())
    };
    let time = |index| -> rusqlite::Result<DateTime<Utc>> {
        Ok(DateTime::from_timestamp_millis(row.get(index)?).unwrap_or_default())
    };
    Ok(Gap {
        first_seq: number(0)?,
        last_seq: number(1)?,
        missed: number(2)?,
        from: time(3)?,
        until: time(4)?,
    })
}

impl HistoryReader {
    /// The gaps with missing events received in `[since, until)`, oldest first.
    pub fn gaps(
        &self,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<Gap>, HistoryError> {
        let mut statement = self.connection().prepare(
            "SELECT first_seq, last_seq, missed, from_ms, until_ms FROM gaps
             WHERE until_ms >= ?1 AND from_ms < ?2 ORDER BY first_seq",
        )?;
        let rows = statement.query_map(
            [since.timestamp_millis(), until.timestamp_millis()],
            gap_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
