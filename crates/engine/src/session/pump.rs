//! The one path frames and lookup results take into the store: numbered,
//! told to the output, applied, kept in history.

use std::time::Instant;

use chrono::{DateTime, Utc};

use crate::history::Record;
use crate::net::lookup::{LookupEvent, LookupRequest};
use crate::net::{ConnectionStatus, NetEvent};
use crate::trouble::Trouble;
use monitor_core::protocol::{Event, EventKind, ParseProblem};
use monitor_core::store::{Alert, LOG_SPAN};

use super::Session;

/// How often the day's guests are looked over for ones to ask Mews about again.
const GUEST_CHECK: chrono::TimeDelta = chrono::TimeDelta::seconds(30);
use super::output::{Note, Output};
use super::summary::{
    Summary, arrivals_due, arrivals_summary, changed_summary, lookups_for, lookups_on_connect,
    rooms_summary,
};

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

enum Source {
    Net(NetEvent),
    Lookup(LookupEvent),
}

impl<O: Output> Session<O> {
    /// Applies waiting messages until `deadline` (or until history falls behind,
    /// or the output has had enough), then lets the output flush.
    pub fn pump(&mut self, deadline: Instant) -> Pumped {
        let mut pumped = Pumped::default();
        for problem in self.history.take_problems() {
            self.report_problem(Utc::now(), problem);
            pumped.changed = true;
        }
        let pumped = self.pump_until(deadline, pumped);
        self.output.flush();
        pumped
    }

