//! `tail --alerts`: one JSON line per alert, for watched rooms and rooms awaiting arrivals.
//!
//! The first test runs the real binary against the simulator (REST included,
//! so `--watch` can name a room); the others drive a session printing as tail does.

// Test code: a failed expectation is a failed test.

use crate::support::*;
use chrono::{Duration, Utc};
use mews_monitor::cli::tail::{Printer, print_alerts};
use mews_monitor::cli::watch::WatchList;
use monitor_core::protocol::{ResourceRecord, ResourceState, parse_frame};
use monitor_core::store::{ReadyRule, Store};
use monitor_engine::net::NetEvent;
use monitor_engine::session::Session;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};

/// Dirty active rooms of the demo hotel whose names no other room shares.
fn dirty_rooms_with_unique_names() -> Vec<ResourceRecord> {
    let rooms = fixture_rooms();
    rooms
        .iter()
        .filter(|r| r.is_active && r.state == Some(ResourceState::Dirty) && !r.name.is_empty())
        .filter(|r| {
            rooms
                .iter()
                .filter(|other| other.name.eq_ignore_ascii_case(&r.name))
                .count()
                == 1
        })
        .cloned()
        .collect()
}

fn resource(id: &str, state: &str) -> String {
    format!(r#"{{"Type":"Resource","Id":"{id}","State":"{state}"}}"#)
}

fn alert_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("every line is JSON"))
        .filter(|line| line.get("alert").is_some())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watched_room_turning_inspected_prints_exactly_one_alert_line() {
    let sim = start_sim().await;
    let rooms = dirty_rooms_with_unique_names();
    let (by_name, by_id, unwatched) = (&rooms[0], &rooms[1], &rooms[2]);
    let mut child = tail_on(
        &sim,
        &[
            "--alerts",
            "--max-events",
            "4",
            "--watch",
            &by_name.name,
            "--watch",
            &by_id.id,
        ]
        .map(std::ffi::OsStr::new),
    )
    .spawn()
    .expect("tail starts");
    // Wait until tail has the room names (so the name given to --watch is resolved).
    let mut stderr = BufReader::new(child.stderr.take().expect("piped")).lines();
    let mut seen = Vec::new();
    read_until(&mut stderr, &mut seen, |seen| {
        seen.last()
            .is_some_and(|line| line.contains("1,376 rooms loaded"))
    })
    .await;
    let rest = tokio::spawn(async move {
        let mut rest = Vec::new();
        while let Ok(Some(line)) = stderr.next_line().await {
            rest.push(line);
        }
        rest
    });
    let controls = sim.controls();
    controls.send_frame(format!(
        r#"{{"Events":[{},{},{}]}}"#,
        resource(&unwatched.id, "Inspected"),
        resource(&by_id.id, "Clean"),
        resource(&by_name.id, "Inspected"),
    ));
    controls.send_frame(format!(
        r#"{{"Events":[{}]}}"#,
        resource(&by_name.id, "Inspected")
    ));
    let output = tokio::time::timeout(PATIENCE, child.wait_with_output())
        .await
        .expect("tail exits by itself after four events")
        .expect("tail ran");
    let rest = rest.await.expect("stderr read");
    assert!(
        output.status.success(),
        "{:?} {seen:?} {rest:?}",
        output.status
    );
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    let alerts = alert_lines(&stdout);
    assert_eq!(alerts.len(), 1, "{stdout}");
    let alert = &alerts[0]["alert"];
    assert_eq!(alert["room_id"], by_name.id.as_str());
    assert_eq!(alert["room"], by_name.name.as_str());
    assert_eq!(alert["kind"], "Ready");
    assert_eq!(alert["state"], "Inspected");
    assert_eq!(alert["id"], 1);
    assert!(alert["at_utc"].as_str().is_some_and(|t| t.ends_with('Z')));
    let events = stdout.lines().count() - alerts.len();
    assert_eq!(events, 4, "event lines are printed as before");
}

/// A session that prints as tail does, to `out`.
fn printing(out: &mut Vec<u8>) -> Session<Printer<&mut Vec<u8>>> {
    Session::with_output(Store::with_log_capacity(1), Printer::new(out, None))
}

/// A printing session fed with frames; returns what it printed.
fn print(rule: Option<ReadyRule>, watch: &[&str], frames: &[String]) -> String {
    let mut out = Vec::new();
    {
        let mut printer = printing(&mut out);
        if let Some(rule) = rule {
            let watch = WatchList::new(watch.iter().map(|room| room.to_string()).collect());
            print_alerts(&mut printer, rule, watch);
        }
        for frame in frames {
            printer.handle(NetEvent::Frame {
                received: Utc::now(),
                events: parse_frame(frame).events,
                problems: vec![],
            });
        }
    }
    String::from_utf8(out).expect("utf-8")
}

