//! The history writer: a named thread that appends records in transactions.
//!
//! Records arrive over a bounded channel ([`QUEUE`] records) and are written
//! as soon as the thread is free: whatever queued up meanwhile goes into one
//! transaction. When SQLite falls behind, the queue fills and
//! [`HistoryWriter::record`] waits for room, which slows whoever reads the
//! socket, as the engine's channel does: memory stays bounded and nothing is
//! lost. When the file cannot be written at all (a full disk), history pauses
//! ([`super::pause`]): records are held and tried again with backoff, so the
//! window never waits and history resumes by itself. A normal exit (drop)
//! loses nothing that can be written, and a `kill -9` loses only what was
//! queued or in the transaction being written, a fraction of a second's
//! worth. The same thread prunes old rows ([`Retention`]) in small batches
//! between writes.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::file_watch::FileWatch;
use super::gap::{self, Gap};
use super::pause::{HELD, PauseGauge, PauseState, Paused, Retry};
use super::retention::{Retention, prune_batch};
use super::{HistoryError, alerts, schema, utc_text};
use crate::Wake;
use crate::trouble::{Trouble, WriteFailure};
use monitor_core::protocol::EventBody;
use monitor_core::store::{Alert, LogEntry};

/// The most records waiting for the writer; [`HistoryWriter::record`] waits beyond it.
pub const QUEUE: usize = 10_000;
/// The most records one transaction takes (what a `kill -9` may lose besides the queue).
pub const BATCH: usize = 5_000;

/// A received event, as history keeps it.
#[derive(Clone, Debug)]
pub struct EventRecord {
    /// Its number in receive order.
    pub seq: u64,
    /// When the monitor received it.
    pub received: DateTime<Utc>,
    /// The room, for a room event.
    pub room_id: Option<String>,
    /// The event's JSON as received, shared with the store's log.
    pub raw: Arc<str>,
}

/// One thing to keep.
#[derive(Clone, Debug)]
pub enum Record {
    /// A received event.
    Event(EventRecord),
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

impl Record {
    /// The record of a logged event: its text is shared with the log, not copied.
    pub fn event(entry: &LogEntry) -> Record {
        let room_id = match &entry.event.body {
            EventBody::Resource { id, .. } => Some(id.clone()),
            _ => None,
        };
        Record::Event(EventRecord {
            seq: entry.seq,
            received: entry.received,
            room_id,
            raw: Arc::clone(&entry.event.raw),
        })
    }
}

/// Sends records to the writer thread; dropping it writes what is queued, then ends the thread.
///
/// It never holds up its caller for long: a record sent after the thread has gone is
/// dropped (and not counted as queued), and what went wrong is said in words through
/// [`HistoryWriter::take_problems`], once, until history is written again.
#[derive(Debug)]
pub struct HistoryWriter {
    sender: Option<mpsc::SyncSender<Record>>,
    /// Records sent and not yet taken by the thread.
    queued: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
    /// Set once the writer thread is found gone: records are dropped from then on.
    gone: AtomicBool,
    /// What went wrong (or right again), in words: said by the writer thread, or by this
    /// end when it finds the thread gone.
    say: mpsc::Sender<Trouble>,
    said: Mutex<mpsc::Receiver<Trouble>>,
    /// The writer thread's pause, while history cannot be written.
    gauge: Arc<PauseGauge>,
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
        HistoryWriter::start_waking(path, retention, Arc::new(|| {}))
    }

    /// Like [`start_with`](Self::start_with), calling `wake` whenever there is news for
    /// [`take_problems`](Self::take_problems) (history paused or resumed).
    pub fn start_waking(
        path: &Path,
        retention: Retention,
        wake: Wake,
    ) -> Result<(Self, Option<std::path::PathBuf>), HistoryError> {
        let opened = schema::open(path)?;
        let file = Some(FileWatch::new(path));
        let writer =
            HistoryWriter::spawn(opened.connection, file, retention, Retry::default(), wake)
                .map_err(|error| HistoryError::Io(path.to_path_buf(), error))?;
        Ok((writer, opened.moved_aside))
    }

