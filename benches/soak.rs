//! A week at reception in half an hour: the real window under Xvfb, fed by the
//! simulator at a busy hotel's pace, with the time of day running `--speed`
//! times as fast (336: 30 minutes cover 7 hotel days, midnights included).
//!
//! Both the window and the simulator run with libfaketime preloaded, following
//! an offset the bench moves on every two seconds by `speed − 1` times the time
//! passed, with `FAKETIME_DONT_FAKE_MONOTONIC=1`: the time of day (hotel clock,
//! hotel days, arrivals, history times) runs fast in steps of about eleven hotel
//! minutes, while the monotonic clocks (frame pacing, keep-alive, backoff) and
//! the boot clock (the sleep check) run at their real pace. (A faketime *rate*
//! would also shorten every wait the program makes, `epoll_wait` included, and
//! spin it.) The simulator, at `--speed 336`, sends what a busy hotel sends in
//! that much time, about 17 events a second.
//!
//! Every `--sample` seconds (60) it samples the window's resident memory, CPU
//! (of one core, since the last sample), frames per second (from the frame
//! log), open descriptors, threads, the history file's size (with its
//! write-ahead log) and egui's font atlas (from the frame log), and prints a
//! row; at the end it checks the goals: memory flat after the first hotel day
//! (at most 5 MB more over the rest), CPU and frames steady, descriptors and
//! threads constant, and today's arrivals reloaded after each of the hotel's
//! midnights (read from the summaries kept in history).
//!
//! Run with `cargo bench --bench soak` (`-- --minutes 30 --speed 336 --sample
//! 60`). Needs Xvfb and libfaketime (`apt install xvfb faketime`). Linux only.

mod support;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use mews_monitor::settings::{Settings, Tab};
use support::{clock_ticks_per_second, cpu_ticks, option, simulate, start_xvfb, window};

/// One row of the table.
struct Sample {
    minute: f64,
    hotel_time: DateTime<Utc>,
    resident_mb: f64,
    cpu_percent: f64,
    frames_per_second: f64,
    descriptors: usize,
    threads: usize,
    history_mb: f64,
    /// egui's font atlas (`width×height`, 4 bytes a pixel), from the frame log.
    atlas: (u64, u64),
}

/// How often the hotel's clock moves on.
const STEP: Duration = Duration::from_secs(2);

/// libfaketime, preloaded into the window and the simulator (Debian's `faketime`).
const FAKETIME_LIBRARY: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

