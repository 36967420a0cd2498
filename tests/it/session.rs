//! The live session over history: what survives closing the app.

use chrono::Utc;
use monitor_core::protocol::parse_frame;
use monitor_core::store::Store;
use monitor_engine::history::Retention;
use monitor_engine::net::NetEvent;
use monitor_engine::session::{Session, Summary};

fn resource(id: &str, state: &str) -> NetEvent {
    NetEvent::Frame {
        received: Utc::now(),
        events: parse_frame(&format!(
            r#"{{"Events":[{{"Type":"Resource","Id":"{id}","State":"{state}"}}]}}"#
        ))
        .events,
        problems: Vec::new(),
    }
}

#[test]
fn events_and_unacknowledged_alerts_come_back_after_a_restart() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("history.sqlite3");
    {
        let mut session = Session::new(Store::default());
        session
            .open_history(&path, Retention::days(90), std::sync::Arc::new(|| {}))
            .expect("history opens");
        session.pin_room("room-a", true);
        session.pin_room("room-b", true);
        for (room, state) in [
            ("room-a", "Dirty"),
            ("room-b", "Dirty"),
            ("room-a", "Inspected"),
            ("room-b", "Inspected"),
        ] {
            session.handle(resource(room, state));
        }
        let fresh = session.take_fresh_alerts();
        assert_eq!(fresh.len(), 2);
        session.acknowledge_alert(fresh[0].id);
    } // closing the app: the history writer finishes its queue
    let mut session = Session::new(Store::default());
    session
        .open_history(&path, Retention::days(90), std::sync::Arc::new(|| {}))
        .expect("history reopens");
    assert_eq!(session.store().total_events(), 4);
    let open = session.store().alerts.open().to_vec();
    assert_eq!(open.len(), 1, "only the unacknowledged alert");
    assert_eq!(open[0].room_id, "room-b");
    let room = session.store().rooms.get("room-a").expect("restored");
    assert!(room.unconfirmed, "last known state, until Mews confirms it");
    session.pin_room("room-a", true);
    session.handle(resource("room-a", "Dirty"));
    session.handle(resource("room-a", "Inspected"));
    let fresh = session.take_fresh_alerts();
    assert_eq!(fresh.len(), 1);
    assert!(fresh[0].id > open[0].id, "alert numbers continue");
}

#[test]
fn a_room_flipping_dirty_inspected_twice_keeps_one_open_alert_across_a_restart() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("history.sqlite3");
    {
        let mut session = Session::new(Store::default());
        session
            .open_history(&path, Retention::days(90), std::sync::Arc::new(|| {}))
            .expect("history opens");
        session.pin_room("room-a", true);
        for state in ["Dirty", "Inspected", "Dirty", "Inspected"] {
            session.handle(resource("room-a", state));
        }
        let fresh = session.take_fresh_alerts();
        assert_eq!(fresh.len(), 2, "each transition is handed out");
        let open = session.store().alerts.open();
        assert_eq!(open.len(), 1, "one open alert for the room");
        assert_eq!(open[0].fired, 2);
    }
    let mut session = Session::new(Store::default());
    session
        .open_history(&path, Retention::days(90), std::sync::Arc::new(|| {}))
        .expect("history reopens");
    assert_eq!(
        session.store().alerts.open().len(),
        1,
        "still one after a restart"
    );
    session.acknowledge_all_alerts();
    drop(session);
    let session = {
        let mut session = Session::new(Store::default());
        session
            .open_history(&path, Retention::days(90), std::sync::Arc::new(|| {}))
            .expect("history reopens");
        session
    };
    assert!(
        session.store().alerts.open().is_empty(),
        "acknowledged for good"
    );
}

#[test]
fn a_resync_names_the_rooms_that_changed_while_offline() {
    use monitor_core::protocol::{ResourceRecord, ResourceState};
    use monitor_engine::net::lookup::LookupEvent;
    let record = |state: ResourceState| ResourceRecord {
        id: "room-a".into(),
        name: "101".into(),
        floor: Some("1".into()),
        state: Some(state),
        is_active: true,
        ..ResourceRecord::default()
    };
    let mut session = Session::new(Store::default());
    session.learn(LookupEvent::Rooms {
        records: vec![record(ResourceState::Dirty)],
        at: Utc::now(),
    });
    session.learn(LookupEvent::Rooms {
        records: vec![record(ResourceState::Inspected)],
        at: Utc::now(),
    });
    let (_, summary) = session.last_resync().cloned().expect("a resync");
    assert_eq!(
        summary,
        [Summary::Rooms {
            loaded: 1,
            changed: 1,
            names: vec!["101".into()]
        }]
    );
    assert_eq!(
        summary[0].to_string(),
        "1 rooms loaded from Mews; 1 changed while offline (101)",
        "as history keeps it"
    );
    let room = session.store().rooms.get("room-a").expect("known");
    assert!(room.changed_offline);
    assert_eq!(room.previous, Some(ResourceState::Dirty));
}
