//! The simulator's shared state and the switches tests and demos pull.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::json;
use tokio::sync::{mpsc, watch};

use super::world::{Stay, World};
use monitor_core::protocol::ReservationState;

/// How many events the simulator packs into one frame during a burst.
const BURST_FRAME: usize = 10;
/// How many REST calls the simulator remembers in detail (counts are kept for all).
const REST_LOG: usize = 1000;

/// One handshake attempt as the simulator saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handshake {
    /// The Cookie header, exactly as received.
    pub cookie: Option<String>,
    /// Whether it was accepted.
    pub accepted: bool,
    /// The request path.
    pub path: String,
}

/// A guest to book a stay for, as a test names them (the simulated Mews gives the customer id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimGuest {
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Mews classifications, e.g. `VeryImportant`, `WaitingForRoom`, or values the app does not know.
    pub classifications: Vec<String>,
}

/// One REST call as the simulator saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestCall {
    /// The operation, e.g. `resources/getAll`.
    pub operation: String,
    /// How many ids the body asked for (`ReservationIds`, `CommandIds`, ...), 0 when none.
    pub ids: usize,
    /// The time filters the body used (`ScheduledStartUtc`, `UpdatedUtc`, ...), by name.
    pub filters: Vec<String>,
}

/// Every REST call counted per operation, and the latest ones in detail.
#[derive(Debug, Default)]
pub(super) struct RestCalls {
    counts: BTreeMap<String, u64>,
    recent: VecDeque<RestCall>,
}

impl RestCalls {
    /// Notes a call (answered or not).
    pub(super) fn note(&mut self, call: RestCall) {
        *self.counts.entry(call.operation.clone()).or_default() += 1;
        if self.recent.len() == REST_LOG {
            self.recent.pop_front();
        }
        self.recent.push_back(call);
    }
}

/// What a connection task is told to do.
#[derive(Debug)]
pub(super) enum Outgoing {
    /// Send this text frame.
    Frame(Frame),
    /// Drop the TCP stream without a Close frame.
    Drop,
}

/// A text frame to send, with how many events it holds (for the counters).
#[derive(Clone, Debug)]
pub(super) struct Frame {
    pub(super) text: String,
    pub(super) events: u64,
}

/// State shared by the server tasks and [`SimControls`].
#[derive(Debug)]
pub(super) struct Shared {
    pub(super) expected_cookie: String,
    pub(super) client_token: String,
    pub(super) access_token: String,
    pub(super) hotel_name: String,
    pub(super) time_zone: String,
    pub(super) world: Mutex<World>,
    pub(super) connections: Mutex<Vec<(u64, mpsc::UnboundedSender<Outgoing>)>>,
    pub(super) open: watch::Sender<usize>,
    pub(super) silent: watch::Sender<bool>,
    pub(super) reject: AtomicBool,
    pub(super) throttle: AtomicU32,
    pub(super) handshakes: Mutex<Vec<Handshake>>,
    pub(super) next_connection: AtomicU64,
    pub(super) frames_sent: AtomicU64,
    pub(super) events_sent: AtomicU64,
    pub(super) burst_seq: AtomicU64,
    pub(super) rest_calls: Mutex<RestCalls>,
    /// REST operations answered with 403 while set.
    pub(super) refused: Mutex<BTreeSet<String>>,
}

/// Locks a mutex, recovering the data if a panicking thread poisoned it.
pub(super) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Shared {
    /// Queues a frame for every open connection.
    pub(super) fn broadcast(&self, frame: Frame) {
        let connections = lock(&self.connections);
        let Some(((_, last), others)) = connections.split_last() else {
            return;
        };
        for (_, sender) in others {
            let _ = sender.send(Outgoing::Frame(frame.clone()));
        }
        let _ = last.send(Outgoing::Frame(frame));
    }
}

#[derive(Deserialize)]
struct Counted {
    #[serde(rename = "Events")]
    events: Vec<IgnoredAny>,
}

/// How many events a frame holds: 0 when it is not a frame of events.
fn events_in(text: &str) -> u64 {
    serde_json::from_str::<Counted>(text).map_or(0, |frame| frame.events.len() as u64)
}

