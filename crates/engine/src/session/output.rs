//! What a session tells whoever runs it besides the store: each event between
//! numbering and applying, every status, problem and summary as it is kept in
//! history, and alerts as they fire.
//!
//! The window needs none of it ([`Quiet`]): it draws from the store. `tail`
//! prints it (the app's `cli::tail`). Either way the session handles frames and
//! lookups in one place, so what is shown is what history keeps.

use chrono::{DateTime, Utc};

use super::Summary;
use crate::net::ConnectionStatus;
use crate::net::lookup::LookupEvent;
use crate::trouble::Trouble;
use monitor_core::store::{Alert, Alerts, Applied, Store};

/// A line the session keeps in history (in English) and tells its output (which
/// says it in the desk's words).
#[derive(Clone, Copy, Debug)]
pub enum Note<'a> {
    /// The connection's state changed.
    Status(&'a ConnectionStatus),
    /// Something went wrong.
    Problem(&'a Trouble),
    /// The rooms were reloaded from Mews.
    Resync(&'a Summary),
    /// Other summaries said together (arrivals loaded, reservations changed while offline,
    /// guests' names loaded).
    Summary(&'a [Summary]),
}

impl Note<'_> {
    /// The note in English, as history keeps it.
    pub fn english(&self) -> String {
        match self {
            Note::Status(status) => status.summary(),
            Note::Problem(trouble) => trouble.to_string(),
            Note::Resync(summary) => summary.to_string(),
            Note::Summary(summaries) => Summary::english(summaries),
        }
    }
}

/// Receives what a session does, as it does it. Every method has a do-nothing default.
pub trait Output {
    /// An event just applied: what it changed (and the store as it is now).
    fn event(&mut self, _applied: &Applied<'_>) {}

    /// A status, problem or summary, as history keeps it.
    fn note(&mut self, _at: DateTime<Utc>, _note: Note<'_>) {}

    /// A lookup result, before the store takes it in; `alerts` may be changed (watched rooms).
    fn lookup(&mut self, _found: &LookupEvent, _alerts: &mut Alerts) {}

    /// Whether alerts are delivered here as they fire (and so acknowledged at once);
    /// otherwise they wait in the store for [`Session::take_fresh_alerts`](super::Session::take_fresh_alerts).
    fn delivers_alerts(&self) -> bool {
        false
    }

    /// An alert that just fired (only when [`delivers_alerts`](Self::delivers_alerts));
    /// `store` names a waiting guest ([`Store::alert_message`]).
    fn alert(&mut self, _alert: &Alert, _store: &Store) {}

    /// A pump has ended (the waiting messages are handled, or its time is up): a
    /// good moment to flush.
    fn flush(&mut self) {}

    /// Whether the session may wait while history writes (a command with nothing
    /// else to do waits, which slows the socket); otherwise it stops pumping
    /// while history is behind, so a window never freezes.
    fn waits_for_history(&self) -> bool {
        false
    }

    /// Whether to take no more events (the session stops between two).
    fn finished(&self) -> bool {
        false
    }
}

/// The output of a session whose store is drawn: nothing besides it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Quiet;

impl Output for Quiet {}