fn frame(events: &[String]) -> String {
    format!(r#"{{"Events":[{}]}}"#, events.join(","))
}

#[test]
fn clean_counts_as_ready_only_with_clean_is_ready() {
    let frames = [
        frame(&[resource("r1", "Dirty")]),
        frame(&[resource("r1", "Clean")]),
        frame(&[resource("r1", "Inspected")]),
    ];
    let inspected = alert_lines(&print(Some(ReadyRule::Inspected), &["r1"], &frames));
    assert_eq!(inspected.len(), 1);
    assert_eq!(inspected[0]["alert"]["state"], "Inspected");
    let clean = alert_lines(&print(Some(ReadyRule::CleanOrInspected), &["r1"], &frames));
    assert_eq!(clean.len(), 1, "Inspected after Clean is no second alert");
    assert_eq!(clean[0]["alert"]["state"], "Clean");
}

#[test]
fn a_room_awaiting_an_arrival_alerts_without_being_watched() {
    let start = (Utc::now() + Duration::hours(2)).to_rfc3339();
    let booking = format!(
        r#"{{"Type":"Reservation","Id":"v1","State":"Confirmed","StartUtc":"{start}","AssignedResourceId":"r7"}}"#
    );
    let frames = [
        frame(&[resource("r7", "Dirty"), resource("r8", "Dirty")]),
        frame(&[booking]),
        frame(&[resource("r8", "Inspected"), resource("r7", "Inspected")]),
    ];
    let alerts = alert_lines(&print(Some(ReadyRule::Inspected), &[], &frames));
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0]["alert"]["room_id"], "r7");
}

#[test]
fn without_alerts_tail_prints_events_only() {
    let frames = [
        frame(&[resource("r1", "Dirty")]),
        frame(&[resource("r1", "Inspected")]),
    ];
    let printed = print(None, &[], &frames);
    assert!(alert_lines(&printed).is_empty());
    assert_eq!(printed.lines().count(), 2);
}

#[test]
fn alerts_printed_by_tail_are_kept_in_history_as_delivered() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("history.sqlite3");
    let mut out = Vec::new();
    {
        let mut printer = printing(&mut out);
        printer
            .open_history(
                &path,
                monitor_engine::history::Retention::days(90),
                std::sync::Arc::new(|| {}),
            )
            .expect("history");
        print_alerts(
            &mut printer,
            ReadyRule::Inspected,
            WatchList::new(vec!["r1".into()]),
        );
        for state in ["Dirty", "Inspected"] {
            printer.handle(NetEvent::Frame {
                received: Utc::now(),
                events: parse_frame(&frame(&[resource("r1", state)])).events,
                problems: vec![],
            });
        }
    } // the writer finishes its queue
    let reader = monitor_engine::history::HistoryReader::open(&path).expect("reads");
    assert_eq!(reader.last_alert_id().expect("alert kept"), 1);
    assert!(
        reader.open_alerts().expect("reads").is_empty(),
        "printed alerts are delivered, not open"
    );
    assert_eq!(
        alert_lines(&String::from_utf8(out).expect("utf-8")).len(),
        1
    );
}

#[test]
fn tail_prints_every_transition_of_a_room_the_app_folds_into_one_alert() {
    let frames =
        ["Dirty", "Inspected", "Dirty", "Inspected"].map(|state| frame(&[resource("r1", state)]));
    let alerts = alert_lines(&print(Some(ReadyRule::Inspected), &["r1"], &frames));
    assert_eq!(alerts.len(), 2, "one line per transition");
    assert_eq!(alerts[0]["alert"]["id"], 1);
    assert_eq!(alerts[1]["alert"]["id"], 2, "each line has its own number");
}

#[test]
fn a_room_of_an_arrival_loaded_from_mews_alerts_without_being_watched() {
    use monitor_core::protocol::{HotelDay, ReservationRecord, ReservationState};
    use monitor_engine::net::lookup::LookupEvent;
    let now = Utc::now();
    let day = HotelDay::containing(Some("UTC"), now).expect("zone");
    let arrival = ReservationRecord {
        id: "v9".into(),
        number: Some("4321".into()),
        state: Some(ReservationState::Confirmed),
        assigned_resource_id: Some("r9".into()),
        rate_id: None,
        scheduled_start_utc: Some(day.start_utc + Duration::hours(23)),
        scheduled_end_utc: None,
        account_id: None,
    };
    let mut out = Vec::new();
    {
        let mut printer = printing(&mut out);
        print_alerts(
            &mut printer,
            ReadyRule::Inspected,
            WatchList::new(Vec::new()),
        );
        printer.handle(NetEvent::Frame {
            received: now,
            events: parse_frame(&frame(&[resource("r9", "Dirty")])).events,
            problems: vec![],
        });
        printer.learn(LookupEvent::Arrivals {
            day,
            records: vec![arrival],
            at: now,
        });
        printer.handle(NetEvent::Frame {
            received: now,
            events: parse_frame(&frame(&[resource("r9", "Inspected")])).events,
            problems: vec![],
        });
    }
    let alerts = alert_lines(&String::from_utf8(out).expect("utf-8"));
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0]["alert"]["room_id"], "r9");
}
