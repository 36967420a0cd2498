//! The built-in demo hotel: the simulator running inside the app on a free
//! loopback port, so the monitor works with no Mews account and no internet.

use std::net::SocketAddr;

use crate::net::WsUrl;
use crate::protocol::{ResourceRecord, ResourceState};
use crate::session::Target;
use crate::sim::{SimConfig, SimError, Simulator};

/// The running demo hotel; dropping it stops the simulator.
#[derive(Debug)]
pub struct DemoHotel {
    /// Where the monitor connects to reach it.
    pub target: Target,
    _simulator: Simulator,
}

/// Why the demo hotel could not start.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The simulator failed.
    #[error("the demo hotel could not start: {0}")]
    Simulator(#[from] SimError),
    /// Its address was not usable (never expected).
    #[error("the demo hotel's address is not usable: {0}")]
    Address(#[from] crate::net::AddressError),
}

impl DemoHotel {
    /// Starts the demo hotel on `runtime`, on 127.0.0.1 and a free port.
    pub fn start(runtime: &tokio::runtime::Handle) -> Result<DemoHotel, DemoError> {
        let mut config = SimConfig::built_in_demo_hotel()?;
        mid_morning(&mut config.resources, config.seed);
        let simulator = runtime.block_on(Simulator::start(
            config,
            SocketAddr::from(([127, 0, 0, 1], 0)),
        ))?;
        let mut target = Target::new(
            WsUrl::parse(&simulator.ws_url())?,
            Some(simulator.api_url()),
        );
        // The demo hotel runs on this computer: no proxy in between.
        target.proxy = crate::net::ProxyChoice::Direct;
        Ok(DemoHotel {
            target,
            _simulator: simulator,
        })
    }
}

/// The recorded hotel is almost all Dirty; the demo starts
/// mid-morning instead: about half the Dirty rooms already Inspected and a
/// fifth Clean, the same way every run.
fn mid_morning(rooms: &mut [ResourceRecord], seed: u64) {
    let mut rng = fastrand::Rng::with_seed(seed);
    for room in rooms {
        if room.state == Some(ResourceState::Dirty) {
            room.state = match rng.u8(0..100) {
                0..45 => Some(ResourceState::Inspected),
                45..65 => Some(ResourceState::Clean),
                _ => Some(ResourceState::Dirty),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_starts_with_a_mix_of_states_and_keeps_rooms_out_of_order() {
        let mut config = SimConfig::built_in_demo_hotel().expect("built-in hotel");
        let out_of_order = |rooms: &[ResourceRecord]| {
            rooms
                .iter()
                .filter(|room| room.state == Some(ResourceState::OutOfOrder))
                .count()
        };
        let before = out_of_order(&config.resources);
        mid_morning(&mut config.resources, 2024);
        let count = |state: ResourceState| {
            config
                .resources
                .iter()
                .filter(|room| room.state.as_ref() == Some(&state))
                .count()
        };
        assert!(count(ResourceState::Inspected) > 500);
        assert!(count(ResourceState::Clean) > 200);
        assert!(count(ResourceState::Dirty) > 300);
        assert_eq!(out_of_order(&config.resources), before);
    }
}