    /// Starts the writer thread on an open database.
    fn spawn(
        connection: Connection,
        file: Option<FileWatch>,
        retention: Retention,
        retry: Retry,
        wake: Wake,
    ) -> std::io::Result<HistoryWriter> {
        let (sender, receiver) = mpsc::sync_channel(QUEUE);
        let (say, said) = mpsc::channel();
        let queued = Arc::new(AtomicUsize::new(0));
        let gauge = Arc::new(PauseGauge::default());
        let writing = Writing {
            connection,
            file,
            rooms: RoomNumbers::default(),
            health: Health {
                say: say.clone(),
                wake,
            },
            retry,
            gauge: gauge.clone(),
        };
        let taken = Queue {
            receiver,
            queued: queued.clone(),
        };
        let thread = std::thread::Builder::new()
            .name("mews-history".into())
            .spawn(move || write_loop(writing, taken, retention))?;
        Ok(HistoryWriter {
            sender: Some(sender),
            queued,
            thread: Some(thread),
            gone: AtomicBool::new(false),
            say,
            said: Mutex::new(said),
            gauge,
        })
    }

    /// A writer whose thread has already ended, as after a crash of the thread.
    #[cfg(test)]
    pub(crate) fn with_thread_gone() -> HistoryWriter {
        let (sender, _) = mpsc::sync_channel(QUEUE);
        let (say, said) = mpsc::channel();
        HistoryWriter {
            sender: Some(sender),
            queued: Arc::new(AtomicUsize::new(0)),
            thread: None,
            gone: AtomicBool::new(false),
            say,
            said: Mutex::new(said),
            gauge: Arc::default(),
        }
    }

    /// Queues a record; waits while [`QUEUE`] records are already waiting. When the
    /// writer thread has gone, the record is dropped and that is said once.
    pub fn record(&self, record: Record) {
        let Some(sender) = &self.sender else {
            return;
        };
        if self.thread_gone() {
            return self.say_gone();
        }
        self.queued.fetch_add(1, Ordering::Relaxed);
        if sender.send(record).is_err() {
            self.queued.fetch_sub(1, Ordering::Relaxed);
            self.say_gone();
        }
    }

