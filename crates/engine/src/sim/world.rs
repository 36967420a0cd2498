//! The simulated hotel: rooms, reservations and their guests, device commands and
//! rates, and the activity that moves them. Pure and seeded: the same seed gives the same day.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use monitor_core::protocol::{
    CommandState, HotelDay, ReservationState, ResourceRecord, ResourceState,
};

use super::guests::{self, SimCustomer};

/// A room of the simulated hotel.
#[derive(Clone, Debug)]
pub(crate) struct SimRoom {
    /// Its resource record (name, floor, ...), state kept current.
    pub record: ResourceRecord,
    /// Whether a guest is in it.
    pub occupied: bool,
}

/// A reservation of the simulated hotel.
#[derive(Clone, Debug)]
pub(crate) struct SimReservation {
    /// Its id.
    pub id: String,
    /// Confirmation number.
    pub number: u32,
    /// Current state.
    pub state: ReservationState,
    /// Index of the assigned room.
    pub room: Option<usize>,
    /// Scheduled arrival.
    pub start: DateTime<Utc>,
    /// Scheduled departure.
    pub end: DateTime<Utc>,
    /// The rate booked.
    pub rate: usize,
    /// When it last changed (what `UpdatedUtc` filters on).
    pub updated: DateTime<Utc>,
    /// The guest's customer id (its `AccountId`); a few name customers the hotel does not list.
    pub customer: String,
}

/// A new reservation: all but what the hotel gives it (id, number, rate).
#[derive(Clone, Debug)]
pub(crate) struct Stay {
    /// Scheduled arrival.
    pub start: DateTime<Utc>,
    /// Scheduled departure.
    pub end: DateTime<Utc>,
    /// Its state.
    pub state: ReservationState,
    /// Index of the assigned room.
    pub room: Option<usize>,
    /// The guest's customer id.
    pub customer: String,
}

/// A device command of the simulated hotel.
#[derive(Clone, Debug)]
pub(crate) struct SimCommand {
    /// Its id.
    pub id: String,
    /// Current state.
    pub state: CommandState,
    /// Index into [`DEVICES`].
    pub device: usize,
    /// When it was created.
    pub created: DateTime<Utc>,
}

/// Devices of the simulated hotel: (id, name, type).
pub(crate) const DEVICES: [(&str, &str, &str); 4] = [
    (
        "6b0ec2c1-1e4c-4b8a-9d36-5a0e1b7c0001",
        "Key cutter 1",
        "KeyCutter",
    ),
    (
        "6b0ec2c1-1e4c-4b8a-9d36-5a0e1b7c0002",
        "Key cutter 2",
        "KeyCutter",
    ),
    (
        "6b0ec2c1-1e4c-4b8a-9d36-5a0e1b7c0003",
        "Front desk printer",
        "Printer",
    ),
    (
        "6b0ec2c1-1e4c-4b8a-9d36-5a0e1b7c0004",
        "Payment terminal",
        "PaymentTerminal",
    ),
];

/// Rates of the simulated hotel: (id, English name).
pub(crate) const RATES: [(&str, &str); 3] = [
    ("ed4b660b-19d0-434b-9360-a4de2ea42e01", "Flexible"),
    ("ed4b660b-19d0-434b-9360-a4de2ea42e02", "Non-refundable"),
    ("ed4b660b-19d0-434b-9360-a4de2ea42e03", "Bed & breakfast"),
];

/// The one accommodation service the rates belong to.
pub(crate) const SERVICE_ID: &str = "bd26d8db-86da-4f96-9efc-e5a4654a4a94";

/// The whole simulated hotel.
#[derive(Debug)]
pub(crate) struct World {
    /// Rooms (active resources only).
    pub rooms: Vec<SimRoom>,
    /// Reservations made so far.
    pub reservations: Vec<SimReservation>,
    /// Device commands made so far.
    pub commands: Vec<SimCommand>,
    /// Guests of the reservations (a few reservations name customers not listed here).
    pub customers: Vec<SimCustomer>,
    rng: fastrand::Rng,
    /// The moment being played (what a room's `UpdatedUtc` becomes when it changes).
    now: Option<DateTime<Utc>>,
    next_number: u32,
}

