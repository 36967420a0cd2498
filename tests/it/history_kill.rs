//! `kill -9` of a running `tail --history`: what was printed is on disk, but
//! for what the writer's bounded queue and its one open transaction held.
//!
//! The simulator streams events; after `tail` has printed a few thousand of
//! them it is killed with SIGKILL, and the rows in its history database are
//! counted against the lines it printed. The bound is the writer's structure
//! ([`QUEUE`] + [`BATCH`] records), not a time: on a loaded machine the writer
//! is further behind in time, never in records. How much stream time the loss
//! amounts to is printed (README: about 8 ms on an idle machine).

// Test code: a failed expectation is a failed test.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::*;
use monitor_engine::history::{BATCH, HistoryReader, QUEUE};
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_tail_loses_at_most_a_moment_of_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("history.sqlite3");
    let sim = start_sim().await;
    let mut child = Command::new(env!("CARGO_BIN_EXE_mews-monitor"))
        // Its words on standard error in English, whatever the computer speaks.
        .env("LC_ALL", "C.UTF-8")
        .args(["tail", "--ws-url", &sim.ws_url(), "--history"])
        .arg(&db)
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("tail starts");
    tokio::time::timeout(PATIENCE, sim.controls().wait_for_connections(1))
        .await
        .expect("tail connects");
    let controls = sim.controls();
    // A steady stream: 200 events every 5 ms for up to 10 s.
    let feeder = tokio::spawn(async move {
        for _ in 0..2_000 {
            controls.send_burst(200);
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    });
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut printed = 0u64;
    let started = Instant::now();
    while printed < 5_000 && started.elapsed() < PATIENCE {
        match tokio::time::timeout(PATIENCE, lines.next_line()).await {
            Ok(Ok(Some(_))) => printed += 1,
            _ => break,
        }
    }
    child.start_kill().expect("SIGKILL sent");
    let status = child.wait().await.expect("tail ended");
    feeder.abort();
    assert!(!status.success(), "tail was killed, not finished");
    assert!(printed >= 5_000, "tail printed the stream");
    // Lines tail wrote before it died but this test had not read yet.
    while let Ok(Ok(Some(_))) = tokio::time::timeout(PATIENCE, lines.next_line()).await {
        printed += 1;
    }

    let streamed_for = started.elapsed().as_secs_f64();
    let rows = HistoryReader::open(&db)
        .expect("history readable after a kill")
        .event_count()
        .expect("count");
    let lost = printed.saturating_sub(rows);
    let rate = printed as f64 / streamed_for;
    let lost_ms = lost as f64 / rate * 1000.0;
    println!(
        "printed {printed} in {streamed_for:.2} s ({rate:.0}/s), on disk {rows}, lost {lost} = {lost_ms:.1} ms of stream"
    );
    assert!(
        lost <= (QUEUE + BATCH) as u64,
        "lost {lost} of {printed} printed events ({lost_ms:.1} ms of stream)"
    );
    assert!(rows > 0, "the writer kept up at all");
}