/// When a reservation booked by a test was made: two days ago.
fn booked_at() -> DateTime<Utc> {
    Utc::now() - chrono::Duration::days(2)
}

/// The index of the room with id `room_id`, if the hotel has it.
fn room_index(world: &World, room_id: Option<&str>) -> Option<usize> {
    room_id.and_then(|id| world.rooms.iter().position(|room| room.record.id == id))
}

/// A reservation's id and its number, as a test sees them.
fn id_and_number(world: &World, index: usize) -> (String, String) {
    let reservation = &world.reservations[index];
    (reservation.id.clone(), reservation.number.to_string())
}

/// A cheap handle on a running simulator's switches and counters.
#[derive(Clone, Debug)]
pub struct SimControls {
    pub(super) shared: Arc<Shared>,
}

impl SimControls {
    /// Cuts every open WebSocket without a Close frame.
    pub fn drop_links(&self) {
        for (_, sender) in lock(&self.shared.connections).iter() {
            let _ = sender.send(Outgoing::Drop);
        }
    }

    /// Stops (or resumes) answering pings and sending anything, keeping TCP open.
    pub fn set_silent(&self, silent: bool) {
        self.shared.silent.send_replace(silent);
    }

    /// Sends one text frame that is not JSON.
    pub fn send_malformed(&self) {
        self.send_frame("{\"Events\": [ this is not json".into());
    }

    /// Sends one frame with an event of an undocumented type and extra fields.
    pub fn send_unknown_type(&self) {
        let frame = json!({"Events": [{
            "Type": "Space",
            "Id": "2a1f6c0e-0000-4000-8000-000000000001",
            "State": "Dirty",
            "Wing": "East",
        }]});
        self.send_frame(frame.to_string());
    }

    /// Refuses (or accepts again) every handshake, whatever the cookie.
    pub fn set_reject_tokens(&self, reject: bool) {
        self.shared.reject.store(reject, Ordering::SeqCst);
    }

    /// Answers the next `count` REST calls with 429 and `Retry-After: 1`.
    pub fn set_throttle(&self, count: u32) {
        self.shared.throttle.store(count, Ordering::SeqCst);
    }

    /// Answers every call to the REST `operation` (e.g. `customers/getAll`) with 403 and a
    /// Mews-style message while `refuse` is set, as Mews does when the enterprise has not
    /// granted that data to the integration; other operations are unaffected.
    pub fn refuse(&self, operation: &str, refuse: bool) {
        let mut refused = lock(&self.shared.refused);
        if refuse {
            refused.insert(operation.to_owned());
        } else {
            refused.remove(operation);
        }
    }

    /// Sends this exact text frame to every open connection: every connection whose
    /// handshake has been accepted and that has not closed, in the order frames are sent.
    pub fn send_frame(&self, text: String) {
        let events = events_in(&text);
        self.shared.broadcast(Frame { text, events });
    }

    /// Sends `count` Resource events as fast as possible, several per frame,
    /// each with `"SimSeq": n` counting from 1 over the simulator's life.
    pub fn send_burst(&self, count: usize) {
        self.send_burst_of(count, BURST_FRAME);
    }

