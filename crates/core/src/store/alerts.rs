//! "Ready for check-in" alerts: watched rooms that become ready, or go out of order/service.
//!
//! The hotel chooses what "ready" means ([`ReadyRule`]). A room is watched
//! when staff pinned it or when a reservation arriving soon is assigned to
//! it. Each transition fires exactly once; alerts stay until acknowledged.
//!
//! A room has at most one open alert: a room that fires again while its alert
//! is open (Dirty → Inspected → Dirty → Inspected) updates that alert in place
//! (its kind, time and count) instead of adding another. Every firing is still
//! handed out by [`Alerts::take_fresh`], so `tail --alerts` and history see each.

use chrono::{DateTime, Duration, Utc};
use rustc_hash::FxHashSet;

use crate::protocol::{HotelDay, ReservationState, ResourceState};

use super::rooms::Room;
use super::tables::ReservationRow;

/// What counts as ready for a guest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ReadyRule {
    /// Only inspected rooms are ready (hotels that inspect).
    #[default]
    Inspected,
    /// Clean rooms are ready too (hotels that do not inspect).
    CleanOrInspected,
}

impl ReadyRule {
    /// Whether a room in `state` is ready under this rule.
    pub(crate) fn is_ready(self, state: &ResourceState) -> bool {
        match self {
            ReadyRule::Inspected => *state == ResourceState::Inspected,
            ReadyRule::CleanOrInspected => {
                matches!(state, ResourceState::Clean | ResourceState::Inspected)
            }
        }
    }
}

/// Why an alert fired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AlertKind {
    /// The room became ready.
    Ready(ResourceState),
    /// The room went out of order (no longer sellable).
    OutOfOrder,
    /// The room went out of service.
    OutOfService,
}

impl AlertKind {
    /// The kind's name in files and JSON lines: `Ready`, `OutOfOrder` or `OutOfService`.
    pub fn name(&self) -> &'static str {
        match self {
            AlertKind::Ready(_) => "Ready",
            AlertKind::OutOfOrder => "OutOfOrder",
            AlertKind::OutOfService => "OutOfService",
        }
    }

    /// The room state that fired the alert.
    pub fn state(&self) -> ResourceState {
        match self {
            AlertKind::Ready(state) => state.clone(),
            AlertKind::OutOfOrder => ResourceState::OutOfOrder,
            AlertKind::OutOfService => ResourceState::OutOfService,
        }
    }

    /// The kind back from its [`name`](Self::name) and state; `None` for a name it does not know.
    pub fn from_parts(name: &str, state: &str) -> Option<AlertKind> {
        match name {
            "Ready" => Some(AlertKind::Ready(ResourceState::from_wire(state))),
            "OutOfOrder" => Some(AlertKind::OutOfOrder),
            "OutOfService" => Some(AlertKind::OutOfService),
            _ => None,
        }
    }
}

/// One alert for the desk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    /// Local number, from 1.
    pub id: u64,
    /// The room's id.
    pub room_id: String,
    /// The room's name when the alert fired.
    pub room_name: String,
    /// What happened.
    pub kind: AlertKind,
    /// When it last fired.
    pub at: DateTime<Utc>,
    /// How many times it fired while open (1 for a new alert).
    pub fired: u32,
    /// The reservation of a guest waiting for this room, when one was (its name
    /// is looked up for the desk, never kept with the alert).
    pub waiting: Option<String>,
}

impl Alert {
    /// One line for staff, e.g. "Room 101 is ready (Inspected)".
    pub fn message(&self) -> String {
        let room = super::rooms::room_called(&self.room_name);
        match &self.kind {
            AlertKind::Ready(state) => format!("{room} is ready ({state})"),
            AlertKind::OutOfOrder => format!("{room} went out of order"),
            AlertKind::OutOfService => format!("{room} went out of service"),
        }
    }
}

/// Watched rooms, the ready rule, and the alerts not yet acknowledged.
#[derive(Clone, Debug, Default)]
pub struct Alerts {
    /// What "ready" means here.
    pub rule: ReadyRule,
    pinned: FxHashSet<String>,
    open: Vec<Alert>,
    fresh: Vec<Alert>,
    next_id: u64,
}

