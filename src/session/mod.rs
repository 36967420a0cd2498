//! The live session behind the window: the store, fed by the connection
//! engine and the REST lookups, written to history as it goes.
//!
//! It owns the consumer ends of the engine's and the lookup task's channels
//! and drains them with a time budget ([`Session::pump`]), so the caller
//! never blocks. It knows nothing of egui: the caller passes a wake-up
//! callback and decides when to draw.

pub mod restore;
mod target;

use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, Utc};

use crate::credentials::TokenPair;
use crate::history::{HistoryError, HistoryWriter, Record, Retention};
use crate::net::lookup::{self, LookupEvent, LookupEvents, LookupHandle, LookupRequest};
use crate::net::rest::{BudgetUse, RestClient, RestError};
use crate::net::{
    self, ConnectionConfig, ConnectionHandle, ConnectionStatus, NetEvent, NetEvents, TlsSetupError,
    Wake,
};
use crate::store::{Alert, Store, Unknowns};

pub use target::Target;

/// Why a connection could not be started.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The secure-connection settings could not be built.
    #[error(transparent)]
    Tls(#[from] TlsSetupError),
    /// The REST address cannot be used.
    #[error(transparent)]
    Rest(#[from] RestError),
}

/// What one [`Session::pump`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pumped {
    /// Something changed: draw again.
    pub changed: bool,
    /// Messages are still waiting: pump again soon.
    pub more: bool,
    /// When the first frame of events applied by this pump was received.
    pub first_received: Option<DateTime<Utc>>,
}

struct Link {
    handle: ConnectionHandle,
    events: NetEvents,
    lookups: Option<(LookupHandle, LookupEvents)>,
}

/// The store plus everything that keeps it current.
pub struct Session {
    /// What the monitor knows.
    pub store: Store,
    /// The connection's state; `None` before the first connect.
    pub status: Option<ConnectionStatus>,
    /// How much of the REST request budget is in use, once lookups ran.
    pub budget: Option<BudgetUse>,
    /// When the last event arrived.
    pub last_event_at: Option<DateTime<Utc>>,
    /// What the last resync found, in words, e.g. "1,376 rooms loaded; 3 changed while offline".
    pub last_resync: Option<(DateTime<Utc>, String)>,
    link: Option<Link>,
    history: Keep,
    /// History being read in the background; events wait in the engine's channel meanwhile.
    loading: Option<restore::Loading>,
    history_path: Option<std::path::PathBuf>,
}

/// Where records go: the writer, or a list kept while history is still loading.
#[derive(Debug, Default)]
struct Keep {
    writer: Option<HistoryWriter>,
    pending: Option<Vec<Record>>,
}

impl Keep {
    fn record(&mut self, record: Record) {
        match (&self.writer, &mut self.pending) {
            (Some(writer), _) => writer.record(record),
            (None, Some(pending)) => pending.push(record),
            (None, None) => {}
        }
    }

    fn is_behind(&self) -> bool {
        self.writer.as_ref().is_some_and(HistoryWriter::is_behind)
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("status", &self.status)
            .field("events", &self.store.total_events())
            .field("connected", &self.link.is_some())
            .finish()
    }
}

impl Session {
    /// A session over `store`, not connected and without history.
    pub fn new(store: Store) -> Self {
        Session {
            store,
            status: None,
            budget: None,
            last_event_at: None,
            last_resync: None,
            link: None,
            history: Keep::default(),
            loading: None,
            history_path: None,
        }
    }

    /// Restores the log from the history at `path` and keeps writing there.
    ///
    /// A damaged file is moved aside and a fresh one started; the problems list says so.
    pub fn open_history(&mut self, path: &Path, retention: Retention) -> Result<(), HistoryError> {
        let restored = restore::load(path, retention, self.store.log.capacity())?;
        self.history_path = Some(path.to_owned());
        self.take_restored(restored);
        Ok(())
    }

    /// Like [`open_history`](Self::open_history), on a thread of its own: the
    /// session takes no events until it is done, and `wake` says when it is.
    pub fn load_history(
        &mut self,
        path: &Path,
        retention: Retention,
        wake: Wake,
    ) -> Result<(), HistoryError> {
        let loading = restore::spawn(path, retention, self.store.log.capacity(), wake)?;
        self.loading = Some(loading);
        self.history.pending = Some(Vec::new());
        self.history_path = Some(path.to_owned());
        Ok(())
    }

