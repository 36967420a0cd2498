//! The guests of the hotel's day: who each arrival is, who is a VIP, and who
//! is waiting for a room.
//!
//! Names and classifications are personal data. They live here, in memory
//! only, and nowhere else in the store: nothing here is written to history,
//! settings or logs (`Debug` shows no name), and [`Guests::clear`] drops them
//! all when the hotel's day ends. The desk's waiting queue keeps only
//! reservation ids, for the same day.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rustc_hash::FxHashMap;

use crate::protocol::{Classification, CustomerRecord, ReservationRecord};

/// A guest as the desk sees them. `Debug` hides the name and classifications.
#[derive(Clone, PartialEq, Eq)]
pub struct Guest {
    first_name: Option<String>,
    last_name: Option<String>,
    classifications: Vec<Classification>,
    /// When the monitor first saw Mews classify the guest as waiting for a room.
    waiting_since: Option<DateTime<Utc>>,
}

impl std::fmt::Debug for Guest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guest").finish_non_exhaustive()
    }
}

impl Guest {
    /// First and last name as Mews holds them ("Jiřina Nováková"); `None` when Mews has neither.
    pub fn name(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.first_name, &self.last_name]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// Every classification Mews gave, unknown ones included.
    pub fn classifications(&self) -> &[Classification] {
        &self.classifications
    }

    /// The guest's VIP level, `VeryImportant` before `Important`, if any.
    pub fn vip(&self) -> Option<&Classification> {
        self.classifications
            .iter()
            .filter(|value| value.is_vip())
            .min_by_key(|value| **value != Classification::VeryImportant)
    }

    /// Whether Mews classifies the guest as waiting for a room.
    pub fn waiting_in_mews(&self) -> bool {
        self.waiting_since.is_some()
    }
}

/// Why a guest's name could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// Mews did not return this customer (removed or merged).
    NotInMews,
    /// The request failed; the words say why (also in the problems list).
    NotLoaded(String),
}

/// What the monitor knows of an arrival's guest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuestView<'a> {
    /// Named by Mews.
    Known(&'a Guest),
    /// Asked for, no answer yet.
    Loading,
    /// Asked for, and no name came back.
    Unavailable(&'a Unavailable),
    /// The reservation names no guest the monitor knows of (yet).
    Unknown,
}

impl<'a> GuestView<'a> {
    /// The guest, when known.
    pub fn guest(self) -> Option<&'a Guest> {
        match self {
            GuestView::Known(guest) => Some(guest),
            _ => None,
        }
    }

    /// The guest's name, when known.
    pub fn name(self) -> Option<String> {
        self.guest().and_then(Guest::name)
    }

    /// Whether the guest is a VIP.
    pub fn is_vip(self) -> bool {
        self.guest().is_some_and(|guest| guest.vip().is_some())
    }

    /// Whether Mews classifies the guest as waiting for a room.
    pub fn waiting_in_mews(self) -> bool {
        self.guest().is_some_and(Guest::waiting_in_mews)
    }
}

/// How long a guest's name and classifications are trusted before they are asked
/// for again: Mews sends no events for customers, and reception marks a guest
/// waiting (or no longer) in Mews while they stand at the desk.
pub const REFRESH: Duration = Duration::minutes(3);
/// How long after a failed lookup it is tried again.
pub const RETRY: Duration = Duration::minutes(1);
/// How long a request may stay unanswered before its ids are asked for again.
const ANSWER_WITHIN: Duration = Duration::minutes(2);

#[derive(Clone, Debug)]
enum Customer {
    Known(Guest),
    Unavailable(Unavailable),
}

/// What Mews said of a customer, and when.
#[derive(Clone, Debug)]
struct Answer {
    customer: Customer,
    at: DateTime<Utc>,
}

impl Answer {
    /// Whether to ask again at `now`: a name after [`REFRESH`], a failure after [`RETRY`].
    fn is_stale(&self, now: DateTime<Utc>) -> bool {
        let keep = match self.customer {
            Customer::Unavailable(Unavailable::NotLoaded(_)) => RETRY,
            _ => REFRESH,
        };
        now - self.at >= keep
    }
}

