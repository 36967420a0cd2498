//! The built-in demo hotel: the simulator running inside the app on a free
//! loopback port, so the monitor works with no Mews account and no internet.

use std::net::SocketAddr;

use crate::net::WsUrl;
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
        let config = SimConfig::built_in_demo_hotel()?;
        let simulator = runtime.block_on(Simulator::start(
            config,
            SocketAddr::from(([127, 0, 0, 1], 0)),
        ))?;
        let target = Target::new(
            WsUrl::parse(&simulator.ws_url())?,
            Some(simulator.api_url()),
        );
        Ok(DemoHotel {
            target,
            _simulator: simulator,
        })
    }
}
