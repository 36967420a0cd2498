//! Each room's day at the front desk: vacant, arriving, departing, turnover or
//! stayover, from the stays assigned to it and the hotel's day.
//!
//! A checked-in stay ending on the day (or overdue) is departing; one ending
//! later is a stayover; a confirmed or optional stay starting on the day is
//! arriving; a departure and an arrival together make a turnover; none is
//! vacant. The stays come from the day's load (`CollidingUtc`) and are kept
//! current by Reservation events and the resync.

use chrono::{DateTime, Utc};

use crate::protocol::{HotelDay, ReservationState};

use super::Store;
use super::arrivals::arrives_on;

/// Who arrives in, leaves or stays in a room on the hotel's day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Occupancy {
    /// No stay today.
    Vacant,
    /// A guest arrives today; nobody leaves.
    Arriving,
    /// A guest in house leaves today; nobody arrives.
    Departing,
    /// A guest leaves and another arrives today.
    Turnover,
    /// A guest in house stays on.
    Stayover,
}

impl Occupancy {
    /// Every value, in the order the board's chips show them.
    pub const ALL: [Occupancy; 5] = [
        Occupancy::Vacant,
        Occupancy::Arriving,
        Occupancy::Departing,
        Occupancy::Turnover,
        Occupancy::Stayover,
    ];

    /// The value in machine output (`rooms`): `vacant`, `arriving`, `departing`,
    /// `turnover` or `stayover`.
    pub fn name(self) -> &'static str {
        match self {
            Occupancy::Vacant => "vacant",
            Occupancy::Arriving => "arriving",
            Occupancy::Departing => "departing",
            Occupancy::Turnover => "turnover",
            Occupancy::Stayover => "stayover",
        }
    }

    /// The place of this value in [`Occupancy::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A room's day: its occupancy, and the arrival it waits for, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoomDay<'a> {
    /// Vacant, arriving, departing, turnover or stayover.
    pub occupancy: Occupancy,
    /// The reservation arriving today (the earliest, if several).
    pub arrival: Option<&'a str>,
    /// When that guest is due.
    pub arrival_utc: Option<DateTime<Utc>>,
}

impl Store {
    /// The day of room `room_id`, once a hotel's day is loaded.
    pub fn room_day(&self, room_id: &str) -> Option<RoomDay<'_>> {
        let day = self.arrivals_day.as_ref()?;
        let mut departing = false;
        let mut staying = false;
        let mut arrival: Option<(&str, Option<DateTime<Utc>>)> = None;
        let rows = self.reservations.rows();
        let positions = self.reservations_by_room.get(room_id);
        for row in positions
            .into_iter()
            .flatten()
            .filter_map(|&at| rows.get(at))
        {
            let stay = &row.value;
            match in_house(&stay.state, stay.end_utc, day) {
                Some(true) => departing = true,
                Some(false) => staying = true,
                None if arrives_on(stay, day) => {
                    let earlier = arrival.is_none_or(|(_, at)| stay.start_utc < at);
                    if earlier {
                        arrival = Some((row.id.as_str(), stay.start_utc));
                    }
                }
                None => {}
            }
        }
        let occupancy = match (departing, staying, arrival.is_some()) {
            (_, true, _) => Occupancy::Stayover,
            (true, false, true) => Occupancy::Turnover,
            (true, false, false) => Occupancy::Departing,
            (false, false, true) => Occupancy::Arriving,
            (false, false, false) => Occupancy::Vacant,
        };
        Some(RoomDay {
            occupancy,
            arrival: arrival.map(|(id, _)| id),
            arrival_utc: arrival.and_then(|(_, at)| at),
        })
    }
}

