//! Parse + apply throughput on realistic frames: the work the monitor does per event.
//!
//! Frames mix the four event types in proportions seen at a busy hotel, for
//! rooms of the recorded demo hotel, with 1 to 8 events per frame. Run with
//! `cargo bench --bench parse_apply`.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use monitor_core::protocol::parse_frame;
use monitor_core::store::Store;

mod common;

use common::realistic_frames;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
