//! Watched rooms and alert lines for `tail --alerts`.
//!
//! `--watch` takes a room's name or id. Every value is pinned as an id at
//! once (by `tail`), so ids work before (and without) the REST lookups; once
//! `resources/getAll` has named the rooms, a value that is no room's id is
//! matched against names (trimmed, ignoring case) and every room of that name
//! is pinned instead. Knows nothing of sockets or output streams.

use chrono::SecondsFormat;
use serde_json::json;

use monitor_core::protocol::ResourceRecord;
use monitor_core::store::{Alert, Alerts, Store};

/// A `--watch` value that did not name exactly one room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum WatchNote {
    /// No room has this name or id: it is watched as an id.
    NoRoom(String),
    /// Several rooms have this name: all are watched.
    SeveralRooms(String, usize),
}

/// The rooms asked for with `--watch`, as typed.
#[derive(Clone, Debug, Default)]
pub struct WatchList {
    rooms: Vec<String>,
    resolved: bool,
}

impl WatchList {
    /// A list of room names or ids; blank values are dropped.
    pub fn new(rooms: Vec<String>) -> Self {
        WatchList {
            rooms: rooms
                .into_iter()
                .map(|room| room.trim().to_owned())
                .filter(|room| !room.is_empty())
                .collect(),
            resolved: false,
        }
    }

    /// The values as given.
    pub(crate) fn rooms(&self) -> &[String] {
        &self.rooms
    }

    /// Pins rooms by id or name now that `records` name them. Returns notes for
    /// staff (values matching no room, or several), the first time only.
    pub(crate) fn resolve(
        &mut self,
        records: &[ResourceRecord],
        alerts: &mut Alerts,
    ) -> Vec<WatchNote> {
        let mut notes = Vec::new();
        for wanted in &self.rooms {
            if let Some(room) = records.iter().find(|r| r.id.eq_ignore_ascii_case(wanted)) {
                alerts.set_pinned(wanted, false);
                alerts.set_pinned(&room.id, true);
                continue;
            }
            let named: Vec<&ResourceRecord> = records
                .iter()
                .filter(|r| r.name.eq_ignore_ascii_case(wanted))
                .collect();
            if !named.is_empty() {
                alerts.set_pinned(wanted, false);
            }
            for room in &named {
                alerts.set_pinned(&room.id, true);
            }
            match named.len() {
                0 => notes.push(WatchNote::NoRoom(wanted.clone())),
                1 => {}
                count => notes.push(WatchNote::SeveralRooms(wanted.clone(), count)),
            }
        }
        if std::mem::replace(&mut self.resolved, true) {
            notes.clear();
        }
        notes
    }
}

/// One alert as a JSON line: `{"alert":{"id":..,"room_id":..,"room":..,"kind":..,"state":..,
/// "at_utc":..,"message":..,"waiting":..,"reservation":..,"guest":..}}`. For a guest
/// waiting for the room, the message and `guest` name them (standard output
/// only: history keeps the alert without the name).
pub(crate) fn alert_line(alert: &Alert, store: &Store) -> String {
    let waiting = alert.waiting.as_deref();
    json!({"alert": {
        "id": alert.id,
        "room_id": alert.room_id,
        "room": alert.room_name,
        "kind": alert.kind.name(),
        "state": alert.kind.state().as_wire(),
        "at_utc": alert.at.to_rfc3339_opts(SecondsFormat::Millis, true),
        "message": store.alert_message(alert),
        "waiting": waiting.is_some(),
        "reservation": waiting.map(|id| store.labels.reservation_number(id).unwrap_or(id)),
        "guest": waiting.and_then(|id| store.guests.of(id).name()),
    }})
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitor_core::protocol::ResourceState;
    use monitor_core::store::AlertKind;

    fn record(id: &str, name: &str) -> ResourceRecord {
        ResourceRecord {
            id: id.into(),
            name: name.into(),
            floor: None,
            state: Some(ResourceState::Dirty),
            parent_id: None,
            is_active: true,
            updated_utc: None,
        }
    }

    #[test]
    fn names_and_ids_become_pinned_rooms_and_misses_are_told_once() {
        let records = [
            record("id-1", "101"),
            record("id-2", "0002"),
            record("id-3", "0002"),
            record("ID-4", "Suite"),
        ];
        let mut watch = WatchList::new(vec![
            "101".into(),
            " 0002 ".into(),
            "id-4".into(),
            "nowhere".into(),
            "  ".into(),
        ]);
        let mut alerts = Alerts::default();
        for room in watch.rooms() {
            alerts.set_pinned(room, true);
        }
        assert!(
            alerts.is_pinned("101"),
            "taken as an id until names are known"
        );
        let notes = watch.resolve(&records, &mut alerts);
        let mut pinned: Vec<&str> = alerts.pinned().collect();
        pinned.sort_unstable();
        assert_eq!(pinned, ["ID-4", "id-1", "id-2", "id-3", "nowhere"]);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(notes[0], WatchNote::SeveralRooms("0002".into(), 2));
        assert_eq!(notes[1], WatchNote::NoRoom("nowhere".into()));
        assert!(watch.resolve(&records, &mut alerts).is_empty());
    }

    #[test]
    fn an_alert_line_is_one_json_object_under_alert() {
        let alert = Alert {
            id: 7,
            room_id: "id-1".into(),
            room_name: "101".into(),
            kind: AlertKind::Ready(ResourceState::Inspected),
            at: chrono::DateTime::from_timestamp(1_700_000_000, 5_000_000).expect("valid"),
            fired: 1,
            waiting: None,
        };
        let line: serde_json::Value =
            serde_json::from_str(&alert_line(&alert, &Store::default())).expect("JSON");
        let inner = &line["alert"];
        assert_eq!(inner["id"], 7);
        assert_eq!(inner["room"], "101");
        assert_eq!(inner["room_id"], "id-1");
        assert_eq!(inner["kind"], "Ready");
        assert_eq!(inner["state"], "Inspected");
        assert_eq!(inner["at_utc"], "2023-11-14T22:13:20.005Z");
        assert_eq!(inner["message"], "Room 101 is ready (Inspected)");
        assert_eq!(inner["waiting"], false);
        assert!(inner["guest"].is_null());
    }
}
