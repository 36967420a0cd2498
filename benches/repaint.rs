//! Repaints and CPU of the real window: `mews-monitor` under Xvfb (Mesa's software
//! renderer, 1280×800) connected to `mews-monitor simulate --rate N`, for 1, 5 and
//! 20 events a second, on the housekeeping board and on the event log.
//!
//! For each case it lets the window connect and load the hotel's rooms, then
//! counts, over a measured spell, the frames the window logs
//! (`RUST_LOG=mews_monitor::frames=trace`, one line per painted frame), the CPU
//! time of the window's process (every thread, from `/proc/PID/stat`) and of
//! the X server, and how long each frame's oldest new event waited between
//! being read from the socket and being laid out (p50, p99).
//!
//! Run with `cargo bench --bench repaint` (release profile); `-- --seconds 30`
//! measures longer; `MEWS_MONITOR_BIN=path` measures that program instead of the
//! one cargo built (a copy kept aside while others build). Needs Xvfb (`.ci/run` installs it). Linux only.

mod support;

use std::io::{BufRead, BufReader};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use mews_monitor::settings::{Settings, Tab};
use support::{
    Running, clock_ticks_per_second, cpu_ticks, percentile, simulate, start_xvfb, window,
    without_colours,
};

/// Time to connect, load the rooms and settle before measuring.
const WARM_UP: Duration = Duration::from_secs(8);

/// What the frame log said: when each frame was logged and how long its new events waited.
#[derive(Default)]
struct FrameLog {
    frames: Vec<(Instant, Option<u64>)>,
}

struct Case {
    tab: Tab,
    rate: f64,
}

struct Measured {
    frames_per_second: f64,
    app_cpu: f64,
    x_cpu: f64,
    waits: Vec<u64>,
}

fn main() -> anyhow::Result<()> {
    let seconds = std::env::args()
        .skip_while(|arg| arg != "--seconds")
        .nth(1)
        .and_then(|value| value.parse().ok())
        .unwrap_or(20);
    let spell = Duration::from_secs(seconds);
    let (xvfb, display) = start_xvfb()?;
    let x_pid = xvfb.0.id();
    println!(
        "window 1280×800 under Xvfb {display}, {seconds} s measured per case after {WARM_UP:?}"
    );
    println!(
        "{:<8} {:>6} {:>9} {:>10} {:>9} {:>9} {:>9}",
        "tab", "ev/s", "frames/s", "app CPU %", "X CPU %", "wait p50", "wait p99"
    );
    let cases = [
        Case {
            tab: Tab::Board,
            rate: 0.0,
        },
        Case {
            tab: Tab::Board,
            rate: 1.0,
        },
        Case {
            tab: Tab::Board,
            rate: 5.0,
        },
        Case {
            tab: Tab::Board,
            rate: 20.0,
        },
        Case {
            tab: Tab::Log,
            rate: 5.0,
        },
        Case {
            tab: Tab::Log,
            rate: 20.0,
        },
    ];
    for case in cases {
        let measured = run_case(&case, &display, x_pid, spell)?;
        let mut waits = measured.waits;
        waits.sort_unstable();
        println!(
            "{:<8} {:>6} {:>9.2} {:>10.1} {:>9.1} {:>9} {:>9}",
            format!("{:?}", case.tab),
            case.rate,
            measured.frames_per_second,
            measured.app_cpu,
            measured.x_cpu,
            percentile(&waits, 50).map_or("-".into(), |ms| format!("{ms} ms")),
            percentile(&waits, 99).map_or("-".into(), |ms| format!("{ms} ms")),
        );
    }
    Ok(())
}

fn run_case(case: &Case, display: &str, x_pid: u32, spell: Duration) -> anyhow::Result<Measured> {
    let home = tempfile::tempdir()?;
    let settings = Settings {
        tab: case.tab,
        ..Settings::default()
    };
    let rate = case.rate.to_string();
    let pace: &[&str] = if case.rate > 0.0 {
        &["--rate", &rate]
    } else {
        &["--speed", "0.001"]
    };
    let (_sim, _sim_stdin, ws_url, api_url) = simulate(&[], pace)?;
    let mut app = window(display, home.path(), &settings, &ws_url, &api_url)?
        .env("RUST_LOG", "mews_monitor::frames=trace")
        .spawn()
        .context("the app starts")?;
    let stderr = app.stderr.take().context("piped")?;
    let app = Running(app);
    let log = Arc::new(Mutex::new(FrameLog::default()));
    let reader_log = log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let line = without_colours(&line);
            if line.contains("mews_monitor::frames") {
                let waited = line
                    .split("waited_ms=")
                    .nth(1)
                    .and_then(|rest| rest.split_whitespace().next())
                    .and_then(|ms| ms.parse().ok());
                if let Ok(mut log) = reader_log.lock() {
                    log.frames.push((Instant::now(), waited));
                }
            }
        }
    });
    std::thread::sleep(WARM_UP);
    let app_pid = app.0.id();
    let (app_start, x_start, start) = (cpu_ticks(app_pid)?, cpu_ticks(x_pid)?, Instant::now());
    std::thread::sleep(spell);
    let (app_end, x_end, end) = (cpu_ticks(app_pid)?, cpu_ticks(x_pid)?, Instant::now());
    let wall = (end - start).as_secs_f64();
    let tick = clock_ticks_per_second()?;
    let percent = |ticks: u64| ticks as f64 / tick / wall * 100.0;
    let log = log
        .lock()
        .map_err(|_| anyhow::anyhow!("frame log poisoned"))?;
    let in_spell: Vec<_> = log
        .frames
        .iter()
        .filter(|(at, _)| *at >= start && *at < end)
        .collect();
    if log.frames.is_empty() {
        bail!("the window logged no frame: is the display working?");
    }
    Ok(Measured {
        frames_per_second: in_spell.len() as f64 / wall,
        app_cpu: percent(app_end - app_start),
        x_cpu: percent(x_end - x_start),
        waits: in_spell.iter().filter_map(|(_, waited)| *waited).collect(),
    })
}
