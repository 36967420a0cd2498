//! Event to screen, measured from outside the window: how long from writing a
//! room event to the socket until the window presents a new frame, seen through
//! the X DAMAGE extension under Xvfb (Mesa's software renderer, 1280×800).
//!
//! The simulator runs inside the bench (so the moment each event is written is
//! known to the microsecond); the window is the real program, connected to it,
//! on the housekeeping board. The bench asks X to report damage to the window's
//! contents and notes when each report arrives.
//!
//! - **Lone events**: one room event after at least 1.5 s of quiet, `--lone`
//!   times (40); each is timed to the first frame presented after it.
//! - **Flowing events**: 1, 5 and 20 events a second for `--seconds` (20) each;
//!   each event is timed to the first frame presented after it. While events
//!   flow, a frame already being drawn when an event arrives may be the one
//!   counted, so these figures can read up to one frame's drawing time low.
//!
//! It also prints the window's CPU (one core = 100 %) over each flowing spell.
//! Run with `cargo bench --bench screen` (`-- --lone 40 --seconds 20`). Needs
//! Xvfb. Linux only.

mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use mews_monitor::settings::{Settings, Tab};
use monitor_engine::sim::{SimConfig, Simulator};
use support::{clock_ticks_per_second, cpu_ticks, option, percentile, start_xvfb, window};
use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::damage::{ConnectionExt as _, ReportLevel};
use x11rb::protocol::xproto::{ConnectionExt as _, MapState, Window};
use x11rb::rust_connection::RustConnection;

/// Time to connect, load the hotel's rooms and settle before measuring.
const WARM_UP: Duration = Duration::from_secs(8);
/// Quiet before each lone event.
const QUIET: Duration = Duration::from_millis(1_500);
/// The longest a frame may take to come before the bench gives up.
const PATIENCE: Duration = Duration::from_secs(10);

/// When the window presented frames, as X reported them.
type Presented = Arc<Mutex<Vec<Instant>>>;

fn main() -> anyhow::Result<()> {
    let lone = option("--lone", 40);
    let seconds = option("--seconds", 20) as u64;
    let (_xvfb, display) = start_xvfb()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let mut config = SimConfig::built_in_demo_hotel()?;
    config.activity = false;
    config.arrivals_today = 0;
    let rooms: Vec<String> = config
        .resources
        .iter()
        .map(|room| room.id.clone())
        .collect();
    let sim = runtime.block_on(Simulator::start(
        config,
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
    ))?;
    let home = tempfile::tempdir()?;
    let settings = Settings {
        tab: Tab::Board,
        ..Settings::default()
    };
    let app = window(
        &display,
        home.path(),
        &settings,
        &sim.ws_url(),
        &sim.api_url(),
    )?
    .spawn()
    .context("the window starts")?;
    let app = support::Running(app);
    std::thread::sleep(WARM_UP);
    let presented = watch_frames(&display)?;
    let controls = sim.controls();
    let mut next_room = 0;
    let mut send = |state: &str| {
        let room = &rooms[next_room % rooms.len()];
        next_room += 7;
        let sent = Instant::now();
        controls.send_frame(format!(
            r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"{state}"}}]}}"#
        ));
        sent
    };

    println!("window 1280×800 under Xvfb {display}, housekeeping board, 1,376 rooms");
    println!(
        "{:<16} {:>7} {:>9} {:>9} {:>9} {:>11}",
        "case", "events", "p50", "p99", "max", "window CPU"
    );
    // Lone events.
    let mut waits = Vec::new();
    for n in 0..lone {
        std::thread::sleep(QUIET);
        let sent = send(["Dirty", "Clean", "Inspected"][n % 3]);
        waits.push(first_frame_after(&presented, sent)?);
    }
    report("lone", &mut waits, None);
    // Flowing events.
    let ticks = clock_ticks_per_second()?;
    for rate in [1.0, 5.0, 20.0] {
        std::thread::sleep(QUIET);
        let gap = Duration::from_secs_f64(1.0 / rate);
        let (cpu_start, start) = (cpu_ticks(app.0.id())?, Instant::now());
        let mut sent = Vec::new();
        let mut at = start;
        while at < start + Duration::from_secs(seconds) {
            std::thread::sleep(at.saturating_duration_since(Instant::now()));
            sent.push(send(["Dirty", "Clean", "Inspected"][sent.len() % 3]));
            at += gap;
        }
        let mut waits = sent
            .iter()
            .map(|sent| first_frame_after(&presented, *sent))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let cpu =
            (cpu_ticks(app.0.id())? - cpu_start) as f64 / ticks / start.elapsed().as_secs_f64()
                * 100.0;
        report(&format!("{rate} events/s"), &mut waits, Some(cpu));
    }
    drop(app);
    Ok(())
}

fn report(case: &str, waits: &mut [Duration], cpu: Option<f64>) {
    waits.sort_unstable();
    let at = |pct: usize| {
        percentile(waits, pct).map_or("-".to_owned(), |wait| {
            format!("{:.1} ms", wait.as_secs_f64() * 1e3)
        })
    };
    println!(
        "{:<16} {:>7} {:>9} {:>9} {:>9} {:>11}",
        case,
        waits.len(),
        at(50),
        at(99),
        at(100),
        cpu.map_or("-".to_owned(), |cpu| format!("{cpu:.1} %")),
    );
}

/// How long after `sent` the window presented its next frame (waits for it).
fn first_frame_after(presented: &Presented, sent: Instant) -> anyhow::Result<Duration> {
    let deadline = sent + PATIENCE;
    loop {
        if let Some(at) = presented
            .lock()
            .map_err(|_| anyhow::anyhow!("poisoned"))?
            .iter()
            .find(|at| **at > sent)
        {
            return Ok(*at - sent);
        }
        if Instant::now() > deadline {
            bail!("no frame within {PATIENCE:?} of an event");
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Connects to `display`, finds the window and notes each frame it presents, on a
/// thread of its own.
fn watch_frames(display: &str) -> anyhow::Result<Presented> {
    let (connection, screen) = RustConnection::connect(Some(display))?;
    connection.damage_query_version(1, 1)?.reply()?;
    let root = connection.setup().roots[screen].root;
    let window = app_window(&connection, root)?;
    let damage = connection.generate_id()?;
    connection.damage_create(damage, window, ReportLevel::NON_EMPTY)?;
    connection.flush()?;
    let presented: Presented = Arc::default();
    let noted = Arc::clone(&presented);
    std::thread::spawn(move || {
        while let Ok(event) = connection.wait_for_event() {
            if let Event::DamageNotify(_) = event {
                if let Ok(mut noted) = noted.lock() {
                    noted.push(Instant::now());
                }
                // Empty the damage, so the next frame is reported again.
                let _ = connection.damage_subtract(damage, x11rb::NONE, x11rb::NONE);
                let _ = connection.flush();
            }
        }
    });
    Ok(presented)
}

/// The largest window shown on the screen: the app's (nothing else runs on this display).
fn app_window(connection: &RustConnection, root: Window) -> anyhow::Result<Window> {
    let mut best = None;
    for child in connection.query_tree(root)?.reply()?.children {
        let shown =
            connection.get_window_attributes(child)?.reply()?.map_state == MapState::VIEWABLE;
        let geometry = connection.get_geometry(child)?.reply()?;
        let area = u32::from(geometry.width) * u32::from(geometry.height);
        if shown && best.is_none_or(|(_, largest)| area > largest) {
            best = Some((child, area));
        }
    }
    best.map(|(window, _)| window)
        .context("no window on the display: did the app start?")
}