/// The day's guests, the reservations naming them, and the desk's waiting queue.
#[derive(Clone, Debug, Default)]
pub struct Guests {
    /// Reservation id → customer id (`AccountId`).
    accounts: FxHashMap<String, String>,
    /// Customer id → what Mews said, and when.
    customers: FxHashMap<String, Answer>,
    /// Customer ids asked for and not yet answered, and when they were asked for.
    asked: FxHashMap<String, DateTime<Utc>>,
    /// Reservations the desk put on the waiting queue, and since when.
    queue: BTreeMap<String, DateTime<Utc>>,
    revision: u64,
}

impl Guests {
    /// Counts every change, so views know to order again.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Notes which customer each reservation names (company bookings name none).
    pub fn learn_accounts(&mut self, records: &[ReservationRecord]) {
        for record in records {
            if let Some(account) = &record.account_id
                && self.accounts.get(&record.id) != Some(account)
            {
                self.accounts.insert(record.id.clone(), account.clone());
                self.revision += 1;
            }
        }
    }

    /// The customer ids of these reservations to ask Mews for at `now`: never
    /// answered, answered longer ago than [`REFRESH`] (or [`RETRY`] after a
    /// failure), and not asked for already; they count as asked from now on.
    pub fn take_unasked<'r>(
        &mut self,
        reservations: impl Iterator<Item = &'r str>,
        now: DateTime<Utc>,
    ) -> Vec<String> {
        let mut wanted = Vec::new();
        for reservation in reservations {
            let Some(account) = self.accounts.get(reservation) else {
                continue;
            };
            let pending = self
                .asked
                .get(account)
                .is_some_and(|asked| now - *asked < ANSWER_WITHIN);
            let fresh = self
                .customers
                .get(account)
                .is_some_and(|answer| !answer.is_stale(now));
            if !pending && !fresh {
                self.asked.insert(account.clone(), now);
                wanted.push(account.clone());
            }
        }
        wanted
    }

    /// Takes Mews' answer for `asked` at `at`; those it did not return are
    /// unavailable. Returns how many guests were named for the first time.
    pub fn learn_customers(
        &mut self,
        asked: &[String],
        found: Vec<CustomerRecord>,
        at: DateTime<Utc>,
    ) -> usize {
        let mut named = 0;
        for record in found {
            self.asked.remove(&record.id);
            let waiting = record
                .classifications
                .contains(&Classification::WaitingForRoom);
            let seen_waiting = match self.customers.get(&record.id) {
                Some(Answer {
                    customer: Customer::Known(old),
                    ..
                }) => old.waiting_since,
                Some(_) => None,
                None => {
                    named += 1;
                    None
                }
            };
            let guest = Guest {
                first_name: record.first_name,
                last_name: record.last_name,
                classifications: record.classifications,
                waiting_since: waiting.then(|| seen_waiting.unwrap_or(at)),
            };
            self.answer(record.id, Customer::Known(guest), at);
        }
        for id in asked {
            if self.asked.remove(id).is_some() {
                self.answer(
                    id.clone(),
                    Customer::Unavailable(Unavailable::NotInMews),
                    at,
                );
            }
        }
        self.revision += 1;
        named
    }

    /// Notes that asking for `asked` failed at `at`, in words; a guest already
    /// named keeps their name, and every one is asked for again after [`RETRY`].
    pub fn customers_failed(&mut self, asked: &[String], reason: &str, at: DateTime<Utc>) {
        for id in asked {
            self.asked.remove(id);
            match self.customers.get_mut(id) {
                Some(Answer {
                    customer: Customer::Known(_),
                    at: when,
                }) => *when = at - REFRESH + RETRY,
                _ => self.answer(
                    id.clone(),
                    Customer::Unavailable(Unavailable::NotLoaded(reason.to_owned())),
                    at,
                ),
            }
        }
        self.revision += 1;
    }

    fn answer(&mut self, id: String, customer: Customer, at: DateTime<Utc>) {
        self.customers.insert(id, Answer { customer, at });
    }

    /// What is known of the guest of reservation `id`.
    pub fn of(&self, id: &str) -> GuestView<'_> {
        let Some(account) = self.accounts.get(id) else {
            return GuestView::Unknown;
        };
        match self.customers.get(account).map(|answer| &answer.customer) {
            Some(Customer::Known(guest)) => GuestView::Known(guest),
            Some(Customer::Unavailable(why)) => GuestView::Unavailable(why),
            None if self.asked.contains_key(account) => GuestView::Loading,
            None => GuestView::Unknown,
        }
    }

    /// Puts reservation `id` on the desk's waiting queue at `at`, or takes it off.
    pub fn set_queued(&mut self, id: &str, queued: bool, at: DateTime<Utc>) {
        let changed = if queued {
            self.queue.insert(id.to_owned(), at).is_none()
        } else {
            self.queue.remove(id).is_some()
        };
        if changed {
            self.revision += 1;
        }
    }

    /// Whether the desk put reservation `id` on the waiting queue.
    pub fn is_queued(&self, id: &str) -> bool {
        self.queue.contains_key(id)
    }

    /// Since when the guest of reservation `id` waits: on the desk's queue or
    /// classified so in Mews, whichever the monitor saw first.
    pub fn waiting_since(&self, id: &str) -> Option<DateTime<Utc>> {
        let queued = self.queue.get(id).copied();
        let in_mews = self.of(id).guest().and_then(|guest| guest.waiting_since);
        match (queued, in_mews) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Drops every name, classification and queued reservation (the hotel's day
    /// ended, or the monitor watches another hotel). Nothing to drop changes nothing.
    pub fn clear(&mut self) {
        let empty = self.accounts.is_empty()
            && self.customers.is_empty()
            && self.asked.is_empty()
            && self.queue.is_empty();
        if !empty {
            *self = Guests {
                revision: self.revision + 1,
                ..Guests::default()
            };
        }
    }

    /// How many guests are held in memory (names known).
    #[cfg(test)]
    pub(crate) fn known(&self) -> usize {
        self.customers
            .values()
            .filter(|answer| matches!(answer.customer, Customer::Known(_)))
            .count()
    }
}

/// `text` folded for searching: letters without accents, lower case
/// ("Nováková" → "novakova", "Łukasz" → "lukasz").
pub fn folded(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_764_800_000 + minutes * 60, 0).expect("valid")
    }

    fn reservation(id: &str, account: &str) -> ReservationRecord {
        ReservationRecord {
            id: id.into(),
            number: None,
            state: None,
            assigned_resource_id: None,
            rate_id: None,
            scheduled_start_utc: None,
            scheduled_end_utc: None,
            account_id: Some(account.into()),
        }
    }

    fn customer(id: &str, last: &str, classifications: &[&str]) -> CustomerRecord {
        CustomerRecord {
            id: id.into(),
            first_name: Some("Jiřina".into()),
            last_name: Some(last.into()),
            classifications: classifications
                .iter()
                .map(|value| Classification::from_wire(value))
                .collect(),
        }
    }

    #[test]
    fn a_guest_is_asked_for_once_then_known_or_unavailable() {
        let mut guests = Guests::default();
        guests.learn_accounts(&[reservation("r1", "c1"), reservation("r2", "c2")]);
        assert_eq!(guests.of("r1"), GuestView::Unknown);
        let asked = guests.take_unasked(["r1", "r2", "r3"].into_iter(), at(0));
        assert_eq!(asked, ["c1", "c2"]);
        assert!(guests.take_unasked(["r1"].into_iter(), at(0)).is_empty());
        assert_eq!(guests.of("r1"), GuestView::Loading);
        guests.learn_customers(
            &asked,
            vec![customer("c1", "Nováková", &["VeryImportant"])],
            at(0),
        );
        assert_eq!(guests.of("r1").name().as_deref(), Some("Jiřina Nováková"));
        assert!(guests.of("r1").is_vip());
        assert_eq!(
            guests.of("r2"),
            GuestView::Unavailable(&Unavailable::NotInMews)
        );
        assert_eq!(guests.known(), 1);
    }

    #[test]
    fn a_failed_lookup_is_said_and_asked_again_a_minute_later() {
        let mut guests = Guests::default();
        guests.learn_accounts(&[reservation("r1", "c1")]);
        let asked = guests.take_unasked(["r1"].into_iter(), at(0));
        guests.customers_failed(&asked, "Mews refused the request", at(0));
        assert!(matches!(
            guests.of("r1"),
            GuestView::Unavailable(Unavailable::NotLoaded(_))
        ));
        assert!(guests.take_unasked(["r1"].into_iter(), at(0)).is_empty());
        assert_eq!(
            guests.take_unasked(["r1"].into_iter(), at(1)),
            ["c1"],
            "after a minute"
        );
        // Named, then a refresh fails: the name stays, and is tried again a minute later.
        guests.learn_customers(&["c1".into()], vec![customer("c1", "Nováková", &[])], at(2));
        assert!(guests.take_unasked(["r1"].into_iter(), at(4)).is_empty());
        let asked = guests.take_unasked(["r1"].into_iter(), at(5));
        assert_eq!(asked, ["c1"], "refreshed after three minutes");
        guests.customers_failed(&asked, "no answer in time", at(5));
        assert_eq!(guests.of("r1").name().as_deref(), Some("Jiřina Nováková"));
        assert_eq!(guests.take_unasked(["r1"].into_iter(), at(6)), ["c1"]);
    }

    #[test]
    fn waiting_comes_from_mews_or_the_desk_and_keeps_its_first_time() {
        let mut guests = Guests::default();
        guests.learn_accounts(&[reservation("r1", "c1"), reservation("r2", "c2")]);
        let asked = guests.take_unasked(["r1", "r2"].into_iter(), at(0));
        let waiting = customer("c1", "Dvořák", &["WaitingForRoom", "Cashlist"]);
        guests.learn_customers(
            &asked,
            vec![waiting.clone(), customer("c2", "Wójcik", &[])],
            at(5),
        );
        assert_eq!(guests.waiting_since("r1"), Some(at(5)));
        // A refresh later keeps the time the wait was first seen; Mews lifting it ends it.
        assert_eq!(guests.learn_customers(&[], vec![waiting], at(30)), 0);
        assert_eq!(guests.waiting_since("r1"), Some(at(5)));
        let seated = customer("c1", "Dvořák", &[]);
        guests.learn_customers(&[], vec![seated], at(33));
        assert_eq!(guests.waiting_since("r1"), None);
        let waiting = customer("c1", "Dvořák", &["WaitingForRoom", "Cashlist"]);
        guests.learn_customers(&[], vec![waiting], at(36));
        assert_eq!(guests.waiting_since("r1"), Some(at(36)), "waiting again");
        assert_eq!(guests.waiting_since("r2"), None);
        guests.set_queued("r2", true, at(10));
        assert!(guests.is_queued("r2"));
        assert_eq!(guests.waiting_since("r2"), Some(at(10)));
        guests.set_queued("r2", false, at(11));
        assert_eq!(guests.waiting_since("r2"), None);
        let classes = guests
            .of("r1")
            .guest()
            .map(|g| g.classifications().to_vec());
        assert_eq!(
            classes,
            Some(vec![
                Classification::WaitingForRoom,
                Classification::Other("Cashlist".into())
            ])
        );
    }

    #[test]
    fn the_end_of_the_day_drops_every_name_and_the_queue() {
        let mut guests = Guests::default();
        guests.learn_accounts(&[reservation("r1", "c1")]);
        let asked = guests.take_unasked(["r1"].into_iter(), at(0));
        guests.learn_customers(&asked, vec![customer("c1", "Nováková", &[])], at(0));
        guests.set_queued("r1", true, at(1));
        let before = guests.revision();
        guests.clear();
        assert_eq!(guests.of("r1"), GuestView::Unknown);
        assert!(!guests.is_queued("r1"));
        assert_eq!(guests.known(), 0);
        assert!(guests.revision() > before);
        let cleared = guests.revision();
        guests.clear();
        assert_eq!(guests.revision(), cleared, "nothing left to drop");
        assert!(!format!("{guests:?}").contains("Nov"));
    }

    #[test]
    fn search_folds_accents_and_case() {
        assert!(folded("Jiřina Nováková").contains(&folded("novakova")));
        assert!(folded("Łukasz Wiśniewski").contains(&folded("LUKASZ wis")));
        assert!(folded("Nováková").contains(&folded("Nováková")));
    }
}
