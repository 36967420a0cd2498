//! Parse + apply throughput on realistic frames: the work the monitor does per event.
//!
//! Frames mix the four event types in proportions seen at a busy hotel, for
//! rooms of the recorded demo hotel, with 1 to 8 events per frame. Run with
//! `cargo bench --bench parse_apply`.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mews_monitor::protocol::{parse_frame, parse_resources_page};
use mews_monitor::store::Store;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/fixtures/mews-demo/resources-getall.json"
);

/// Frames holding `events` events in all, and the room records of the fixture.
fn realistic_frames(events: usize) -> (Vec<String>, Vec<mews_monitor::protocol::ResourceRecord>) {
    let body = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    let rooms = parse_resources_page(&body)
        .map(|page| page.resources)
        .unwrap_or_default();
    let ids: Vec<&str> = rooms.iter().map(|room| room.id.as_str()).collect();
    let mut rng = fastrand::Rng::with_seed(42);
    let mut frames = Vec::new();
    let mut made = 0;
    while made < events {
        let count = rng.usize(1..=8).min(events - made);
        let items: Vec<String> = (0..count)
            .map(|n| {
                let room = ids.get(rng.usize(0..ids.len().max(1))).copied().unwrap_or("r");
                // Reservations, commands and prices repeat ids as they change state.
                let id = format!("{:08x}-1b63-452e-9060-b32501247b{:02x}", rng.u32(0..3_000), n % 2);
                match rng.u8(0..20) {
                    0..=11 => {
                        let state = ["Dirty", "Clean", "Inspected", "OutOfService", "OutOfOrder"][rng.usize(0..5)];
                        format!(r#"{{"Type":"Resource","Id":"{room}","State":"{state}"}}"#)
                    }
                    12..=15 => format!(
                        r#"{{"Type":"Reservation","Id":"{id}","State":"Started","StartUtc":"2025-12-04T14:00:00Z","EndUtc":"2025-12-06T10:00:00Z","AssignedResourceId":"{room}"}}"#
                    ),
                    16..=18 => format!(r#"{{"Type":"DeviceCommand","Id":"{id}","State":"Processing"}}"#),
                    _ => format!(
                        r#"{{"Type":"PriceUpdate","Id":"{id}","StartUtc":"2025-12-04T00:00:00Z","EndUtc":"2025-12-05T00:00:00Z","RateId":"{id}","ResourceCategoryId":null}}"#
                    ),
                }
            })
            .collect();
        frames.push(format!(r#"{{"Events":[{}]}}"#, items.join(",")));
        made += count;
    }
    (frames, rooms)
}

fn parse_and_apply(c: &mut Criterion) {
    const EVENTS: usize = 100_000;
    let (frames, rooms) = realistic_frames(EVENTS);
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Elements(EVENTS as u64));
    group.sample_size(20);
    group.bench_function("parse", |b| {
        b.iter(|| {
            for frame in &frames {
                black_box(parse_frame(frame));
            }
        })
    });
    let mut store = Store::default();
    store.seed_rooms(&rooms, Utc::now());
    group.bench_function("parse_and_apply", |b| {
        b.iter(|| {
            let received = Utc::now();
            for frame in &frames {
                let parsed = parse_frame(frame);
                store.apply_batch(received, parsed.events);
            }
        })
    });
    let mut small = Store::with_log_capacity(1_000);
    small.seed_rooms(&rooms, Utc::now());
    group.bench_function("parse_and_apply_small_log", |b| {
        b.iter(|| {
            let received = Utc::now();
            for frame in &frames {
                let parsed = parse_frame(frame);
                small.apply_batch(received, parsed.events);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, parse_and_apply);
criterion_main!(benches);
