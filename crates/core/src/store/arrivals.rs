//! Today's arrivals: reservations loaded from Mews (and kept current by
//! events), and the answer to "the guest is here: is their room ready?".
//!
//! Pure: the caller passes the hotel's day and the time. An arrival is a
//! confirmed or optional reservation scheduled to start on the hotel's day;
//! one already checked in shows as arrived; canceled ones are not arrivals.
//! Each arrival carries what is known of its guest ([`GuestView`]) and, when
//! the guest waits at the desk, since when.

use chrono::{DateTime, Utc};

use crate::protocol::{HotelDay, ReservationRecord, ReservationState};

use super::Store;
use super::alerts::{Alert, ReadyRule};
use super::guests::{GuestView, folded};
use super::rooms::Room;
use super::tables::{ReservationRow, Tracked};

/// Where an arrival stands, in the order the desk wants to see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Readiness {
    /// The assigned room is ready under the hotel's rule.
    Ready,
    /// The assigned room is not ready yet.
    NotReady,
    /// No room is assigned yet.
    NoRoom,
    /// The guest has checked in.
    Arrived,
}

impl Readiness {
    /// Every readiness, in the order the desk wants to see them.
    pub const ALL: [Readiness; 4] = [
        Readiness::Ready,
        Readiness::NotReady,
        Readiness::NoRoom,
        Readiness::Arrived,
    ];

    /// The word the desk reads: "Ready", "Not ready", "No room", "Arrived".
    pub fn label(self) -> &'static str {
        match self {
            Readiness::Ready => "Ready",
            Readiness::NotReady => "Not ready",
            Readiness::NoRoom => "No room",
            Readiness::Arrived => "Arrived",
        }
    }
}

/// One arrival as the Arrivals view and `mews-monitor arrivals` show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrival<'a> {
    /// The reservation's id.
    pub id: &'a str,
    /// The reservation number staff quote, once known.
    pub number: Option<&'a str>,
    /// Scheduled arrival.
    pub arrival_utc: Option<DateTime<Utc>>,
    /// The reservation's state.
    pub state: &'a ReservationState,
    /// The assigned room's id.
    pub room_id: Option<&'a str>,
    /// The assigned room, when the monitor knows it.
    pub room: Option<&'a Room>,
    /// Ready, not ready, no room, or arrived.
    pub readiness: Readiness,
    /// Whether the reservation changed while the monitor was out of touch.
    pub changed_offline: bool,
    /// What is known of the guest.
    pub guest: GuestView<'a>,
    /// Since when the guest waits for the room (Mews' `WaitingForRoom`, or the
    /// desk's queue), unless they have checked in.
    pub waiting_since: Option<DateTime<Utc>>,
    /// Whether the desk put the arrival on the waiting queue.
    pub queued: bool,
}

impl Arrival<'_> {
    /// The number, or a short form of the id while the number is unknown.
    pub fn display_number(&self) -> &str {
        self.number.unwrap_or_else(|| super::short_id(self.id))
    }

    /// Whether the arrival matches a search: `query` (already [`folded`]) in the
    /// guest's name or the reservation number, accents and case ignored.
    pub fn matches(&self, query: &str) -> bool {
        query.is_empty()
            || folded(self.display_number()).contains(query)
            || self
                .guest
                .name()
                .is_some_and(|name| folded(&name).contains(query))
    }

    /// The room's name, or a short form of its id.
    pub fn room_name(&self) -> Option<&str> {
        match (self.room, self.room_id) {
            (Some(room), _) => Some(room.display_name()),
            (None, Some(id)) => Some(super::short_id(id)),
            (None, None) => None,
        }
    }
}

/// How many of the day's arrivals are ready, waiting, and already in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArrivalCounts {
    /// Arrivals not checked in whose room is ready.
    pub ready: usize,
    /// Arrivals not checked in.
    pub waiting: usize,
    /// Arrivals checked in.
    pub arrived: usize,
}

/// Whether `row` arrives on `day`: confirmed or optional (waiting) or checked in.
pub(crate) fn arrives_on(row: &ReservationRow, day: &HotelDay) -> bool {
    matches!(
        row.state,
        ReservationState::Confirmed | ReservationState::Optional | ReservationState::Started
    ) && row.start_utc.is_some_and(|start| day.contains(start))
}

