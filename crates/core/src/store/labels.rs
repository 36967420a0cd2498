//! Names for ids: reservation numbers, device names, rate names, the hotel.
//!
//! Filled from REST lookups; asks for each unknown id once. Pure: the caller
//! sends the requests and brings back the answers. Keeps only the names, and
//! forgets those of ids nothing shows any more ([`Labels::keep_only`]), so a
//! window open for weeks does not gather every reservation it ever heard of.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::protocol::{
    CommandRecord, Event, EventBody, HotelConfiguration, RateRecord, ReservationRecord,
};

use super::rooms::Rooms;

/// What the monitor has learnt about ids from REST.
#[derive(Clone, Debug, Default)]
pub struct Labels {
    /// The hotel, once known.
    pub hotel: Option<HotelConfiguration>,
    /// Reservation id → its confirmation number (none when Mews has none).
    reservations: FxHashMap<String, Option<String>>,
    /// Device command id → the device's name (none when Mews did not say).
    commands: FxHashMap<String, Option<String>>,
    rates: FxHashMap<String, String>,
    /// Ids asked for and not answered yet (or that Mews did not know); an answered
    /// id is in `reservations` or `commands` and is not kept here a second time.
    asked: FxHashSet<String>,
    /// Counts additions, so views built from names know when to rebuild.
    revision: u64,
}

/// Ids worth looking up, collected from a batch of events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unknowns {
    /// Reservations without a number yet.
    pub reservations: Vec<String>,
    /// Device commands without a device name yet.
    pub commands: Vec<String>,
}

impl Unknowns {
    /// Whether there is nothing to look up.
    pub fn is_empty(&self) -> bool {
        self.reservations.is_empty() && self.commands.is_empty()
    }
}

impl Labels {
    /// Changes whenever names or details are added.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records reservation details.
    pub fn add_reservations(&mut self, records: Vec<ReservationRecord>) {
        self.revision += 1;
        for record in records {
            self.asked.remove(&record.id);
            self.reservations.insert(record.id, record.number);
        }
    }

    /// Records device command details.
    pub fn add_commands(&mut self, records: Vec<CommandRecord>) {
        self.revision += 1;
        for record in records {
            self.asked.remove(&record.id);
            self.commands.insert(record.id, record.device_name);
        }
    }

    /// Records rate names.
    pub fn add_rates(&mut self, records: Vec<RateRecord>) {
        self.revision += 1;
        for record in records {
            self.rates.insert(record.id, record.name);
        }
    }

    /// The reservation's confirmation number, when known.
    pub fn reservation_number(&self, id: &str) -> Option<&str> {
        self.reservations.get(id)?.as_deref()
    }

    /// The device a command is for, when known.
    pub fn device_name(&self, command_id: &str) -> Option<&str> {
        self.commands.get(command_id)?.as_deref()
    }

    /// Forgets the reservations and device commands (names, and that they were
    /// asked for) whose ids `keep` refuses.
    pub(crate) fn keep_only(&mut self, keep: impl Fn(&str) -> bool) {
        let before = self.reservations.len() + self.commands.len();
        self.reservations.retain(|id, _| keep(id));
        self.commands.retain(|id, _| keep(id));
        self.asked.retain(|id| keep(id));
        if self.reservations.len() + self.commands.len() != before {
            self.revision += 1;
        }
    }

    /// A rate's name, when known.
    pub fn rate_name(&self, rate_id: &str) -> Option<&str> {
        self.rates.get(rate_id).map(String::as_str)
    }

