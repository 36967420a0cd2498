//! History on real files: round trip across a restart, export, timeline, pruning, corruption.
//!
//! These events carry fixed times from 2025, so most writers here keep everything;
//! retention has its own tests (tests/history_alerts.rs).

// Test code: a failed expectation is a failed test.

use chrono::{DateTime, Duration, Utc};

use monitor_core::protocol::{ResourceState, parse_frame};
use monitor_core::store::{LogEntry, Store};
use monitor_engine::history::{
    ExportFilter, ExportFormat, HistoryReader, HistoryWriter, QUEUE, Record, Retention,
    TimelineChange,
};

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_764_800_000 + seconds, 0).expect("valid time")
}

/// A store fed with `count` Resource events alternating two rooms, plus one unknown type.
fn fed_store(count: u64) -> Store {
    let mut store = Store::default();
    for n in 0..count {
        let state = ["Dirty", "Clean", "Inspected"][(n % 3) as usize];
        let frame = format!(
            r#"{{"Events":[{{"Type":"Resource","Id":"room-{}","State":"{state}","N":{n}}}]}}"#,
            n % 2
        );
        store.apply_batch(at(n as i64), parse_frame(&frame).events);
    }
    store.apply_batch(
        at(count as i64),
        parse_frame(r#"{"Events":[{"Type":"Comet","Id":"x"}]}"#).events,
    );
    store
}

fn write_all(path: &std::path::Path, store: &Store) {
    let (writer, moved) =
        HistoryWriter::start_with(path, Retention::forever()).expect("history opens");
    assert!(moved.is_none());
    for entry in store.log.iter_from(0) {
        writer.record(Record::event(entry));
    }
    writer.record(Record::Status {
        at: at(0),
        text: "Connected".into(),
    });
    writer.record(Record::Problem {
        at: at(1),
        text: "Skipped event".into(),
    });
}

#[test]
fn history_round_trips_across_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    let before = fed_store(1_000);
    write_all(&path, &before);

    let reader = HistoryReader::open(&path).expect("reopens");
    assert_eq!(reader.event_count().expect("count"), 1_001);
    assert_eq!(reader.last_seq().expect("last"), 1_001);
    let entries: Vec<LogEntry> = reader.recent(100_000).expect("reads");
    let original: Vec<&LogEntry> = before.log.iter_from(0).collect();
    assert_eq!(entries.len(), original.len());
    for (restored, kept) in entries.iter().zip(original) {
        assert_eq!(restored, kept, "seq, receive time and raw JSON survive");
    }

    let mut after = Store::default();
    after.restore(entries);
    let room = after.rooms.get("room-1").expect("room restored");
    assert!(room.unconfirmed, "restored states await confirmation");
    assert_eq!(
        room.state,
        before.rooms.get("room-1").and_then(|r| r.state.clone())
    );
    let next = after.apply(
        at(5_000),
        parse_frame(r#"{"Events":[{"Type":"Resource","Id":"room-1","State":"OutOfOrder"}]}"#)
            .events
            .remove(0),
    );
    assert_eq!(
        next.entry.seq, 1_002,
        "numbering continues after the restored events"
    );
    assert!(!after.rooms.get("room-1").expect("room").unconfirmed);
}

#[test]
fn recent_returns_only_the_newest_events_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    write_all(&path, &fed_store(50));
    let reader = HistoryReader::open(&path).expect("reopens");
    let seqs: Vec<u64> = reader
        .recent(5)
        .expect("reads")
        .iter()
        .map(|e| e.seq)
        .collect();
    assert_eq!(seqs, [47, 48, 49, 50, 51]);
}

#[test]
fn exports_read_back_as_csv_and_json_lines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    write_all(&path, &fed_store(30));
    let reader = HistoryReader::open(&path).expect("reopens");
    let filter = ExportFilter {
        since: Some(at(10)),
        until: Some(at(20)),
        types: vec!["resource".into()],
    };

    let mut csv_out = Vec::new();
    assert_eq!(
        reader
            .export(&filter, ExportFormat::Csv, &mut csv_out)
            .expect("csv"),
        10
    );
    let mut csv = csv::Reader::from_reader(csv_out.as_slice());
    let headers = csv.headers().expect("header").clone();
    assert_eq!(&headers[0], "seq");
    let records: Vec<csv::StringRecord> = csv.records().map(|r| r.expect("record")).collect();
    assert_eq!(records.len(), 10);
    assert_eq!(&records[0][0], "11");
    assert_eq!(&records[0][2], "Resource");
    let json: serde_json::Value = serde_json::from_str(&records[0][5]).expect("raw JSON column");
    assert_eq!(json["N"], 10, "fields the app does not model are exported");

    let mut jsonl = Vec::new();
    let everything = ExportFilter::default();
    assert_eq!(
        reader
            .export(&everything, ExportFormat::Jsonl, &mut jsonl)
            .expect("jsonl"),
        31
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(jsonl)
        .expect("utf-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON line"))
        .collect();
    assert_eq!(lines[30]["event"]["Type"], "Comet");
    assert_eq!(lines[0]["seq"], 1);
}

