//! The connection engine: one task owns the Connector socket.
//!
//! It authenticates with the cookie, pings to keep the link alive, finds a
//! dead link by its silence, reconnects with jittered backoff, and stops
//! for good when Mews rejects the tokens. Parsed frames, status changes and
//! problems reach the consumer in order through a bounded channel (a slow
//! consumer slows reading; nothing is dropped), and a wake-up callback tells
//! the consumer to look. It knows nothing of egui.

pub mod address;
pub(crate) mod backoff;
pub(crate) mod config;
mod engine;
pub(crate) mod environment;
pub mod lookup;
pub(crate) mod proxy;
pub mod rest;
pub(crate) mod sleep;
pub mod status;
pub mod tls;

use chrono::{DateTime, Utc};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::credentials::TokenPair;
use crate::trouble::Trouble;
use monitor_core::protocol::{Event, ParseProblem};

pub use address::{AddressError, WsUrl};
pub use backoff::BackoffPolicy;
pub use config::ConnectionConfig;
pub use environment::{Addresses, Environment};
pub use proxy::{Proxy, ProxyChoice, ProxyError};
pub use sleep::SleepClock;
pub use status::{ConnectionStatus, DisconnectReason};
pub use tls::{TlsSetupError, TrustStore};

pub use crate::Wake;

/// What the engine tells its consumer, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetEvent {
    /// The connection's state changed.
    Status(ConnectionStatus),
    /// A frame arrived and was parsed.
    Frame {
        /// When it was read from the socket.
        received: DateTime<Utc>,
        /// Its events, in frame order.
        events: Vec<Event>,
        /// What in it could not be read.
        problems: Vec<ParseProblem>,
    },
    /// Something went wrong that did not change the status (e.g. an oversized message).
    Problem {
        /// When.
        at: DateTime<Utc>,
        /// What.
        trouble: Trouble,
    },
}

enum Command {
    Reconnect(Option<TokenPair>),
    Stop,
}

/// Controls a running connection. Dropping it closes the socket with a Close frame.
#[derive(Debug)]
pub struct ConnectionHandle {
    commands: mpsc::UnboundedSender<Command>,
    task: Option<JoinHandle<()>>,
}

impl ConnectionHandle {
    /// Connects again now (after a rejection, or to skip a backoff wait).
    pub fn reconnect(&self) {
        let _ = self.commands.send(Command::Reconnect(None));
    }

    /// Connects again now with other tokens.
    pub fn reconnect_with(&self, tokens: TokenPair) {
        let _ = self.commands.send(Command::Reconnect(Some(tokens)));
    }

    /// Closes the socket cleanly and waits until the task has ended.
    pub async fn shutdown(mut self) {
        let _ = self.commands.send(Command::Stop);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for ConnectionHandle {
    fn drop(&mut self) {
        let _ = self.commands.send(Command::Stop);
    }
}

/// The consumer's end of the channel.
#[derive(Debug)]
pub struct NetEvents {
    receiver: mpsc::Receiver<NetEvent>,
}

impl NetEvents {
    /// The next message if one is waiting; never blocks.
    pub fn try_next(&mut self) -> Option<NetEvent> {
        self.receiver.try_recv().ok()
    }

    /// Waits for the next message; `None` once the engine has ended.
    pub async fn next(&mut self) -> Option<NetEvent> {
        self.receiver.recv().await
    }
}

/// Starts the connection task on `runtime`.
pub fn spawn(
    config: ConnectionConfig,
    wake: Wake,
    runtime: &tokio::runtime::Handle,
) -> Result<(ConnectionHandle, NetEvents), TlsSetupError> {
    let tls = tls::client_config(&config.extra_root_certificates)?;
    let (event_sender, receiver) = mpsc::channel(config.channel_capacity.max(1));
    let (commands, command_receiver) = mpsc::unbounded_channel();
    let engine = engine::Engine::new(config, tls, event_sender, command_receiver, wake);
    let task = runtime.spawn(engine.run());
    Ok((
        ConnectionHandle {
            commands,
            task: Some(task),
        },
        NetEvents { receiver },
    ))
}
