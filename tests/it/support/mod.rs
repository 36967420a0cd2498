//! What the integration tests share, each helper written once.
//!
//! - [`sim`]: a quiet simulator on 127.0.0.1:0, the engine pointed at it, bounded waits.
//! - [`process`]: the real `mews-monitor` program as a child process in a sandbox of its own,
//!   a real Secret Service, a server that rejects every handshake.
//! - [`tls`]: a test certificate authority and the simulator behind TLS.
//! - [`tinyproxy`]: a real HTTP proxy.
//! - [`xvfb`]: a private X display (also used by the benches).
//! - [`disk`]: a real small filesystem to fill and free.
//!
//! Not every test uses every helper.
#![allow(dead_code)]

pub mod disk;
pub mod process;
pub mod sim;
pub mod tinyproxy;
pub mod tls;
pub mod xvfb;

pub use process::*;
pub use sim::*;
