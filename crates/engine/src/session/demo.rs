//! The built-in demo hotel: the simulator running inside the app on a free
//! loopback port, so the monitor works with no Mews account and no internet.
//!
//! It starts on the runtime ([`DemoHotel::start`]); the caller takes it when
//! it is up ([`StartingDemo::try_take`]) and is woken then, never waiting on it.

use std::net::SocketAddr;

use crate::credentials::{Token, TokenPair};
use crate::net::{AddressError, ProxyChoice, Wake, WsUrl};
use crate::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SimConfig, SimError, Simulator};
use monitor_core::protocol::{ResourceRecord, ResourceState};

use super::Target;
use super::pending::{self, Pending};

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
    Address(#[from] AddressError),
    /// The task starting it ended without an answer.
    #[error("the demo hotel could not start: its start-up stopped unexpectedly")]
    Stopped,
}

/// A demo hotel on its way up.
#[derive(Debug)]
pub struct StartingDemo {
    result: Pending<Result<DemoHotel, DemoError>>,
}

impl StartingDemo {
    /// The demo hotel (or why it did not start), once it is up.
    pub fn try_take(&self) -> Option<Result<DemoHotel, DemoError>> {
        self.result
            .try_take()
            .map(|result| result.unwrap_or(Err(DemoError::Stopped)))
    }
}

impl DemoHotel {
    /// Starts the demo hotel on `runtime`, on 127.0.0.1 and a free port;
    /// `wake` is called once it is up (or failed).
    pub fn start(runtime: &tokio::runtime::Handle, wake: Wake) -> StartingDemo {
        let (sender, result) = pending::channel();
        runtime.spawn(async move {
            let _ = sender.send(DemoHotel::run().await);
            wake();
        });
        StartingDemo { result }
    }

    async fn run() -> Result<DemoHotel, DemoError> {
        let mut config = SimConfig::built_in_demo_hotel()?;
        mid_morning(&mut config.resources, config.seed);
        let simulator = Simulator::start(config, SocketAddr::from(([127, 0, 0, 1], 0))).await?;
        let mut target = Target::new(
            WsUrl::parse(&simulator.ws_url())?,
            Some(simulator.api_url()),
        );
        // The demo hotel runs on this computer: no proxy in between.
        target.proxy = ProxyChoice::Direct;
        Ok(DemoHotel {
            target,
            _simulator: simulator,
        })
    }
}

/// The documented demo tokens the built-in demo hotel accepts.
pub fn demo_tokens() -> Option<TokenPair> {
    Some(TokenPair {
        client: Token::new(DEMO_CLIENT_TOKEN).ok()?,
        access: Token::new(DEMO_ACCESS_TOKEN).ok()?,
    })
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
