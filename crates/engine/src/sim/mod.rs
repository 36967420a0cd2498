//! A Mews-compatible simulator: the Connector socket and REST API on one loopback port.
//!
//! It checks the handshake cookie byte for byte, plays a hotel's day from a
//! `resources/getAll` file (guests in house and arriving with invented names,
//! housekeeping rounds, check-ins and check-outs, device commands, price
//! updates, the odd room out of order), answers the REST lookups the monitor
//! makes (guests through `customers/getAll`), and has fault switches ([`SimControls`])
//! for tests and demos. Used by `--demo`, `simulate`, the tests and benches.
//! It knows nothing of the monitor's engine, store or UI.

pub mod controls;
mod guests;
mod http;
mod reply;
mod rest;
mod socket;
pub(crate) mod world;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use monitor_core::protocol::{ResourceRecord, parse_resources_page};

use controls::{Frame, Shared, lock};
pub use controls::{Handshake, RestCall, SimControls, SimGuest};
pub use guests::LAST_NAMES as GUEST_LAST_NAMES;
use world::World;

/// The ClientToken of the public Mews demo environment, as its documentation gives it.
pub const DEMO_CLIENT_TOKEN: &str =
    "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
/// The AccessToken of the public Mews demo environment, as its documentation gives it.
pub const DEMO_ACCESS_TOKEN: &str =
    "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D";

/// The rooms of the built-in demo hotel: a `resources/getAll` response
/// recorded from the Mews demo environment (see `assets/demo-hotel/`).
pub const DEMO_HOTEL_ROOMS: &str =
    include_str!("../../../../assets/demo-hotel/resources-getall.json");

/// Why the simulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The rooms file could not be read.
    #[error("the rooms file {0} could not be read: {1}")]
    Read(String, std::io::Error),
    /// The rooms file is not a `resources/getAll` response.
    #[error("the rooms file {0} is not a resources/getAll response: {1}")]
    Parse(String, monitor_core::protocol::resources::ResponseError),
    /// The port could not be opened.
    #[error("the simulator could not listen on {0}: {1}")]
    Bind(SocketAddr, std::io::Error),
}

/// How the simulated hotel behaves.
#[derive(Clone, Debug)]
pub struct SimConfig {
    /// The ClientToken the handshake must carry.
    pub client_token: String,
    /// The AccessToken the handshake must carry.
    pub access_token: String,
    /// The hotel's rooms.
    pub resources: Vec<ResourceRecord>,
    /// The hotel's name.
    pub hotel_name: String,
    /// The hotel's IANA time zone.
    pub time_zone: String,
    /// Seed for repeatable days.
    pub seed: u64,
    /// How many times busier than a real hotel the day is (events come `speed` times as often).
    pub speed: f64,
    /// Events per second regardless of speed (load tests); `None` for a realistic pace.
    pub rate: Option<f64>,
    /// Whether the hotel acts by itself (tests turn this off and drive it by hand).
    pub activity: bool,
    /// How many reservations arrive today (the hotel's day) when the simulator starts.
    pub arrivals_today: usize,
    /// How many guests are already in house when the simulator starts (checked in on
    /// earlier days, some departing today, the rest staying on), at most one per vacant room.
    pub in_house_today: usize,
}

impl SimConfig {
    /// The demo hotel: documented demo tokens, these rooms, a day 60 times faster than real.
    pub fn demo_hotel(resources: Vec<ResourceRecord>) -> Self {
        SimConfig {
            client_token: DEMO_CLIENT_TOKEN.to_owned(),
            access_token: DEMO_ACCESS_TOKEN.to_owned(),
            resources,
            hotel_name: "Mews Demo Hotel (simulated)".to_owned(),
            time_zone: "Europe/Prague".to_owned(),
            seed: 2024,
            speed: 60.0,
            rate: None,
            activity: true,
            arrivals_today: 60,
            in_house_today: 150,
        }
    }

    /// The demo hotel with the rooms built into the app (a `resources/getAll`
    /// response recorded from the Mews demo hotel: 1,376 spaces).
    pub fn built_in_demo_hotel() -> Result<Self, SimError> {
        let page = parse_resources_page(DEMO_HOTEL_ROOMS)
            .map_err(|error| SimError::Parse("the built-in demo hotel".into(), error))?;
        Ok(SimConfig::demo_hotel(page.resources))
    }

    /// Reads the rooms of a `resources/getAll` response file.
    pub fn load_resources(path: &Path) -> Result<Vec<ResourceRecord>, SimError> {
        let name = path.display().to_string();
        let body =
            std::fs::read_to_string(path).map_err(|error| SimError::Read(name.clone(), error))?;
        let page = parse_resources_page(&body).map_err(|error| SimError::Parse(name, error))?;
        Ok(page.resources)
    }

