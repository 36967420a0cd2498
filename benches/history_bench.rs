//! History figures: a `tail --history` drained by a flood from `mews-monitor
//! simulate` (peak resident memory, events per second until every event is
//! stored, bytes per event on disk); a second, larger flood makes a large
//! history, over which a room's timeline is timed and the window's first frame
//! and restore are measured.
//!
//! Run with `cargo bench --bench history_bench` (release profile). Options after
//! `--`: `--events N` (flood, default 2,000,000), `--rows N` (large history,
//! default 10,000,000), `--frame N` (events per flood frame, default 100);
//! `MEWS_MONITOR_BIN=path` measures that program instead of the one cargo built.
//! The window part needs Xvfb and is skipped without it. Linux only.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Utc;
use monitor_engine::history::HistoryReader;
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};
use support::{app_path, start_xvfb};

fn main() -> anyhow::Result<()> {
    let events = support::option("--events", 2_000_000);
    let rows = support::option("--rows", 10_000_000);
    let per_frame = support::option("--frame", 100);
    let dir = tempfile::tempdir()?;
    flood(events, per_frame, &dir.path().join("flood.sqlite3"))?;
    // The large history is a flood too, into where the window looks for it.
    let big = dir.path().join("data/mews-monitor/history.sqlite3");
    let room = flood(rows, per_frame, &big)?;
    timeline(&big, &room)?;
    first_frame(&dir.path().join("empty"), "no history")?;
    first_frame(dir.path(), &format!("{rows} events in history"))?;
    Ok(())
}

/// `tail --history` against the simulator sending `events` events as fast as it
/// can; returns a room id found in them.
fn flood(events: usize, per_frame: usize, db: &Path) -> anyhow::Result<String> {
    if let Some(folder) = db.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let (sim, mut sim_in, ws_url, _) = support::simulate(&[], &["--speed", "0.001"])?;
    let mut tail = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(app_path())
        .args(["tail", "--ws-url", &ws_url, "--history"])
        .arg(db)
        .args(["--max-events", &events.to_string()])
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("/usr/bin/time and tail start")?;
    let mut report = BufReader::new(tail.stderr.take().context("piped")?).lines();
    // tail says "Connected" on standard error once the link is up.
    for line in report.by_ref() {
        if line?.contains("Connected") {
            break;
        }
    }
    let started = Instant::now();
    writeln!(sim_in, "burst {events} {per_frame}")?;
    let report: Vec<String> = report.map_while(Result::ok).collect();
    tail.wait()?;
    let seconds = started.elapsed().as_secs_f64();
    drop(sim);
    let peak_kb: u64 = report
        .iter()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes):")
        })
        .and_then(|kb| kb.trim().parse().ok())
        .context("no peak memory in /usr/bin/time's report")?;
    let reader = HistoryReader::open(db)?;
    let stored = reader.event_count()?;
    let bytes = file_bytes(db);
    println!(
        "flood of {events} events ({per_frame} a frame) into `tail --history`: {:.0} events/s \
         ({seconds:.1} s, until every event is stored), peak {:.0} MB resident, \
         {stored} events stored, {:.0} bytes per event on disk",
        events as f64 / seconds,
        peak_kb as f64 / 1024.0,
        bytes as f64 / stored.max(1) as f64
    );
    let room = reader
        .recent(1)?
        .first()
        .and_then(|entry| entry.event.id().map(str::to_owned))
        .context("no event stored")?;
    Ok(room)
}

/// The database and its write-ahead log, in bytes.
fn file_bytes(db: &Path) -> u64 {
    let size = |path: &Path| std::fs::metadata(path).map_or(0, |meta| meta.len());
    size(db) + size(&db.with_extension("sqlite3-wal"))
}

/// A room's timeline for the last 30 days and for 90 days, the median of 5 runs.
fn timeline(db: &Path, room: &str) -> anyhow::Result<()> {
    let reader = HistoryReader::open(db)?;
    let rows = reader.event_count()?;
    for days in [30, 90] {
        let since = Utc::now() - chrono::Duration::days(days);
        let mut times = Vec::new();
        let mut steps = 0;
        for _ in 0..5 {
            let started = Instant::now();
            steps = reader.timeline(room, since)?.len();
            times.push(started.elapsed());
        }
        times.sort();
        println!(
            "timeline of one room, last {days} days, over {rows} rows: {steps} states in {:.1} ms (median of 5)",
            times[2].as_secs_f64() * 1_000.0
        );
    }
    Ok(())
}

/// The window's first frame and restore with the history under `home/data`, under Xvfb.
fn first_frame(home: &Path, what: &str) -> anyhow::Result<()> {
    let (_xvfb, display) = match start_xvfb() {
        Ok(started) => started,
        Err(error) => {
            println!("first frame with {what}: skipped ({error:#})");
            return Ok(());
        }
    };
    std::fs::create_dir_all(home.join("config"))?;
    let started = Instant::now();
    let mut app = Command::new(app_path())
        .env("DISPLAY", &display)
        .env(
            "RUST_LOG",
            "mews_monitor::frames=trace,mews_monitor::startup=info",
        )
        .env("NO_COLOR", "1")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_RUNTIME_DIR", home)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let stderr = app.stderr.take().context("piped")?;
    let (mut frame, mut restored) = (None, None);
    for line in BufReader::new(stderr).lines().map_while(Result::ok) {
        if frame.is_none() && line.contains("mews_monitor::frames") {
            frame = Some(started.elapsed());
        }
        if line.contains("history restored") {
            restored = Some(started.elapsed());
        }
        if frame.is_some() && restored.is_some() {
            break;
        }
    }
    let _ = app.kill();
    let _ = app.wait();
    let ms =
        |at: Option<Duration>| at.map_or("never".into(), |at| format!("{:.2} s", at.as_secs_f64()));
    println!(
        "window with {what}: first frame {} after launch, history restored {} after launch",
        ms(frame),
        ms(restored)
    );
    Ok(())
}