    /// Whether history is still being read.
    pub fn is_loading_history(&self) -> bool {
        self.loading.is_some()
    }

    /// Waits until history has been read (for callers with nothing to show meanwhile).
    pub fn finish_loading_history(&mut self) {
        if let Some(loading) = self.loading.take() {
            let result = loading.wait();
            self.loaded(result);
        }
    }

    /// Takes the background result when it is ready; true while still loading.
    fn still_loading(&mut self) -> bool {
        let Some(result) = self.loading.as_ref().and_then(restore::Loading::try_take) else {
            return self.loading.is_some();
        };
        self.loading = None;
        self.loaded(result);
        false
    }

    fn loaded(&mut self, result: Result<restore::Restored, HistoryError>) {
        match result {
            Ok(restored) => self.take_restored(restored),
            Err(error) => {
                self.history = Keep::default();
                self.history_path = None;
                self.store.problems.push(
                    Utc::now(),
                    format!("History is not kept in this session: {error}"),
                );
            }
        }
    }

    fn take_restored(&mut self, restored: restore::Restored) {
        tracing::info!(
            target: "mews_monitor::startup",
            events = restored.entries.len(),
            "history restored"
        );
        self.store.restore(restored.entries);
        self.store.start_numbering_after(restored.last_seq);
        self.store.alerts.reopen(restored.open_alerts);
        self.store
            .alerts
            .start_numbering_after(restored.last_alert_id);
        let pending = self.history.pending.take().unwrap_or_default();
        for record in pending {
            restored.writer.record(record);
        }
        self.history.writer = Some(restored.writer);
        if let Some(moved) = restored.moved {
            self.store.problems.push(
                Utc::now(),
                format!(
                    "The history file was damaged. It was moved to {} and a new one was started.",
                    moved.display()
                ),
            );
        }
    }

    /// Where history is kept, when it is.
    pub fn history_path(&self) -> Option<&Path> {
        self.history_path.as_deref()
    }

    /// Connects to `target` with `tokens`, replacing any current connection.
    pub fn connect(
        &mut self,
        target: &Target,
        tokens: TokenPair,
        wake: Wake,
        runtime: &tokio::runtime::Handle,
    ) -> Result<(), SessionError> {
        self.disconnect();
        let lookups = match &target.api_url {
            Some(api_url) => {
                let rest = RestClient::new(api_url, tokens.clone(), &[])?;
                Some(lookup::spawn(rest, "en-US".into(), wake.clone(), runtime))
            }
            None => None,
        };
        let mut config = ConnectionConfig::new(target.ws_url.clone(), tokens);
        config.ping_interval = target.ping_interval;
        let (handle, events) = net::spawn(config, wake, runtime)?;
        self.link = Some(Link {
            handle,
            events,
            lookups,
        });
        Ok(())
    }

    /// Tries again now (after a rejection, or to skip a backoff wait).
    pub fn reconnect(&self) {
        if let Some(link) = &self.link {
            link.handle.reconnect();
        }
    }

    /// Closes the connection (with a Close frame); the store keeps everything.
    pub fn disconnect(&mut self) {
        if self.link.take().is_some() {
            self.set_status(ConnectionStatus::Stopped, Utc::now());
        }
    }

    /// Whether a connection is open or being tried.
    pub fn is_linked(&self) -> bool {
        self.link.is_some()
    }

    /// Applies waiting messages until `deadline` (or until history falls behind).
    pub fn pump(&mut self, deadline: Instant) -> Pumped {
        let mut pumped = Pumped::default();
        loop {
            // History falling behind: leave the rest in the engine's channel, which
            // slows the socket, rather than wait here with the window frozen.
            if self.history.is_behind() {
                pumped.more = true;
                return pumped;
            }
            let was_loading = self.loading.is_some();
            if self.still_loading() {
                return pumped;
            }
            pumped.changed |= was_loading;
            let Some(link) = self.link.as_mut() else {
                return pumped;
            };
            let next = match link.events.try_next() {
                Some(event) => Some(Source::Net(event)),
                None => link
                    .lookups
                    .as_mut()
                    .and_then(|(_, found)| found.try_next())
                    .map(Source::Lookup),
            };
            let Some(next) = next else {
                return pumped;
            };
            pumped.changed = true;
            if let Source::Net(NetEvent::Frame { received, .. }) = &next {
                pumped.first_received.get_or_insert(*received);
            }
            match next {
                Source::Net(event) => self.handle(event),
                Source::Lookup(found) => self.learn(found),
            }
            if Instant::now() >= deadline {
                pumped.more = true;
                return pumped;
            }
        }
    }

