//! The task that owns the socket: connect, pump frames, keep alive, back off.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use futures_util::{SinkExt, StreamExt};
use rustls::ClientConfig;
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio::time::{Instant, MissedTickBehavior, sleep, sleep_until, timeout};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::{COOKIE, USER_AGENT};
use tokio_tungstenite::tungstenite::http::{HeaderValue, Request};
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};

use super::backoff::Backoff;
use super::config::ConnectionConfig;
use super::sleep::SleepWatch;
use super::status::{ConnectionStatus, DisconnectReason};
use super::{Command, NetEvent, Wake};
use crate::trouble::Trouble;
use monitor_core::protocol::parse_frame;

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// How long a clean close may take before the socket is simply dropped.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// What to do after a step of the loop.
enum Flow {
    /// Carry on with the loop.
    Continue,
    /// Connect again at once (new tokens or a user's request).
    Restart,
    /// End the task.
    Stop,
}

/// Why one open connection ended.
enum Ended {
    Lost(DisconnectReason),
    Flow(Flow),
}

/// How an attempt to open the socket failed.
enum ConnectFailure {
    Rejected(u16),
    Failed(DisconnectReason),
}

pub(super) struct Engine {
    config: ConnectionConfig,
    tls: Arc<ClientConfig>,
    events: mpsc::Sender<NetEvent>,
    commands: mpsc::UnboundedReceiver<Command>,
    wake: Wake,
    backoff: Backoff,
}

impl Engine {
    pub(super) fn new(
        config: ConnectionConfig,
        tls: Arc<ClientConfig>,
        events: mpsc::Sender<NetEvent>,
        commands: mpsc::UnboundedReceiver<Command>,
        wake: Wake,
    ) -> Self {
        let backoff = Backoff::new(config.backoff, config.jitter_seed);
        Engine {
            config,
            tls,
            events,
            commands,
            wake,
            backoff,
        }
    }

    pub(super) async fn run(mut self) {
        loop {
            let flow = self.attempt().await;
            if matches!(flow, Flow::Stop) {
                break;
            }
        }
        self.emit(NetEvent::Status(ConnectionStatus::Stopped)).await;
    }

    /// One attempt: connect, pump until the link ends, then wait as needed.
    async fn attempt(&mut self) -> Flow {
        let attempt = self.backoff.failures() + 1;
        if !self
            .emit(NetEvent::Status(ConnectionStatus::Connecting { attempt }))
            .await
        {
            return Flow::Stop;
        }
        let connected = tokio::select! {
            result = timeout(self.config.connect_timeout, connect(&self.config, &self.tls)) => result
                .unwrap_or(Err(ConnectFailure::Failed(DisconnectReason::ConnectTimeout))),
            command = self.commands.recv() => return self.obey(command),
        };
        match connected {
            Ok(socket) => {
                let started = Instant::now();
                tracing::info!(url = %self.config.url, "connected");
                let since = Utc::now();
                if !self
                    .emit(NetEvent::Status(ConnectionStatus::Connected { since }))
                    .await
                {
                    return Flow::Stop;
                }
                let ended = self.pump(socket).await;
                // After sleep the link is opened again at once, whatever failed before.
                let lasted = match ended {
                    Ended::Lost(DisconnectReason::Slept(_)) => Duration::MAX,
                    _ => started.elapsed(),
                };
                self.backoff.connection_lasted(lasted);
                match ended {
                    Ended::Lost(reason) => self.wait_before_retry(reason).await,
                    Ended::Flow(flow) => flow,
                }
            }
            Err(ConnectFailure::Rejected(http_status)) => {
                tracing::warn!(http_status, "tokens rejected");
                if !self
                    .emit(NetEvent::Status(ConnectionStatus::Rejected { http_status }))
                    .await
                {
                    return Flow::Stop;
                }
                let command = self.commands.recv().await;
                self.obey(command)
            }
            Err(ConnectFailure::Failed(reason)) => self.wait_before_retry(reason).await,
        }
    }

