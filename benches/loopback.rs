//! End-to-end throughput over loopback: simulator at full speed → engine → store.
//!
//! Each iteration asks the simulator for a burst of events and times how long
//! it takes until the last one has been parsed and applied to a `Store`.
//! Run with `cargo bench --bench loopback`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use monitor_core::store::Store;
use monitor_engine::credentials::{Token, TokenPair};
use monitor_engine::net::{self, ConnectionConfig, ConnectionStatus, NetEvent, WsUrl};
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SimConfig, Simulator};

const BURST: usize = 100_000;

fn loopback(c: &mut Criterion) {
    let Ok(runtime) = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    let Some((sim, handle, events)) = runtime.block_on(async {
        let mut config = SimConfig::demo_hotel(Vec::new());
        config.activity = false;
        let sim = Simulator::start(config, ([127, 0, 0, 1], 0).into())
            .await
            .ok()?;
        let tokens = TokenPair {
            client: Token::new(DEMO_CLIENT_TOKEN).ok()?,
            access: Token::new(DEMO_ACCESS_TOKEN).ok()?,
        };
        let config = ConnectionConfig::new(WsUrl::parse(&sim.ws_url()).ok()?, tokens);
        let (handle, mut events) =
            net::spawn(config, Arc::new(|| {}), &runtime.handle().clone()).ok()?;
        loop {
            if let NetEvent::Status(ConnectionStatus::Connected { .. }) = events.next().await? {
                break;
            }
        }
        sim.controls().wait_for_connections(1).await;
        Some((sim, handle, events))
    }) else {
        return;
    };
    let events = std::sync::Mutex::new(events);
    let mut group = c.benchmark_group("loopback");
    group.throughput(Throughput::Elements(BURST as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("simulator_engine_store", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            let Ok(mut events) = events.lock() else {
                return total;
            };
            for _ in 0..iterations {
                let mut store = Store::default();
                let started = Instant::now();
                sim.controls().send_burst(BURST);
                runtime.block_on(async {
                    while store.total_events() < BURST as u64 {
                        match events.next().await {
                            Some(NetEvent::Frame {
                                received, events, ..
                            }) => {
                                store.apply_batch(received, events);
                            }
                            Some(_) => {}
                            None => break,
                        }
                    }
                });
                total += started.elapsed();
            }
            total
        })
    });
    group.finish();
    drop(handle);
}

criterion_group!(benches, loopback);
criterion_main!(benches);
