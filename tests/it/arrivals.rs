//! Today's arrivals from Mews: the hotel's day in its own zone, paging, the
//! reservations changed while offline, alerts for rooms of arrivals known only
//! through REST, and `mews-monitor arrivals`, all against the simulator.

// Test code: a failed expectation is a failed test.

use std::sync::Arc;

use crate::support::*;
use chrono::{DateTime, Utc};
use monitor_core::protocol::{ReservationState, ResourceState};
use monitor_core::store::{Readiness, ReadyRule};
use monitor_engine::net::ConnectionStatus;
use monitor_engine::net::rest::{RESERVATIONS, ReservationQuery, RestClient};
use monitor_engine::session::Summary;
use monitor_engine::sim::{SimConfig, Simulator};
use serde_json::Value;
use tokio::sync::Notify;

const AUCKLAND: &str = "Pacific/Auckland";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_arrivals_command_lists_the_auckland_day_with_each_room_s_readiness() {
    let sim = start_sim_in(AUCKLAND).await;
    let controls = sim.controls();
    let (inspected, dirty) = (
        room_in(ResourceState::Inspected, 0),
        room_in(ResourceState::Dirty, 0),
    );
    let (early, early_number) = controls.book(
        local(AUCKLAND, 0, 0, 30),
        ReservationState::Confirmed,
        Some(&inspected.id),
    );
    let (late, _) = controls.book(
        local(AUCKLAND, 0, 23, 30),
        ReservationState::Optional,
        Some(&dirty.id),
    );
    let (unassigned, _) =
        controls.book(local(AUCKLAND, 0, 15, 0), ReservationState::Confirmed, None);
    let (arrived, _) = controls.book(
        local(AUCKLAND, 0, 9, 0),
        ReservationState::Started,
        Some(&dirty.id),
    );
    let (canceled, _) = controls.book(
        local(AUCKLAND, 0, 14, 0),
        ReservationState::Canceled,
        Some(&dirty.id),
    );
    let (tomorrow, _) = controls.book(
        local(AUCKLAND, 1, 0, 30),
        ReservationState::Confirmed,
        Some(&dirty.id),
    );
    let (yesterday, _) = controls.book(
        local(AUCKLAND, -1, 23, 30),
        ReservationState::Confirmed,
        Some(&dirty.id),
    );
    let (stdout, stderr) = day_command(&sim, "arrivals", &[]).await;
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    let ids: Vec<&str> = lines
        .iter()
        .map(|line| line["id"].as_str().expect("id"))
        .collect();
    // Ready first, then not ready, then no room, then checked in.
    assert_eq!(
        ids,
        [
            early.as_str(),
            late.as_str(),
            unassigned.as_str(),
            arrived.as_str()
        ]
    );
    for excluded in [&canceled, &tomorrow, &yesterday] {
        assert!(
            !ids.contains(&excluded.as_str()),
            "{excluded} is not today's arrival"
        );
    }
    let first = &lines[0];
    assert_eq!(first["reservation"], early_number.as_str());
    assert_eq!(first["state"], "Confirmed");
    assert_eq!(first["room"], inspected.name.as_str());
    assert_eq!(first["room_id"], inspected.id.as_str());
    assert_eq!(first["room_state"], "Inspected");
    assert_eq!(first["ready"], true);
    let day = today(AUCKLAND);
    let at: DateTime<Utc> = first["arrival_utc"]
        .as_str()
        .expect("time")
        .parse()
        .expect("RFC 3339");
    assert!(day.contains(at));
    assert_eq!(lines[1]["ready"], false);
    assert_eq!(lines[2]["room"], Value::Null);
    assert_eq!(lines[3]["state"], "Started");
    assert!(stderr.contains("4 arrivals"), "{stderr}");
    let calls = controls.recent_rest_calls();
    let asked = calls
        .iter()
        .find(|call| call.operation == RESERVATIONS)
        .expect("asked");
    assert_eq!(asked.filters, ["CollidingUtc"]);
    let guests = calls
        .iter()
        .find(|call| call.operation == "customers/getAll")
        .expect("the arrivals' guests are asked for");
    assert_eq!(guests.ids, 4, "one id per arrival, asked together");
    for line in &lines {
        assert!(line["guest"].is_string(), "the simulator names every guest");
        assert!(line["vip"].is_boolean() && line["waiting"].is_boolean());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_day_of_the_hotel_is_listed_with_date() {
    let sim = start_sim_in(AUCKLAND).await;
    let controls = sim.controls();
    let (tomorrow, _) = controls.book(local(AUCKLAND, 1, 12, 0), ReservationState::Confirmed, None);
    controls.book(local(AUCKLAND, 0, 12, 0), ReservationState::Confirmed, None);
    let date = today(AUCKLAND).next().date.format("%Y-%m-%d").to_string();
    let (stdout, _) = day_command(&sim, "arrivals", &["--date", &date]).await;
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains(&tomorrow));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_arrivals_than_one_page_are_all_loaded() {
    let sim = start_sim_in("Europe/Prague").await;
    let controls = sim.controls();
    let day = today("Europe/Prague");
    let mut booked = std::collections::BTreeSet::new();
    for n in 0..1_500 {
        let at = day.start_utc + chrono::Duration::seconds(n * 50);
        booked.insert(controls.book(at, ReservationState::Confirmed, None).0);
    }
    let rest = RestClient::new(&sim.api_url(), demo_tokens(), &[]).expect("client");
    let found = rest
        .reservations(ReservationQuery::StayingOn(day))
        .await
        .expect("arrivals load");
    let found: std::collections::BTreeSet<String> = found.into_iter().map(|r| r.id).collect();
    assert_eq!(found, booked, "every arrival exactly once");
    assert_eq!(controls.rest_calls(RESERVATIONS), 2, "two pages");
}

#[tokio::test(start_paused = true)]
async fn a_429_during_the_arrivals_load_is_waited_out() {
    let sim = start_sim_in("Europe/Prague").await;
    let controls = sim.controls();
    let day = today("Europe/Prague");
    let (id, _) = controls.book(
        day.start_utc + chrono::Duration::hours(15),
        ReservationState::Confirmed,
        None,
    );
    let rest = RestClient::new(&sim.api_url(), demo_tokens(), &[]).expect("client");
    controls.set_throttle(2);
    let found = rest
        .reservations(ReservationQuery::StayingOn(day))
        .await
        .expect("the load succeeds after waiting");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, id);
    assert_eq!(
        controls.rest_calls(RESERVATIONS),
        3,
        "two refused, one answered"
    );
}

/// A session connected to `sim`, woken through `woken`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arrival_known_only_from_mews_alerts_the_moment_its_room_is_ready() {
    let sim = start_sim_in(AUCKLAND).await;
    let controls = sim.controls();
    let room = room_in(ResourceState::Dirty, 3);
    let (arrival, number) = controls.book(
        local(AUCKLAND, 0, 23, 0),
        ReservationState::Confirmed,
        Some(&room.id),
    );
    let woken = Arc::new(Notify::new());
    let mut session = connected_session(&sim, &woken);
    pump_until(&mut session, &woken, |s| s.store().arrivals_day().is_some()).await;
    let arrivals = session.store().arrivals(ReadyRule::Inspected);
    assert_eq!(arrivals.len(), 1);
    assert_eq!(
        (arrivals[0].id, arrivals[0].readiness),
        (arrival.as_str(), Readiness::NotReady)
    );
    assert_eq!(arrivals[0].number, Some(number.as_str()));
    assert_eq!(session.store().arrivals_day(), Some(&today(AUCKLAND)));
    let (_, said) = session.last_arrivals().cloned().expect("summary");
    let summary = Summary::english(&said);
    assert!(summary.starts_with("1 arrival on "), "{summary}");
    assert!(session.store().alerts.open().is_empty());
    controls.send_frame(format!(
        r#"{{"Events":[{{"Type":"Resource","Id":"{}","State":"Clean"}},{{"Type":"Resource","Id":"{}","State":"Inspected"}}]}}"#,
        room.id, room.id
    ));
    pump_until(&mut session, &woken, |s| {
        !s.store().alerts.open().is_empty()
    })
    .await;
    let open = session.store().alerts.open();
    assert_eq!(open.len(), 1, "Clean is not ready under the Inspected rule");
    assert_eq!(open[0].room_id, room.id);
    assert_eq!(
        session.store().arrivals(ReadyRule::Inspected)[0].readiness,
        Readiness::Ready
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_dropped_link_reservations_changed_meanwhile_are_reloaded_and_marked() {
    let sim = start_sim_in("Europe/Prague").await;
    let controls = sim.controls();
    let day = today("Europe/Prague");
    let (first, other) = (
        room_in(ResourceState::Dirty, 5),
        room_in(ResourceState::Clean, 0),
    );
    let (moved, number) = controls.book(
        day.start_utc + chrono::Duration::hours(16),
        ReservationState::Confirmed,
        Some(&first.id),
    );
    // Booked for next week: not an arrival today, known to the monitor from an event.
    let (later, later_number) = controls.book(
        day.start_utc + chrono::Duration::days(7),
        ReservationState::Confirmed,
        None,
    );
    let woken = Arc::new(Notify::new());
    let mut session = connected_session(&sim, &woken);
    pump_until(&mut session, &woken, |s| s.store().arrivals_day().is_some()).await;
    controls.send_frame(format!(
        r#"{{"Events":[{{"Type":"Reservation","Id":"{later}","State":"Confirmed","AssignedResourceId":null}}]}}"#
    ));
    pump_until(&mut session, &woken, |s| {
        s.store().reservations.get(&later).is_some()
    })
    .await;
    // While the monitor is out of touch, Mews moves one guest and cancels the other.
    controls.change_reservation(&moved, ReservationState::Confirmed, Some(&other.id));
    controls.change_reservation(&later, ReservationState::Canceled, None);
    controls.drop_links();
    pump_until(&mut session, &woken, |s| {
        s.store()
            .reservations
            .get(&later)
            .is_some_and(|row| row.value.state == ReservationState::Canceled)
    })
    .await;
    assert!(matches!(
        session.status(),
        Some(ConnectionStatus::Connected { .. })
    ));
    let row = &session.store().reservations.get(&later).expect("row").value;
    assert!(row.changed_offline);
    pump_until(&mut session, &woken, |s| {
        s.last_resync()
            .as_ref()
            .is_some_and(|(_, said)| said.iter().any(|s| matches!(s, Summary::Changed { .. })))
    })
    .await;
    let moved_row = &session.store().reservations.get(&moved).expect("row").value;
    assert_eq!(
        moved_row.assigned_resource_id.as_deref(),
        Some(other.id.as_str())
    );
    assert!(moved_row.changed_offline);
    let arrivals = session.store().arrivals(ReadyRule::Inspected);
    assert_eq!(arrivals[0].room_id, Some(other.id.as_str()));
    assert!(arrivals[0].changed_offline);
    let (_, said) = session.last_resync().cloned().expect("resync");
    let text = Summary::english(&said);
    assert!(text.contains(&later_number), "{text}");
    let (_, said) = session.last_arrivals().cloned().expect("arrivals");
    let text = Summary::english(&said);
    assert!(
        text.contains("1 reservation changed while offline"),
        "{text}"
    );
    assert!(text.contains(&number), "{text}");
    let updated: Vec<_> = controls
        .recent_rest_calls()
        .into_iter()
        .filter(|call| call.operation == RESERVATIONS && call.filters == ["UpdatedUtc"])
        .collect();
    assert_eq!(
        updated.len(),
        1,
        "one reload of what changed since the link was last up"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_hotel_has_arrivals_today_and_its_check_ins_follow_them() {
    let mut config = SimConfig::demo_hotel(fixture_rooms());
    config.activity = false;
    let sim = Simulator::start(config, any_port())
        .await
        .expect("simulator starts");
    let rest = RestClient::new(&sim.api_url(), demo_tokens(), &[]).expect("client");
    let day = today("Europe/Prague");
    let found = rest
        .reservations(ReservationQuery::StayingOn(day))
        .await
        .expect("arrivals load");
    let arrivals = found
        .iter()
        .filter(|reservation| {
            reservation
                .scheduled_start_utc
                .is_some_and(|at| day.contains(at))
        })
        .count();
    assert!(arrivals >= 40, "{arrivals}");
    assert!(
        found.len() >= arrivals + 100,
        "guests in house: {}",
        found.len()
    );
    for reservation in &found {
        let start = reservation.scheduled_start_utc.expect("arrival time");
        let end = reservation.scheduled_end_utc.expect("departure time");
        assert!(
            start < day.end_utc && end >= day.start_utc,
            "touches the day"
        );
        assert_ne!(reservation.state, Some(ReservationState::Canceled));
        assert!(reservation.account_id.is_some(), "names its guest");
        if reservation.state == Some(ReservationState::Started) {
            assert!(start <= Utc::now(), "a check-in follows the arrival time");
            assert!(reservation.assigned_resource_id.is_some());
        }
    }
}