    /// Ids in `events` that have no label yet and were never asked for; marks them asked.
    pub fn unknowns<'a>(&mut self, events: impl IntoIterator<Item = &'a Event>) -> Unknowns {
        let mut unknowns = Unknowns::default();
        for event in events {
            match &event.body {
                EventBody::Reservation { id, .. }
                    if !self.reservations.contains_key(id) && self.asked.insert(id.clone()) =>
                {
                    unknowns.reservations.push(id.clone());
                }
                EventBody::DeviceCommand { id, .. }
                    if !self.commands.contains_key(id) && self.asked.insert(id.clone()) =>
                {
                    unknowns.commands.push(id.clone());
                }
                _ => {}
            }
        }
        unknowns
    }

    /// Names for an event's ids, as (label, value) pairs, e.g. ("resource", "101").
    pub fn for_event(&self, event: &Event, rooms: &Rooms) -> Vec<(&'static str, String)> {
        let mut labels = Vec::new();
        let room = |labels: &mut Vec<(&'static str, String)>, id: &str| {
            if let Some(room) = rooms.get(id).filter(|room| !room.name.is_empty()) {
                labels.push(("resource", room.name.clone()));
                if let Some(floor) = &room.floor {
                    labels.push(("floor", floor.clone()));
                }
            }
        };
        match &event.body {
            EventBody::Resource { id, .. } => room(&mut labels, id),
            EventBody::Reservation {
                id,
                assigned_resource_id,
                ..
            } => {
                if let Some(number) = self.reservation_number(id) {
                    labels.push(("reservation", number.to_owned()));
                }
                if let Some(room_id) = assigned_resource_id {
                    room(&mut labels, room_id);
                }
            }
            EventBody::DeviceCommand { id, .. } => {
                if let Some(device) = self.device_name(id) {
                    labels.push(("device", device.to_owned()));
                }
            }
            EventBody::PriceUpdate { rate_id, .. } => {
                if let Some(rate) = rate_id.as_deref().and_then(|id| self.rate_name(id)) {
                    labels.push(("rate", rate.to_owned()));
                }
            }
            EventBody::Unknown { .. } => {}
        }
        labels
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ResourceRecord, ResourceState, parse_frame};

    #[test]
    fn events_get_room_reservation_device_and_rate_names() {
        let mut rooms = Rooms::default();
        let at = chrono::DateTime::from_timestamp(0, 0).expect("valid time");
        rooms.seed(
            &[ResourceRecord {
                id: "room-1".into(),
                name: "101".into(),
                floor: Some("1".into()),
                state: Some(ResourceState::Dirty),
                parent_id: None,
                is_active: true,
                updated_utc: None,
            }],
            at,
        );
        let mut labels = Labels::default();
        let frame = parse_frame(
            r#"{"Events":[{"Type":"Resource","Id":"room-1","State":"Clean"},
            {"Type":"Reservation","Id":"res-1","State":"Started","AssignedResourceId":"room-1"},
            {"Type":"DeviceCommand","Id":"cmd-1","State":"Pending"},
            {"Type":"PriceUpdate","Id":"p","RateId":"rate-1"}]}"#,
        );
        let unknowns = labels.unknowns(&frame.events);
        assert_eq!(unknowns.reservations, ["res-1"]);
        assert_eq!(unknowns.commands, ["cmd-1"]);
        assert!(
            labels.unknowns(&frame.events).is_empty(),
            "each id is asked for once"
        );
        labels.add_reservations(vec![ReservationRecord {
            id: "res-1".into(),
            number: Some("52".into()),
            state: None,
            assigned_resource_id: None,
            rate_id: None,
            scheduled_start_utc: None,
            scheduled_end_utc: None,
            account_id: None,
        }]);
        labels.add_commands(vec![CommandRecord {
            id: "cmd-1".into(),
            state: None,
            device_name: Some("Key cutter 1".into()),
            device_type: Some("KeyCutter".into()),
            created_utc: None,
        }]);
        assert!(labels.asked.is_empty(), "an answered id is kept once");
        assert!(
            labels.unknowns(&frame.events).is_empty(),
            "and is not asked for again"
        );
        labels.add_rates(vec![RateRecord {
            id: "rate-1".into(),
            name: "Flexible".into(),
        }]);
        let named: Vec<_> = frame
            .events
            .iter()
            .map(|e| labels.for_event(e, &rooms))
            .collect();
        assert_eq!(
            named[0],
            [("resource", "101".into()), ("floor", "1".into())]
        );
        assert_eq!(named[1][0], ("reservation", "52".into()));
        assert_eq!(named[1][1], ("resource", "101".into()));
        assert_eq!(named[2], [("device", "Key cutter 1".into())]);
        assert_eq!(named[3], [("rate", "Flexible".into())]);
    }
}