impl Alerts {
    /// Pins or unpins a room.
    pub fn set_pinned(&mut self, room_id: &str, pinned: bool) {
        if pinned {
            self.pinned.insert(room_id.to_owned());
        } else {
            self.pinned.remove(room_id);
        }
    }

    /// Whether staff pinned this room.
    pub fn is_pinned(&self, room_id: &str) -> bool {
        self.pinned.contains(room_id)
    }

    /// The pinned rooms.
    pub fn pinned(&self) -> impl Iterator<Item = &str> {
        self.pinned.iter().map(String::as_str)
    }

    /// Looks at a room that just changed from `previous`; returns the alert it fires, if any.
    /// `arrival` tells whether a guest arriving today is due in the room, and
    /// if one is waiting, their reservation; it is asked only when the change
    /// would alert. An alert for a waiting guest stands above the others.
    pub(crate) fn on_change(
        &mut self,
        room: &Room,
        previous: Option<&ResourceState>,
        at: DateTime<Utc>,
        arrival: impl FnOnce() -> Option<Option<String>>,
    ) -> Option<&Alert> {
        let state = room.state.as_ref()?;
        if previous == Some(state) {
            return None;
        }
        let was_ready = previous.is_some_and(|p| self.rule.is_ready(p));
        let kind = match state {
            ResourceState::OutOfOrder => AlertKind::OutOfOrder,
            ResourceState::OutOfService => AlertKind::OutOfService,
            ready if self.rule.is_ready(ready) && !was_ready => AlertKind::Ready(ready.clone()),
            _ => return None,
        };
        let arrival = arrival();
        if !self.is_pinned(&room.id) && arrival.is_none() {
            return None;
        }
        let waiting = arrival.flatten();
        // A room with an open alert keeps it: it moves to the end, counted once more.
        let (id, fired) = match self.open.iter().position(|open| open.room_id == room.id) {
            Some(at_index) => {
                let open = self.open.remove(at_index);
                (open.id, open.fired.saturating_add(1))
            }
            None => {
                self.next_id += 1;
                (self.next_id, 1)
            }
        };
        let alert = Alert {
            id,
            room_id: room.id.clone(),
            room_name: room.display_name().to_owned(),
            kind,
            at,
            fired,
            waiting,
        };
        self.fresh.push(alert.clone());
        let place = if alert.waiting.is_some() {
            self.open.partition_point(|open| open.waiting.is_some())
        } else {
            self.open.len()
        };
        self.open.insert(place, alert);
        self.open.get(place)
    }

    /// Alerts fired since the last call, for notifications and `tail --alerts`.
    pub fn take_fresh(&mut self) -> Vec<Alert> {
        std::mem::take(&mut self.fresh)
    }

    /// Alerts not yet acknowledged: those for waiting guests first, then oldest first.
    pub fn open(&self) -> &[Alert] {
        &self.open
    }

    /// The open alert of a room, if it has one.
    pub fn open_for(&self, room_id: &str) -> Option<&Alert> {
        self.open.iter().find(|alert| alert.room_id == room_id)
    }

    /// Acknowledges an alert.
    pub fn acknowledge(&mut self, id: u64) {
        self.open.retain(|alert| alert.id != id);
    }

    /// Acknowledges every open alert; returns their numbers.
    pub fn acknowledge_all(&mut self) -> Vec<u64> {
        self.open.drain(..).map(|alert| alert.id).collect()
    }

    /// Numbers new alerts after `id` (alerts of an earlier run, acknowledged ones included).
    pub fn start_numbering_after(&mut self, id: u64) {
        self.next_id = self.next_id.max(id);
    }

    /// Brings back alerts kept from an earlier run, oldest first, one per room:
    /// an older alert of a room that has a newer one is folded into it (its
    /// count added). Returns the numbers of the alerts folded away, for the
    /// caller to mark acknowledged where they are kept.
    pub fn reopen(&mut self, alerts: Vec<Alert>) -> Vec<u64> {
        let mut folded = Vec::new();
        for alert in alerts {
            self.next_id = self.next_id.max(alert.id);
            let alert = match self
                .open
                .iter()
                .position(|open| open.room_id == alert.room_id)
            {
                Some(at_index) => {
                    let older = self.open.remove(at_index);
                    folded.push(older.id);
                    Alert {
                        fired: alert.fired.saturating_add(older.fired),
                        ..alert
                    }
                }
                None => alert,
            };
            self.open.push(alert);
        }
        folded
    }
}

