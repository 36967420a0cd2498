//! The REST client and the lookup task against the simulator's Connector REST API.
//!
//! The simulator serves the recorded demo hotel (1,376 rooms) on 127.0.0.1:0.
//! Waiting (Retry-After, the lookup debounce) runs on paused tokio time, so
//! the tests take no real seconds; the simulator shares the runtime, and
//! loopback answers arrive before the paused clock moves on.

// Test code: a failed expectation is a failed test.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use crate::support::*;
use monitor_engine::credentials::{Token, TokenPair};
use monitor_engine::net::lookup::{self, DEBOUNCE, LookupEvent, LookupEvents, LookupRequest};
use monitor_engine::net::rest::{RestClient, RestError};
use monitor_engine::sim::SimControls;
use tokio::time::Instant;

fn client(api_url: &str, tokens: TokenPair) -> RestClient {
    RestClient::new(api_url, tokens, &[]).expect("a loopback address is accepted")
}

fn wrong_tokens() -> TokenPair {
    TokenPair {
        client: Token::new("WRONG-CLIENT-TOKEN").expect("valid"),
        access: Token::new("WRONG-ACCESS-TOKEN").expect("valid"),
    }
}

/// Lookup results until the one that ends a round (the budget report), bounded.
async fn one_round(events: &mut LookupEvents) -> Vec<LookupEvent> {
    let mut found = Vec::new();
    for _ in 0..100 {
        let event = tokio::time::timeout(PATIENCE, events.next())
            .await
            .expect("the lookup task answers")
            .expect("the lookup task runs");
        if matches!(event, LookupEvent::Budget(_)) {
            return found;
        }
        found.push(event);
    }
    panic!("no end of round after 100 results: {found:?}");
}

fn start_lookups(api_url: &str) -> (lookup::LookupHandle, LookupEvents) {
    lookup::spawn(
        client(api_url, demo_tokens()),
        "en-US".into(),
        Arc::new(|| {}),
        &tokio::runtime::Handle::current(),
    )
}

#[tokio::test]
async fn configuration_names_the_hotel_and_its_time_zone() {
    let sim = start_sim().await;
    let hotel = client(&sim.api_url(), demo_tokens())
        .configuration()
        .await
        .expect("configuration/get answers");
    assert_eq!(hotel.name, "Mews Demo Hotel (simulated)");
    assert_eq!(hotel.time_zone.as_deref(), Some("Europe/Prague"));
}

#[tokio::test]
async fn all_resources_pages_through_the_demo_hotel_and_returns_every_room_once() {
    let sim = start_sim().await;
    let rooms = client(&sim.api_url(), demo_tokens())
        .all_resources()
        .await
        .expect("resources/getAll answers");
    let expected: BTreeSet<String> = fixture_rooms().into_iter().map(|r| r.id).collect();
    assert_eq!(expected.len(), 1_376);
    assert_eq!(rooms.len(), 1_376, "no room is missing or repeated");
    let ids: BTreeSet<String> = rooms.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, expected);
    assert_eq!(
        sim.controls().rest_calls("resources/getAll"),
        2,
        "1,376 rooms are two pages of at most 1,000"
    );
    assert!(
        rooms.iter().any(|r| r.name == "0. Sirius"),
        "names arrive trimmed"
    );
}

#[tokio::test(start_paused = true)]
async fn a_throttled_simulator_is_waited_out_and_the_call_succeeds() {
    let sim = start_sim().await;
    let controls = sim.controls();
    controls.set_throttle(2);
    let rest = client(&sim.api_url(), demo_tokens());
    let started = Instant::now();
    let hotel = rest.configuration().await.expect("succeeds after waiting");
    let waited = started.elapsed();
    assert_eq!(hotel.time_zone.as_deref(), Some("Europe/Prague"));
    assert_eq!(controls.rest_calls("configuration/get"), 3);
    assert!(
        waited >= Duration::from_secs(2) && waited < Duration::from_secs(3),
        "two answers of Retry-After: 1 were honoured, and no more: {waited:?}"
    );
    let budget = rest.budget_use().await;
    assert_eq!((budget.throttled, budget.total), (2, 3));
}

#[tokio::test(start_paused = true)]
async fn a_simulator_that_keeps_throttling_ends_in_the_throttled_error() {
    let sim = start_sim().await;
    let controls = sim.controls();
    controls.set_throttle(100);
    let error = client(&sim.api_url(), demo_tokens())
        .configuration()
        .await
        .expect_err("gives up");
    assert!(matches!(error, RestError::Throttled), "{error:?}");
    assert_eq!(
        controls.rest_calls("configuration/get"),
        4,
        "one call and three retries"
    );
}

#[tokio::test]
async fn rejected_tokens_give_the_rejected_error_and_no_retry() {
    let sim = start_sim().await;
    let error = client(&sim.api_url(), wrong_tokens())
        .all_resources()
        .await
        .expect_err("the simulator refuses the tokens");
    assert!(matches!(error, RestError::Rejected(_)), "{error:?}");
    assert!(error.to_string().contains("HTTP 401"), "{error}");
    assert!(
        !error.to_string().contains("WRONG-"),
        "no token in the message"
    );
    assert_eq!(sim.controls().rest_calls_total(), 1, "a 401 is not retried");
}

#[tokio::test(start_paused = true)]
async fn a_resync_yields_the_hotel_the_rooms_and_the_rate_names() {
    let sim = start_sim().await;
    let (lookups, mut events) = start_lookups(&sim.api_url());
    lookups.request(LookupRequest::Resync);
    let found = one_round(&mut events).await;
    let hotel = found.iter().find_map(|event| match event {
        LookupEvent::Hotel(hotel) => Some(hotel.name.clone()),
        _ => None,
    });
    assert_eq!(hotel.as_deref(), Some("Mews Demo Hotel (simulated)"));
    let rooms = found.iter().find_map(|event| match event {
        LookupEvent::Rooms { records, .. } => Some(records.len()),
        _ => None,
    });
    assert_eq!(rooms, Some(1_376));
    let rates = found.iter().find_map(|event| match event {
        LookupEvent::Rates(rates) => Some(rates.clone()),
        _ => None,
    });
    let rates = rates.expect("rate names came back");
    assert_eq!(rates.len(), 3);
    assert!(rates.iter().all(|rate| !rate.name.is_empty()));
    assert!(
        !found.iter().any(|e| matches!(e, LookupEvent::Problem(_))),
        "{found:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn reservation_ids_asked_for_within_the_debounce_become_one_request() {
    let sim = start_sim().await;
    let controls: SimControls = sim.controls();
    let (lookups, mut events) = start_lookups(&sim.api_url());
    let ids: Vec<String> = (0..50).map(|n| format!("reservation-{n:03}")).collect();
    let started = Instant::now();
    for id in &ids {
        lookups.request(LookupRequest::Reservations(vec![id.clone()]));
        // A burst of events, one unknown reservation each, a few milliseconds apart.
        tokio::time::sleep(Duration::from_millis(4)).await;
    }
    // An id asked for twice is asked of Mews once.
    lookups.request(LookupRequest::Reservations(vec![ids[0].clone()]));
    assert!(started.elapsed() < DEBOUNCE, "all asked within the window");
    one_round(&mut events).await;
    let operation = "reservations/getAll/2023-06-06";
    assert_eq!(controls.rest_calls(operation), 1);
    let calls: Vec<usize> = controls
        .recent_rest_calls()
        .into_iter()
        .filter(|call| call.operation == operation)
        .map(|call| call.ids)
        .collect();
    assert_eq!(calls, [50], "one request carried every distinct id");
}
