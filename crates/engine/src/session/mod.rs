//! The live session behind the window and `tail`: the store, fed by the
//! connection engine and the REST lookups, written to history as it goes.
//!
//! It owns the consumer ends of the engine's and the lookup task's channels
//! and drains them with a time budget ([`Session::pump`]), so the caller
//! never blocks. It knows nothing of egui: the caller passes a wake-up
//! callback and decides when to draw. Callers read the store (`&Store`) and
//! change it only through the session, so every problem, status and summary
//! shown is also kept in history, and told to the session's [`Output`].

pub mod demo;
pub mod export;
mod keep;
pub mod output;
mod pending;
pub mod probe;
mod pump;
pub(crate) mod restore;
mod route;
mod summary;
mod target;
pub mod timeline;

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::credentials::TokenPair;
use crate::history::{HistoryError, PauseState, Record, Retention};
use crate::net::lookup::{self, LookupEvents, LookupHandle, LookupRequest};
use crate::net::rest::{BudgetUse, RestClient, RestError};
use crate::net::{self, ConnectionConfig, ConnectionHandle, NetEvents, TlsSetupError};
use crate::trouble::{Problems, Trouble};
use monitor_core::store::{Alert, ReadyRule, Store};

use keep::Keep;

pub use crate::net::config::DEFAULT_PING_INTERVAL;
pub use crate::net::{ConnectionStatus, ProxyChoice, Wake};
pub use output::{Note, Output, Quiet};
pub use pump::Pumped;
pub use route::{Route, RouteProxy};
pub use summary::{NAMED, Summary};
pub use target::Target;

/// The language names are asked for in.
const LANGUAGE: &str = "en-US";

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

struct Link {
    handle: ConnectionHandle,
    events: NetEvents,
    lookups: Option<(LookupHandle, LookupEvents)>,
}

/// The store plus everything that keeps it current; `O` hears what it does.
pub struct Session<O = Quiet> {
    /// What the monitor knows.
    store: Store,
    /// Told every event, status, problem, summary and (if it wants them) alert.
    output: O,
    /// The connection's state; `None` before the first connect.
    status: Option<ConnectionStatus>,
    /// How much of the REST request budget is in use, once lookups ran.
    budget: Option<BudgetUse>,
    /// When the last event arrived.
    last_event_at: Option<DateTime<Utc>>,
    /// What the last resync found: the rooms, then reservations changed while offline.
    last_resync: Option<(DateTime<Utc>, Vec<Summary>)>,
    /// How the connection reaches Mews (proxy, trust store), for diagnostics.
    route: Option<Route>,
    /// What the last load of today's arrivals found.
    last_arrivals: Option<(DateTime<Utc>, Vec<Summary>)>,
    /// What the last load of guests' names found (counts only, never a name).
    last_guests: Option<(DateTime<Utc>, Summary)>,
    /// The problems met so far.
    problems: Problems,
    /// The last moment the monitor knew it was in touch with Mews (the latest event,
    /// or the link coming up): reservations changed since then are reloaded on connect.
    in_touch_at: Option<DateTime<Utc>>,
    /// When the day's guests were last checked for ones to ask Mews about again.
    guests_checked_at: Option<DateTime<Utc>>,
    /// The hotel day whose arrivals were asked for after its midnight.
    asked_arrivals_for: Option<chrono::NaiveDate>,
    link: Option<Link>,
    history: Keep,
    /// Alerts raised (and kept in history) that the window has not yet taken to notify.
    unnotified: Vec<Alert>,
    /// History being read in the background; events wait in the engine's channel meanwhile.
    loading: Option<restore::Loading>,
    history_path: Option<std::path::PathBuf>,
}

impl<O> std::fmt::Debug for Session<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("status", &self.status)
            .field("events", &self.store.total_events())
            .field("connected", &self.link.is_some())
            .finish()
    }
}

impl Session {
    /// A session over `store`, not connected and without history, for a window.
    pub fn new(store: Store) -> Self {
        Session::with_output(store, Quiet)
    }
}

impl<O: Output> Session<O> {
    /// A session over `store` that tells `output` what it does.
    pub fn with_output(store: Store, output: O) -> Self {
        Session {
            store,
            output,
            status: None,
            budget: None,
            last_event_at: None,
            last_resync: None,
            last_arrivals: None,
            last_guests: None,
            problems: Problems::default(),
            guests_checked_at: None,
            route: None,
            in_touch_at: None,
            asked_arrivals_for: None,
            link: None,
            history: Keep::default(),
            unnotified: Vec::new(),
            loading: None,
            history_path: None,
        }
    }

    /// What the monitor knows.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The output the session tells what it does.
    pub fn output(&self) -> &O {
        &self.output
    }

    /// The output, to change how it prints (e.g. `tail --alerts`).
    pub fn output_mut(&mut self) -> &mut O {
        &mut self.output
    }

    /// The connection's state; `None` before the first connect.
    pub fn status(&self) -> Option<&ConnectionStatus> {
        self.status.as_ref()
    }