    /// Reads frames until the link ends or a command ends it.
    async fn pump(&mut self, socket: Socket) -> Ended {
        let (mut sink, mut stream) = socket.split();
        let interval = self.config.ping_interval;
        let mut pings = tokio::time::interval_at(Instant::now() + interval, interval);
        pings.set_missed_tick_behavior(MissedTickBehavior::Delay);
        let mut last_heard = Instant::now();
        let mut sleep_watch = SleepWatch::new(self.config.sleep_clock.now(), Instant::now());
        loop {
            let silence_deadline = last_heard + self.config.silence_limit();
            tokio::select! {
                message = stream.next() => {
                    match message {
                        Some(Ok(Message::Text(text))) => {
                            if !self.deliver(text.as_str()).await {
                                return Ended::Flow(Flow::Stop);
                            }
                        }
                        Some(Ok(Message::Binary(bytes))) => {
                            let delivered = match std::str::from_utf8(&bytes) {
                                Ok(text) => self.deliver(text).await,
                                Err(_) => self.problem(Trouble::BinaryMessage {
                                    bytes: bytes.len(),
                                }).await,
                            };
                            if !delivered {
                                return Ended::Flow(Flow::Stop);
                            }
                        }
                        Some(Ok(Message::Close(frame))) => {
                            return Ended::Lost(DisconnectReason::ClosedByServer {
                                code: frame.as_ref().map(|f| u16::from(f.code)),
                                reason: frame.map(|f| f.reason.to_string()).unwrap_or_default(),
                            });
                        }
                        Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => {}
                        Some(Err(error)) => return Ended::Lost(self.stream_error(error).await),
                        None => {
                            return Ended::Lost(DisconnectReason::Dropped(
                                "the connection ended".into(),
                            ));
                        }
                    }
                    // Time spent waiting for a slow consumer is not silence.
                    last_heard = Instant::now();
                }
                _ = pings.tick() => {
                    let counting_sleep = self.config.sleep_clock.now();
                    if let Some(slept) = sleep_watch.look(counting_sleep, Instant::now(), interval) {
                        tracing::info!(?slept, "the computer slept: opening the link again");
                        return Ended::Lost(DisconnectReason::Slept(slept));
                    }
                    let sent = timeout(interval, sink.send(Message::Ping(Default::default()))).await;
                    if !matches!(sent, Ok(Ok(()))) {
                        return Ended::Lost(DisconnectReason::Dropped("a keep-alive ping could not be sent".into()));
                    }
                }
                _ = sleep_until(silence_deadline) => {
                    tracing::warn!("no frame for {:?}: link is dead", self.config.silence_limit());
                    return Ended::Lost(DisconnectReason::Silent(self.config.silence_limit()));
                }
                command = self.commands.recv() => {
                    let flow = self.obey(command);
                    let close = CloseFrame { code: CloseCode::Normal, reason: "".into() };
                    let _ = timeout(CLOSE_GRACE, sink.send(Message::Close(Some(close)))).await;
                    return Ended::Flow(flow);
                }
            }
        }
    }

    async fn stream_error(&self, error: WsError) -> DisconnectReason {
        match error {
            WsError::Capacity(detail) => {
                self.problem(Trouble::OverHardLimit {
                    detail: detail.to_string(),
                })
                .await;
                DisconnectReason::MessageTooLarge
            }
            WsError::Io(error) => DisconnectReason::Dropped(error.to_string()),
            WsError::ConnectionClosed | WsError::AlreadyClosed => {
                DisconnectReason::Dropped("the connection ended".into())
            }
            WsError::Protocol(detail) => DisconnectReason::Dropped(detail.to_string()),
            other => DisconnectReason::Dropped(other.to_string()),
        }
    }

    /// Parses one text message and hands it on; false when the consumer is gone.
    async fn deliver(&self, text: &str) -> bool {
        if text.len() > self.config.max_message_bytes {
            return self
                .problem(Trouble::MessageTooLarge {
                    bytes: text.len(),
                    limit: self.config.max_message_bytes,
                })
                .await;
        }
        let parsed = parse_frame(text);
        self.emit(NetEvent::Frame {
            received: Utc::now(),
            events: parsed.events,
            problems: parsed.problems,
        })
        .await
    }

    async fn problem(&self, trouble: Trouble) -> bool {
        tracing::warn!("{trouble}");
        self.emit(NetEvent::Problem {
            at: Utc::now(),
            trouble,
        })
        .await
    }

    /// Waits out the backoff, unless a command comes first.
    async fn wait_before_retry(&mut self, reason: DisconnectReason) -> Flow {
        let delay = self.backoff.next_delay();
        tracing::info!(%reason, ?delay, "reconnecting");
        let at = Utc::now() + chrono::Duration::from_std(delay).unwrap_or_default();
        if !self
            .emit(NetEvent::Status(ConnectionStatus::Reconnecting {
                at,
                delay,
                reason,
            }))
            .await
        {
            return Flow::Stop;
        }
        tokio::select! {
            _ = sleep(delay) => Flow::Continue,
            command = self.commands.recv() => self.obey(command),
        }
    }