impl Store {
    /// The hotel's day whose arrivals were loaded last, if any.
    pub fn arrivals_day(&self) -> Option<&HotelDay> {
        self.arrivals_day.as_ref()
    }

    /// Takes the stays of `day` (arrivals, guests in house, departures) as Mews
    /// listed them at `at`; returns the reservations that differ from what the
    /// monitor knew (changed offline). A new day drops the last day's guests.
    pub fn seed_arrivals(
        &mut self,
        day: HotelDay,
        records: &[ReservationRecord],
        at: DateTime<Utc>,
    ) -> Vec<String> {
        if self.arrivals_day.is_some_and(|old| old.date != day.date) {
            self.guests.clear();
        }
        self.arrivals_day = Some(day);
        self.seed_reservations(records, at)
    }

    /// Drops every guest's name, classifications and the waiting queue once
    /// the loaded hotel's day has ended at `now`. Call now and then.
    pub fn end_day_if_over(&mut self, now: DateTime<Utc>) {
        if self.arrivals_day.is_some_and(|day| now >= day.end_utc) {
            self.guests.clear();
        }
    }

    /// The customers of the day's arrivals to ask Mews for at `now`: new ones,
    /// and those last asked for longer ago than [`REFRESH`](super::guests::REFRESH)
    /// (Mews sends no customer events). From now on they count as asked (answer
    /// with [`Guests::learn_customers`](super::Guests::learn_customers)). None
    /// once the day is over.
    pub fn customers_to_ask(&mut self, now: DateTime<Utc>) -> Vec<String> {
        let Some(day) = self.arrivals_day.filter(|day| now < day.end_utc) else {
            return Vec::new();
        };
        let arriving = self
            .reservations
            .rows()
            .iter()
            .filter(|row| arrives_on(&row.value, &day))
            .map(|row| row.id.as_str());
        self.guests.take_unasked(arriving, now)
    }