/// For a checked-in stay: whether it leaves on `day` (or is overdue), or stays
/// on; `None` for a stay not in house.
fn in_house(state: &ReservationState, end: Option<DateTime<Utc>>, day: &HotelDay) -> Option<bool> {
    (*state == ReservationState::Started).then(|| end.is_some_and(|end| end < day.end_utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ReservationRecord, parse_frame};
    use chrono::Duration;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().expect("valid time")
    }

    fn day() -> HotelDay {
        HotelDay::containing(Some("Europe/Prague"), utc("2026-12-04T12:00:00Z")).expect("zone")
    }

    fn stay(id: &str, state: &str, start: &str, nights: i64, room: &str) -> ReservationRecord {
        let start = utc(start);
        ReservationRecord {
            id: id.into(),
            number: None,
            state: Some(ReservationState::from_wire(state)),
            assigned_resource_id: Some(room.into()),
            rate_id: None,
            scheduled_start_utc: Some(start),
            scheduled_end_utc: Some(start + Duration::days(nights)),
            account_id: None,
        }
    }

    #[test]
    fn every_room_gets_its_day_from_its_stays() {
        let mut store = Store::default();
        let records = [
            // Leaves today, another guest arrives: turnover.
            stay("out-1", "Started", "2026-12-01T10:00:00Z", 3, "turn"),
            stay("in-1", "Confirmed", "2026-12-04T14:00:00Z", 2, "turn"),
            // Leaves today: departing.
            stay("out-2", "Started", "2026-12-02T10:00:00Z", 2, "leave"),
            // Arrives today: arriving (the earlier of two).
            stay("in-2", "Optional", "2026-12-04T16:00:00Z", 1, "come"),
            stay("in-3", "Confirmed", "2026-12-04T13:00:00Z", 1, "come"),
            // In house until later: stayover; a guest who arrived today stays over too.
            stay("stay", "Started", "2026-12-03T10:00:00Z", 4, "stay"),
            stay("new", "Started", "2026-12-04T09:00:00Z", 2, "arrived"),
            // Checked out or canceled: vacant.
            stay("gone", "Processed", "2026-12-01T10:00:00Z", 3, "empty"),
            stay("no", "Canceled", "2026-12-04T15:00:00Z", 1, "empty"),
        ];
        store.seed_arrivals(day(), &records, utc("2026-12-04T08:00:00Z"));
        let occupancy = |room: &str| store.room_day(room).map(|d| d.occupancy);
        assert_eq!(occupancy("turn"), Some(Occupancy::Turnover));
        assert_eq!(occupancy("leave"), Some(Occupancy::Departing));
        assert_eq!(occupancy("come"), Some(Occupancy::Arriving));
        assert_eq!(occupancy("stay"), Some(Occupancy::Stayover));
        assert_eq!(occupancy("arrived"), Some(Occupancy::Stayover));
        assert_eq!(occupancy("empty"), Some(Occupancy::Vacant));
        assert_eq!(occupancy("unknown room"), Some(Occupancy::Vacant));
        let come = store.room_day("come").expect("day loaded");
        assert_eq!(come.arrival, Some("in-3"));
        assert_eq!(come.arrival_utc, Some(utc("2026-12-04T13:00:00Z")));
        assert_eq!(store.room_day("turn").and_then(|d| d.arrival), Some("in-1"));
    }

    #[test]
    fn events_keep_each_rooms_day_current() {
        let mut store = Store::default();
        assert_eq!(store.room_day("turn"), None, "no day loaded yet");
        let records = [
            stay("out", "Started", "2026-12-01T10:00:00Z", 3, "turn"),
            stay("in", "Confirmed", "2026-12-04T14:00:00Z", 2, "turn"),
        ];
        store.seed_arrivals(day(), &records, utc("2026-12-04T08:00:00Z"));
        // The departing guest checks out: the room only waits for its arrival.
        let out = r#"{"Events":[{"Type":"Reservation","Id":"out","State":"Processed","StartUtc":"2026-12-01T10:00:00Z","EndUtc":"2026-12-04T10:00:00Z","AssignedResourceId":"turn"}]}"#;
        store.apply_batch(utc("2026-12-04T09:00:00Z"), parse_frame(out).events);
        let occupancy = |store: &Store| store.room_day("turn").map(|d| d.occupancy);
        assert_eq!(occupancy(&store), Some(Occupancy::Arriving));
        // The arrival moves to another room: vacant.
        let moved = r#"{"Events":[{"Type":"Reservation","Id":"in","State":"Confirmed","StartUtc":"2026-12-04T14:00:00Z","EndUtc":"2026-12-06T14:00:00Z","AssignedResourceId":"other"}]}"#;
        store.apply_batch(utc("2026-12-04T09:10:00Z"), parse_frame(moved).events);
        assert_eq!(occupancy(&store), Some(Occupancy::Vacant));
        assert_eq!(
            store.room_day("other").map(|d| d.occupancy),
            Some(Occupancy::Arriving)
        );
    }

    #[test]
    fn machine_names_and_words() {
        let names: Vec<&str> = Occupancy::ALL.iter().map(|o| o.name()).collect();
        assert_eq!(
            names,
            ["vacant", "arriving", "departing", "turnover", "stayover"]
        );
        assert_eq!(Occupancy::Stayover.index(), 4);
    }
}
