//! The connection engine against the simulator on 127.0.0.1:0.

// Test code: a failed expectation is a failed test.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::support::*;
use monitor_core::protocol::{EventKind, ParseProblem};
use monitor_engine::credentials::{Token, TokenPair};
use monitor_engine::net::{ConnectionStatus, DisconnectReason, NetEvent, NetEvents, SleepClock};
use monitor_engine::session::DEFAULT_PING_INTERVAL;
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SimConfig, Simulator};
use monitor_engine::trouble::Trouble;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_handshake_carries_exactly_the_documented_cookie() {
    let sim = start_sim().await;
    let (_handle, mut events) = start_engine(engine_config(&sim.ws_url(), demo_tokens()));
    wait_for_status(&mut events, connected).await;
    let handshakes = sim.controls().handshakes();
    assert_eq!(handshakes.len(), 1);
    assert_eq!(
        handshakes[0].cookie.as_deref(),
        Some(format!("ClientToken={DEMO_CLIENT_TOKEN}; AccessToken={DEMO_ACCESS_TOKEN}").as_str())
    );
    assert!(handshakes[0].accepted);
    assert_eq!(handshakes[0].path, "/ws/connector");
}

#[test]
fn rejected_tokens_give_rejected_and_no_second_attempt() {
    // The simulator runs on real time; the engine's clock is paused while it waits, so an
    // hour of waiting passes at once and any retry timer it had set would have fired.
    let (_sim_runtime, sim) = simulator_on_its_own_runtime();
    let controls = sim.controls();
    let url = sim.ws_url();
    paused_runtime().block_on(async move {
        let wrong = TokenPair {
            client: Token::new("WRONG-CLIENT").expect("valid"),
            access: Token::new("WRONG-ACCESS").expect("valid"),
        };
        let mut config = engine_config(&url, wrong);
        config.connect_timeout = Duration::from_secs(3600);
        let (handle, mut events) = start_engine(config);
        tokio::time::resume();
        let status = wait_for_status(&mut events, |s| {
            !matches!(s, ConnectionStatus::Connecting { .. })
        })
        .await;
        assert_eq!(status, ConnectionStatus::Rejected { http_status: 401 });
        tokio::time::pause();
        tokio::time::sleep(Duration::from_secs(3600)).await;
        assert!(
            events.try_next().is_none(),
            "nothing more happens until told to"
        );
        assert_eq!(controls.handshakes().len(), 1);
        // Told to, with the right tokens, it connects.
        tokio::time::resume();
        handle.reconnect_with(demo_tokens());
        wait_for_status(&mut events, connected).await;
        assert_eq!(controls.handshakes().len(), 2);
    });
}

/// The next `Reconnecting` status. No timeout around the wait: with the clock
/// paused, it would fire first.
async fn reconnecting_with_the_clock_paused(events: &mut NetEvents) -> ConnectionStatus {
    loop {
        if let Some(NetEvent::Status(status)) = events.next().await
            && matches!(status, ConnectionStatus::Reconnecting { .. })
        {
            return status;
        }
    }
}

/// A quiet simulator on a multi-thread runtime of its own, with real time.
fn simulator_on_its_own_runtime() -> (tokio::runtime::Runtime, Simulator) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let sim = runtime
        .block_on(Simulator::start(quiet_config(), any_port()))
        .expect("simulator starts");
    (runtime, sim)
}