    /// The average wait between two moments of hotel life.
    fn pace(&self) -> Duration {
        let per_second = match self.rate {
            Some(rate) => rate,
            // A busy hotel: about three things a minute, sped up.
            None => self.speed.max(0.001) / 20.0,
        };
        Duration::from_secs_f64((1.0 / per_second.max(0.001)).min(3600.0))
    }
}

/// A running simulator; dropping it stops the server and every task it started.
#[derive(Debug)]
pub struct Simulator {
    addr: SocketAddr,
    shared: Arc<Shared>,
    tasks: Vec<JoinHandle<()>>,
}

impl Simulator {
    /// Binds `addr` (port 0 = any free port) and starts serving on the current tokio runtime.
    pub async fn start(config: SimConfig, addr: SocketAddr) -> Result<Simulator, SimError> {
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|error| SimError::Bind(addr, error))?;
        let addr = listener
            .local_addr()
            .map_err(|error| SimError::Bind(addr, error))?;
        let shared = Arc::new(shared(&config));
        let accepting = Arc::clone(&shared);
        let mut tasks = vec![tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                tokio::spawn(http::serve_stream(stream, Arc::clone(&accepting)));
            }
        })];
        if config.activity {
            tasks.push(tokio::spawn(activity(Arc::clone(&shared), config)));
        }
        Ok(Simulator {
            addr,
            shared,
            tasks,
        })
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The Connector socket address, e.g. `ws://127.0.0.1:PORT/ws/connector`.
    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws/connector", self.addr)
    }

    /// The REST platform address, e.g. `http://127.0.0.1:PORT`.
    pub fn api_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The fault switches and counters.
    pub fn controls(&self) -> SimControls {
        SimControls {
            shared: Arc::clone(&self.shared),
        }
    }

    /// Serves one stream accepted elsewhere (a test wraps TCP in TLS and hands it here).
    pub async fn serve_stream<S>(&self, stream: S)
    where
        S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        http::serve_stream(stream, Arc::clone(&self.shared)).await;
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
        SimControls {
            shared: Arc::clone(&self.shared),
        }
        .drop_links();
    }
}

/// The state the server tasks and controls share, the hotel as `config` starts it.
fn shared(config: &SimConfig) -> Shared {
    Shared {
        expected_cookie: format!(
            "ClientToken={}; AccessToken={}",
            config.client_token, config.access_token
        ),
        client_token: config.client_token.clone(),
        access_token: config.access_token.clone(),
        hotel_name: config.hotel_name.clone(),
        time_zone: config.time_zone.clone(),
        world: Mutex::new(world(config)),
        connections: Mutex::new(Vec::new()),
        open: watch::Sender::new(0),
        silent: watch::Sender::new(false),
        reject: AtomicBool::new(false),
        throttle: AtomicU32::new(0),
        handshakes: Mutex::new(Vec::new()),
        next_connection: AtomicU64::new(0),
        frames_sent: AtomicU64::new(0),
        events_sent: AtomicU64::new(0),
        burst_seq: AtomicU64::new(0),
        rest_calls: Mutex::default(),
        refused: Mutex::default(),
    }
}

/// The controls of a quiet demo hotel around `world` (no server), for the simulator's unit tests.
#[cfg(test)]
fn controls_with(world: World) -> SimControls {
    let mut config = SimConfig::demo_hotel(Vec::new());
    config.arrivals_today = 0;
    config.in_house_today = 0;
    let shared = shared(&config);
    *lock(&shared.world) = world;
    SimControls {
        shared: Arc::new(shared),
    }
}

/// The hotel as the simulator starts it: its rooms, the guests in house and today's arrivals.
fn world(config: &SimConfig) -> World {
    let mut world = World::new(&config.resources, config.seed);
    let now = Utc::now();
    world.settle_rooms(now);
    if let Ok(day) = monitor_core::protocol::HotelDay::containing(Some(&config.time_zone), now) {
        world.book_in_house(&day, config.in_house_today);
        world.book_arrivals(&day, config.arrivals_today, now);
    }
    world
}

/// Plays the hotel's day: a moment of life at jittered intervals around the pace.
async fn activity(shared: Arc<Shared>, config: SimConfig) {
    let pace = config.pace();
    let mut rng = fastrand::Rng::with_seed(config.seed ^ 0x5eed);
    loop {
        let wait = pace.mul_f64(0.25 + rng.f64() * 1.5);
        tokio::time::sleep(wait).await;
        // Things happen `speed` times as often as in a real hotel, on the real clock,
        // so that reservation times agree with the hotel's day the monitor shows.
        let events = lock(&shared.world).step(Utc::now());
        if !events.is_empty() {
            shared.broadcast(Frame {
                events: events.len() as u64,
                text: serde_json::json!({ "Events": events }).to_string(),
            });
        }
    }
}