fn main() -> anyhow::Result<()> {
    let minutes = option("--minutes", 30);
    let speed = option("--speed", 336);
    let every = Duration::from_secs(option("--sample", 60) as u64);
    if !Path::new(FAKETIME_LIBRARY).exists() {
        bail!("{FAKETIME_LIBRARY} is missing: apt install faketime");
    }
    let (xvfb, display) = start_xvfb()?;
    let home = tempfile::tempdir()?;
    let offset_file = home.path().join("faketime.rc");
    std::fs::write(&offset_file, "+0")?;
    let offset_path = offset_file.to_string_lossy().into_owned();
    let fast_days = [
        ("LD_PRELOAD", FAKETIME_LIBRARY),
        ("FAKETIME_TIMESTAMP_FILE", offset_path.as_str()),
        ("FAKETIME_CACHE_DURATION", "1"),
        ("FAKETIME_DONT_FAKE_MONOTONIC", "1"),
    ];
    let settings = Settings {
        tab: Tab::Board,
        ..Settings::default()
    };
    let started_utc = Utc::now();
    let (_sim, _sim_stdin, ws_url, api_url) =
        simulate(&fast_days, &["--speed", &speed.to_string()])?;
    let mut app = window(&display, home.path(), &settings, &ws_url, &api_url)?
        .envs(fast_days)
        .env("RUST_LOG", "mews_monitor::frames=trace")
        .spawn()
        .context("the window starts")?;
    let frames = Arc::new(AtomicU64::new(0));
    let atlas = Arc::new([AtomicU64::new(0), AtomicU64::new(0)]);
    let stderr = app.stderr.take().context("piped")?;
    let (counted, seen_atlas) = (Arc::clone(&frames), Arc::clone(&atlas));
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("mews_monitor::frames") {
                counted.fetch_add(1, Ordering::Relaxed);
                for (side, field) in seen_atlas.iter().zip(["atlas_width=", "atlas_height="]) {
                    if let Some(value) = number_after(&line, field) {
                        side.store(value, Ordering::Relaxed);
                    }
                }
            }
        }
    });
    let app = support::Running(app);
    let pid = app.0.id();
    let history = home.path().join("data/mews-monitor/history.sqlite3");
    let ticks = clock_ticks_per_second()?;

    println!(
        "window 1280×800 under Xvfb {display}, {minutes} min at {speed}× hotel time (simulate --speed {speed}), a sample every {} s",
        every.as_secs()
    );
    println!(
        "{:>6} {:>17} {:>9} {:>7} {:>9} {:>5} {:>7} {:>10} {:>11}",
        "min",
        "hotel time",
        "RSS MB",
        "CPU %",
        "frames/s",
        "fds",
        "threads",
        "history MB",
        "font atlas"
    );
    let start = Instant::now();
    let end = start + Duration::from_secs(minutes as u64 * 60);
    let mut samples = Vec::new();
    let (mut last_at, mut last_cpu, mut last_frames) = (
        Instant::now(),
        cpu_ticks(pid)?,
        frames.load(Ordering::Relaxed),
    );
    let mut next_sample = start + every;
    while Instant::now() < end {
        // The hotel's clock moves on in steps until the next sample is due.
        while Instant::now() < next_sample.min(end) {
            std::thread::sleep(STEP.min(next_sample.saturating_duration_since(Instant::now())));
            let ahead = start.elapsed().as_secs() * (speed as u64 - 1);
            std::fs::write(&offset_file, format!("+{ahead}"))?;
        }
        next_sample += every;
        let (at, cpu, frame_count) = (
            Instant::now(),
            cpu_ticks(pid)?,
            frames.load(Ordering::Relaxed),
        );
        let seconds = (at - last_at).as_secs_f64();
        let elapsed = at - start;
        let sample = Sample {
            minute: elapsed.as_secs_f64() / 60.0,
            hotel_time: started_utc
                + chrono::Duration::from_std(elapsed * speed as u32).unwrap_or_default(),
            resident_mb: status_field(pid, "VmRSS:")? / 1024.0,
            cpu_percent: (cpu - last_cpu) as f64 / ticks / seconds * 100.0,
            frames_per_second: (frame_count - last_frames) as f64 / seconds,
            descriptors: std::fs::read_dir(format!("/proc/{pid}/fd"))?.count(),
            threads: status_field(pid, "Threads:")? as usize,
            history_mb: file_mb(&history) + file_mb(&history.with_extension("sqlite3-wal")),
            atlas: (
                atlas[0].load(Ordering::Relaxed),
                atlas[1].load(Ordering::Relaxed),
            ),
        };
        println!(
            "{:>6.1} {:>17} {:>9.1} {:>7.1} {:>9.2} {:>5} {:>7} {:>10.1} {:>11}",
            sample.minute,
            sample.hotel_time.format("%a %d %H:%M"),
            sample.resident_mb,
            sample.cpu_percent,
            sample.frames_per_second,
            sample.descriptors,
            sample.threads,
            sample.history_mb,
            format!("{}×{}", sample.atlas.0, sample.atlas.1),
        );
        samples.push(sample);
        (last_at, last_cpu, last_frames) = (at, cpu, frame_count);
    }
    drop(app);
    drop(xvfb);
    judge(&samples, speed, &history)
}

/// The whole number after `field` in a log line (`atlas_width=2048`).
fn number_after(line: &str, field: &str) -> Option<u64> {
    let rest = &line[line.find(field)? + field.len()..];
    let digits = rest.split(|c: char| !c.is_ascii_digit()).next()?;
    digits.parse().ok()
}

/// A number from `/proc/PID/status` (kB for memory).
fn status_field(pid: u32, name: &str) -> anyhow::Result<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|line| line.starts_with(name))
        .with_context(|| format!("{name} in /proc/{pid}/status"))?;
    Ok(line
        .split_whitespace()
        .nth(1)
        .context("a number")?
        .parse()?)
}

fn file_mb(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |meta| meta.len() as f64 / 1_048_576.0)
}