#[test]
fn a_room_timeline_lists_its_states_with_times() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    write_all(&path, &fed_store(12));
    let reader = HistoryReader::open(&path).expect("reopens");
    let steps = reader.timeline("room-0", at(4)).expect("timeline");
    let states: Vec<&str> = steps
        .iter()
        .map(|step| match &step.change {
            TimelineChange::State(state) => state.as_str(),
            TimelineChange::Missed(gap) => panic!("no gap here: {gap:?}"),
        })
        .collect();
    assert_eq!(states, ["Clean", "Dirty", "Inspected", "Clean"]);
    assert_eq!(steps[0].received, at(4));
    assert_eq!(
        ResourceState::from_wire(states[2]),
        ResourceState::Inspected
    );
}

#[test]
fn pruning_removes_rows_older_than_the_cutoff() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    let store = fed_store(100);
    {
        let (writer, _) = HistoryWriter::start_with(&path, Retention::forever()).expect("opens");
        for entry in store.log.iter_from(0) {
            writer.record(Record::event(entry));
        }
        writer.record(Record::Prune(at(60)));
    }
    let reader = HistoryReader::open(&path).expect("reopens");
    assert_eq!(reader.event_count().expect("count"), 41);
    assert_eq!(reader.recent(1).expect("reads")[0].seq, 101);
    let old = at(0) - Duration::days(1);
    assert!(
        reader
            .timeline("room-0", old)
            .expect("timeline")
            .iter()
            .all(|s| s.received >= at(60))
    );
}

#[test]
fn a_corrupt_file_is_moved_aside_and_a_fresh_one_started() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    std::fs::write(&path, b"this is not a database, it is a napkin".repeat(200)).expect("write");
    let (writer, moved) =
        HistoryWriter::start_with(&path, Retention::forever()).expect("history starts anyway");
    let moved = moved.expect("the damaged file was moved aside");
    assert!(moved.exists());
    assert!(
        std::fs::read(&moved)
            .expect("kept")
            .starts_with(b"this is not a database")
    );
    let store = fed_store(3);
    for entry in store.log.iter_from(0) {
        writer.record(Record::event(entry));
    }
    drop(writer);
    assert_eq!(
        HistoryReader::open(&path)
            .expect("fresh file")
            .event_count()
            .expect("count"),
        4
    );
}

#[test]
fn a_locked_history_file_holds_up_the_sender_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    let (writer, _) = HistoryWriter::start_with(&path, Retention::forever()).expect("opens");
    // Another program holds the file: the writer cannot commit.
    let blocker = rusqlite::Connection::open(&path).expect("second connection");
    blocker.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    let total = QUEUE * 3;
    let store = fed_store(total as u64 - 1);
    let sent = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let sender = scope.spawn(|| {
            for entry in store.log.iter_from(0) {
                writer.record(Record::event(entry));
                sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        });
        while !writer.is_behind() {
            std::thread::yield_now();
        }
        // The queue is bounded: the sender waits (one batch is with the writer).
        let waiting = sent.load(std::sync::atomic::Ordering::SeqCst);
        assert!(
            waiting <= 2 * QUEUE + 1,
            "{waiting} records accepted while locked"
        );
        assert!(!sender.is_finished(), "the sender was not held up");
        blocker.execute_batch("COMMIT").expect("unlock");
        sender.join().expect("sender");
    });
    drop(writer);
    let reader = HistoryReader::open(&path).expect("reader");
    assert_eq!(reader.event_count().expect("count"), total as u64);
}

/// Windows does not let a program remove a file another has open.
#[cfg(unix)]
#[test]
fn a_history_file_removed_while_running_is_started_again_and_that_is_said_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.sqlite3");
    let (tell, news) = std::sync::mpsc::channel();
    let (writer, _) = HistoryWriter::start_waking(
        &path,
        Retention::forever(),
        std::sync::Arc::new(move || {
            let _ = tell.send(());
        }),
    )
    .expect("opens");
    let store = fed_store(400);
    let mut entries = store.log.iter_from(0);
    writer.record(Record::event(entries.next().expect("an event")));
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(file));
    }
    // Events keep coming; the writer looks at its file every two seconds.
    let deadline = std::time::Instant::now() + crate::support::PATIENCE;
    let last = loop {
        assert!(
            std::time::Instant::now() < deadline,
            "the removal was never noticed"
        );
        let entry = entries.next().expect("events enough for the wait");
        writer.record(Record::event(entry));
        if news
            .recv_timeout(std::time::Duration::from_millis(20))
            .is_ok()
        {
            break entry.seq;
        }
    };
    let said: Vec<String> = writer
        .take_problems()
        .iter()
        .map(|t| t.to_string())
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("was removed while Mews Monitor was running: a new one was started"));
    drop(writer);
    let reader = HistoryReader::open(&path).expect("a new file is there");
    assert_eq!(
        reader.last_seq().expect("last"),
        last,
        "the events after the removal are kept in the new file"
    );
}