    /// Like [`send_burst`](Self::send_burst), `per_frame` events to a frame.
    pub fn send_burst_of(&self, count: usize, per_frame: usize) {
        // Each room's id as a JSON string, quoted and escaped once for the whole burst.
        let mut rooms: Vec<String> = lock(&self.shared.world)
            .rooms
            .iter()
            .map(|room| json!(room.record.id).to_string())
            .collect();
        if rooms.is_empty() {
            rooms = (0..100).map(|n| format!(r#""burst-room-{n}""#)).collect();
        }
        let states = ["Dirty", "Clean", "Inspected"];
        let mut left = count;
        while left > 0 {
            let take = left.min(per_frame.max(1));
            // Written directly rather than built as JSON values: a burst is a benchmark's
            // flood, and the simulator must outpace the client it measures.
            let mut text = String::with_capacity(16 + take * 96);
            text.push_str(r#"{"Events":["#);
            for index in 0..take {
                let n = self.shared.burst_seq.fetch_add(1, Ordering::SeqCst) + 1;
                let room = &rooms[n as usize % rooms.len()];
                if index > 0 {
                    text.push(',');
                }
                let _ = write!(
                    text,
                    r#"{{"Type":"Resource","Id":{room},"State":"{}","SimSeq":{n}}}"#,
                    states[n as usize % 3]
                );
            }
            text.push_str("]}");
            self.shared.broadcast(Frame {
                text,
                events: take as u64,
            });
            left -= take;
        }
    }

    /// Books a reservation in the simulated Mews, as if made there earlier, without
    /// an event: arriving at `start`, in `state`, in the room with id `room_id`, for
    /// an invented guest. Returns its id and its number.
    pub fn book(
        &self,
        start: DateTime<Utc>,
        state: ReservationState,
        room_id: Option<&str>,
    ) -> (String, String) {
        let mut world = lock(&self.shared.world);
        let index = world.book(start, booked_at());
        let room = room_index(&world, room_id);
        world.place(index, state, room);
        id_and_number(&world, index)
    }

    /// Books a stay from `start` to `end` in the simulated Mews, as if made there earlier,
    /// without an event: in `state`, in the room with id `room_id` (occupied when the stay
    /// has `Started`), for `guest`. With no guest the reservation names a customer that
    /// `customers/getAll` does not know (deleted or merged in Mews). Returns its id and number.
    pub fn book_stay(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        state: ReservationState,
        room_id: Option<&str>,
        guest: Option<SimGuest>,
    ) -> (String, String) {
        let mut world = lock(&self.shared.world);
        let customer = match guest {
            Some(guest) => {
                world.add_guest(guest.first_name, guest.last_name, guest.classifications)
            }
            None => world.new_id(),
        };
        let stay = Stay {
            start,
            end,
            state: state.clone(),
            room: None,
            customer,
        };
        let index = world.reserve(stay, booked_at());
        let room = room_index(&world, room_id);
        world.place(index, state, room);
        id_and_number(&world, index)
    }

    /// Replaces the classifications of the guest of reservation `reservation_id`, without
    /// an event (Mews sends none for customers). Does nothing when the reservation or
    /// its customer is unknown.
    pub fn set_classifications(&self, reservation_id: &str, classifications: &[&str]) {
        let mut world = lock(&self.shared.world);
        let Some(index) = world
            .reservations
            .iter()
            .position(|r| r.id == reservation_id)
        else {
            return;
        };
        if let Some(guest) = world.customer_mut(index) {
            guest.classifications = classifications.iter().map(|&c| c.to_owned()).collect();
        }
    }

    /// Changes a reservation in the simulated Mews without an event (as while the
    /// monitor is out of touch): its state, and its room when `room_id` is given.
    pub fn change_reservation(&self, id: &str, state: ReservationState, room_id: Option<&str>) {
        let mut world = lock(&self.shared.world);
        let room = room_index(&world, room_id);
        if let Some(reservation) = world.reservations.iter_mut().find(|r| r.id == id) {
            reservation.state = state;
            if room.is_some() {
                reservation.room = room;
            }
            reservation.updated = Utc::now();
        }
    }

    /// Every handshake attempt so far.
    pub fn handshakes(&self) -> Vec<Handshake> {
        lock(&self.shared.handshakes).clone()
    }

    /// WebSocket connections open now.
    pub fn open_connections(&self) -> usize {
        *self.shared.open.borrow()
    }

    /// Text frames written to sockets so far.
    pub fn frames_sent(&self) -> u64 {
        self.shared.frames_sent.load(Ordering::SeqCst)
    }

    /// Events written to sockets so far (frames that were not JSON count none).
    pub fn events_sent(&self) -> u64 {
        self.shared.events_sent.load(Ordering::SeqCst)
    }

    /// REST calls made to `operation` so far, throttled and refused ones included.
    pub fn rest_calls(&self, operation: &str) -> u64 {
        lock(&self.shared.rest_calls)
            .counts
            .get(operation)
            .copied()
            .unwrap_or(0)
    }

    /// REST calls made so far, to any operation.
    pub fn rest_calls_total(&self) -> u64 {
        lock(&self.shared.rest_calls).counts.values().sum()
    }

    /// The latest REST calls (up to 1,000), oldest first.
    pub fn recent_rest_calls(&self) -> Vec<RestCall> {
        lock(&self.shared.rest_calls)
            .recent
            .iter()
            .cloned()
            .collect()
    }

    /// Resolves once at least `n` WebSocket connections are open. A connection counts as
    /// open from the moment its handshake is accepted, so a frame sent after this resolves
    /// reaches it.
    pub async fn wait_for_connections(&self, n: usize) {
        self.wait_for_open(|count| count >= n).await;
    }

    /// Resolves once no WebSocket connection is open.
    pub async fn wait_for_all_closed(&self) {
        self.wait_for_open(|count| count == 0).await;
    }

    async fn wait_for_open(&self, done: impl Fn(usize) -> bool) {
        let mut open = self.shared.open.subscribe();
        let _ = open.wait_for(|&count| done(count)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::controls_with;
    use crate::sim::world::test_rooms;

    fn guest(classifications: &[&str]) -> SimGuest {
        SimGuest {
            first_name: "Kateřina".into(),
            last_name: "Dvořáková".into(),
            classifications: classifications.iter().map(|&c| c.to_owned()).collect(),
        }
    }

    fn customer_of(sim: &SimControls, reservation_id: &str) -> Option<(String, Vec<String>)> {
        let world = lock(&sim.shared.world);
        let reservation = world.reservations.iter().find(|r| r.id == reservation_id)?;
        world
            .customers
            .iter()
            .find(|c| c.id == reservation.customer)
            .map(|c| (c.last_name.clone(), c.classifications.clone()))
    }

    #[test]
    fn a_stay_booked_for_a_guest_names_that_guest() {
        let sim = controls_with(World::new(&test_rooms(2), 1));
        let now = Utc::now();
        let (id, number) = sim.book_stay(
            now,
            now + chrono::Duration::days(2),
            ReservationState::Confirmed,
            None,
            Some(guest(&["VeryImportant", "Cashlist"])),
        );
        assert!(number.parse::<u32>().is_ok());
        let (last_name, classifications) = customer_of(&sim, &id).expect("a known guest");
        assert_eq!(last_name, "Dvořáková");
        assert_eq!(classifications, ["VeryImportant", "Cashlist"]);
        sim.set_classifications(&id, &["WaitingForRoom"]);
        assert_eq!(
            customer_of(&sim, &id).map(|(_, c)| c),
            Some(vec!["WaitingForRoom".to_owned()])
        );
    }

    #[test]
    fn a_stay_without_a_guest_names_a_customer_mews_does_not_know() {
        let sim = controls_with(World::new(&test_rooms(2), 1));
        let now = Utc::now();
        let (id, _) = sim.book_stay(
            now,
            now + chrono::Duration::days(1),
            ReservationState::Confirmed,
            None,
            None,
        );
        assert!(customer_of(&sim, &id).is_none());
        let world = lock(&sim.shared.world);
        assert!(world.reservations.iter().all(|r| !r.customer.is_empty()));
    }

    #[test]
    fn a_started_stay_occupies_its_room_and_book_still_invents_a_guest() {
        let sim = controls_with(World::new(&test_rooms(2), 1));
        let now = Utc::now();
        sim.book_stay(
            now - chrono::Duration::days(1),
            now + chrono::Duration::days(1),
            ReservationState::Started,
            Some("room-1"),
            Some(guest(&[])),
        );
        assert!(lock(&sim.shared.world).rooms[1].occupied);
        let (id, _) = sim.book(now, ReservationState::Confirmed, Some("room-0"));
        assert!(customer_of(&sim, &id).is_some());
        assert!(!lock(&sim.shared.world).rooms[0].occupied);
    }
}
