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
    /// How the connection reaches Mews (proxy, trust store), for diagnostics.
    route: Option<Route>,
    /// What the last load of today's arrivals found, in words.
    pub last_arrivals: Option<(DateTime<Utc>, String)>,
    /// The last moment the monitor knew it was in touch with Mews (the latest event,
    /// or the link coming up): reservations changed since then are reloaded on connect.
    in_touch_at: Option<DateTime<Utc>>,
    /// The hotel day whose arrivals were asked for after its midnight.
    asked_arrivals_for: Option<chrono::NaiveDate>,
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
            last_arrivals: None,
            route: None,
            in_touch_at: None,
            asked_arrivals_for: None,
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
        self.in_touch_at = restored.entries.last().map(|entry| entry.received);
        self.store.restore(restored.entries);
        self.store.start_numbering_after(restored.last_seq);
        // Alerts an earlier run left open for the same room fold into one; the others
        // are acknowledged in history too, so they stay closed.
        for id in self.store.alerts.reopen(restored.open_alerts) {
            restored.writer.record(Record::AlertAcknowledged(id));
        }
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

    /// How the connection reaches Mews, once connecting.
    pub fn route(&self) -> Option<&Route> {
        self.route.as_ref()
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
                let rest = RestClient::with_proxy(api_url, tokens.clone(), &[], &target.proxy)?;
                Some(lookup::spawn(rest, "en-US".into(), wake.clone(), runtime))
            }
            None => None,
        };
        let mut config = ConnectionConfig::new(target.ws_url.clone(), tokens);
        config.ping_interval = target.ping_interval;
        config.proxy = target.proxy.clone();
        self.route = Some(Route::of(&target.ws_url, &target.proxy));
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

    /// Acknowledges every open alert, here and in history.
    pub fn acknowledge_all_alerts(&mut self) {
        for id in self.store.alerts.acknowledge_all() {
            self.history.record(Record::AlertAcknowledged(id));
        }
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
                self.in_touch_at = Some(received);
            }
            NetEvent::Status(status) => {
                let now = Utc::now();
                if matches!(status, ConnectionStatus::Connected { .. }) {
                    for request in lookups_on_connect(self.in_touch_at) {
                        self.lookup(request);
                    }
                    self.in_touch_at = Some(now);
                }
                self.set_status(status, now);
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
                self.note_status(now, &summary);
                self.last_resync = Some((at, summary));
            }
            LookupEvent::Rates(rates) => self.store.labels.add_rates(rates),
            LookupEvent::Commands(commands) => self.store.labels.add_commands(commands),
            LookupEvent::Reservations(reservations) => {
                self.store.labels.add_reservations(reservations)
            }
            LookupEvent::Arrivals { day, records, at } => {
                let changed = self.store.seed_arrivals(day, &records, at);
                let summary = arrivals_summary(&self.store, &records, &changed);
                self.note_status(now, &summary);
                self.last_arrivals = Some((at, summary));
            }
            LookupEvent::Changed { records, at, .. } => {
                let changed = self.store.seed_reservations(&records, at);
                if !changed.is_empty() {
                    let summary = changed_summary(&self.store, &changed);
                    self.note_status(now, &summary);
                    self.last_resync = Some(match self.last_resync.take() {
                        Some((_, rooms)) => (at, format!("{rooms}; {summary}")),
                        None => (at, summary),
                    });
                }
            }
            LookupEvent::Budget(budget) => self.budget = Some(budget),
            LookupEvent::Problem(message) => self.problem(now, message),
            LookupEvent::Rejected(message) => self.problem(
                now,
                format!("Mews rejected the tokens for room and reservation names: {message}"),
            ),
        }
    }

    /// Keeps time-bound views current: once the hotel's day has ended, asks
    /// for the new day's arrivals (once per day). Call now and then (each frame).
    pub fn tick(&mut self, now: DateTime<Utc>) {
        if let Some(request) = arrivals_due(&self.store, &mut self.asked_arrivals_for, now) {
            self.lookup(request);
        }
    }

    fn note_status(&mut self, at: DateTime<Utc>, text: &str) {
        self.history.record(Record::Status {
            at,
            text: text.to_owned(),
        });
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

/// How a connection reaches Mews, in words for the diagnostics window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// "none (direct)", or the proxy with where it was configured (never its password).
    pub proxy: String,
    /// Which certificates are trusted.
    pub trust: String,
}

impl Route {
    /// The route to `url` now, reached as `proxy` says.
    pub fn of(url: &crate::net::WsUrl, proxy: &crate::net::ProxyChoice) -> Route {
        let (host, _) = url.host_and_port();
        let scheme = if url.is_secure() { "wss" } else { "ws" };
        let proxy = match proxy.for_host(scheme, host) {
            Ok(Some(proxy)) => proxy.to_string(),
            Ok(None) => "none (direct)".to_owned(),
            Err(error) => error.to_string(),
        };
        let trust = match crate::net::tls::client_config_with_trust(&[]) {
            Ok((_, trust)) => trust.to_string(),
            Err(error) => error.to_string(),
        };
        Route { proxy, trust }
    }
}

/// What to reload when the link comes up: everything, plus the reservations
/// changed since the monitor was last in touch.
pub fn lookups_on_connect(in_touch_at: Option<DateTime<Utc>>) -> Vec<LookupRequest> {
    let mut requests = vec![LookupRequest::Resync];
    requests.extend(in_touch_at.map(LookupRequest::ChangedSince));
    requests
}

/// The arrivals reload due after the hotel's midnight, asked for once per new day.
pub fn arrivals_due(
    store: &Store,
    asked_for: &mut Option<chrono::NaiveDate>,
    now: DateTime<Utc>,
) -> Option<LookupRequest> {
    let day = store.arrivals_day()?;
    if now < day.end_utc {
        return None;
    }
    let next = day.next().date;
    if *asked_for == Some(next) {
        return None;
    }
    *asked_for = Some(next);
    Some(LookupRequest::Arrivals)
}

/// "12 arrivals on 2026-12-01 loaded from Mews (3 arrived); 2 reservations changed
/// while offline (1234, 1240)".
pub fn arrivals_summary(
    store: &Store,
    records: &[crate::protocol::ReservationRecord],
    changed: &[String],
) -> String {
    let arrived = records
        .iter()
        .filter(|record| record.state == Some(crate::protocol::ReservationState::Started))
        .count();
    let date = store
        .arrivals_day()
        .map(|day| day.date.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let mut text = format!(
        "{} on {date} loaded from Mews ({arrived} arrived)",
        counted(records.len(), "arrival", "arrivals")
    );
    if !changed.is_empty() {
        text.push_str("; ");
        text.push_str(&changed_summary(store, changed));
    }
    text
}

/// "2 reservations changed while offline (1234, 1240)".
pub fn changed_summary(store: &Store, changed: &[String]) -> String {
    let numbers: Vec<&str> = changed
        .iter()
        .take(12)
        .map(|id| {
            store
                .labels
                .reservation_number(id)
                .unwrap_or_else(|| crate::store::short_id(id))
        })
        .collect();
    format!(
        "{} changed while offline ({})",
        counted(changed.len(), "reservation", "reservations"),
        numbers.join(", ")
    )
}

/// "1 arrival", "3 arrivals".
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
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
