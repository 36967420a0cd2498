//! How long history is kept, and pruning in small batches so the writer never stalls.
//!
//! The writer thread prunes when it starts and then every [`Retention::every`],
//! deleting at most [`Retention::batch`] rows per transaction and taking new
//! records first whenever any are waiting.

use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::utc_text;

/// Days of history kept unless the user says otherwise.
pub const DEFAULT_KEEP_DAYS: u32 = 90;

/// How long rows are kept and how pruning paces itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    /// Rows older than this are deleted; `None` keeps everything.
    pub keep: Option<chrono::Duration>,
    /// How often the writer prunes after the prune at start.
    pub every: Duration,
    /// The most rows one pruning transaction deletes.
    pub batch: usize,
}

impl Default for Retention {
    fn default() -> Self {
        Retention::days(DEFAULT_KEEP_DAYS)
    }
}

impl Retention {
    /// Keeps `days` days (at least one), pruning hourly in batches of 500 rows.
    pub fn days(days: u32) -> Self {
        Retention {
            keep: Some(chrono::Duration::days(i64::from(days.max(1)))),
            every: Duration::from_secs(3600),
            batch: 500,
        }
    }

    /// Keeps everything (pruning only when a [`Record::Prune`](super::Record::Prune) asks).
    pub fn forever() -> Self {
        Retention {
            keep: None,
            ..Retention::default()
        }
    }

    /// The moment before which rows go, as of `now`.
    pub(crate) fn cutoff(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.keep.map(|keep| now - keep)
    }
}

/// The tables pruned, with their time column, key, and whether the time is in
/// milliseconds (else RFC 3339 text).
const TABLES: [(&str, &str, &str, bool); 4] = [
    ("events", "received", "seq", true),
    ("gaps", "until_ms", "id", true),
    ("notes", "at_utc", "id", false),
    ("alerts", "at_utc", "id", false),
];

/// Deletes up to `limit` rows older than `before` in one transaction; returns how many went.
/// Fewer than `limit` means nothing older is left.
pub(super) fn prune_batch(
    connection: &mut Connection,
    before: DateTime<Utc>,
    limit: usize,
) -> rusqlite::Result<usize> {
    let transaction = connection.transaction()?;
    let mut deleted = 0;
    for (table, time, key, in_ms) in TABLES {
        let left = limit.saturating_sub(deleted);
        if left == 0 {
            break;
        }
        let cutoff: rusqlite::types::Value = if in_ms {
            before.timestamp_millis().into()
        } else {
            utc_text(before).into()
        };
        deleted += transaction.execute(
            &format!(
                "DELETE FROM {table} WHERE {key} IN
                   (SELECT {key} FROM {table} WHERE {time} < ?1 LIMIT ?2)"
            ),
            rusqlite::params![cutoff, i64::try_from(left).unwrap_or(i64::MAX)],
        )?;
    }
    transaction.commit()?;
    Ok(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_batch_deletes_no_more_than_its_limit_and_only_old_rows() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut connection = super::super::schema::open(&dir.path().join("h.sqlite3"))
            .expect("opens")
            .connection;
        let now = Utc::now();
        let old = (now - chrono::Duration::days(100)).timestamp_millis();
        let new = now.timestamp_millis();
        for seq in 0..10 {
            let at = if seq < 7 { &old } else { &new };
            connection
                .execute(
                    "INSERT INTO events (seq, received, raw) VALUES (?1, ?2, '{}')",
                    rusqlite::params![seq, at],
                )
                .expect("row");
        }
        let cutoff = Retention::default().cutoff(now).expect("keeps 90 days");
        assert_eq!(prune_batch(&mut connection, cutoff, 3).expect("prunes"), 3);
        assert_eq!(prune_batch(&mut connection, cutoff, 3).expect("prunes"), 3);
        assert_eq!(prune_batch(&mut connection, cutoff, 3).expect("prunes"), 1);
        assert_eq!(prune_batch(&mut connection, cutoff, 3).expect("prunes"), 0);
        let left: i64 = connection
            .query_row("SELECT COUNT(*) FROM events", [], |row| row.get(0))
            .expect("count");
        assert_eq!(left, 3);
    }

    #[test]
    fn forever_has_no_cutoff() {
        assert_eq!(Retention::forever().cutoff(Utc::now()), None);
        assert_eq!(Retention::days(0), Retention::days(1));
    }
}