/// A current-thread runtime whose clock starts paused.
fn paused_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .expect("runtime")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_dropped_without_close_frame_reconnects_and_events_keep_flowing() {
    let sim = start_sim().await;
    let (_handle, mut events) = start_engine(engine_config(&sim.ws_url(), demo_tokens()));
    wait_for_status(&mut events, connected).await;
    sim.controls().drop_links();
    let status = wait_for_status(&mut events, |s| {
        matches!(s, ConnectionStatus::Reconnecting { .. })
    })
    .await;
    let ConnectionStatus::Reconnecting { reason, delay, .. } = status else {
        unreachable!()
    };
    assert!(matches!(reason, DisconnectReason::Dropped(_)), "{reason:?}");
    assert!(
        delay <= Duration::from_millis(100),
        "first retry within the base delay"
    );
    wait_for_status(&mut events, connected).await;
    one_event_arrives(&sim, &mut events, "after").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_frame_is_reported_and_the_link_kept() {
    let sim = start_sim().await;
    let (_handle, mut events) = start_engine(engine_config(&sim.ws_url(), demo_tokens()));
    wait_for_status(&mut events, connected).await;
    sim.controls().send_malformed();
    sim.controls().send_unknown_type();
    let NetEvent::Frame {
        events: none,
        problems,
        ..
    } = next(&mut events).await
    else {
        panic!("expected the malformed frame first");
    };
    assert!(none.is_empty());
    assert!(matches!(
        problems[..],
        [ParseProblem::MalformedFrame { .. }]
    ));
    let NetEvent::Frame {
        events: unknown,
        problems,
        ..
    } = next(&mut events).await
    else {
        panic!("expected the unknown-type frame next, with no reconnect in between");
    };
    assert!(problems.is_empty());
    assert_eq!(unknown[0].kind(), EventKind::Unknown);
    assert_eq!(sim.controls().handshakes().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_message_is_reported_and_skipped_with_the_link_kept() {
    let sim = start_sim().await;
    let mut config = engine_config(&sim.ws_url(), demo_tokens());
    config.max_message_bytes = 1024;
    let (_handle, mut events) = start_engine(config);
    wait_for_status(&mut events, connected).await;
    let padding = "x".repeat(2048);
    sim.controls().send_frame(format!(
        r#"{{"Events":[{{"Type":"Resource","Id":"big","State":"Clean","Pad":"{padding}"}}]}}"#
    ));
    sim.controls()
        .send_frame(r#"{"Events":[{"Type":"Resource","Id":"small","State":"Clean"}]}"#.into());
    let NetEvent::Problem { trouble, .. } = next(&mut events).await else {
        panic!("expected a problem for the oversized message");
    };
    assert!(
        matches!(trouble, Trouble::MessageTooLarge { limit: 1024, .. }),
        "{trouble:?}"
    );
    assert!(trouble.to_string().contains("limit"), "{trouble}");
    let NetEvent::Frame { events: got, .. } = next(&mut events).await else {
        panic!("expected the next frame on the same link");
    };
    assert_eq!(got[0].id(), Some("small"));
    assert_eq!(sim.controls().handshakes().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_100_000_events_arrives_in_order_with_none_lost() {
    const BURST: u64 = 100_000;
    let sim = start_sim().await;
    let mut config = engine_config(&sim.ws_url(), demo_tokens());
    // A small channel and a slow consumer: reading must slow down, not drop.
    config.channel_capacity = 4;
    let (_handle, mut events) = start_engine(config);
    wait_for_status(&mut events, connected).await;
    sim.controls().send_burst(BURST as usize);
    let mut expected = 1u64;
    let mut frames = 0u64;
    while expected <= BURST {
        match next(&mut events).await {
            NetEvent::Frame {
                events: batch,
                problems,
                ..
            } => {
                assert!(problems.is_empty());
                frames += 1;
                if frames.is_multiple_of(500) {
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
                for event in batch {
                    let raw: serde_json::Value =
                        serde_json::from_str(&event.raw).expect("raw JSON");
                    assert_eq!(
                        raw["SimSeq"].as_u64(),
                        Some(expected),
                        "order and completeness"
                    );
                    expected += 1;
                }
            }
            NetEvent::Status(status) => panic!("the link must hold during a burst: {status:?}"),
            NetEvent::Problem { trouble, .. } => panic!("unexpected problem: {trouble}"),
        }
    }
    assert_eq!(expected, BURST + 1);
}

#[test]
fn a_silent_server_is_found_dead_after_two_ping_intervals() {
    // The simulator runs on its own runtime with real time; the engine's
    // runtime has its clock paused, so a minute of silence passes at once.
    let (_sim_runtime, sim) = simulator_on_its_own_runtime();
    let controls = sim.controls();
    let url = sim.ws_url();
    paused_runtime().block_on(async move {
        let mut config = engine_config(&url, demo_tokens());
        config.connect_timeout = Duration::from_secs(3600);
        let (_handle, mut events) = start_engine(config);
        // Connecting takes real time; the engine counts silence from the moment it
        // connected, somewhere between `connecting` and `started`.
        let connecting = tokio::time::Instant::now();
        tokio::time::resume();
        wait_for_status(&mut events, connected).await;
        controls.set_silent(true);
        tokio::time::pause();
        let started = tokio::time::Instant::now();
        let earliest = Duration::from_secs(60).saturating_sub(started - connecting);
        let status = reconnecting_with_the_clock_paused(&mut events).await;
        let waited = started.elapsed();
        let ConnectionStatus::Reconnecting { reason, .. } = status else {
            unreachable!()
        };
        assert_eq!(reason, DisconnectReason::Silent(Duration::from_secs(60)));
        assert!(
            waited >= earliest && waited < Duration::from_secs(61),
            "found dead after {waited:?} (no earlier than {earliest:?})"
        );
        controls.set_silent(false);
        tokio::time::resume();
        wait_for_status(&mut events, connected).await;
    });
    drop(sim);
}

#[test]
fn after_the_computer_sleeps_the_link_is_replaced_within_one_ping_interval() {
    // The engine's clock is paused and stands still while the "computer sleeps", as
    // the monotonic clock does; the sleep clock it is given jumps two hours ahead.
    let (_sim_runtime, sim) = simulator_on_its_own_runtime();
    let controls = sim.controls();
    let url = sim.ws_url();
    paused_runtime().block_on(async move {
        let asleep = Arc::new(AtomicU64::new(0));
        let mut config = engine_config(&url, demo_tokens());
        config.connect_timeout = Duration::from_secs(3600);
        config.sleep_clock = SleepClock::new({
            let (asleep, clock) = (Arc::clone(&asleep), SleepClock::default());
            move || clock.now() + Duration::from_secs(asleep.load(Ordering::SeqCst))
        });
        let (_handle, mut events) = start_engine(config);
        tokio::time::resume();
        wait_for_status(&mut events, connected).await;
        // Two hours asleep: the server heard nothing and has let the link go.
        tokio::time::pause();
        controls.set_silent(true);
        asleep.store(7_200, Ordering::SeqCst);
        let woke = tokio::time::Instant::now();
        let status = reconnecting_with_the_clock_paused(&mut events).await;
        let waited = woke.elapsed();
        let ConnectionStatus::Reconnecting { reason, .. } = status else {
            unreachable!()
        };
        let DisconnectReason::Slept(slept) = reason else {
            panic!("found dead for the wrong reason: {reason:?}");
        };
        assert!(slept >= Duration::from_secs(7_150), "{slept:?}");
        // Tokio's timers round up to the next millisecond.
        assert!(
            waited <= DEFAULT_PING_INTERVAL + Duration::from_millis(5),
            "found dead {waited:?} after waking, more than one ping interval"
        );
        assert!(
            DisconnectReason::Slept(slept)
                .to_string()
                .starts_with("This computer was asleep for 1 h 59 min"),
            "{slept:?}"
        );
        // Awake and the server answering: the link comes back (and with it the resync
        // every connect runs).
        controls.set_silent(false);
        tokio::time::resume();
        wait_for_status(&mut events, connected).await;
        assert_eq!(controls.handshakes().len(), 2);
    });
    drop(sim);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_the_handle_closes_the_connection() {
    let sim = start_sim().await;
    let (handle, mut events) = start_engine(engine_config(&sim.ws_url(), demo_tokens()));
    wait_for_status(&mut events, connected).await;
    sim.controls().wait_for_connections(1).await;
    drop(handle);
    assert_eq!(
        wait_for_status(&mut events, |s| matches!(s, ConnectionStatus::Stopped)).await,
        ConnectionStatus::Stopped
    );
    tokio::time::timeout(PATIENCE, sim.controls().wait_for_all_closed())
        .await
        .expect("the simulator sees the connection closed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_backs_off_with_a_plain_reason() {
    let listener = std::net::TcpListener::bind(any_port()).expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    let url = format!("ws://127.0.0.1:{port}/ws/connector");
    let (_handle, mut events) = start_engine(engine_config(&url, demo_tokens()));
    let status = wait_for_status(&mut events, |s| {
        matches!(s, ConnectionStatus::Reconnecting { .. })
    })
    .await;
    let ConnectionStatus::Reconnecting { reason, .. } = status else {
        unreachable!()
    };
    assert!(
        matches!(reason, DisconnectReason::NoNetwork(_)),
        "{reason:?}"
    );
    assert!(
        reason
            .to_string()
            .starts_with("No network connection to Mews")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_simulator_with_activity_sends_parseable_events() {
    let mut config = SimConfig::demo_hotel(fixture_rooms());
    config.rate = Some(200.0);
    let sim = Simulator::start(config, any_port())
        .await
        .expect("simulator starts");
    let (_handle, mut events) = start_engine(engine_config(&sim.ws_url(), demo_tokens()));
    wait_for_status(&mut events, connected).await;
    let mut seen = 0;
    while seen < 50 {
        if let NetEvent::Frame {
            events: batch,
            problems,
            ..
        } = wait_for_frame(&mut events).await
        {
            assert!(problems.is_empty());
            seen += batch.len();
        }
    }
}