    /// Whether the writer thread has ended (it ends early only by a panic).
    fn thread_gone(&self) -> bool {
        self.gone.load(Ordering::Relaxed)
            || self.thread.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// The thread has gone: nothing queued will be written; said once.
    fn say_gone(&self) {
        if !self.gone.swap(true, Ordering::Relaxed) {
            self.queued.store(0, Ordering::Relaxed);
            let _ = self.say.send(Trouble::HistoryStopped);
        }
    }

    /// What went wrong with history since the last call (and when it is written again),
    /// for the problems list; each change is said once.
    pub fn take_problems(&self) -> Vec<Trouble> {
        match self.said.lock() {
            Ok(said) => said.try_iter().collect(),
            Err(poisoned) => poisoned.into_inner().try_iter().collect(),
        }
    }

    /// How many events wait and how many are missed while history is paused;
    /// `None` while it is written.
    pub fn paused(&self) -> Option<PauseState> {
        self.gauge.read()
    }

    /// Whether the queue is more than half full: a caller that must not wait
    /// (the window) takes no more events until it is not.
    pub fn is_behind(&self) -> bool {
        self.queued.load(Ordering::Relaxed) > QUEUE / 2 && !self.thread_gone()
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

/// The writer's end of the queue, counting what it takes.
struct Queue {
    receiver: mpsc::Receiver<Record>,
    queued: Arc<AtomicUsize>,
}

impl Queue {
    /// The next record, waiting at most `wait` (for ever when `None`).
    fn next(&self, wait: Option<Duration>) -> Result<Record, RecvTimeoutError> {
        let record = match wait {
            Some(wait) => self.receiver.recv_timeout(wait),
            None => self
                .receiver
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
        }?;
        self.queued.fetch_sub(1, Ordering::Relaxed);
        Ok(record)
    }

    /// `first` and whatever else is waiting, up to [`BATCH`] records.
    fn batch(&self, first: Record) -> Vec<Record> {
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match self.receiver.try_recv() {
                Ok(record) => batch.push(record),
                Err(_) => break,
            }
        }
        self.queued.fetch_sub(batch.len() - 1, Ordering::Relaxed);
        batch
    }
}

/// Telling the other end, in words, when history pauses and resumes.
struct Health {
    say: mpsc::Sender<Trouble>,
    /// Called after each message, so the window shows it without waiting for an event.
    wake: Wake,
}

impl Health {
    fn say(&self, trouble: Trouble) {
        let _ = self.say.send(trouble);
        (self.wake)();
    }

    /// Writing failed: history pauses (said and logged once per pause).
    fn paused(&self, error: &rusqlite::Error, waiting: usize) {
        // Said to the user through the problems list; the log keeps the error code.
        tracing::info!("history could not be written, pausing it: {error}");
        self.say(Trouble::HistoryPaused {
            why: why(error),
            waiting: waiting as u64,
        });
    }

    /// The waiting list is full: later events will be missing until history resumes.
    fn full(&self) {
        tracing::info!("history is still paused and its waiting list is full");
        self.say(Trouble::HistoryListFull { held: HELD as u64 });
    }

    /// The held records were written: history resumes.
    fn resumed(&self, written: usize, gap: Option<&Gap>) {
        tracing::info!("history is being written again");
        self.say(Trouble::HistoryResumed {
            written: written as u64,
            missed: gap.map(|gap| gap.missed),
        });
    }
}

/// Why writing failed.
fn why(error: &rusqlite::Error) -> WriteFailure {
    use rusqlite::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => WriteFailure::DiskFull,
        Some(ErrorCode::ReadOnly) => WriteFailure::ReadOnly,
        Some(ErrorCode::PermissionDenied) => WriteFailure::PermissionDenied,
        Some(ErrorCode::SystemIoFailure) => WriteFailure::Io,
        _ => WriteFailure::Other(error.to_string()),
    }
}

/// The writer thread's side: the database and what it needs to write to it.
struct Writing {
    connection: Connection,
    /// The file the connection has open, to notice its removal.
    file: Option<FileWatch>,
    rooms: RoomNumbers,
    health: Health,
    retry: Retry,
    gauge: Arc<PauseGauge>,
}

impl Writing {
    /// Writes `batch` (with `gap`, when history missed events), trying again
    /// while another program holds the file locked (each try waits out the busy
    /// timeout first).
    fn write(&mut self, batch: &[Record], gap: Option<&Gap>) -> rusqlite::Result<()> {
        self.reopen_if_removed();
        loop {
            match write_batch(&mut self.connection, &mut self.rooms, batch, gap) {
                Ok(()) => return Ok(()),
                Err(error) => {
                    // Numbers given in the failed transaction are gone with it.
                    self.rooms.clear();
                    if !super::is_busy(&error) {
                        return Err(error);
                    }
                    tracing::warn!("the history file is locked by another program; trying again");
                }
            }
        }
    }

    /// When the history file was removed, starts a fresh one at its path, so what
    /// comes next is not written into a file nobody can find. Said once.
    fn reopen_if_removed(&mut self) {
        let Some(file) = self.file.as_mut() else {
            return;
        };
        if !file.gone() {
            return;
        }
        let path = file.path().to_owned();
        // The old connection closes first: closing, SQLite removes its log by name,
        // which would be the new file's.
        match Connection::open_in_memory() {
            Ok(stand_in) => drop(std::mem::replace(&mut self.connection, stand_in)),
            Err(error) => return tracing::error!("no stand-in connection: {error}"),
        }
        self.rooms.clear();
        match schema::open(file.path()) {
            Ok(opened) => {
                self.connection = opened.connection;
                file.reopened();
                tracing::warn!(
                    "the history file {} was removed; a new one was started",
                    path.display()
                );
                self.health.say(Trouble::HistoryFileRemoved { path });
            }
            // Tried again at the next look; said the first time only. Meanwhile writes
            // fail and history pauses, holding what comes.
            Err(error) if file.first_failure() => {
                tracing::warn!(
                    "the history file {} was removed and cannot be started again: {error}",
                    path.display()
                );
                self.health.say(Trouble::HistoryFileNotRestarted {
                    path,
                    detail: error.to_string(),
                });
            }
            Err(error) => tracing::debug!("the history file still cannot be started: {error}"),
        }
    }