/// Prints whether each goal was met.
fn judge(samples: &[Sample], speed: usize, history: &Path) -> anyhow::Result<()> {
    let first_day_minutes = 24.0 * 60.0 / speed as f64;
    let after_first_day: Vec<&Sample> = samples
        .iter()
        .filter(|sample| sample.minute >= first_day_minutes)
        .collect();
    let (Some(first), Some(last)) = (after_first_day.first(), after_first_day.last()) else {
        bail!("too short to judge: run for more than one hotel day");
    };
    let peak = after_first_day
        .iter()
        .map(|sample| sample.resident_mb)
        .fold(0.0, f64::max);
    let growth = peak - first.resident_mb;
    println!(
        "memory after the first hotel day: {:.1} MB, then at most {:.1} MB ({:+.1} MB; goal ≤ 5 MB): {}",
        first.resident_mb,
        peak,
        growth,
        verdict(growth <= 5.0)
    );
    let third = (after_first_day.len() / 3).max(1);
    let mean = |part: &[&Sample], value: fn(&Sample) -> f64| {
        part.iter().map(|sample| value(sample)).sum::<f64>() / part.len() as f64
    };
    let early = &after_first_day[..third];
    let late = &after_first_day[after_first_day.len() - third..];
    let (cpu_early, cpu_late) = (
        mean(early, |s| s.cpu_percent),
        mean(late, |s| s.cpu_percent),
    );
    let (fps_early, fps_late) = (
        mean(early, |s| s.frames_per_second),
        mean(late, |s| s.frames_per_second),
    );
    println!(
        "CPU, first and last third after day one: {cpu_early:.1} % → {cpu_late:.1} % (goal: steady, within 20 %): {}",
        verdict(cpu_late <= cpu_early * 1.2 + 0.5)
    );
    println!(
        "frames/s, first and last third: {fps_early:.2} → {fps_late:.2} (goal: steady, within 20 %): {}",
        verdict((fps_late - fps_early).abs() <= fps_early * 0.2 + 0.1)
    );
    let range = |value: fn(&Sample) -> usize| {
        let values: BTreeSet<usize> = after_first_day.iter().map(|s| value(s)).collect();
        (
            values.first().copied().unwrap_or(0),
            values.last().copied().unwrap_or(0),
        )
    };
    let (fd_low, fd_high) = range(|s| s.descriptors);
    let (thread_low, thread_high) = range(|s| s.threads);
    // A leak raises the fewest seen; a connection open at one sample (a request to Mews
    // in flight) raises that sample only.
    let fewest = |part: &[&Sample], value: fn(&Sample) -> usize| {
        part.iter().map(|sample| value(sample)).min().unwrap_or(0)
    };
    let (fd_early, fd_late) = (
        fewest(early, |s| s.descriptors),
        fewest(late, |s| s.descriptors),
    );
    let (threads_early, threads_late) = (fewest(early, |s| s.threads), fewest(late, |s| s.threads));
    println!(
        "descriptors {fd_low}–{fd_high}, threads {thread_low}–{thread_high}; the fewest in the first and last third: {fd_early} → {fd_late} descriptors, {threads_early} → {threads_late} threads (goal: constant): {}",
        verdict(fd_late <= fd_early && threads_late <= threads_early)
    );
    let reloads = arrivals_days(history)?;
    let midnights = (last.hotel_time.date_naive() - samples[0].hotel_time.date_naive()).num_days();
    println!(
        "hotel midnights passed: {midnights}; days whose arrivals were loaded: {} ({}) (goal: every day): {}",
        reloads.len(),
        reloads.iter().cloned().collect::<Vec<_>>().join(", "),
        verdict(reloads.len() as i64 > midnights)
    );
    Ok(())
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "NOT MET" }
}

/// The hotel days whose arrivals the window loaded, from the summaries history keeps
/// ("12 arrivals on 2026-12-01 loaded from Mews …").
fn arrivals_days(history: &Path) -> anyhow::Result<BTreeSet<String>> {
    let connection =
        rusqlite::Connection::open_with_flags(history, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut statement =
        connection.prepare("SELECT text FROM notes WHERE text LIKE '% on %loaded from Mews%'")?;
    let texts = statement.query_map([], |row| row.get::<_, String>(0))?;
    let mut days = BTreeSet::new();
    for text in texts {
        let text = text?;
        if let Some(day) = text
            .split(" on ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
        {
            days.insert(day.to_owned());
        }
    }
    Ok(days)
}
