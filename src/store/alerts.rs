//! "Ready for check-in" alerts: watched rooms that become ready, or go out of order/service.
//!
//! The hotel chooses what "ready" means ([`ReadyRule`]). A room is watched
//! when staff pinned it or when a reservation arriving soon is assigned to
//! it. Each transition fires exactly once; alerts stay until acknowledged.

use chrono::{DateTime, Duration, Utc};
use rustc_hash::FxHashSet;

use crate::protocol::{HotelDay, ReservationState, ResourceState};

use super::rooms::Room;
use super::tables::{LatestById, ReservationRow};

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
    pub fn is_ready(self, state: &ResourceState) -> bool {
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
    /// When.
    pub at: DateTime<Utc>,
}

impl Alert {
    /// One line for staff, e.g. "Room 101 is ready (Inspected)".
    pub fn message(&self) -> String {
        match &self.kind {
            AlertKind::Ready(state) => format!("Room {} is ready ({state})", self.room_name),
            AlertKind::OutOfOrder => format!("Room {} went out of order", self.room_name),
            AlertKind::OutOfService => format!("Room {} went out of service", self.room_name),
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

    /// Whether the room is watched: pinned, or assigned to an arrival still
    /// waiting on the hotel's `day` (within a day of `now` while the day is unknown).
    pub fn is_watched(
        &self,
        room_id: &str,
        reservations: &LatestById<ReservationRow>,
        day: Option<&HotelDay>,
        now: DateTime<Utc>,
    ) -> bool {
        self.is_pinned(room_id) || arrival_rooms(reservations, day, now).contains(room_id)
    }

    /// Looks at a room that just changed from `previous`; returns the alert it fires, if any.
    /// `is_arrival` tells whether an arriving guest waits for the room; it is
    /// asked only when the change would alert a watched room.
    pub fn on_change(
        &mut self,
        room: &Room,
        previous: Option<&ResourceState>,
        at: DateTime<Utc>,
        is_arrival: impl FnOnce() -> bool,
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
        if !self.is_pinned(&room.id) && !is_arrival() {
            return None;
        }
        self.next_id += 1;
        let alert = Alert {
            id: self.next_id,
            room_id: room.id.clone(),
            room_name: room.display_name().to_owned(),
            kind,
            at,
        };
        self.fresh.push(alert.clone());
        self.open.push(alert);
        self.open.last()
    }

    /// Alerts fired since the last call, for notifications and `tail --alerts`.
    pub fn take_fresh(&mut self) -> Vec<Alert> {
        std::mem::take(&mut self.fresh)
    }

    /// Alerts not yet acknowledged, oldest first.
    pub fn open(&self) -> &[Alert] {
        &self.open
    }

    /// Acknowledges an alert.
    pub fn acknowledge(&mut self, id: u64) {
        self.open.retain(|alert| alert.id != id);
    }

    /// Numbers new alerts after `id` (alerts of an earlier run, acknowledged ones included).
    pub fn start_numbering_after(&mut self, id: u64) {
        self.next_id = self.next_id.max(id);
    }

    /// Brings back alerts kept from an earlier run.
    pub fn reopen(&mut self, alerts: Vec<Alert>) {
        for alert in alerts {
            self.next_id = self.next_id.max(alert.id);
            self.open.push(alert);
        }
    }
}

/// Whether a reservation is an arrival not yet checked in: due on the hotel's
/// `day` once today's arrivals are loaded, else due within a day of `now`.
pub fn is_due(row: &ReservationRow, day: Option<&HotelDay>, now: DateTime<Utc>) -> bool {
    matches!(
        row.state,
        ReservationState::Confirmed | ReservationState::Optional
    ) && row.start_utc.is_some_and(|start| match day {
        Some(day) => day.contains(start),
        None => start <= now + Duration::hours(24) && start >= now - Duration::hours(24),
    })
}

/// Rooms assigned to arrivals still waiting (see [`is_due`]), for showing the watch list.
pub fn arrival_rooms<'a>(
    reservations: &'a LatestById<ReservationRow>,
    day: Option<&HotelDay>,
    now: DateTime<Utc>,
) -> FxHashSet<&'a str> {
    reservations
        .rows()
        .iter()
        .filter(|row| is_due(&row.value, day, now))
        .filter_map(|row| row.value.assigned_resource_id.as_deref())
        .collect()
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
                .on_change(&clean, Some(&ResourceState::Dirty), now(), || true)
                .is_none()
        );
        let inspected = room(ResourceState::Inspected);
        let alert = alerts
            .on_change(&inspected, Some(&ResourceState::Clean), now(), || true)
            .cloned()
            .expect("fires");
        assert_eq!(alert.kind, AlertKind::Ready(ResourceState::Inspected));
        assert_eq!(alert.message(), "Room 101 is ready (Inspected)");
        assert!(
            alerts
                .on_change(&inspected, Some(&ResourceState::Inspected), now(), || true)
                .is_none()
        );
        assert_eq!(alerts.open().len(), 1);
        alerts.acknowledge(alert.id);
        assert!(alerts.open().is_empty());
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
                .on_change(&clean, Some(&ResourceState::Dirty), now(), || true)
                .is_some()
        );
        let inspected = room(ResourceState::Inspected);
        assert!(
            alerts
                .on_change(&inspected, Some(&ResourceState::Clean), now(), || true)
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
                .on_change(&broken, Some(&ResourceState::Inspected), now(), || false)
                .is_none()
        );
        let kind = alerts
            .on_change(&broken, Some(&ResourceState::Inspected), now(), || true)
            .map(|alert| alert.kind.clone());
        assert_eq!(kind, Some(AlertKind::OutOfOrder));
        let resting = room(ResourceState::OutOfService);
        let kind = alerts
            .on_change(&resting, Some(&ResourceState::OutOfOrder), now(), || true)
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
                || true,
            )
            .map(|alert| alert.id);
        assert_eq!(alert, Some(8));
    }

    #[test]
    fn rooms_of_arrivals_due_soon_are_watched() {
        let mut reservations = LatestById::<ReservationRow>::default();
        let row = |state, hours: i64, room: &str| ReservationRow {
            state,
            previous: None,
            start_utc: Some(now() + Duration::hours(hours)),
            end_utc: None,
            assigned_resource_id: Some(room.into()),
            changed_offline: false,
        };
        reservations.record("a", 1, now(), |_| {
            row(ReservationState::Confirmed, 3, "soon")
        });
        reservations.record("b", 2, now(), |_| {
            row(ReservationState::Confirmed, 72, "later")
        });
        reservations.record("c", 3, now(), |_| {
            row(ReservationState::Started, 0, "in-house")
        });
        let alerts = Alerts::default();
        assert!(alerts.is_watched("soon", &reservations, None, now()));
        assert!(!alerts.is_watched("later", &reservations, None, now()));
        assert!(!alerts.is_watched("in-house", &reservations, None, now()));
        let mut pinned = Alerts::default();
        pinned.set_pinned("later", true);
        assert!(pinned.is_watched("later", &reservations, None, now()));
        // Once today's arrivals are loaded, "due" means due on the hotel's day.
        let later = now() + Duration::hours(72);
        let that_day = HotelDay::containing(Some("UTC"), later).expect("zone");
        assert!(alerts.is_watched("later", &reservations, Some(&that_day), now()));
        assert!(!alerts.is_watched("soon", &reservations, Some(&that_day), now()));
    }
}