impl World {
    /// A hotel with these rooms; `seed` fixes everything that follows.
    pub fn new(resources: &[ResourceRecord], seed: u64) -> Self {
        let rooms = resources
            .iter()
            .filter(|record| record.is_active)
            .map(|record| SimRoom {
                record: record.clone(),
                occupied: false,
            })
            .collect();
        World {
            rooms,
            reservations: Vec::new(),
            commands: Vec::new(),
            customers: Vec::new(),
            rng: fastrand::Rng::with_seed(seed),
            now: None,
            next_number: 1000,
        }
    }

    /// Gives every room a plausible time of its last change, within the last
    /// day: the recorded hotel's own `UpdatedUtc` values are from the day it
    /// was recorded, which would make every room look untouched for a year.
    pub(crate) fn settle_rooms(&mut self, now: DateTime<Utc>) {
        let rng = &mut self.rng;
        for room in &mut self.rooms {
            room.record.updated_utc = Some(now - Duration::minutes(rng.i64(5..20 * 60)));
        }
    }

    /// A fresh id shaped like a Mews GUID.
    pub(crate) fn new_id(&mut self) -> String {
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            self.rng.u32(..),
            self.rng.u16(..),
            self.rng.u16(..0x1000),
            self.rng.u16(0x8000..0xc000),
            self.rng.u64(..1 << 48)
        )
    }

    /// One moment of hotel life at `now`: the events it produces (one frame's worth).
    pub(crate) fn step(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        self.now = Some(now);
        if self.rooms.is_empty() {
            return vec![self.price_update(now)];
        }
        match self.rng.u32(0..1000) {
            0..=399 => self.housekeeping(),
            400..=499 => self.check_out(now),
            500..=579 => self.check_in(now),
            580..=599 => self.room_assignment(now),
            600..=699 => self.booking(now),
            700..=729 => self.cancellation(now),
            730..=879 => self.device_command(now),
            880..=899 => self.maintenance(),
            900..=994 => vec![self.price_update(now)],
            _ => self.morning_rule(),
        }
    }

    fn room_event(&mut self, room: usize, state: ResourceState) -> Value {
        self.rooms[room].record.state = Some(state.clone());
        if let Some(now) = self.now {
            self.rooms[room].record.updated_utc = Some(now);
        }
        json!({"Type": "Resource", "Id": self.rooms[room].record.id, "State": state.as_wire()})
    }

    fn state_of(&self, room: usize) -> Option<&ResourceState> {
        self.rooms[room].record.state.as_ref()
    }

    fn pick_room(&mut self, wanted: impl Fn(&SimRoom) -> bool) -> Option<usize> {
        let candidates: Vec<usize> = (0..self.rooms.len())
            .filter(|&i| wanted(&self.rooms[i]))
            .collect();
        self.choose(&candidates)
    }

    fn housekeeping(&mut self) -> Vec<Value> {
        let Some(room) = self.pick_room(|room| {
            matches!(
                room.record.state,
                Some(ResourceState::Dirty | ResourceState::Clean)
            )
        }) else {
            return Vec::new();
        };
        let next = match self.state_of(room) {
            Some(ResourceState::Dirty) => ResourceState::Clean,
            _ => ResourceState::Inspected,
        };
        vec![self.room_event(room, next)]
    }

    fn reservation_event(&self, index: usize) -> Value {
        let reservation = &self.reservations[index];
        json!({
            "Type": "Reservation",
            "Id": reservation.id,
            "State": reservation.state.as_wire(),
            "StartUtc": reservation.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "EndUtc": reservation.end.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "AssignedResourceId": reservation.room.map(|room| self.rooms[room].record.id.clone()),
        })
    }

    fn pick_reservation(&mut self, state: ReservationState) -> Option<usize> {
        let candidates: Vec<usize> = (0..self.reservations.len())
            .filter(|&i| self.reservations[i].state == state)
            .collect();
        self.choose(&candidates)
    }

    fn check_out(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        let Some(index) = self.pick_reservation(ReservationState::Started) else {
            return self.booking(now);
        };
        self.reservations[index].state = ReservationState::Processed;
        self.reservations[index].updated = now;
        let mut events = vec![self.reservation_event(index)];
        if let Some(room) = self.reservations[index].room {
            self.rooms[room].occupied = false;
            events.push(self.room_event(room, ResourceState::Dirty));
        }
        events
    }

    fn check_in(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        // A guest checks in once the arrival time has come and the room is ready.
        let candidates: Vec<usize> = (0..self.reservations.len())
            .filter(|&i| {
                self.reservations[i].state == ReservationState::Confirmed
                    && self.reservations[i].start <= now
                    && self.room_ready(i)
            })
            .collect();
        let Some(index) = self.choose(&candidates) else {
            return self.booking(now);
        };
        self.start_stay(index);
        self.reservations[index].updated = now;
        vec![self.reservation_event(index)]
    }

    /// Whether the reservation's room is clean (or inspected) and nobody is in it.
    fn room_ready(&self, index: usize) -> bool {
        self.reservations[index].room.is_some_and(|room| {
            !self.rooms[room].occupied
                && matches!(
                    self.rooms[room].record.state,
                    Some(ResourceState::Inspected | ResourceState::Clean)
                )
        })
    }

    /// Checks the guest in: the stay starts, the room is occupied, and
    /// reception clears the guest's `WaitingForRoom`.
    fn start_stay(&mut self, index: usize) {
        self.reservations[index].state = ReservationState::Started;
        if let Some(room) = self.reservations[index].room {
            self.rooms[room].occupied = true;
        }
        if let Some(guest) = self.customer_mut(index) {
            guest.stop_waiting();
        }
    }

    /// The guest of a reservation, when the hotel knows that customer.
    pub(crate) fn customer_mut(&mut self, index: usize) -> Option<&mut SimCustomer> {
        let id = &self.reservations[index].customer;
        self.customers.iter_mut().find(|guest| &guest.id == id)
    }

    /// Invents a guest and returns the customer id; only an `arriving` guest may wait for a room.
    fn new_guest(&mut self, arriving: bool) -> String {
        let id = self.new_id();
        let guest = guests::invent(&mut self.rng, id.clone(), arriving);
        self.customers.push(guest);
        id
    }

    /// Adds a customer with these names and classifications and returns its new id.
    pub(crate) fn add_guest(
        &mut self,
        first_name: String,
        last_name: String,
        classifications: Vec<String>,
    ) -> String {
        let id = self.new_id();
        self.customers.push(SimCustomer {
            id: id.clone(),
            first_name,
            last_name,
            classifications,
        });
        id
    }

    /// Records a new reservation made at `now`, giving it an id, a number and a rate.
    pub(crate) fn reserve(&mut self, stay: Stay, now: DateTime<Utc>) -> usize {
        let id = self.new_id();
        self.next_number += 1;
        self.reservations.push(SimReservation {
            id,
            number: self.next_number,
            state: stay.state,
            room: stay.room,
            start: stay.start,
            end: stay.end,
            rate: self.rng.usize(0..RATES.len()),
            updated: now,
            customer: stay.customer,
        });
        self.reservations.len() - 1
    }

    /// Sets a reservation's state and room as given; a started stay occupies its room.
    pub(crate) fn place(&mut self, index: usize, state: ReservationState, room: Option<usize>) {
        self.reservations[index].room = room;
        self.reservations[index].state = state;
        if self.reservations[index].state == ReservationState::Started {
            self.start_stay(index);
        }
    }

    /// A vacant room that is not out of order and that no stay (in house or to come) holds.
    fn free_room(&mut self) -> Option<usize> {
        let taken = self.rooms_held_by(&[
            ReservationState::Confirmed,
            ReservationState::Optional,
            ReservationState::Started,
        ]);
        let candidates: Vec<usize> = (0..self.rooms.len())
            .filter(|room| !taken.contains(room))
            .filter(|&room| {
                !self.rooms[room].occupied
                    && !matches!(self.state_of(room), Some(ResourceState::OutOfOrder))
            })
            .collect();
        self.choose(&candidates)
    }

    /// Books a stay arriving at `start` for a new guest; a fifth of bookings get their room later.
    pub fn book(&mut self, start: DateTime<Utc>, now: DateTime<Utc>) -> usize {
        let room = if self.rng.u8(0..5) == 0 {
            None
        } else {
            self.free_room()
        };
        let state = if self.rng.u8(0..10) == 0 {
            ReservationState::Optional
        } else {
            ReservationState::Confirmed
        };
        let nights = self.rng.i64(1..5);
        let customer = self.new_guest(true);
        let stay = Stay {
            start,
            end: start + Duration::days(nights),
            state,
            room,
            customer,
        };
        self.reserve(stay, now)
    }

    fn booking(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        let start = now + Duration::minutes(self.rng.i64(0..6 * 60));
        let index = self.book(start, now);
        vec![self.reservation_event(index)]
    }

    /// A waiting arrival without a room gets one (before it can be made ready).
    fn room_assignment(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        let waiting: Vec<usize> = (0..self.reservations.len())
            .filter(|&i| {
                self.reservations[i].room.is_none()
                    && matches!(
                        self.reservations[i].state,
                        ReservationState::Confirmed | ReservationState::Optional
                    )
            })
            .collect();
        let (Some(&index), Some(room)) = (
            waiting.get(self.rng.usize(0..waiting.len().max(1))),
            self.free_room(),
        ) else {
            return self.housekeeping();
        };
        self.reservations[index].room = Some(room);
        self.reservations[index].updated = now;
        vec![self.reservation_event(index)]
    }

    fn cancellation(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        let Some(index) = self
            .pick_reservation(ReservationState::Confirmed)
            .or_else(|| self.pick_reservation(ReservationState::Optional))
        else {
            return Vec::new();
        };
        self.reservations[index].state = ReservationState::Canceled;
        self.reservations[index].updated = now;
        vec![self.reservation_event(index)]
    }

    /// Books `count` arrivals spread over the hotel's `day` (as the reservations
    /// a hotel already has when the day starts). About a third go into a room
    /// whose guest departs today (a turnover) when there is one. Those whose
    /// time has passed and whose room is ready have checked in; a few others were canceled.
    pub(crate) fn book_arrivals(&mut self, day: &HotelDay, count: usize, now: DateTime<Utc>) {
        let span = (day.end_utc - day.start_utc).num_minutes().max(1);
        for _ in 0..count {
            // Most guests come in the afternoon: from 08:00 to the end of the day.
            let minute = span / 3 + self.rng.i64(0..span - span / 3);
            let start = day.start_utc + Duration::minutes(minute);
            let booked = now - Duration::hours(self.rng.i64(1..72));
            let index = self.book(start, booked);
            if self.rng.u8(0..3) == 0
                && let Some(room) = self.turnover_room(day)
            {
                self.reservations[index].room = Some(room);
            }
            if self.reservations[index].start <= now && self.room_ready(index) {
                self.start_stay(index);
            } else if self.rng.u8(0..15) == 0 {
                self.reservations[index].state = ReservationState::Canceled;
            }
        }
    }

    /// A room whose guest departs during `day` and that no arrival holds yet.
    fn turnover_room(&mut self, day: &HotelDay) -> Option<usize> {
        let arriving =
            self.rooms_held_by(&[ReservationState::Confirmed, ReservationState::Optional]);
        let rooms: Vec<usize> = self
            .reservations
            .iter()
            .filter(|r| {
                r.state == ReservationState::Started
                    && day.start_utc <= r.end
                    && r.end < day.end_utc
            })
            .filter_map(|r| r.room)
            .filter(|room| !arriving.contains(room))
            .collect();
        self.choose(&rooms)
    }

    /// The rooms of reservations in one of these `states`.
    fn rooms_held_by(&self, states: &[ReservationState]) -> HashSet<usize> {
        self.reservations
            .iter()
            .filter(|r| states.contains(&r.state))
            .filter_map(|r| r.room)
            .collect()
    }

    /// One of `candidates` at random, `None` when there are none.
    fn choose(&mut self, candidates: &[usize]) -> Option<usize> {
        (!candidates.is_empty()).then(|| candidates[self.rng.usize(0..candidates.len())])
    }

    /// Books `count` guests already in house when the `day` starts: checked in
    /// on earlier days, about two in five departing today and the rest staying
    /// on, each in a vacant room (fewer when the hotel runs out of rooms).
    pub(crate) fn book_in_house(&mut self, day: &HotelDay, count: usize) {
        for _ in 0..count {
            let Some(room) = self.free_room() else {
                break;
            };
            // Arrived an afternoon or evening 1 to 5 days ago; leaves in a morning.
            let start = day.start_utc - Duration::days(self.rng.i64(1..6))
                + Duration::minutes(self.rng.i64(14 * 60..20 * 60));
            let nights_left = if self.rng.u8(0..5) < 2 {
                0
            } else {
                self.rng.i64(1..5)
            };
            let end = day.start_utc
                + Duration::days(nights_left)
                + Duration::minutes(self.rng.i64(8 * 60..12 * 60));
            let customer = self.new_guest(false);
            let stay = Stay {
                start,
                end,
                state: ReservationState::Started,
                room: Some(room),
                customer,
            };
            self.reserve(stay, start);
            self.rooms[room].occupied = true;
        }
    }

    fn device_command(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        let open: Vec<usize> = (0..self.commands.len())
            .filter(|&i| {
                matches!(
                    self.commands[i].state,
                    CommandState::Pending | CommandState::Received | CommandState::Processing
                )
            })
            .collect();
        let index = if open.is_empty() || self.rng.u8(0..3) == 0 {
            let id = self.new_id();
            let device = self.rng.usize(0..DEVICES.len());
            self.commands.push(SimCommand {
                id,
                state: CommandState::Pending,
                device,
                created: now,
            });
            self.commands.len() - 1
        } else {
            let index = open[self.rng.usize(0..open.len())];
            let failed = self.rng.u8(0..12) == 0;
            self.commands[index].state = match self.commands[index].state {
                CommandState::Pending => CommandState::Received,
                CommandState::Received => CommandState::Processing,
                _ if failed => CommandState::Error,
                _ => CommandState::Processed,
            };
            index
        };
        let command = &self.commands[index];
        vec![json!({"Type": "DeviceCommand", "Id": command.id, "State": command.state.as_wire()})]
    }

    fn maintenance(&mut self) -> Vec<Value> {
        if let Some(room) = self.pick_room(|room| {
            matches!(
                room.record.state,
                Some(ResourceState::OutOfOrder | ResourceState::OutOfService)
            )
        }) && self.rng.bool()
        {
            return vec![self.room_event(room, ResourceState::Dirty)];
        }
        let Some(room) = self.pick_room(|room| !room.occupied) else {
            return Vec::new();
        };
        let state = if self.rng.bool() {
            ResourceState::OutOfOrder
        } else {
            ResourceState::OutOfService
        };
        vec![self.room_event(room, state)]
    }

    fn price_update(&mut self, now: DateTime<Utc>) -> Value {
        let id = self.new_id();
        let start = (now + Duration::days(self.rng.i64(0..30))).date_naive();
        let start = start
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(now);
        let end = start + Duration::days(self.rng.i64(1..7));
        json!({
            "Type": "PriceUpdate",
            "Id": id,
            "StartUtc": start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "EndUtc": end.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "RateId": RATES[self.rng.usize(0..RATES.len())].0,
            "ResourceCategoryId": null,
        })
    }

    /// The early-morning rule: many vacant ready rooms, anywhere in the hotel, turn Dirty at once.
    fn morning_rule(&mut self) -> Vec<Value> {
        let mut vacant: Vec<usize> = (0..self.rooms.len())
            .filter(|&i| {
                !self.rooms[i].occupied
                    && matches!(
                        self.rooms[i].record.state,
                        Some(ResourceState::Clean | ResourceState::Inspected)
                    )
            })
            .collect();
        self.rng.shuffle(&mut vacant);
        vacant.truncate(60);
        vacant.sort_unstable();
        vacant
            .into_iter()
            .map(|room| self.room_event(room, ResourceState::Dirty))
            .collect()
    }
}