    /// Applies a command; a closed command channel (handle dropped) means stop.
    fn obey(&mut self, command: Option<Command>) -> Flow {
        match command {
            Some(Command::Reconnect(tokens)) => {
                if let Some(tokens) = tokens {
                    self.config.tokens = tokens;
                }
                self.backoff.connection_lasted(Duration::MAX);
                Flow::Restart
            }
            Some(Command::Stop) | None => Flow::Stop,
        }
    }

    /// Sends to the consumer and wakes it; false when the consumer is gone.
    async fn emit(&self, event: NetEvent) -> bool {
        if self.events.send(event).await.is_err() {
            return false;
        }
        (self.wake)();
        true
    }
}

/// Opens the socket: TCP (directly or through a proxy), TLS when `wss://`, and
/// the handshake with the cookie.
async fn connect(
    config: &ConnectionConfig,
    tls: &Arc<ClientConfig>,
) -> Result<Socket, ConnectFailure> {
    let request = request(config)?;
    let hard_limit = config.max_message_bytes.saturating_mul(4);
    let ws_config = WebSocketConfig::default()
        .max_message_size(Some(hard_limit))
        .max_frame_size(Some(hard_limit));
    let stream = open_stream(config).await?;
    let connector = Connector::Rustls(Arc::clone(tls));
    match tokio_tungstenite::client_async_tls_with_config(
        request,
        stream,
        Some(ws_config),
        Some(connector),
    )
    .await
    {
        Ok((socket, _response)) => Ok(socket),
        Err(WsError::Http(response)) => match response.status().as_u16() {
            status @ (401 | 403) => Err(ConnectFailure::Rejected(status)),
            status => Err(ConnectFailure::Failed(DisconnectReason::HttpStatus(status))),
        },
        Err(WsError::Io(error)) => {
            // TLS failures surface as I/O errors wrapping the rustls error.
            let tls = error
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>());
            Err(ConnectFailure::Failed(match tls {
                Some(rustls::Error::InvalidCertificate(problem)) => {
                    DisconnectReason::UntrustedCertificate(super::tls::certificate_problem(problem))
                }
                Some(other) => DisconnectReason::Tls(other.to_string()),
                None => DisconnectReason::Dropped(error.to_string()),
            }))
        }
        Err(WsError::Tls(error)) => Err(ConnectFailure::Failed(DisconnectReason::Tls(
            error.to_string(),
        ))),
        Err(other) => Err(ConnectFailure::Failed(DisconnectReason::Dropped(
            other.to_string(),
        ))),
    }
}

/// The TCP stream to the server: through the proxy when one applies, else directly.
async fn open_stream(config: &ConnectionConfig) -> Result<TcpStream, ConnectFailure> {
    let failed = |reason| ConnectFailure::Failed(reason);
    let (host, port) = config.url.host_and_port();
    let scheme = if config.url.is_secure() { "wss" } else { "ws" };
    let proxy = config
        .proxy
        .for_host(scheme, host)
        .map_err(|error| failed(DisconnectReason::Proxy(error)))?;
    if let Some(proxy) = proxy {
        tracing::info!(proxy = %proxy, "connecting through a proxy");
        let stream = proxy
            .tunnel(host, port)
            .await
            .map_err(|error| failed(DisconnectReason::Proxy(error)))?;
        return Ok(stream);
    }
    let addrs: Vec<_> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| failed(DisconnectReason::Dns(host.to_owned())))?
        .collect();
    let mut last_error = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(stream) => {
                let _ = stream.set_nodelay(true);
                return Ok(stream);
            }
            Err(error) => last_error = Some(error),
        }
    }
    let detail = last_error.map_or_else(|| format!("no address for {host}"), |e| e.to_string());
    Err(failed(DisconnectReason::NoNetwork(detail)))
}

/// The handshake request: the address plus the exact cookie header.
fn request(config: &ConnectionConfig) -> Result<Request<()>, ConnectFailure> {
    let invalid =
        |what: &str| ConnectFailure::Failed(DisconnectReason::Dropped(format!("invalid {what}")));
    let mut request = config
        .url
        .uri()
        .clone()
        .into_client_request()
        .map_err(|_| invalid("address"))?;
    let mut cookie =
        HeaderValue::from_str(&config.tokens.cookie()).map_err(|_| invalid("token"))?;
    cookie.set_sensitive(true);
    let headers = request.headers_mut();
    headers.insert(COOKIE, cookie);
    headers.insert(
        USER_AGENT,
        HeaderValue::from_static(concat!("mews-monitor/", env!("CARGO_PKG_VERSION"))),
    );
    Ok(request)
}
