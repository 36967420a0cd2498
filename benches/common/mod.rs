//! Realistic Connector frames for the benches: the four event types in the
//! proportions of a busy hotel, for rooms of the recorded demo hotel, with 1
//! to 8 events per frame.

use monitor_core::protocol::{ResourceRecord, parse_resources_page};
use monitor_engine::sim::DEMO_HOTEL_ROOMS;

/// Frames holding `events` events in all, and the room records of the fixture.
pub fn realistic_frames(events: usize) -> (Vec<String>, Vec<ResourceRecord>) {
    let rooms = parse_resources_page(DEMO_HOTEL_ROOMS)
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