/// `count` dirty rooms on floors of ten, for the simulator's unit tests.
#[cfg(test)]
pub(crate) fn test_rooms(count: usize) -> Vec<ResourceRecord> {
    (0..count)
        .map(|n| ResourceRecord {
            id: format!("room-{n}"),
            name: format!("{}", 100 + n),
            floor: Some((n / 10).to_string()),
            state: Some(ResourceState::Dirty),
            parent_id: None,
            is_active: true,
            updated_utc: None,
        })
        .collect()
}

/// A hotel day in Prague and its noon, for the simulator's unit tests.
#[cfg(test)]
pub(crate) fn test_day() -> (HotelDay, DateTime<Utc>) {
    let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 3).expect("a date");
    let day = HotelDay::on(Some("Europe/Prague"), date).expect("a known zone");
    let noon = day.start_utc + Duration::hours(12);
    (day, noon)
}

/// A hotel of 40 rooms as it starts `test_day`: 15 guests in house and 12 arrivals.
#[cfg(test)]
pub(crate) fn test_world(seed: u64) -> World {
    let (day, noon) = test_day();
    let mut world = World::new(&test_rooms(40), seed);
    world.book_in_house(&day, 15);
    world.book_arrivals(&day, 12, noon);
    world
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitor_core::protocol::parse_frame;

    fn day(world: &mut World, steps: usize) -> Vec<Vec<Value>> {
        let now = DateTime::from_timestamp(1_764_800_000, 0).expect("valid");
        (0..steps)
            .map(|n| world.step(now + Duration::minutes(n as i64)))
            .collect()
    }

    #[test]
    fn the_same_seed_gives_the_same_day() {
        let a = day(&mut World::new(&test_rooms(40), 9), 500);
        let b = day(&mut World::new(&test_rooms(40), 9), 500);
        let c = day(&mut World::new(&test_rooms(40), 10), 500);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn every_generated_frame_parses_without_problems() {
        let mut world = World::new(&test_rooms(60), 3);
        for events in day(&mut world, 2_000) {
            let frame = json!({ "Events": events }).to_string();
            let parsed = parse_frame(&frame);
            assert!(parsed.problems.is_empty(), "{frame}");
            assert_eq!(parsed.events.len(), events.len());
        }
    }

    #[test]
    fn housekeeping_moves_rooms_dirty_to_clean_to_inspected() {
        let mut world = World::new(&test_rooms(1), 1);
        assert_eq!(world.housekeeping()[0]["State"], "Clean");
        assert_eq!(world.housekeeping()[0]["State"], "Inspected");
        assert!(
            world.housekeeping().is_empty(),
            "an inspected room needs no cleaning"
        );
    }

    #[test]
    fn a_day_brings_every_kind_of_event() {
        let mut world = World::new(&test_rooms(80), 5);
        let types: std::collections::BTreeSet<String> = day(&mut world, 3_000)
            .into_iter()
            .flatten()
            .filter_map(|event| event["Type"].as_str().map(str::to_owned))
            .collect();
        assert_eq!(types.len(), 4, "{types:?}");
        assert!(
            world
                .commands
                .iter()
                .any(|c| c.state == CommandState::Processed)
        );
        assert!(
            world.reservations.iter().any(|r| matches!(
                r.state,
                ReservationState::Started | ReservationState::Processed
            )),
            "guests checked in"
        );
        assert!(
            world
                .reservations
                .iter()
                .any(|r| r.state == ReservationState::Processed)
        );
    }

    /// The reservations in `state` whose stay ends within the test day (or after it).
    fn started(world: &World, departing: bool) -> Vec<&SimReservation> {
        let (day, _) = test_day();
        world
            .reservations
            .iter()
            .filter(|r| r.state == ReservationState::Started && r.start < day.start_utc)
            .filter(|r| (r.end < day.end_utc) == departing)
            .collect()
    }

    #[test]
    fn the_day_starts_with_guests_departing_today_and_staying_on_in_occupied_rooms() {
        let world = test_world(7);
        let (day, _) = test_day();
        let departing = started(&world, true);
        let staying = started(&world, false);
        assert!(!departing.is_empty() && !staying.is_empty());
        assert_eq!(departing.len() + staying.len(), 15);
        for stay in departing.iter().chain(&staying) {
            assert!(stay.end >= day.start_utc, "in house today");
            let room = stay.room.expect("an in-house stay has a room");
            assert!(world.rooms[room].occupied);
        }
        let rooms: HashSet<Option<usize>> =
            departing.iter().chain(&staying).map(|r| r.room).collect();
        assert_eq!(rooms.len(), 15, "one guest a room");
    }

    #[test]
    fn some_arrivals_go_into_a_room_whose_guest_departs_today() {
        let world = test_world(7);
        let departing: HashSet<usize> = started(&world, true)
            .iter()
            .filter_map(|r| r.room)
            .collect();
        let turnovers = world
            .reservations
            .iter()
            .filter(|r| r.state == ReservationState::Confirmed)
            .filter(|r| r.room.is_some_and(|room| departing.contains(&room)))
            .count();
        assert!(turnovers >= 1);
    }

    #[test]
    fn no_room_is_held_by_two_stays_at_once() {
        for seed in 0..20 {
            let mut world = test_world(seed);
            let (_, noon) = test_day();
            let _ = day(&mut world, 300);
            let mut guests_in = vec![0; world.rooms.len()];
            let mut arrivals = vec![0; world.rooms.len()];
            for reservation in &world.reservations {
                let Some(room) = reservation.room else {
                    continue;
                };
                match reservation.state {
                    ReservationState::Started => guests_in[room] += 1,
                    ReservationState::Confirmed | ReservationState::Optional
                        if reservation.start >= noon =>
                    {
                        arrivals[room] += 1
                    }
                    _ => {}
                }
            }
            assert!(guests_in.iter().all(|&n| n <= 1), "seed {seed}");
            assert!(arrivals.iter().all(|&n| n <= 1), "seed {seed}");
        }
    }

    #[test]
    fn the_same_seed_starts_the_same_day() {
        let (a, b, c) = (test_world(3), test_world(3), test_world(4));
        let stays = |world: &World| {
            world
                .reservations
                .iter()
                .map(|r| (r.id.clone(), r.state.clone(), r.room, r.start, r.end))
                .collect::<Vec<_>>()
        };
        assert_eq!(stays(&a), stays(&b));
        assert_eq!(a.customers, b.customers);
        assert_ne!(stays(&a), stays(&c));
    }

    #[test]
    fn every_frame_after_a_busy_start_parses_without_problems() {
        let mut world = test_world(11);
        for events in day(&mut world, 1_500) {
            let frame = json!({ "Events": events }).to_string();
            let parsed = parse_frame(&frame);
            assert!(parsed.problems.is_empty(), "{frame}");
        }
    }

    #[test]
    fn every_reservation_names_a_known_guest() {
        let mut world = test_world(2);
        let _ = day(&mut world, 500);
        let known: HashSet<&str> = world.customers.iter().map(|c| c.id.as_str()).collect();
        assert!(
            world
                .reservations
                .iter()
                .all(|r| known.contains(r.customer.as_str()))
        );
    }

    #[test]
    fn checking_in_clears_waiting_for_room() {
        let mut world = World::new(&test_rooms(3), 1);
        let now = DateTime::from_timestamp(1_764_800_000, 0).expect("valid");
        let index = world.book(now, now);
        world.reservations[index].state = ReservationState::Confirmed;
        world.reservations[index].room = Some(0);
        world.rooms[0].record.state = Some(ResourceState::Inspected);
        let guest = world.customer_mut(index).expect("known guest");
        guest.classifications = vec!["Important".into(), guests::WAITING_FOR_ROOM.into()];
        let events = world.check_in(now);
        assert_eq!(events[0]["State"], "Started");
        assert!(world.rooms[0].occupied);
        let guest = world.customer_mut(index).expect("known guest");
        assert_eq!(guest.classifications, ["Important"]);
    }

    #[test]
    fn an_arrival_does_not_check_in_while_the_departing_guest_is_still_in_the_room() {
        let mut world = World::new(&test_rooms(1), 1);
        let now = DateTime::from_timestamp(1_764_800_000, 0).expect("valid");
        let leaving = world.book(now - Duration::days(2), now);
        world.place(leaving, ReservationState::Started, Some(0));
        let arriving = world.book(now, now);
        world.place(arriving, ReservationState::Confirmed, Some(0));
        world.rooms[0].record.state = Some(ResourceState::Inspected);
        assert!(!world.room_ready(arriving));
        world.place(leaving, ReservationState::Processed, Some(0));
        world.rooms[0].occupied = false;
        assert!(world.room_ready(arriving));
    }
}