    /// Alerts raised since the last call (kept in history), for desktop notifications.
    pub fn take_fresh_alerts(&mut self) -> Vec<Alert> {
        let fresh = self.store.alerts.take_fresh();
        for alert in &fresh {
            self.history.record(Record::Alert(alert.clone()));
        }
        fresh
    }

    /// Acknowledges an alert, here and in history.
    pub fn acknowledge_alert(&mut self, id: u64) {
        self.store.alerts.acknowledge(id);
        self.history.record(Record::AlertAcknowledged(id));
    }

    /// Handles one message from the engine.
    pub fn handle(&mut self, event: NetEvent) {
        match event {
            NetEvent::Frame {
                received,
                events,
                problems,
            } => {
                for problem in problems {
                    self.problem(received, problem.to_string());
                }
                for request in lookups_for(self.store.labels.unknowns(&events)) {
                    self.lookup(request);
                }
                let seqs = self.store.apply_batch(received, events);
                for seq in seqs {
                    if let Some(entry) = self.store.log.by_seq(seq) {
                        self.history.record(Record::Event(entry.clone()));
                    }
                }
                self.last_event_at = Some(received);
            }
            NetEvent::Status(status) => {
                if matches!(status, ConnectionStatus::Connected { .. }) {
                    self.lookup(LookupRequest::Resync);
                }
                self.set_status(status, Utc::now());
            }
            NetEvent::Problem { at, message } => self.problem(at, message),
        }
    }

    /// Takes in one lookup result.
    pub fn learn(&mut self, found: LookupEvent) {
        let now = Utc::now();
        match found {
            LookupEvent::Hotel(hotel) => self.store.labels.hotel = Some(hotel),
            LookupEvent::Rooms { records, at } => {
                let changed = self.store.seed_rooms(&records, at);
                let names: Vec<&str> = changed
                    .iter()
                    .filter_map(|id| self.store.rooms.get(id))
                    .map(|room| room.display_name())
                    .take(12)
                    .collect();
                let mut summary = format!(
                    "{} rooms loaded from Mews; {} changed while offline",
                    records.len(),
                    changed.len()
                );
                if !names.is_empty() {
                    summary.push_str(&format!(" ({})", names.join(", ")));
                }
                self.history.record(Record::Status {
                    at: now,
                    text: summary.clone(),
                });
                self.last_resync = Some((at, summary));
            }
            LookupEvent::Rates(rates) => self.store.labels.add_rates(rates),
            LookupEvent::Commands(commands) => self.store.labels.add_commands(commands),
            LookupEvent::Reservations(reservations) => {
                self.store.labels.add_reservations(reservations)
            }
            LookupEvent::Budget(budget) => self.budget = Some(budget),
            LookupEvent::Problem(message) => self.problem(now, message),
            LookupEvent::Rejected(message) => self.problem(
                now,
                format!("Mews rejected the tokens for room and reservation names: {message}"),
            ),
        }
    }

    fn lookup(&self, request: LookupRequest) {
        if let Some((lookups, _)) = self.link.as_ref().and_then(|link| link.lookups.as_ref()) {
            lookups.request(request);
        }
    }

    fn set_status(&mut self, status: ConnectionStatus, at: DateTime<Utc>) {
        self.history.record(Record::Status {
            at,
            text: status.summary(),
        });
        self.status = Some(status);
    }

    fn problem(&mut self, at: DateTime<Utc>, message: String) {
        self.history.record(Record::Problem {
            at,
            text: message.clone(),
        });
        self.store.problems.push(at, message);
    }
}

/// The lookups that would name these unknown ids.
pub fn lookups_for(unknowns: Unknowns) -> Vec<LookupRequest> {
    let mut requests = Vec::new();
    if !unknowns.reservations.is_empty() {
        requests.push(LookupRequest::Reservations(unknowns.reservations));
    }
    if !unknowns.commands.is_empty() {
        requests.push(LookupRequest::Commands(unknowns.commands));
    }
    requests
}

enum Source {
    Net(NetEvent),
    Lookup(LookupEvent),
}