    /// The reservation of the guest an alert's room is for, while they still
    /// wait (not checked in, still waiting in Mews or on the desk's queue).
    pub fn waiting_for<'a>(&self, alert: &'a Alert) -> Option<&'a str> {
        let reservation = alert.waiting.as_deref()?;
        let in_house = self
            .reservations
            .get(reservation)
            .is_some_and(|row| row.value.state == ReservationState::Started);
        (!in_house && self.guests.waiting_since(reservation).is_some()).then_some(reservation)
    }

    /// An alert in the desk's words: for a guest still waiting it names them and
    /// the room ("Jiřina Nováková (1234) is waiting: Room 101 is ready (Inspected)").
    /// On `tail`'s standard output only (the window says it in the desk's language);
    /// history keeps the alert without the name.
    pub fn alert_message(&self, alert: &Alert) -> String {
        let Some(reservation) = self.waiting_for(alert) else {
            return alert.message();
        };
        let number = self.number_of(reservation);
        let who = match self.guests.of(reservation).name() {
            Some(name) => format!("{name} ({number})"),
            None => format!("The guest of reservation {number}"),
        };
        format!("{who} is waiting: {}", alert.message())
    }

    /// The reservation's number staff quote, or a short form of its id until Mews
    /// told the number.
    pub fn number_of<'a>(&'a self, reservation: &'a str) -> &'a str {
        self.labels
            .reservation_number(reservation)
            .unwrap_or_else(|| super::short_id(reservation))
    }

    /// Takes reservations as Mews describes them now (a reload, not events);
    /// returns the ids of those that differ from what the monitor knew, which
    /// are marked as changed while offline.
    pub fn seed_reservations(
        &mut self,
        records: &[ReservationRecord],
        at: DateTime<Utc>,
    ) -> Vec<String> {
        let mut changed = Vec::new();
        for record in records {
            let old = self.reservations.get(&record.id).map(|row| &row.value);
            if old.is_some_and(|row| !row.differs_from(record)) {
                continue;
            }
            let known = old.is_some();
            let old_room = old.and_then(|row| row.assigned_resource_id.clone());
            let moved = old.is_none() || old_room != record.assigned_resource_id;
            let seq = self.next_seq;
            let position = self.reservations.learn(&record.id, seq, at, |old| {
                let state = record
                    .state
                    .clone()
                    .or_else(|| old.map(|row| row.state.clone()))
                    .unwrap_or(ReservationState::Other(String::new()));
                ReservationRow {
                    previous: super::tables::previous_of(
                        old.map(|row| (&row.state, &row.previous)),
                        &state,
                    ),
                    state,
                    start_utc: record.scheduled_start_utc,
                    end_utc: record.scheduled_end_utc,
                    assigned_resource_id: record.assigned_resource_id.clone(),
                    changed_offline: known,
                }
            });
            if moved {
                self.index_reservation_room(
                    position,
                    old_room,
                    record.assigned_resource_id.as_deref(),
                );
            }
            if known {
                changed.push(record.id.clone());
            }
        }
        self.guests.learn_accounts(records);
        self.labels.add_reservations(records.to_vec());
        changed
    }

    /// The arrivals of the loaded day: ready first, then not ready, then those
    /// with no room, then those already checked in; by arrival time within each.
    pub fn arrivals(&self, rule: ReadyRule) -> Vec<Arrival<'_>> {
        let Some(day) = &self.arrivals_day else {
            return Vec::new();
        };
        let mut arrivals: Vec<Arrival<'_>> = self
            .reservations
            .rows()
            .iter()
            .filter(|row| arrives_on(&row.value, day))
            .map(|row| self.arrival_of(row, rule))
            .collect();
        arrivals.sort_by(|a, b| {
            (a.readiness, a.arrival_utc, a.id).cmp(&(b.readiness, b.arrival_utc, b.id))
        });
        arrivals
    }

    /// The arrival of reservation `id`, if it arrives on the loaded day.
    pub fn arrival(&self, id: &str, rule: ReadyRule) -> Option<Arrival<'_>> {
        let day = self.arrivals_day.as_ref()?;
        let row = self.reservations.get(id)?;
        arrives_on(&row.value, day).then(|| self.arrival_of(row, rule))
    }

    fn arrival_of<'s>(&'s self, row: &'s Tracked<ReservationRow>, rule: ReadyRule) -> Arrival<'s> {
        let value = &row.value;
        let room_id = value.assigned_resource_id.as_deref();
        let room = room_id.and_then(|id| self.rooms.get(id));
        let readiness = match (&value.state, room_id, room) {
            (ReservationState::Started, ..) => Readiness::Arrived,
            (_, None, _) => Readiness::NoRoom,
            (_, Some(_), Some(room)) if room.state.as_ref().is_some_and(|s| rule.is_ready(s)) => {
                Readiness::Ready
            }
            _ => Readiness::NotReady,
        };
        Arrival {
            id: &row.id,
            number: self.labels.reservation_number(&row.id),
            arrival_utc: value.start_utc,
            state: &value.state,
            room_id,
            room,
            readiness,
            changed_offline: value.changed_offline,
            guest: self.guests.of(&row.id),
            waiting_since: (readiness != Readiness::Arrived)
                .then(|| self.guests.waiting_since(&row.id))
                .flatten(),
            queued: self.guests.is_queued(&row.id),
        }
    }
}

/// Today's arrivals in the order to show. The order is worked out again only when the
/// reservations, the rooms, the hotel's day or the ready rule changed; between those a
/// frame only looks its rows up again.
#[derive(Debug, Default)]
pub struct TodaysArrivals {
    /// Reservations, rooms, day and rule the order was worked out for.
    built_for: Option<(u64, u64, Option<HotelDay>, ReadyRule)>,
    /// Reservation ids in the order to show.
    order: Vec<String>,
    /// How many times the order was worked out.
    #[cfg(test)]
    builds: u64,
}

impl TodaysArrivals {
    /// The arrivals of the day loaded in `store`, in the order of [`Store::arrivals`].
    pub fn get<'s>(&mut self, store: &'s Store) -> Vec<Arrival<'s>> {
        let rule = store.alerts.rule;
        let key = (
            store.reservations.revision(),
            store.rooms.revision(),
            store.arrivals_day,
            rule,
        );
        if self.built_for != Some(key) {
            self.order = store
                .arrivals(rule)
                .iter()
                .map(|arrival| arrival.id.to_owned())
                .collect();
            self.built_for = Some(key);
            #[cfg(test)]
            {
                self.builds += 1;
            }
        }
        self.order
            .iter()
            .filter_map(|id| store.arrival(id, rule))
            .collect()
    }

    /// How many times the order was worked out.
    #[cfg(test)]
    pub(crate) fn builds(&self) -> u64 {
        self.builds
    }
}