    fn pump_until(&mut self, deadline: Instant, mut pumped: Pumped) -> Pumped {
        loop {
            // History falling behind: leave the rest in the engine's channel, which
            // slows the socket, rather than wait here with the window frozen.
            if self.history.is_behind() && !self.output.waits_for_history() {
                pumped.more = true;
                return pumped;
            }
            let was_loading = self.loading.is_some();
            if self.still_loading() {
                return pumped;
            }
            pumped.changed |= was_loading;
            if self.output.finished() {
                return pumped;
            }
            let Some(next) = self.next_message() else {
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

    /// The engine's next message, else the lookups'.
    fn next_message(&mut self) -> Option<Source> {
        let link = self.link.as_mut()?;
        match link.events.try_next() {
            Some(event) => Some(Source::Net(event)),
            None => link
                .lookups
                .as_mut()
                .and_then(|(_, found)| found.try_next())
                .map(Source::Lookup),
        }
    }

    /// Alerts raised since the last call (already kept in history), for desktop
    /// notifications.
    pub fn take_fresh_alerts(&mut self) -> Vec<Alert> {
        std::mem::take(&mut self.unnotified)
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

    /// Keeps the alerts the store just raised in history, and hands them to an output that
    /// delivers them (delivered is acknowledged) or keeps them for [`Session::take_fresh_alerts`].
    fn deliver_alerts(&mut self) {
        for alert in self.store.alerts.take_fresh() {
            self.history.record(Record::Alert(alert.clone()));
            if self.output.delivers_alerts() {
                self.acknowledge_alert(alert.id);
                self.output.alert(&alert, &self.store);
            } else {
                self.unnotified.push(alert);
            }
        }
    }

    /// Handles one message from the engine.
    pub fn handle(&mut self, event: NetEvent) {
        match event {
            NetEvent::Frame {
                received,
                events,
                problems,
            } => self.take_frame(received, events, problems),
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
            NetEvent::Problem { at, trouble } => self.report_problem(at, trouble),
        }
    }

    /// Numbers, shows, applies and keeps each event of a frame, in order.
    fn take_frame(
        &mut self,
        received: DateTime<Utc>,
        events: Vec<Event>,
        problems: Vec<ParseProblem>,
    ) {
        for problem in problems {
            self.report_problem(received, Trouble::Unreadable(problem));
        }
        for request in lookups_for(self.store.labels.unknowns(&events)) {
            self.lookup(request);
        }
        let stays_changed = events
            .iter()
            .any(|event| event.kind() == EventKind::Reservation);
        for event in events {
            if self.output.finished() {
                break;
            }
            let applied = self.store.apply(received, event);
            self.output.event(&applied);
            if self.history.keeps() {
                self.history.record(Record::event(applied.entry));
            }
            self.deliver_alerts();
        }
        self.last_event_at = Some(received);
        self.in_touch_at = Some(received);
        if stays_changed {
            self.ask_for_guests(received);
        }
    }

    /// Takes in one lookup result.
    pub fn learn(&mut self, found: LookupEvent) {
        let now = Utc::now();
        self.output.lookup(&found, &mut self.store.alerts);
        match found {
            LookupEvent::Hotel(hotel) => self.store.labels.hotel = Some(hotel),
            LookupEvent::Rooms { records, at } => {
                let changed = self.store.seed_rooms(&records, at);
                let summary = rooms_summary(&self.store, records.len(), &changed);
                self.note_status(now, Note::Resync(&summary));
                self.last_resync = Some((at, vec![summary]));
            }
            LookupEvent::Rates(rates) => self.store.labels.add_rates(rates),
            LookupEvent::Commands(commands) => self.store.labels.add_commands(commands),
            LookupEvent::Reservations(reservations) => {
                self.store.guests.learn_accounts(&reservations);
                self.store.labels.add_reservations(reservations);
                self.ask_for_guests(now);
            }
            LookupEvent::Customers { asked, found } => match found {
                Ok(found) => {
                    let summary = Summary::Guests {
                        asked: asked.len(),
                        found: found.len(),
                    };
                    // History hears of new names only, not of each refresh.
                    if self.store.guests.learn_customers(&asked, found, now) > 0 {
                        self.note_status(now, Note::Summary(std::slice::from_ref(&summary)));
                    }
                    self.last_guests = Some((now, summary));
                }
                Err(why) => {
                    self.store.guests.customers_failed(&asked, &why, now);
                    let summary = Summary::GuestsFailed {
                        asked: asked.len(),
                        why,
                    };
                    self.last_guests = Some((now, summary));
                }
            },
            LookupEvent::Arrivals { day, records, at } => {
                let changed = self.store.seed_arrivals(day, &records, at);
                let summary = arrivals_summary(&self.store, &records, &changed);
                self.note_status(now, Note::Summary(&summary));
                self.last_arrivals = Some((at, summary));
                self.ask_for_guests(now);
            }
            LookupEvent::Changed { records, at, .. } => {
                let changed = self.store.seed_reservations(&records, at);
                self.ask_for_guests(now);
                if !changed.is_empty() {
                    let summary = changed_summary(&self.store, &changed);
                    self.note_status(now, Note::Summary(std::slice::from_ref(&summary)));
                    let mut summaries = self.last_resync.take().map(|(_, s)| s).unwrap_or_default();
                    summaries.push(summary);
                    self.last_resync = Some((at, summaries));
                }
            }
            LookupEvent::Budget(budget) => self.budget = Some(budget),
            LookupEvent::Problem(trouble) => self.report_problem(now, trouble),
        }
        self.deliver_alerts();
    }

    /// Asks for the arrivals' guests not yet asked for, or asked for too long ago
    /// (when connected).
    fn ask_for_guests(&mut self, now: DateTime<Utc>) {
        if self.has_lookups() {
            let ids = self.store.customers_to_ask(now);
            if !ids.is_empty() {
                self.lookup(LookupRequest::Customers(ids));
            }
        }
    }

    /// Keeps time-bound views current: once the hotel's day has ended, asks
    /// for the new day's arrivals (once per day), and the log forgets events
    /// older than [`LOG_SPAN`]. Call now and then (each frame).
    pub fn tick(&mut self, now: DateTime<Utc>) {
        if let Some(request) = arrivals_due(&self.store, &mut self.asked_arrivals_for, now) {
            self.lookup(request);
        }
        // Memory stays flat however long the window runs: older events are in history.
        self.store.log.forget_before(now - LOG_SPAN);
        // Guests' names are the day's only; Mews sends no events for them, so they
        // are asked for again now and then (reception marks a guest waiting in Mews).
        self.store.end_day_if_over(now);
        if self
            .guests_checked_at
            .is_none_or(|at| now - at >= GUEST_CHECK || now < at)
        {
            self.guests_checked_at = Some(now);
            self.ask_for_guests(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{HistoryWriter, QUEUE};
    use monitor_core::protocol::parse_frame;
    use monitor_core::store::Store;

    #[test]
    fn a_tick_forgets_events_older_than_a_day_from_memory() {
        let mut session = Session::new(Store::default());
        let now = Utc::now();
        for (age, id) in [(25, "old"), (1, "new")] {
            session.handle(NetEvent::Frame {
                received: now - chrono::TimeDelta::hours(age),
                events: parse_frame(&format!(
                    r#"{{"Events":[{{"Type":"Resource","Id":"{id}","State":"Dirty"}}]}}"#
                ))
                .events,
                problems: Vec::new(),
            });
        }
        session.tick(now);
        let kept: Vec<_> = session
            .store
            .log
            .iter_from(0)
            .map(|e| e.event.id())
            .collect();
        assert_eq!(kept, [Some("new")]);
        assert_eq!(session.store.log.dropped(), 1);
        assert!(
            session.store.rooms.get("old").is_some(),
            "the room itself is still known"
        );
    }

    #[test]
    fn events_keep_reaching_the_store_when_the_history_writer_is_gone() {
        let mut session = Session::new(Store::default());
        session.history.writer = Some(HistoryWriter::with_thread_gone());
        let frame = r#"{"Events":[{"Type":"Resource","Id":"r1","State":"Dirty"}]}"#;
        for _ in 0..QUEUE {
            session.handle(NetEvent::Frame {
                received: Utc::now(),
                events: parse_frame(frame).events,
                problems: Vec::new(),
            });
        }
        assert_eq!(session.store().total_events(), QUEUE as u64);
        assert!(!session.history.is_behind(), "nothing counts as queued");
        let pumped = session.pump(Instant::now());
        assert!(pumped.changed, "the problem is news for the window");
        let problems: Vec<&Trouble> = session
            .problems()
            .iter()
            .map(|problem| &problem.trouble)
            .collect();
        assert_eq!(problems, [&Trouble::HistoryStopped], "said once");
    }
}
