//! The history writer: a named thread that appends records in small transactions.
//!
//! Records arrive over a channel and are written as soon as the thread is
//! free: whatever queued up meanwhile goes into one transaction. So a normal
//! exit (drop) loses nothing and a `kill -9` loses only what was queued or
//! in the transaction being written, a few milliseconds' worth.

use std::path::Path;
use std::sync::mpsc;
use std::thread::JoinHandle;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::{HistoryError, schema, utc_text};
use crate::store::LogEntry;

/// The most records one transaction takes.
const BATCH: usize = 5_000;

/// One thing to keep.
#[derive(Clone, Debug)]
pub enum Record {
    /// A received event.
    Event(LogEntry),
    /// A connection status change, in words.
    Status {
        /// When.
        at: DateTime<Utc>,
        /// What.
        text: String,
    },
    /// A problem, in words.
    Problem {
        /// When.
        at: DateTime<Utc>,
        /// What.
        text: String,
    },
    /// Delete rows received before this moment.
    Prune(DateTime<Utc>),
}

/// Sends records to the writer thread; dropping it writes what is queued, then ends the thread.
#[derive(Debug)]
pub struct HistoryWriter {
    sender: Option<mpsc::Sender<Record>>,
    thread: Option<JoinHandle<()>>,
}

impl HistoryWriter {
    /// Opens the database at `path` and starts the writer thread.
    /// Returns the writer and, when the old file was unreadable, where it was moved.
    pub fn start(path: &Path) -> Result<(Self, Option<std::path::PathBuf>), HistoryError> {
        let opened = schema::open(path)?;
        let (sender, receiver) = mpsc::channel();
        let connection = opened.connection;
        let thread = std::thread::Builder::new()
            .name("mews-history".into())
            .spawn(move || write_loop(connection, receiver))
            .map_err(|error| HistoryError::Io(path.to_path_buf(), error))?;
        Ok((
            HistoryWriter {
                sender: Some(sender),
                thread: Some(thread),
            },
            opened.moved_aside,
        ))
    }

    /// Queues a record; never blocks.
    pub fn record(&self, record: Record) {
        if let Some(sender) = &self.sender {
            let _ = sender.send(record);
        }
    }
}

impl Drop for HistoryWriter {
    fn drop(&mut self) {
        self.sender.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn write_loop(mut connection: Connection, receiver: mpsc::Receiver<Record>) {
    while let Ok(first) = receiver.recv() {
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match receiver.try_recv() {
                Ok(record) => batch.push(record),
                Err(_) => break,
            }
        }
        if let Err(error) = write_batch(&mut connection, &batch) {
            tracing::error!("history could not be written: {error}");
        }
    }
}

fn write_batch(connection: &mut Connection, batch: &[Record]) -> rusqlite::Result<()> {
    let transaction = connection.transaction()?;
    {
        let mut event = transaction.prepare_cached(
            "INSERT OR REPLACE INTO events (seq, received_utc, type, entity_id, state, raw)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut note = transaction
            .prepare_cached("INSERT INTO notes (at_utc, kind, text) VALUES (?1, ?2, ?3)")?;
        for record in batch {
            match record {
                Record::Event(entry) => {
                    let seq = i64::try_from(entry.seq).unwrap_or(i64::MAX);
                    let state = entry.event.state_wire();
                    event.execute(params![
                        seq,
                        utc_text(entry.received),
                        entry.event.type_name(),
                        entry.event.id(),
                        state,
                        &*entry.event.raw
                    ])?;
                }
                Record::Status { at, text } => {
                    note.execute(params![utc_text(*at), "status", text])?;
                }
                Record::Problem { at, text } => {
                    note.execute(params![utc_text(*at), "problem", text])?;
                }
                Record::Prune(before) => {
                    let cutoff = utc_text(*before);
                    transaction.execute("DELETE FROM events WHERE received_utc < ?1", [&cutoff])?;
                    transaction.execute("DELETE FROM notes WHERE at_utc < ?1", [&cutoff])?;
                }
            }
        }
    }
    transaction.commit()
}