/// Counts a day's arrivals for the status bar.
pub fn count(arrivals: &[Arrival<'_>]) -> ArrivalCounts {
    let mut counts = ArrivalCounts::default();
    for arrival in arrivals {
        match arrival.readiness {
            Readiness::Arrived => counts.arrived += 1,
            Readiness::Ready => {
                counts.ready += 1;
                counts.waiting += 1;
            }
            Readiness::NotReady | Readiness::NoRoom => counts.waiting += 1,
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ResourceState, parse_frame};

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().expect("valid time")
    }

    fn day() -> HotelDay {
        HotelDay::containing(Some("Pacific/Auckland"), utc("2026-11-30T20:00:00Z")).expect("zone")
    }

    fn record(id: &str, state: &str, start: &str, room: Option<&str>) -> ReservationRecord {
        ReservationRecord {
            id: id.into(),
            number: Some(format!("N-{id}")),
            state: Some(ReservationState::from_wire(state)),
            assigned_resource_id: room.map(str::to_owned),
            rate_id: None,
            scheduled_start_utc: Some(utc(start)),
            scheduled_end_utc: Some(utc(start) + chrono::Duration::days(2)),
            account_id: None,
        }
    }

    fn store_with_rooms() -> Store {
        let mut store = Store::default();
        let frame = parse_frame(
            r#"{"Events":[
                {"Type":"Resource","Id":"r-ready","State":"Inspected"},
                {"Type":"Resource","Id":"r-dirty","State":"Dirty"},
                {"Type":"Resource","Id":"r-clean","State":"Clean"}]}"#,
        );
        store.apply_batch(utc("2026-11-30T19:00:00Z"), frame.events);
        store
    }

    #[test]
    fn arrivals_are_ordered_ready_then_not_ready_then_no_room_then_arrived() {
        let mut store = store_with_rooms();
        let records = [
            record(
                "late-ready",
                "Confirmed",
                "2026-12-01T05:00:00Z",
                Some("r-ready"),
            ),
            record("dirty", "Optional", "2026-11-30T23:00:00Z", Some("r-dirty")),
            record("no-room", "Confirmed", "2026-11-30T12:00:00Z", None),
            record("in", "Started", "2026-11-30T11:30:00Z", Some("r-clean")),
            record(
                "early-ready",
                "Confirmed",
                "2026-11-30T11:00:00Z",
                Some("r-ready"),
            ),
            record("gone", "Canceled", "2026-11-30T13:00:00Z", Some("r-dirty")),
            record(
                "tomorrow",
                "Confirmed",
                "2026-12-01T11:00:00Z",
                Some("r-ready"),
            ),
        ];
        assert!(
            store
                .seed_arrivals(day(), &records, utc("2026-11-30T20:00:00Z"))
                .is_empty()
        );
        let arrivals = store.arrivals(ReadyRule::Inspected);
        let order: Vec<(&str, Readiness)> = arrivals
            .iter()
            .map(|arrival| (arrival.id, arrival.readiness))
            .collect();
        assert_eq!(
            order,
            [
                ("early-ready", Readiness::Ready),
                ("late-ready", Readiness::Ready),
                ("dirty", Readiness::NotReady),
                ("no-room", Readiness::NoRoom),
                ("in", Readiness::Arrived),
            ]
        );
        assert_eq!(arrivals[0].display_number(), "N-early-ready");
        assert_eq!(
            count(&arrivals),
            ArrivalCounts {
                ready: 2,
                waiting: 4,
                arrived: 1
            }
        );
    }

    #[test]
    fn a_waiting_guest_is_named_on_the_card_in_the_waiting_list_and_in_the_alert() {
        use crate::protocol::{Classification, CustomerRecord};
        let mut store = store_with_rooms();
        let mut waiting = record("w", "Confirmed", "2026-11-30T22:00:00Z", Some("r-dirty"));
        waiting.account_id = Some("c-w".into());
        let mut queued = record("q", "Confirmed", "2026-11-30T21:00:00Z", Some("r-clean"));
        queued.account_id = Some("c-q".into());
        store.seed_arrivals(day(), &[waiting, queued], utc("2026-11-30T20:00:00Z"));
        let now = utc("2026-11-30T20:00:00Z");
        let asked = store.customers_to_ask(now);
        assert_eq!(asked, ["c-w", "c-q"]);
        assert!(store.customers_to_ask(now).is_empty(), "asked once");
        let guest = CustomerRecord {
            id: "c-w".into(),
            first_name: Some("Jiřina".into()),
            last_name: Some("Nováková".into()),
            classifications: vec![Classification::WaitingForRoom, Classification::Important],
        };
        store
            .guests
            .learn_customers(&asked, vec![guest], utc("2026-11-30T20:01:00Z"));
        store
            .guests
            .set_queued("q", true, utc("2026-11-30T20:05:00Z"));
        let waiting: Vec<&str> = store
            .arrivals(ReadyRule::Inspected)
            .iter()
            .filter(|arrival| arrival.waiting_since.is_some())
            .map(|arrival| arrival.id)
            .collect();
        assert_eq!(waiting, ["q", "w"], "both wait");
        let card = store.arrival("w", ReadyRule::Inspected).expect("arrival");
        assert_eq!(card.guest.name().as_deref(), Some("Jiřina Nováková"));
        assert!(card.guest.is_vip() && card.matches(&folded("novakova")));
        assert!(card.matches(&folded("N-w")) && !card.matches("dvorak"));
        let other = store.arrival("q", ReadyRule::Inspected).expect("arrival");
        assert!(other.queued && matches!(other.guest, GuestView::Unavailable(_)));
        // The room becomes ready: the alert names the waiting guest, for the desk only.
        let ready =
            parse_frame(r#"{"Events":[{"Type":"Resource","Id":"r-dirty","State":"Inspected"}]}"#);
        store.apply_batch(utc("2026-11-30T20:10:00Z"), ready.events);
        let alert = store.alerts.take_fresh().pop().expect("an alert");
        assert_eq!(alert.waiting.as_deref(), Some("w"));
        assert_eq!(
            store.alert_message(&alert),
            "Jiřina Nováková (N-w) is waiting: Room r is ready (Inspected)"
        );
        assert_eq!(alert.message(), "Room r is ready (Inspected)");
        // She checks in: the alert no longer says she waits.
        let started = parse_frame(
            r#"{"Events":[{"Type":"Reservation","Id":"w","State":"Started","StartUtc":"2026-11-30T22:00:00Z","AssignedResourceId":"r-dirty"}]}"#,
        );
        store.apply_batch(utc("2026-11-30T20:12:00Z"), started.events);
        assert_eq!(store.alert_message(&alert), "Room r is ready (Inspected)");
        assert_eq!(
            store.customers_to_ask(utc("2026-12-01T11:00:00Z")),
            Vec::<String>::new()
        );
        // The day ends: names and the queue are dropped.
        store.end_day_if_over(utc("2026-12-01T11:00:00Z"));
        assert_eq!(store.guests.known(), 0);
        let card = store.arrival("q", ReadyRule::Inspected).expect("arrival");
        assert!(!card.queued && card.guest == GuestView::Unknown);
    }

    #[test]
    fn the_clean_rule_counts_clean_rooms_as_ready() {
        let mut store = store_with_rooms();
        let records = [record(
            "a",
            "Confirmed",
            "2026-11-30T12:00:00Z",
            Some("r-clean"),
        )];
        store.seed_arrivals(day(), &records, utc("2026-11-30T20:00:00Z"));
        assert_eq!(
            store.arrivals(ReadyRule::Inspected)[0].readiness,
            Readiness::NotReady
        );
        assert_eq!(
            store.arrivals(ReadyRule::CleanOrInspected)[0].readiness,
            Readiness::Ready
        );
    }

    #[test]
    fn a_reload_marks_what_changed_and_an_event_clears_the_mark() {
        let mut store = store_with_rooms();
        let first = [
            record("a", "Confirmed", "2026-11-30T12:00:00Z", Some("r-dirty")),
            record("b", "Confirmed", "2026-11-30T13:00:00Z", None),
        ];
        store.seed_arrivals(day(), &first, utc("2026-11-30T20:00:00Z"));
        let later = [
            record("a", "Confirmed", "2026-11-30T12:00:00Z", Some("r-ready")),
            record("b", "Confirmed", "2026-11-30T13:00:00Z", None),
        ];
        let changed = store.seed_reservations(&later, utc("2026-11-30T21:00:00Z"));
        assert_eq!(changed, ["a"]);
        let a = store.reservations.get("a").expect("row");
        assert!(a.value.changed_offline);
        assert_eq!(a.events, 0, "a reload is not an event");
        assert_eq!(
            store.arrivals(ReadyRule::Inspected)[0].readiness,
            Readiness::Ready
        );
        let frame = parse_frame(
            r#"{"Events":[{"Type":"Reservation","Id":"a","State":"Started","StartUtc":"2026-11-30T12:00:00Z","AssignedResourceId":"r-ready"}]}"#,
        );
        store.apply_batch(utc("2026-11-30T22:00:00Z"), frame.events);
        let a = store.reservations.get("a").expect("row");
        assert!(!a.value.changed_offline);
        assert_eq!(a.value.state, ReservationState::Started);
    }

    #[test]
    fn an_arrival_known_only_from_mews_alerts_when_its_room_becomes_ready() {
        let mut store = store_with_rooms();
        let records = [record(
            "a",
            "Confirmed",
            "2026-11-30T22:00:00Z",
            Some("r-dirty"),
        )];
        store.seed_arrivals(day(), &records, utc("2026-11-30T20:00:00Z"));
        let frame =
            parse_frame(r#"{"Events":[{"Type":"Resource","Id":"r-dirty","State":"Inspected"}]}"#);
        store.apply_batch(utc("2026-11-30T20:05:00Z"), frame.events);
        let fresh = store.alerts.take_fresh();
        assert_eq!(fresh.len(), 1);
        assert_eq!(fresh[0].room_id, "r-dirty");
        assert_eq!(
            store
                .rooms
                .get("r-dirty")
                .and_then(|room| room.state.clone()),
            Some(ResourceState::Inspected)
        );
    }

    #[test]
    fn todays_arrivals_are_worked_out_again_only_when_what_orders_them_changed() {
        let mut store = store_with_rooms();
        let records = [
            record("a", "Confirmed", "2026-11-30T23:00:00Z", Some("r-dirty")),
            record("b", "Confirmed", "2026-11-30T22:00:00Z", Some("r-ready")),
        ];
        store.seed_arrivals(day(), &records, utc("2026-11-30T20:00:00Z"));
        let mut today = TodaysArrivals::default();
        let ids = |today: &mut TodaysArrivals, store: &Store| -> Vec<String> {
            today.get(store).iter().map(|a| a.id.to_owned()).collect()
        };
        assert_eq!(ids(&mut today, &store), ["b", "a"]);
        assert_eq!(ids(&mut today, &store), ["b", "a"]);
        assert_eq!(today.builds(), 1, "nothing changed between frames");
        // An event elsewhere (a price update) leaves the order alone.
        let price = parse_frame(r#"{"Events":[{"Type":"PriceUpdate","Id":"p-1"}]}"#);
        store.apply_batch(utc("2026-11-30T20:01:00Z"), price.events);
        assert_eq!(ids(&mut today, &store), ["b", "a"]);
        assert_eq!(today.builds(), 1);
        // The dirty room turns ready: both ready, so the earlier arrival leads.
        let ready =
            parse_frame(r#"{"Events":[{"Type":"Resource","Id":"r-dirty","State":"Inspected"}]}"#);
        store.apply_batch(utc("2026-11-30T20:02:00Z"), ready.events);
        assert_eq!(ids(&mut today, &store), ["b", "a"]);
        assert_eq!(today.builds(), 2);
        assert!(
            today
                .get(&store)
                .iter()
                .all(|a| a.readiness == Readiness::Ready)
        );
    }
}