    /// How much of the REST request budget is in use, once lookups ran.
    pub fn budget(&self) -> Option<&BudgetUse> {
        self.budget.as_ref()
    }

    /// When the last event arrived.
    pub fn last_event_at(&self) -> Option<DateTime<Utc>> {
        self.last_event_at
    }

    /// What the last resync found, and when.
    pub fn last_resync(&self) -> Option<&(DateTime<Utc>, Vec<Summary>)> {
        self.last_resync.as_ref()
    }

    /// What the last load of today's arrivals found, and when.
    pub fn last_arrivals(&self) -> Option<&(DateTime<Utc>, Vec<Summary>)> {
        self.last_arrivals.as_ref()
    }

    /// What the last load of guests' names found, and when: how many came, how
    /// many Mews did not return, or why none could be loaded.
    pub fn last_guests(&self) -> Option<&(DateTime<Utc>, Summary)> {
        self.last_guests.as_ref()
    }

    /// How the connection reaches Mews, once connecting.
    pub fn route(&self) -> Option<&Route> {
        self.route.as_ref()
    }

    /// Where history is kept, when it is.
    pub(crate) fn history_path(&self) -> Option<&Path> {
        self.history_path.as_deref()
    }

    /// The problems met so far.
    pub fn problems(&self) -> &Problems {
        &self.problems
    }

    /// Reports a problem: shown in the problems list, kept in history (in English),
    /// told to the output.
    pub fn report_problem(&mut self, at: DateTime<Utc>, trouble: Trouble) {
        self.output.note(at, Note::Problem(&trouble));
        self.history.record(Record::Problem {
            at,
            text: trouble.to_string(),
        });
        self.problems.push(at, trouble);
    }

    /// Pins or unpins a room on the watch list.
    pub fn pin_room(&mut self, room_id: &str, pinned: bool) {
        self.store.alerts.set_pinned(room_id, pinned);
    }

    /// Puts an arrival on the desk's waiting queue at `at`, or takes it off. The
    /// queue keeps reservation ids only, until the hotel's day ends.
    pub fn set_waiting(&mut self, reservation_id: &str, waiting: bool, at: DateTime<Utc>) {
        self.store.guests.set_queued(reservation_id, waiting, at);
    }

    /// Sets what "ready for check-in" means.
    pub fn set_ready_rule(&mut self, rule: ReadyRule) {
        self.store.alerts.rule = rule;
    }

    /// Restores the log from the history at `path` and keeps writing there.
    ///
    /// A damaged file is moved aside and a fresh one started; the problems list says so.
    /// `wake` is called when the writer has news for the next pump (history paused
    /// or resumed).
    pub fn open_history(
        &mut self,
        path: &Path,
        retention: Retention,
        wake: Wake,
    ) -> Result<(), HistoryError> {
        let restored = restore::load(path, retention, self.store.log.capacity(), wake)?;
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

    /// While history cannot be written: how many events wait and how many it missed.
    pub fn history_paused(&self) -> Option<PauseState> {
        self.history.paused()
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
                self.history_not_kept(&error);
            }
        }
    }

    /// Says in the problems list (and history, if any) that history is not kept.
    pub fn history_not_kept(&mut self, error: &HistoryError) {
        self.report_problem(
            Utc::now(),
            Trouble::HistoryNotKept {
                detail: error.to_string(),
            },
        );
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
            self.report_problem(Utc::now(), Trouble::HistoryDamaged { moved_to: moved });
        }
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
                Some(lookup::spawn(rest, LANGUAGE.into(), wake.clone(), runtime))
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
    pub(crate) fn disconnect(&mut self) {
        if self.link.take().is_some() {
            self.set_status(ConnectionStatus::Stopped, Utc::now());
        }
        // The next connection may be to another hotel: its guests are asked for afresh.
        self.store.guests.clear();
    }

    /// Closes the connection and waits until the socket is closed (a command ending).
    pub async fn shutdown(&mut self) {
        if let Some(link) = self.link.take() {
            link.handle.shutdown().await;
        }
    }

    /// Whether a connection is open or being tried.
    pub fn is_linked(&self) -> bool {
        self.link.is_some()
    }

    /// Whether lookups can be asked for (connected, with REST).
    fn has_lookups(&self) -> bool {
        self.link
            .as_ref()
            .is_some_and(|link| link.lookups.is_some())
    }

    fn lookup(&self, request: LookupRequest) {
        if let Some((lookups, _)) = self.link.as_ref().and_then(|link| link.lookups.as_ref()) {
            lookups.request(request);
        }
    }

    fn set_status(&mut self, status: ConnectionStatus, at: DateTime<Utc>) {
        self.output.note(at, Note::Status(&status));
        self.history.record(Record::Status {
            at,
            text: status.summary(),
        });
        self.status = Some(status);
    }

    /// Keeps a summary in history and tells the output.
    fn note_status(&mut self, at: DateTime<Utc>, note: Note<'_>) {
        let text = note.english();
        self.output.note(at, note);
        self.history.record(Record::Status { at, text });
    }
}
