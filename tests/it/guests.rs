//! Guests at the desk, against the simulator on loopback: names, VIPs and
//! waiting guests in `arrivals`, each room's day in `rooms`, a waiting guest
//! named in `tail --alerts`, and no name in any file the app writes.

// Test code: a failed expectation is a failed test.

use std::collections::HashMap;
use std::sync::Arc;

use crate::support::*;
use chrono::Duration;
use monitor_core::protocol::{ReservationState, ResourceState};
use monitor_core::store::{GuestView, ReadyRule, Unavailable};
use monitor_engine::sim::SimGuest;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::sync::Notify;

const PRAGUE: &str = "Europe/Prague";

fn guest(first: &str, last: &str, classifications: &[&str]) -> Option<SimGuest> {
    Some(SimGuest {
        first_name: first.into(),
        last_name: last.into(),
        classifications: classifications.iter().map(|c| (*c).to_owned()).collect(),
    })
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arrivals_name_each_guest_mark_vips_and_waiting_and_say_when_a_name_is_unavailable() {
    let sim = start_sim_in(PRAGUE).await;
    let controls = sim.controls();
    let (dirty, other) = (
        room_in(ResourceState::Dirty, 0),
        room_in(ResourceState::Dirty, 1),
    );
    let at = |hour| local(PRAGUE, 0, hour, 0);
    let stay = |hour, room: Option<&str>, who| {
        controls
            .book_stay(
                at(hour),
                at(hour) + Duration::days(2),
                ReservationState::Confirmed,
                room,
                who,
            )
            .1
    };
    let vip = stay(
        14,
        Some(&dirty.id),
        guest("Jiřina", "Nováková", &["VeryImportant", "Cashlist"]),
    );
    let waiting = stay(
        15,
        Some(&other.id),
        guest("Łukasz", "Wiśniewski", &["WaitingForRoom"]),
    );
    let missing = stay(16, None, None);
    let (stdout, _) = day_command(&sim, "arrivals", &[]).await;
    let by_number: HashMap<String, Value> = json_lines(&stdout)
        .into_iter()
        .map(|line| {
            (
                line["reservation"].as_str().expect("number").to_owned(),
                line,
            )
        })
        .collect();
    let line = |number: &str| by_number.get(number).expect("listed");
    assert_eq!(line(&vip)["guest"], "Jiřina Nováková");
    assert_eq!(
        (line(&vip)["vip"].clone(), line(&vip)["waiting"].clone()),
        (true.into(), false.into())
    );
    assert_eq!(line(&waiting)["guest"], "Łukasz Wiśniewski");
    assert_eq!(
        (
            line(&waiting)["vip"].clone(),
            line(&waiting)["waiting"].clone()
        ),
        (false.into(), true.into())
    );
    assert_eq!(
        line(&missing)["guest"],
        Value::Null,
        "Mews does not know this guest"
    );
    assert_eq!(line(&missing)["vip"], false);

    // Mews refuses the guests: every other field still comes, the names are null, and why is said.
    controls.refuse("customers/getAll", true);
    let (stdout, stderr) = day_command(&sim, "arrivals", &[]).await;
    let lines = json_lines(&stdout);
    assert_eq!(lines.len(), 3);
    assert!(
        lines
            .iter()
            .all(|line| line["guest"].is_null() && line["reservation"].is_string())
    );
    assert!(
        stderr.contains("guest names unavailable: Mews refused the request"),
        "{stderr}"
    );
    assert!(!stderr.contains("Nováková"), "{stderr}");
}

/// A Reservation event for a stay booked in the simulator: as Mews announces a new booking.
fn announce(
    controls: &monitor_engine::sim::SimControls,
    id: &str,
    start: chrono::DateTime<chrono::Utc>,
) {
    let time = |at: chrono::DateTime<chrono::Utc>| at.to_rfc3339();
    controls.send_frame(format!(
        r#"{{"Events":[{{"Type":"Reservation","Id":"{id}","State":"Confirmed","StartUtc":"{}","EndUtc":"{}"}}]}}"#,
        time(start),
        time(start + Duration::days(1))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_s_session_names_new_arrivals_as_they_come_and_says_when_it_cannot() {
    let sim = start_sim_in(PRAGUE).await;
    let controls = sim.controls();
    let start = local(PRAGUE, 0, 17, 0);
    let book = |who| {
        controls
            .book_stay(
                start,
                start + Duration::days(1),
                ReservationState::Confirmed,
                None,
                who,
            )
            .0
    };
    let first = book(guest("Bjørn", "Søndergaard", &["Important"]));
    let woken = Arc::new(Notify::new());
    let mut session = connected_session(&sim, &woken);
    let name = |session: &monitor_engine::session::Session, id: &str| {
        session
            .store()
            .arrival(id, ReadyRule::Inspected)
            .and_then(|a| a.guest.name())
    };
    pump_until(&mut session, &woken, |s| name(s, &first).is_some()).await;
    assert_eq!(name(&session, &first).as_deref(), Some("Bjørn Søndergaard"));
    let (_, said) = session.last_guests().cloned().expect("said");
    assert_eq!(said.to_string(), "Names of 1 guest loaded from Mews");

    // A booking made now: its event brings the reservation, then its guest.
    let second = book(guest("Anaïs", "Dubois", &["WaitingForRoom"]));
    announce(&controls, &second, start);
    pump_until(&mut session, &woken, |s| name(s, &second).is_some()).await;
    let waiting_ids = |s: &monitor_engine::session::Session| -> Vec<String> {
        s.store()
            .arrivals(ReadyRule::Inspected)
            .iter()
            .filter(|a| a.waiting_since.is_some())
            .map(|a| a.id.to_owned())
            .collect()
    };
    let waiting = waiting_ids(&session);
    assert_eq!(
        waiting,
        std::slice::from_ref(&second),
        "Mews says she waits"
    );
    // The desk puts the first guest on its queue too.
    session.set_waiting(&first, true, chrono::Utc::now());
    assert_eq!(waiting_ids(&session).len(), 2);

    // Mews refuses the next guest: the card says why, and so do the problems.
    controls.refuse("customers/getAll", true);
    let third = book(guest("Raúl", "Ibáñez", &[]));
    announce(&controls, &third, start);
    let refused = |s: &monitor_engine::session::Session| {
        s.store()
            .arrival(&third, ReadyRule::Inspected)
            .is_some_and(|a| matches!(a.guest, GuestView::Unavailable(Unavailable::NotLoaded(_))))
    };
    pump_until(&mut session, &woken, refused).await;
    let problems: Vec<String> = session
        .problems()
        .iter()
        .map(|p| p.trouble.to_string())
        .collect();
    assert!(
        problems.iter().any(
            |p| p.starts_with("Could not load guest names from Mews: Mews refused the request")
        ),
        "{problems:?}"
    );
    let (_, said) = session.last_guests().cloned().expect("said");
    let said = said.to_string();
    assert!(
        said.starts_with("Names of 1 guest could not be loaded: "),
        "{said}"
    );
    assert_eq!(
        name(&session, &first).as_deref(),
        Some("Bjørn Søndergaard"),
        "kept"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guest_reception_marks_waiting_in_mews_is_seen_at_the_next_refresh() {
    let sim = start_sim_in(PRAGUE).await;
    let controls = sim.controls();
    let start = local(PRAGUE, 0, 18, 0);
    let (id, _) = controls.book_stay(
        start,
        start + Duration::days(1),
        ReservationState::Confirmed,
        None,
        guest("Ségolène", "Gauthier", &[]),
    );
    let woken = Arc::new(Notify::new());
    let mut session = connected_session(&sim, &woken);
    let arrival = |s: &monitor_engine::session::Session| {
        s.store()
            .arrival(&id, ReadyRule::Inspected)
            .map(|a| (a.guest.name(), a.waiting_since.is_some()))
    };
    pump_until(&mut session, &woken, |s| {
        arrival(s).is_some_and(|(name, _)| name.is_some())
    })
    .await;
    assert_eq!(
        arrival(&session),
        Some((Some("Ségolène Gauthier".into()), false))
    );
    // Reception marks her waiting in Mews, which sends no event for it.
    controls.set_classifications(&id, &["WaitingForRoom"]);
    let asked_before = controls.rest_calls("customers/getAll");
    session.tick(chrono::Utc::now());
    assert_eq!(
        controls.rest_calls("customers/getAll"),
        asked_before,
        "not yet"
    );
    // Three minutes on, the session asks again and sees it.
    session.tick(chrono::Utc::now() + monitor_core::store::guests::REFRESH);
    pump_until(&mut session, &woken, |s| {
        arrival(s).is_some_and(|(_, waiting)| waiting)
    })
    .await;
    assert!(controls.rest_calls("customers/getAll") > asked_before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rooms_says_each_rooms_day_and_the_arrival_it_waits_for() {
    let sim = start_sim_in(PRAGUE).await;
    let controls = sim.controls();
    let rooms: Vec<_> = (0..5).map(|n| room_in(ResourceState::Dirty, n)).collect();
    let (vacant, arriving, departing, turnover, stayover) =
        (&rooms[0], &rooms[1], &rooms[2], &rooms[3], &rooms[4]);
    let book = |start, end, state, room: &str| {
        controls
            .book_stay(start, end, state, Some(room), guest("Eliška", "Černý", &[]))
            .1
    };
    let started = ReservationState::Started;
    let confirmed = ReservationState::Confirmed;
    let arrival = book(
        local(PRAGUE, 0, 15, 0),
        local(PRAGUE, 2, 10, 0),
        confirmed.clone(),
        &arriving.id,
    );
    book(
        local(PRAGUE, -2, 15, 0),
        local(PRAGUE, 0, 10, 0),
        started.clone(),
        &departing.id,
    );
    book(
        local(PRAGUE, -3, 15, 0),
        local(PRAGUE, 0, 11, 0),
        started.clone(),
        &turnover.id,
    );
    let turn = book(
        local(PRAGUE, 0, 14, 0),
        local(PRAGUE, 1, 10, 0),
        confirmed,
        &turnover.id,
    );
    book(
        local(PRAGUE, -1, 15, 0),
        local(PRAGUE, 2, 10, 0),
        started,
        &stayover.id,
    );
    let (stdout, stderr) = day_command(&sim, "rooms", &[]).await;
    let lines = json_lines(&stdout);
    let active = fixture_rooms().iter().filter(|room| room.is_active).count();
    assert_eq!(lines.len(), active, "one line per room");
    let said = mews_monitor::tr!(
        mews_monitor::i18n::Translator::default(),
        "cli-rooms-count",
        count = active
    );
    assert!(stderr.contains(&said), "{said} in {stderr}");
    let by_id: HashMap<&str, &Value> = lines
        .iter()
        .map(|line| (line["room_id"].as_str().expect("room id"), line))
        .collect();
    let day = |room: &str| {
        let line = by_id.get(room).expect("listed");
        (
            line["occupancy"].as_str().expect("occupancy"),
            line["arrival"].as_str(),
        )
    };
    assert_eq!(day(&vacant.id), ("vacant", None));
    assert_eq!(day(&arriving.id), ("arriving", Some(arrival.as_str())));
    assert_eq!(day(&departing.id), ("departing", None));
    assert_eq!(day(&turnover.id), ("turnover", Some(turn.as_str())));
    assert_eq!(day(&stayover.id), ("stayover", None));
    let line = by_id.get(arriving.id.as_str()).expect("listed");
    assert_eq!(line["room"], arriving.name.trim());
    assert_eq!(line["state"], "Dirty");
    assert_eq!(
        line["floor"],
        arriving.floor.clone().map_or(Value::Null, Value::from)
    );
    assert!(line["since_utc"].is_string());
    assert!(!stdout.contains("Černý"), "rooms names no guest");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_names_a_waiting_guest_in_the_alert_and_writes_no_name_anywhere() {
    let sandbox = Sandbox::new("guests-tail");
    let sim = start_sim_in(PRAGUE).await;
    let controls = sim.controls();
    let room = room_in(ResourceState::Dirty, 0);
    let start = local(PRAGUE, 0, 15, 0);
    let (_, number) = controls.book_stay(
        start,
        start + Duration::days(1),
        ReservationState::Confirmed,
        Some(&room.id),
        guest("Zdeňka", "Přibylová", &["WaitingForRoom", "Important"]),
    );
    let history = sandbox.root.join("data").join("history.sqlite");
    let mut child = tail_on(
        &sim,
        &[
            "--alerts".as_ref(),
            "--history".as_ref(),
            history.as_os_str(),
        ],
    )
    .envs(sandbox.app_dirs())
    .spawn()
    .expect("tail starts");
    let mut stderr = BufReader::new(child.stderr.take().expect("piped")).lines();
    let mut said = Vec::new();
    read_until(&mut stderr, &mut said, |said| {
        said.iter()
            .any(|line| line.contains("Names of 1 guest loaded from Mews"))
    })
    .await;
    controls.send_frame(format!(
        r#"{{"Events":[{{"Type":"Resource","Id":"{}","State":"Inspected"}}]}}"#,
        room.id
    ));
    let mut stdout = BufReader::new(child.stdout.take().expect("piped")).lines();
    let mut printed = Vec::new();
    read_until(&mut stdout, &mut printed, |printed| {
        printed.iter().any(|line| line.contains(r#""alert""#))
    })
    .await;
    let alert: Value = serde_json::from_str(printed.last().expect("a line")).expect("JSON");
    let alert = &alert["alert"];
    assert_eq!(alert["guest"], "Zdeňka Přibylová");
    assert_eq!(alert["reservation"], number.as_str());
    assert_eq!(alert["waiting"], true);
    let message = alert["message"].as_str().expect("message");
    assert!(
        message.starts_with(&format!("Zdeňka Přibylová ({number}) is waiting: Room")),
        "{message}"
    );
    child.kill().await.expect("tail stops");
    while let Ok(Some(line)) = stderr.next_line().await {
        said.push(line);
    }
    assert!(history.exists(), "history was written");
    for name in ["Zdeňka", "Přibylová"] {
        assert!(
            sandbox.files_containing(name).is_empty(),
            "{name} reached a file"
        );
        assert!(
            !said.iter().any(|line| line.contains(name)),
            "{name} on stderr: {said:?}"
        );
    }
}