    /// Writes a batch taken from the queue; a failure starts a pause.
    fn take(&mut self, batch: Vec<Record>, paused: &mut Option<Paused>) {
        if let Some(paused) = paused {
            if paused.hold(batch) {
                self.health.full();
            }
            return;
        }
        if let Err(error) = self.write(&batch, None) {
            let pause = Paused::new(batch, self.retry, self.gauge.clone());
            self.health.paused(&error, pause.waiting());
            *paused = Some(pause);
        }
    }

    /// Tries to write what a pause holds; returns the pause again when that failed.
    fn try_resume(&mut self, mut paused: Paused) -> Option<Paused> {
        let waited = paused.waiting();
        loop {
            let (part, gap) = paused.next_part();
            let count = part.len();
            if let Err(error) = self.write(part, gap) {
                tracing::debug!("history still cannot be written: {error}");
                paused.failed_again();
                return Some(paused);
            }
            if paused.wrote(count) {
                break;
            }
        }
        let gap = paused.end();
        self.health.resumed(waited, gap.as_ref());
        None
    }
}

fn write_loop(mut writing: Writing, queue: Queue, retention: Retention) {
    let mut pruner = Pruner::new(retention);
    let mut paused: Option<Paused> = None;
    loop {
        let wait = match (&paused, pruner.wait()) {
            (Some(paused), _) => Some(paused.wait()),
            (None, wait) => wait,
        };
        match queue.next(wait) {
            Ok(first) => {
                let batch = queue.batch(first);
                for record in &batch {
                    if let Record::Prune(before) = record {
                        pruner.request(*before);
                    }
                }
                writing.take(batch, &mut paused);
            }
            Err(RecvTimeoutError::Timeout) => pruner.tick(),
            Err(RecvTimeoutError::Disconnected) => {
                // One last try for what waits; then pruning already under way is
                // finished (each batch is small).
                if let Some(still) = paused.take().and_then(|held| writing.try_resume(held)) {
                    tracing::error!(
                        "history was still paused at exit: {} events could not be kept",
                        still.waiting()
                    );
                    return;
                }
                while pruner.step(&mut writing.connection) {}
                return;
            }
        }
        paused = match paused {
            Some(held) if held.due() => writing.try_resume(held),
            other => other,
        };
        // One small batch between writes: new records never wait long. Not while
        // paused: deleting needs room in the file too.
        if paused.is_none() {
            pruner.step(&mut writing.connection);
        }
    }
}

/// Room ids → their numbers in the `rooms` table, as written so far.
type RoomNumbers = rustc_hash::FxHashMap<String, i64>;

/// The number of room `id` in the `rooms` table, added if new.
fn room_number(
    transaction: &rusqlite::Transaction<'_>,
    rooms: &mut RoomNumbers,
    id: &str,
) -> rusqlite::Result<i64> {
    if let Some(&number) = rooms.get(id) {
        return Ok(number);
    }
    transaction
        .prepare_cached("INSERT OR IGNORE INTO rooms (key) VALUES (?1)")?
        .execute([id])?;
    let number = transaction
        .prepare_cached("SELECT id FROM rooms WHERE key = ?1")?
        .query_row([id], |row| row.get(0))?;
    rooms.insert(id.to_owned(), number);
    Ok(number)
}

fn write_batch(
    connection: &mut Connection,
    rooms: &mut RoomNumbers,
    batch: &[Record],
    gap: Option<&Gap>,
) -> rusqlite::Result<()> {
    let transaction = connection.transaction()?;
    if let Some(gap) = gap {
        gap::insert(&transaction, gap)?;
    }
    {
        let mut event = transaction.prepare_cached(
            "INSERT OR REPLACE INTO events (seq, received, room, raw) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut note = transaction
            .prepare_cached("INSERT INTO notes (at_utc, kind, text) VALUES (?1, ?2, ?3)")?;
        for record in batch {
            match record {
                Record::Event(record) => {
                    let seq = i64::try_from(record.seq).unwrap_or(i64::MAX);
                    let room = match &record.room_id {
                        Some(id) => Some(room_number(&transaction, rooms, id)?),
                        None => None,
                    };
                    event.execute(params![
                        seq,
                        record.received.timestamp_millis(),
                        room,
                        &*record.raw
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

#[cfg(test)]
mod tests {
    use super::*;
    use monitor_core::protocol::parse_frame;
    use monitor_core::store::Store;

    #[test]
    fn an_event_record_shares_the_logged_text_rather_than_copying_it() {
        let mut store = Store::default();
        let frame = parse_frame(r#"{"Events":[{"Type":"Resource","Id":"r1","State":"Dirty"}]}"#);
        let event = frame.events.into_iter().next().expect("one event");
        let applied = store.apply(Utc::now(), event);
        let Record::Event(record) = Record::event(applied.entry) else {
            panic!("an event record");
        };
        assert!(Arc::ptr_eq(&record.raw, &applied.entry.event.raw));
        assert_eq!(record.room_id.as_deref(), Some("r1"));
        assert_eq!(record.seq, 1);
    }

    fn events(count: usize) -> Store {
        let mut store = Store::default();
        let padding = "x".repeat(2_000);
        for n in 0..count {
            let frame = format!(
                r#"{{"Events":[{{"Type":"Resource","Id":"r{n}","State":"Dirty","Note":"{padding}"}}]}}"#
            );
            store.apply_batch(Utc::now(), parse_frame(&frame).events);
        }
        store
    }

    #[test]
    fn a_writer_whose_thread_died_with_records_queued_holds_nothing_up() {
        let writer = HistoryWriter::with_thread_gone();
        // Records the thread never took before it died.
        writer.queued.store(QUEUE, Ordering::Relaxed);
        assert!(
            !writer.is_behind(),
            "a dead writer never holds the window up"
        );
        writer.record(Record::Prune(Utc::now()));
        assert_eq!(writer.queued.load(Ordering::Relaxed), 0);
        assert_eq!(writer.take_problems(), [Trouble::HistoryStopped]);
    }

    #[test]
    fn a_writer_whose_thread_is_gone_drops_records_uncounted_and_says_so_once() {
        let writer = HistoryWriter::with_thread_gone();
        let store = events(3);
        for entry in store.log.iter_from(0) {
            writer.record(Record::event(entry));
        }
        assert_eq!(writer.queued.load(Ordering::Relaxed), 0);
        assert!(!writer.is_behind());
        assert_eq!(writer.take_problems(), [Trouble::HistoryStopped]);
        writer.record(Record::Problem {
            at: Utc::now(),
            text: "later".into(),
        });
        assert!(writer.take_problems().is_empty(), "said once");
    }

    #[test]
    fn a_file_that_cannot_grow_pauses_history_once_and_the_queue_still_drains() {
        let folder = tempfile::tempdir().expect("temp dir");
        let opened = schema::open(&folder.path().join("history.sqlite3")).expect("opens");
        let connection = opened.connection;
        // The file may not grow: the next pages written fail as on a full disk.
        let pages: i64 = connection
            .query_row("PRAGMA page_count", [], |row| row.get(0))
            .expect("page count");
        connection
            .pragma_update(None, "max_page_count", pages)
            .expect("limit");
        // No retry comes before the writer ends: only the last try at exit.
        let retry = Retry {
            first: Duration::from_secs(3600),
            max: Duration::from_secs(3600),
        };
        let mut writer = HistoryWriter::spawn(
            connection,
            None,
            Retention::forever(),
            retry,
            Arc::new(|| {}),
        )
        .expect("starts");
        let store = events(200);
        for entry in store.log.iter_from(0) {
            writer.record(Record::event(entry));
        }
        let said = std::mem::replace(&mut writer.said, Mutex::new(mpsc::channel().1));
        // Dropping the writer waits for the thread to take everything queued.
        drop(writer);
        let said: Vec<Trouble> = said
            .into_inner()
            .expect("not poisoned")
            .try_iter()
            .collect();
        assert!(
            matches!(
                said.as_slice(),
                [Trouble::HistoryPaused {
                    why: WriteFailure::DiskFull,
                    ..
                }]
            ),
            "{said:?}"
        );
    }
}
