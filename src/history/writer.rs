//! The history writer: a named thread that appends records in small transactions.
//!
//! Records arrive over a channel and are written as soon as the thread is
//! free: whatever queued up meanwhile goes into one transaction. So a normal
//! exit (drop) loses nothing and a `kill -9` loses only what was queued or
//! in the transaction being written, a few milliseconds' worth. The same
//! thread prunes old rows ([`Retention`]) in small batches between writes.

use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::retention::{Retention, prune_batch};
use super::{HistoryError, alerts, schema, utc_text};
use crate::store::{Alert, LogEntry};

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
    /// Delete rows older than this moment (in batches; finished before the writer ends).
    Prune(DateTime<Utc>),
    /// An alert that fired; kept until acknowledged.
    Alert(Alert),
    /// Staff acknowledged the alert with this number.
    AlertAcknowledged(u64),
}

/// Sends records to the writer thread; dropping it writes what is queued, then ends the thread.
#[derive(Debug)]
pub struct HistoryWriter {
    sender: Option<mpsc::Sender<Record>>,
    thread: Option<JoinHandle<()>>,
}

impl HistoryWriter {
    /// Opens the database at `path` and starts the writer thread, keeping the
    /// default 90 days. Returns the writer and, when the old file was
    /// unreadable, where it was moved.
    pub fn start(path: &Path) -> Result<(Self, Option<std::path::PathBuf>), HistoryError> {
        HistoryWriter::start_with(path, Retention::default())
    }

    /// Like [`start`](Self::start), keeping rows as `retention` says.
    pub fn start_with(
        path: &Path,
        retention: Retention,
    ) -> Result<(Self, Option<std::path::PathBuf>), HistoryError> {
        let opened = schema::open(path)?;
        let (sender, receiver) = mpsc::channel();
        let connection = opened.connection;
        let thread = std::thread::Builder::new()
            .name("mews-history".into())
            .spawn(move || write_loop(connection, receiver, retention))
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

/// Pruning under way: rows older than `before` are going, a batch at a time.
#[derive(Debug)]
struct Pruner {
    retention: Retention,
    before: Option<DateTime<Utc>>,
    next: Option<Instant>,
}

impl Pruner {
    /// Starts with the prune at start already due.
    fn new(retention: Retention) -> Self {
        Pruner {
            retention,
            before: retention.cutoff(Utc::now()),
            next: Instant::now().checked_add(retention.every),
        }
    }

    /// How long the writer may wait for records before pruning needs it.
    fn wait(&self) -> Option<Duration> {
        match (self.before, self.next) {
            (Some(_), _) => Some(Duration::ZERO),
            (None, Some(next)) => Some(next.saturating_duration_since(Instant::now())),
            (None, None) => None,
        }
    }

    /// Asks for rows older than `before` to go too.
    fn request(&mut self, before: DateTime<Utc>) {
        self.before = Some(self.before.map_or(before, |old| old.max(before)));
    }

    /// Starts the periodic prune when it is due.
    fn tick(&mut self) {
        if self.next.is_some_and(|next| Instant::now() >= next) {
            self.next = Instant::now().checked_add(self.retention.every);
            if let Some(before) = self.retention.cutoff(Utc::now()) {
                self.request(before);
            }
        }
    }

    /// Deletes one batch if pruning is under way; returns whether more is left.
    fn step(&mut self, connection: &mut Connection) -> bool {
        let Some(before) = self.before else {
            return false;
        };
        let limit = self.retention.batch.max(1);
        match prune_batch(connection, before, limit) {
            Ok(deleted) if deleted >= limit => true,
            Ok(_) => {
                self.before = None;
                false
            }
            Err(error) => {
                tracing::error!("old history could not be pruned: {error}");
                self.before = None;
                false
            }
        }
    }
}

fn write_loop(mut connection: Connection, receiver: mpsc::Receiver<Record>, retention: Retention) {
    let mut pruner = Pruner::new(retention);
    loop {
        let next = match pruner.wait() {
            Some(wait) => receiver.recv_timeout(wait),
            None => receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match next {
            Ok(first) => {
                let mut batch = vec![first];
                while batch.len() < BATCH {
                    match receiver.try_recv() {
                        Ok(record) => batch.push(record),
                        Err(_) => break,
                    }
                }
                for record in &batch {
                    if let Record::Prune(before) = record {
                        pruner.request(*before);
                    }
                }
                if let Err(error) = write_batch(&mut connection, &batch) {
                    tracing::error!("history could not be written: {error}");
                }
            }
            Err(RecvTimeoutError::Timeout) => pruner.tick(),
            Err(RecvTimeoutError::Disconnected) => {
                // Pruning already under way is finished; each batch is small.
                while pruner.step(&mut connection) {}
                return;
            }
        }
        // One small batch between writes: new records never wait long.
        pruner.step(&mut connection);
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
                Record::Alert(alert) => alerts::insert(&transaction, alert)?,
                Record::AlertAcknowledged(id) => {
                    alerts::acknowledge(&transaction, *id, Utc::now())?;
                }
                // Pruning runs in its own small transactions (see `Pruner`).
                Record::Prune(_) => {}
            }
        }
    }
    transaction.commit()
}
