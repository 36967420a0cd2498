//! `mews-monitor tail` as a real process against the simulator.

// Test code: a failed expectation is a failed test.

use std::process::Stdio;

use crate::support::*;
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};
use tokio::process::Command;

fn tail(ws_url: &str, client: &str, access: &str, extra: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mews-monitor"));
    command
        // Its words on standard error in English, whatever the computer speaks.
        .env("LC_ALL", "C.UTF-8")
        .args(["tail", "--ws-url", ws_url])
        .args(extra)
        .env("MEWS_CLIENT_TOKEN", client)
        .env("MEWS_ACCESS_TOKEN", access)
        .env("RUST_LOG", "trace")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    command
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_prints_one_json_line_per_event_and_stops_after_max_events() {
    let sim = start_sim().await;
    let child = tail(
        &sim.ws_url(),
        DEMO_CLIENT_TOKEN,
        DEMO_ACCESS_TOKEN,
        &["--max-events", "3"],
    )
    .spawn()
    .expect("tail starts");
    tokio::time::timeout(PATIENCE, sim.controls().wait_for_connections(1))
        .await
        .expect("tail connects");
    sim.controls().send_frame(
        r#"{"Events":[{"Type":"Resource","Id":"r1","State":"Clean","Brand":"new"},{"Type":"DeviceCommand","Id":"c1","State":"Pending"}]}"#.into(),
    );
    sim.controls().send_frame(
        r#"{"Events":[{"Type":"Wormhole","Id":"w1"},{"Type":"Resource","Id":"r2","State":"Dirty"}]}"#.into(),
    );
    let output = tokio::time::timeout(PATIENCE, child.wait_with_output())
        .await
        .expect("tail exits by itself")
        .expect("tail ran");
    assert!(output.status.success(), "exit status {:?}", output.status);
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert_eq!(lines[0]["seq"], 1);
    assert_eq!(lines[0]["event"]["Brand"], "new", "unknown fields are kept");
    assert_eq!(
        lines[2]["event"]["Type"], "Wormhole",
        "unknown types are printed"
    );
    assert!(
        lines[2]["received_utc"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(stderr.contains("Connected"), "{stderr}");
    assert!(stderr.contains("DEBUG"), "library logs were captured");
    for secret in [DEMO_CLIENT_TOKEN, DEMO_ACCESS_TOKEN] {
        assert!(
            !stdout.contains(secret) && !stderr.contains(secret),
            "a token leaked"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_exits_with_code_2_when_mews_rejects_the_tokens() {
    let sim = start_sim().await;
    let output = tail(
        &sim.ws_url(),
        "WRONG-CLIENT-SECRET",
        "WRONG-ACCESS-SECRET",
        &[],
    )
    .output();
    let output = tokio::time::timeout(PATIENCE, output)
        .await
        .expect("tail exits by itself")
        .expect("tail ran");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(stderr.contains("Mews rejected the tokens"), "{stderr}");
    assert!(!stderr.contains("WRONG-CLIENT-SECRET") && !stderr.contains("WRONG-ACCESS-SECRET"));
    assert!(output.stdout.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_refuses_a_plain_text_address_to_another_computer() {
    let output = tail(
        "ws://ws.mews.com",
        DEMO_CLIENT_TOKEN,
        DEMO_ACCESS_TOKEN,
        &[],
    )
    .output();
    let output = tokio::time::timeout(PATIENCE, output)
        .await
        .expect("tail exits by itself")
        .expect("tail ran");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(stderr.contains("wss://"), "{stderr}");
}
