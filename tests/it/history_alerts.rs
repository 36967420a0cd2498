//! Alerts and retention in the history database, on real files in a temp dir.

// Test code: a failed expectation is a failed test.

use chrono::{DateTime, Duration, Utc};
use monitor_core::protocol::{ResourceState, parse_frame};
use monitor_core::store::{Alert, AlertKind, LogEntry, Store};
use monitor_engine::history::{HistoryReader, HistoryWriter, Record, Retention};

fn room_event(store: &mut Store, at: DateTime<Utc>, room: &str, state: &str) -> LogEntry {
    let frame = format!(r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"{state}"}}]}}"#);
    store.apply_batch(at, parse_frame(&frame).events);
    store.log.last().cloned().expect("logged")
}

/// A store watching two rooms that both turn Inspected: two alerts.
fn two_alerts(at: DateTime<Utc>) -> Vec<Alert> {
    let mut store = Store::default();
    for room in ["r-101", "r-102"] {
        store.alerts.set_pinned(room, true);
        room_event(&mut store, at, room, "Dirty");
        room_event(&mut store, at + Duration::seconds(1), room, "Inspected");
    }
    store.alerts.take_fresh()
}

#[test]
fn only_unacknowledged_alerts_come_back_after_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    let at = Utc::now() - Duration::hours(1);
    let fired = two_alerts(at);
    assert_eq!(fired.iter().map(|a| a.id).collect::<Vec<_>>(), [1, 2]);
    {
        let (writer, _) = HistoryWriter::start(&path).expect("opens");
        for alert in &fired {
            writer.record(Record::Alert(alert.clone()));
        }
        writer.record(Record::AlertAcknowledged(2));
    }

    let reader = HistoryReader::open(&path).expect("reopens");
    let open = reader.open_alerts().expect("reads alerts");
    assert_eq!(open.len(), 1);
    let back = &open[0];
    assert_eq!(back.id, 1);
    assert_eq!(back.room_id, "r-101");
    assert_eq!(back.kind, AlertKind::Ready(ResourceState::Inspected));
    assert_eq!(back.message(), fired[0].message());
    assert_eq!(
        back.at.timestamp_millis(),
        fired[0].at.timestamp_millis(),
        "the time survives to the millisecond"
    );

    let mut store = Store::default();
    store.alerts.reopen(open);
    store
        .alerts
        .start_numbering_after(reader.last_alert_id().expect("last id"));
    assert_eq!(store.alerts.open().len(), 1);
    store.alerts.set_pinned("r-103", true);
    room_event(&mut store, Utc::now(), "r-103", "Clean");
    room_event(&mut store, Utc::now(), "r-103", "OutOfOrder");
    let new = store.alerts.take_fresh();
    assert_eq!(
        new.iter().map(|a| a.id).collect::<Vec<_>>(),
        [3],
        "numbers continue after the highest stored, acknowledged or not"
    );
}

#[test]
fn rows_older_than_the_retention_are_pruned_at_start_and_recent_ones_stay() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    let now = Utc::now();
    let old = now - Duration::days(100);
    let recent = now - Duration::days(1);
    let mut store = Store::default();
    {
        let (writer, _) = HistoryWriter::start_with(&path, Retention::forever()).expect("opens");
        for n in 0..1_234 {
            let entry = room_event(&mut store, old, &format!("r-{}", n % 40), "Dirty");
            writer.record(Record::event(&entry));
        }
        for n in 0..10 {
            let entry = room_event(&mut store, recent, &format!("r-{n}"), "Clean");
            writer.record(Record::event(&entry));
        }
        for at in [old, recent] {
            writer.record(Record::Status {
                at,
                text: "Connected".into(),
            });
        }
        let mut alerts = two_alerts(old);
        alerts[1].at = recent;
        for alert in alerts {
            writer.record(Record::Alert(alert));
        }
    }
    assert_eq!(
        HistoryReader::open(&path)
            .expect("reads")
            .event_count()
            .expect("count"),
        1_244
    );

    let retention = Retention {
        batch: 100,
        ..Retention::days(90)
    };
    {
        let (writer, _) = HistoryWriter::start_with(&path, retention).expect("opens");
        // Records written while pruning goes on are kept.
        let entry = room_event(&mut store, now, "r-new", "Inspected");
        writer.record(Record::event(&entry));
    }
    let reader = HistoryReader::open(&path).expect("reads");
    assert_eq!(reader.event_count().expect("count"), 11);
    assert!(
        reader
            .recent(100)
            .expect("reads")
            .iter()
            .all(|entry| entry.received > old + Duration::days(1)),
        "only recent events are left"
    );
    let alerts = reader.open_alerts().expect("alerts");
    assert_eq!(alerts.iter().map(|a| a.id).collect::<Vec<_>>(), [2]);
    assert_eq!(
        reader.last_seq().expect("last"),
        1_245,
        "the newest event is kept"
    );
}