/// Whether a reservation is an arrival not yet checked in: due on the hotel's
/// `day` once today's arrivals are loaded, else due within a day of `now`.
pub(crate) fn is_due(row: &ReservationRow, day: Option<&HotelDay>, now: DateTime<Utc>) -> bool {
    matches!(
        row.state,
        ReservationState::Confirmed | ReservationState::Optional
    ) && row.start_utc.is_some_and(|start| match day {
        Some(day) => day.contains(start),
        None => start <= now + Duration::hours(24) && start >= now - Duration::hours(24),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room(state: ResourceState) -> Room {
        let mut rooms = super::super::Rooms::default();
        rooms.apply_event(
            "r-1",
            &state,
            DateTime::from_timestamp(0, 0).expect("valid"),
        );
        let mut room = rooms.get("r-1").cloned().expect("room");
        room.name = "101".into();
        room
    }

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_764_800_000, 0).expect("valid")
    }

    #[test]
    fn a_watched_room_alerts_once_when_it_becomes_ready() {
        let mut alerts = Alerts::default();
        let clean = room(ResourceState::Clean);
        assert!(
            alerts
                .on_change(&clean, Some(&ResourceState::Dirty), now(), || Some(None))
                .is_none()
        );
        let inspected = room(ResourceState::Inspected);
        let alert = alerts
            .on_change(&inspected, Some(&ResourceState::Clean), now(), || {
                Some(None)
            })
            .cloned()
            .expect("fires");
        assert_eq!(alert.kind, AlertKind::Ready(ResourceState::Inspected));
        assert_eq!(alert.message(), "Room 101 is ready (Inspected)");
        assert!(
            alerts
                .on_change(&inspected, Some(&ResourceState::Inspected), now(), || Some(
                    None
                ))
                .is_none()
        );
        assert_eq!(alerts.open().len(), 1);
        alerts.acknowledge(alert.id);
        assert!(alerts.open().is_empty());
    }

    #[test]
    fn a_room_flipping_dirty_inspected_twice_keeps_one_open_alert_updated_in_place() {
        let mut alerts = Alerts::default();
        let later = now() + Duration::minutes(5);
        for (state, previous, at) in [
            (ResourceState::Dirty, None, now()),
            (ResourceState::Inspected, Some(ResourceState::Dirty), now()),
            (ResourceState::Dirty, Some(ResourceState::Inspected), later),
            (ResourceState::Inspected, Some(ResourceState::Dirty), later),
        ] {
            alerts.on_change(&room(state), previous.as_ref(), at, || Some(None));
        }
        assert_eq!(alerts.open().len(), 1, "one open alert per room");
        let open = alerts.open()[0].clone();
        assert_eq!(open.fired, 2);
        assert_eq!(open.at, later, "the time of the latest transition");
        assert_eq!(open.kind, AlertKind::Ready(ResourceState::Inspected));
        let fresh = alerts.take_fresh();
        assert_eq!(fresh.len(), 2, "every transition is still handed out");
        assert!(fresh.iter().all(|alert| alert.id == open.id));
        let broken = alerts
            .on_change(
                &room(ResourceState::OutOfOrder),
                Some(&ResourceState::Inspected),
                later,
                || Some(None),
            )
            .cloned()
            .expect("fires");
        assert_eq!((broken.kind, broken.fired), (AlertKind::OutOfOrder, 3));
        assert_eq!(alerts.open().len(), 1);
    }

    #[test]
    fn an_alert_for_a_waiting_guest_stands_above_the_others() {
        let mut alerts = Alerts::default();
        for (id, waiting) in [("r-1", None), ("r-2", Some("res-2")), ("r-3", None)] {
            let mut inspected = room(ResourceState::Inspected);
            inspected.id = id.into();
            let waiting = waiting.map(str::to_owned);
            alerts.on_change(&inspected, Some(&ResourceState::Dirty), now(), || {
                Some(waiting)
            });
        }
        let order: Vec<&str> = alerts.open().iter().map(|a| a.room_id.as_str()).collect();
        assert_eq!(order, ["r-2", "r-1", "r-3"]);
        assert_eq!(alerts.open()[0].waiting.as_deref(), Some("res-2"));
    }

    #[test]
    fn acknowledge_all_empties_the_list_and_names_each_alert() {
        let mut alerts = Alerts::default();
        for id in ["r-1", "r-2", "r-3"] {
            let mut inspected = room(ResourceState::Inspected);
            inspected.id = id.into();
            alerts.on_change(&inspected, Some(&ResourceState::Dirty), now(), || {
                Some(None)
            });
        }
        assert_eq!(alerts.open().len(), 3);
        assert_eq!(alerts.acknowledge_all(), [1, 2, 3]);
        assert!(alerts.open().is_empty());
    }

    #[test]
    fn reopening_alerts_of_an_earlier_run_folds_a_rooms_older_alerts_into_its_newest() {
        let alert = |id, room: &str, fired| Alert {
            id,
            room_id: room.into(),
            room_name: room.into(),
            kind: AlertKind::Ready(ResourceState::Inspected),
            at: now(),
            fired,
            waiting: None,
        };
        let mut alerts = Alerts::default();
        let folded = alerts.reopen(vec![alert(1, "a", 1), alert(2, "b", 1), alert(3, "a", 2)]);
        assert_eq!(folded, [1]);
        let open: Vec<(u64, u32)> = alerts.open().iter().map(|a| (a.id, a.fired)).collect();
        assert_eq!(open, [(2, 1), (3, 3)]);
    }

    #[test]
    fn clean_counts_as_ready_only_when_the_hotel_says_so() {
        let mut alerts = Alerts {
            rule: ReadyRule::CleanOrInspected,
            ..Alerts::default()
        };
        let clean = room(ResourceState::Clean);
        assert!(
            alerts
                .on_change(&clean, Some(&ResourceState::Dirty), now(), || Some(None))
                .is_some()
        );
        let inspected = room(ResourceState::Inspected);
        assert!(
            alerts
                .on_change(&inspected, Some(&ResourceState::Clean), now(), || Some(
                    None
                ))
                .is_none(),
            "already ready: no second alert"
        );
    }

    #[test]
    fn out_of_order_and_service_alert_and_unwatched_rooms_stay_quiet() {
        let mut alerts = Alerts::default();
        let broken = room(ResourceState::OutOfOrder);
        assert!(
            alerts
                .on_change(&broken, Some(&ResourceState::Inspected), now(), || None)
                .is_none()
        );
        let kind = alerts
            .on_change(&broken, Some(&ResourceState::Inspected), now(), || {
                Some(None)
            })
            .map(|alert| alert.kind.clone());
        assert_eq!(kind, Some(AlertKind::OutOfOrder));
        let resting = room(ResourceState::OutOfService);
        let kind = alerts
            .on_change(&resting, Some(&ResourceState::OutOfOrder), now(), || {
                Some(None)
            })
            .map(|alert| alert.kind.clone());
        assert_eq!(kind, Some(AlertKind::OutOfService));
    }

    #[test]
    fn an_alert_kind_reads_back_from_its_name_and_state() {
        for kind in [
            AlertKind::Ready(ResourceState::Clean),
            AlertKind::OutOfOrder,
            AlertKind::OutOfService,
        ] {
            let back = AlertKind::from_parts(kind.name(), kind.state().as_wire());
            assert_eq!(back, Some(kind));
        }
        assert_eq!(AlertKind::from_parts("Haunted", "Dirty"), None);
    }

    #[test]
    fn numbering_continues_after_alerts_of_an_earlier_run() {
        let mut alerts = Alerts::default();
        alerts.start_numbering_after(7);
        let alert = alerts
            .on_change(
                &room(ResourceState::Inspected),
                Some(&ResourceState::Dirty),
                now(),
                || Some(None),
            )
            .map(|alert| alert.id);
        assert_eq!(alert, Some(8));
    }
}
