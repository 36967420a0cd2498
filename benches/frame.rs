//! One frame of the window, headless (layout and tessellation, no GPU): the
//! 1,376-room demo hotel with a 1,000-event and a 1,000,000-event log, on the
//! housekeeping board and on the event log (following the newest, and with a
//! text filter). Run with `cargo bench --bench frame`.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use mews_monitor::settings::{Settings, Tab};
use mews_monitor::ui::{App, AppParts, Screen};
use monitor_core::protocol::parse_frame;
use monitor_core::store::{LogFilter, Store};
use monitor_engine::credentials::CredentialStore;
use monitor_engine::session::Session;

mod common;

use common::realistic_frames;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The window with the demo hotel and `events` events in its log.
fn window(
    events: usize,
    tab: Tab,
    filter: LogFilter,
    runtime: &tokio::runtime::Runtime,
) -> (egui::Context, App) {
    let (frames, rooms) = realistic_frames(events);
    let mut store = Store::with_log_capacity(events.max(1));
    store.seed_rooms(&rooms, Utc::now());
    let received = Utc::now();
    for frame in &frames {
        store.apply_batch(received, parse_frame(frame).events);
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
    for (name, tab, filter) in [
        ("board", Tab::Board, LogFilter::default()),
        ("rooms", Tab::Rooms, LogFilter::default()),
        ("log", Tab::Log, LogFilter::default()),
        ("log_search", Tab::Log, search),
    ] {
        for events in [1_000, 1_000_000] {
            let (ctx, mut app) = window(events, tab, filter.clone(), &runtime);
            group.bench_function(format!("{name}/{events}_events"), |b| {
                b.iter(|| black_box(frame(&ctx, &mut app)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
