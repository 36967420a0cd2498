//! One frame of the window, headless (layout and tessellation, no GPU): the
//! 1,376-room demo hotel with a 1,000-event and a 1,000,000-event log, on the
//! housekeeping board and on the event log (following the newest, and with a
//! text filter); and the board with the hotel's day loaded: a guest in two
//! rooms of three, 458 arrivals named in the Arrivals panel, some waiting.
//! Run with `cargo bench --bench frame`.

use std::hint::black_box;

use chrono::{Duration, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use mews_monitor::settings::{Settings, Tab};
use mews_monitor::ui::{App, AppParts, Screen};
use monitor_core::protocol::{
    Classification, CustomerRecord, HotelDay, ReservationRecord, ReservationState, parse_frame,
};
use monitor_core::store::{LogFilter, Store};
use monitor_engine::credentials::CredentialStore;
use monitor_engine::session::Session;

mod common;

use common::realistic_frames;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A stay in `room` from `start` to `end`, for customer `n`.
fn stay(
    n: usize,
    state: ReservationState,
    room: &str,
    start: Duration,
    end: Duration,
    day: &HotelDay,
) -> ReservationRecord {
    ReservationRecord {
        id: format!("stay-{n}-{}", state.as_wire()),
        number: Some(format!("{}", 10_000 + n)),
        state: Some(state),
        assigned_resource_id: Some(room.to_owned()),
        rate_id: None,
        scheduled_start_utc: Some(day.start_utc + start),
        scheduled_end_utc: Some(day.start_utc + end),
        account_id: Some(format!("customer-{n}")),
    }
}

/// Loads a busy hotel's day into `store`: of every six rooms one departs, one stays
/// over, one awaits an arrival, one turns over, two are vacant; every arrival's guest
/// is named (every eighth a VIP, every tenth waiting).
fn load_day(store: &mut Store) {
    let now = Utc::now();
    let day = HotelDay::containing(Some("Europe/Prague"), now)
        .unwrap_or_else(|error| panic!("hotel day: {error}"));
    let rooms: Vec<String> = store
        .rooms
        .all()
        .iter()
        .map(|room| room.id.clone())
        .collect();
    let (started, confirmed) = (ReservationState::Started, ReservationState::Confirmed);
    let mut records = Vec::new();
    for (n, room) in rooms.iter().enumerate() {
        let hours = |h: i64| Duration::hours(h);
        match n % 6 {
            0 => records.push(stay(n, started.clone(), room, hours(-48), hours(10), &day)),
            1 => records.push(stay(n, started.clone(), room, hours(-24), hours(48), &day)),
            2 => records.push(stay(
                n,
                confirmed.clone(),
                room,
                hours(8 + (n % 12) as i64),
                hours(40),
                &day,
            )),
            3 => {
                records.push(stay(
                    n + 10_000,
                    started.clone(),
                    room,
                    hours(-72),
                    hours(10),
                    &day,
                ));
                records.push(stay(
                    n,
                    confirmed.clone(),
                    room,
                    hours(12 + (n % 10) as i64),
                    hours(60),
                    &day,
                ));
            }
            _ => {}
        }
    }
    store.seed_arrivals(day, &records, now);
    let asked = store.customers_to_ask(now);
    let found = asked
        .iter()
        .enumerate()
        .map(|(n, id)| CustomerRecord {
            id: id.clone(),
            first_name: Some(["Jiřina", "Łukasz", "Zoë", "Bjørn"][n % 4].to_owned()),
            last_name: Some(format!("Nováková-{n}")),
            classifications: match (n % 8, n % 10) {
                (0, _) => vec![Classification::VeryImportant],
                (_, 0) => vec![Classification::WaitingForRoom],
                _ => Vec::new(),
            },
        })
        .collect();
    store.guests.learn_customers(&asked, found, now);
}

/// The window with the demo hotel and `events` events in its log (and the hotel's day, with `day`).
fn window(
    events: usize,
    tab: Tab,
    filter: LogFilter,
    day: bool,
    runtime: &tokio::runtime::Runtime,
) -> (egui::Context, App) {
    let (frames, rooms) = realistic_frames(events);
    let mut store = Store::with_log_capacity(events.max(1));
    store.seed_rooms(&rooms, Utc::now());
    let received = Utc::now();
    for frame in &frames {
        store.apply_batch(received, parse_frame(frame).events);
    }
    if day {
        load_day(&mut store);
    }
    let ctx = egui::Context::default();
    let settings = Settings {
        tab,
        log: filter,
        ..Settings::default()
    };
    let mut app = App::new(
        &ctx,
        AppParts {
            session: Session::new(store),
            settings,
            runtime: runtime.handle().clone(),
            keyring: Ok(CredentialStore::in_memory()),
            demo: None,
            language: Default::default(),
            policy: Default::default(),
        },
    );
    app.set_screen(Screen::Monitor);
    // Settle: fonts, first layout, a filtered log's scan.
    for _ in 0..60 {
        frame(&ctx, &mut app);
    }
    (ctx, app)
}

fn frame(ctx: &egui::Context, app: &mut App) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..egui::RawInput::default()
    };
    let output = ctx.run_ui(input, |ui| {
        app.logic(ui.ctx());
        app.show(ui);
    });
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn frames(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap_or_else(|error| panic!("runtime: {error}"));
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    let search = LogFilter {
        text: "0005".into(),
        ..LogFilter::default()
    };
    for (name, tab, filter, day) in [
        ("board", Tab::Board, LogFilter::default(), false),
        ("board_with_day", Tab::Board, LogFilter::default(), true),
        ("rooms", Tab::Rooms, LogFilter::default(), false),
        ("log", Tab::Log, LogFilter::default(), false),
        ("log_search", Tab::Log, search, false),
    ] {
        for events in [1_000, 1_000_000] {
            let (ctx, mut app) = window(events, tab, filter.clone(), day, &runtime);
            group.bench_function(format!("{name}/{events}_events"), |b| {
                b.iter(|| black_box(frame(&ctx, &mut app)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
