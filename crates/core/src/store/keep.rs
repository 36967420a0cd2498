//! What the live tables keep: the reservations, device commands and price
//! updates the views need, not every id ever seen (history on disk keeps all).
//!
//! Every [`EVERY`] events the store forgets reservations that ended more than
//! [`ENDED_FOR`] ago, commands and price updates not updated for as long, and
//! beyond a cap per table the rows updated longest ago: a revenue system's
//! thousands of price updates a day cost a bounded amount of memory. Names
//! learnt for ids no table, log entry or open alert holds any more go too.
//!
//! A day, like the event log ([`LOG_SPAN`](super::LOG_SPAN)): the desk works
//! with today and yesterday, and a window open for weeks then holds the same
//! after its first day as after its fifth (the soak bench saw tables kept for
//! three days fill through the fourth).

use chrono::{DateTime, Duration, Utc};

use super::Store;
use crate::protocol::EventBody;

/// How often (in events) the tables are trimmed.
pub(crate) const EVERY: u64 = 4_096;
/// How long after its end a reservation stays in the table, and how long an
/// unchanged command or price update does.
pub(crate) const ENDED_FOR: Duration = Duration::days(1);
/// The most reservations kept.
pub(crate) const MAX_RESERVATIONS: usize = 50_000;
/// The most device commands kept.
pub(crate) const MAX_COMMANDS: usize = 20_000;
/// The most price updates kept (the newest).
pub(crate) const MAX_PRICES: usize = 10_000;

impl Store {
    /// Trims the tables when [`EVERY`] events went by since the last time; `now` is the
    /// receive time of the newest event.
    pub(super) fn keep_what_views_need(&mut self, now: DateTime<Utc>) {
        if self.next_seq < self.trim_at {
            return;
        }
        self.trim_at = self.next_seq + EVERY;
        let before = now - ENDED_FOR;
        let ended = self.reservations.forget(MAX_RESERVATIONS, |row| {
            row.value.end_utc.is_some_and(|end| end < before) && row.updated < before
        });
        if ended {
            self.reindex_reservations();
        }
        self.commands
            .forget(MAX_COMMANDS, |row| row.updated < before);
        self.prices.forget(MAX_PRICES, |row| row.updated < before);
        self.forget_unused_labels();
    }

    /// Forgets the names of reservations and commands nothing shows any more.
    fn forget_unused_labels(&mut self) {
        let mut shown: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        shown.extend(self.reservations.rows().iter().map(|row| row.id.as_str()));
        shown.extend(self.commands.rows().iter().map(|row| row.id.as_str()));
        shown.extend(
            self.alerts
                .open()
                .iter()
                .filter_map(|a| a.waiting.as_deref()),
        );
        for entry in self.log.iter_from(0) {
            match &entry.event.body {
                EventBody::Reservation { id, .. } | EventBody::DeviceCommand { id, .. } => {
                    shown.insert(id);
                }
                _ => {}
            }
        }
        self.labels.keep_only(|id| shown.contains(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ReservationRecord, parse_frame};

    fn numbered(id: &str, number: &str) -> ReservationRecord {
        ReservationRecord {
            id: id.into(),
            number: Some(number.into()),
            state: None,
            assigned_resource_id: None,
            rate_id: None,
            scheduled_start_utc: None,
            scheduled_end_utc: None,
            account_id: None,
        }
    }

    fn at(hours: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + hours * 3_600, 0).expect("valid time")
    }

    #[test]
    fn old_reservations_and_price_updates_are_forgotten_and_arrivals_still_alert() {
        let mut store = Store::with_log_capacity(1_000);
        let ended = at(-100).to_rfc3339();
        let start = (at(0) + Duration::hours(2)).to_rfc3339();
        let frame = format!(
            r#"{{"Events":[
            {{"Type":"Reservation","Id":"gone","State":"Processed","EndUtc":"{ended}","AssignedResourceId":"r1"}},
            {{"Type":"Reservation","Id":"due","State":"Confirmed","StartUtc":"{start}","AssignedResourceId":"r2"}}]}}"#
        );
        store.apply_batch(at(-100), parse_frame(&frame).events);
        let unknowns = store
            .labels
            .unknowns(store.log.iter_from(0).map(|e| &e.event));
        assert_eq!(unknowns.reservations, ["gone", "due"]);
        store.labels.add_reservations(
            ["gone", "due"]
                .map(|id| numbered(id, &format!("N-{id}")))
                .into(),
        );
        for n in 0..MAX_PRICES + EVERY as usize {
            let price = format!(r#"{{"Events":[{{"Type":"PriceUpdate","Id":"p{n}"}}]}}"#);
            store.apply_batch(at(0), parse_frame(&price).events);
        }
        assert!(store.reservations.get("gone").is_none(), "ended days ago");
        assert!(store.reservations.get("due").is_some());
        assert_eq!(
            store.labels.reservation_number("gone"),
            None,
            "its name went too"
        );
        assert_eq!(store.labels.reservation_number("due"), Some("N-due"));
        let again = parse_frame(&frame).events;
        let unknowns = store.labels.unknowns(&again);
        assert_eq!(
            unknowns.reservations,
            ["gone"],
            "only a forgotten id is asked again"
        );
        assert!(store.prices.len() <= MAX_PRICES + EVERY as usize);
        assert!(
            store.prices.get("p0").is_none(),
            "the oldest price update went"
        );
        let last = format!("p{}", MAX_PRICES + EVERY as usize - 1);
        assert!(store.prices.get(&last).is_some(), "the newest stays");
        let inspected = r#"{"Events":[{"Type":"Resource","Id":"r2","State":"Inspected"}]}"#;
        store.apply_batch(at(0), parse_frame(inspected).events);
        let fresh = store.alerts.take_fresh();
        assert_eq!(fresh.len(), 1, "the room index still finds the arrival");
        assert_eq!(fresh[0].room_id, "r2");
    }
}
