//! Shared test helpers: a simulator on 127.0.0.1:0 and an engine pointed at it.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use monitor_core::protocol::{HotelDay, ResourceRecord, ResourceState};
use monitor_engine::credentials::{Token, TokenPair};
use monitor_engine::net::{
    self, ConnectionConfig, ConnectionHandle, ConnectionStatus, NetEvent, NetEvents, WsUrl,
};
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SimConfig, Simulator};

/// The longest any single wait in a test may take.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A loopback address with a free port.
pub fn any_port() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// A quiet simulator (no automatic activity) with a few rooms.
pub fn quiet_config() -> SimConfig {
    let mut config = SimConfig::demo_hotel(fixture_rooms());
    config.activity = false;
    config.arrivals_today = 0;
    config.in_house_today = 0;
    config
}

/// The rooms of the recorded demo hotel.
pub fn fixture_rooms() -> Vec<monitor_core::protocol::ResourceRecord> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/demo-hotel/resources-getall.json"
    );
    SimConfig::load_resources(std::path::Path::new(path)).expect("fixture loads")
}

/// The documented demo token pair.
pub fn demo_tokens() -> TokenPair {
    TokenPair {
        client: Token::new(DEMO_CLIENT_TOKEN).expect("valid"),
        access: Token::new(DEMO_ACCESS_TOKEN).expect("valid"),
    }
}

/// Engine settings for `url` with quick, repeatable backoff.
pub fn engine_config(url: &str, tokens: TokenPair) -> ConnectionConfig {
    let mut config = ConnectionConfig::new(WsUrl::parse(url).expect("valid url"), tokens);
    config.backoff.base = Duration::from_millis(100);
    config.backoff.cap = Duration::from_millis(500);
    config.jitter_seed = Some(7);
    config
}

/// Starts the engine on the current runtime.
pub fn start_engine(config: ConnectionConfig) -> (ConnectionHandle, NetEvents) {
    net::spawn(config, Arc::new(|| {}), &tokio::runtime::Handle::current()).expect("engine starts")
}

/// Starts a quiet simulator on the current runtime.
pub async fn start_sim() -> Simulator {
    Simulator::start(quiet_config(), any_port())
        .await
        .expect("simulator starts")
}

/// Waits for the next message, failing the test after [`PATIENCE`].
pub async fn next(events: &mut NetEvents) -> NetEvent {
    tokio::time::timeout(PATIENCE, events.next())
        .await
        .expect("a message within the patience window")
        .expect("the engine is still running")
}

/// Skips messages until a status matches; returns it.
pub async fn wait_for_status(
    events: &mut NetEvents,
    wanted: impl Fn(&ConnectionStatus) -> bool,
) -> ConnectionStatus {
    loop {
        if let NetEvent::Status(status) = next(events).await
            && wanted(&status)
        {
            return status;
        }
    }
}

/// Skips messages until a frame arrives; returns it.
pub async fn wait_for_frame(events: &mut NetEvents) -> NetEvent {
    loop {
        let event = next(events).await;
        if matches!(event, NetEvent::Frame { .. }) {
            return event;
        }
    }
}

/// Once `sim` has a connection, sends it one room event with `id` and waits until the
/// engine hands that event over.
pub async fn one_event_arrives(sim: &Simulator, events: &mut NetEvents, id: &str) {
    sim.controls().wait_for_connections(1).await;
    sim.controls().send_frame(format!(
        r#"{{"Events":[{{"Type":"Resource","Id":"{id}","State":"Clean"}}]}}"#
    ));
    let NetEvent::Frame { events: got, .. } = wait_for_frame(events).await else {
        unreachable!("wait_for_frame returns frames")
    };
    assert_eq!(got[0].id(), Some(id));
}

/// Whether the status is `Connected`.
pub fn connected(status: &ConnectionStatus) -> bool {
    matches!(status, ConnectionStatus::Connected { .. })
}

/// Serves `sim` behind TLS with `certificate` and `key` on a free loopback port; returns the port.
pub async fn serve_tls(
    sim: Arc<Simulator>,
    certificate: rustls::pki_types::CertificateDer<'static>,
    key: rustls::pki_types::PrivateKeyDer<'static>,
) -> u16 {
    let server_config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("protocol versions")
    .with_no_client_auth()
    .with_single_cert(vec![certificate], key)
    .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server_config));
    let listener = tokio::net::TcpListener::bind(any_port())
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let sim = Arc::clone(&sim);
            tokio::spawn(async move {
                if let Ok(stream) = acceptor.accept(stream).await {
                    sim.serve_stream(stream).await;
                }
            });
        }
    });
    port
}

/// `mews-monitor tail` on `sim` (WebSocket and REST) with `args`, the demo
/// tokens in its environment, its output piped; killed when dropped.
pub fn tail_on(sim: &Simulator, args: &[&std::ffi::OsStr]) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_mews-monitor"));
    command
        // Its words on standard error in English, whatever the computer speaks.
        .env("LC_ALL", "C.UTF-8")
        .args([
            "tail",
            "--ws-url",
            &sim.ws_url(),
            "--api-url",
            &sim.api_url(),
        ])
        .args(args)
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    command
}

/// Reads `lines` into `seen` until `done(seen)` holds; fails after [`PATIENCE`] per line,
/// or when the lines end first.
pub async fn read_until<R>(
    lines: &mut tokio::io::Lines<R>,
    seen: &mut Vec<String>,
    done: impl Fn(&[String]) -> bool,
) where
    R: tokio::io::AsyncBufRead + Unpin,
{
    while !done(seen) {
        let line = tokio::time::timeout(PATIENCE, lines.next_line())
            .await
            .expect("a line within the patience window")
            .expect("readable")
            .unwrap_or_else(|| panic!("the output ended early: {seen:?}"));
        seen.push(line);
        assert!(seen.len() < 100, "{seen:?}");
    }
}

/// Applies what arrives until `done` holds, waiting on each wake-up (bounded).
pub async fn pump_until(
    session: &mut monitor_engine::session::Session,
    woken: &tokio::sync::Notify,
    done: impl Fn(&monitor_engine::session::Session) -> bool,
) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        session.pump(std::time::Instant::now() + Duration::from_millis(50));
        if done(session) {
            return;
        }
        tokio::time::timeout_at(deadline, woken.notified())
            .await
            .expect("the session hears within the patience window");
    }
}

/// An active room of the demo hotel in `state`, the `skip`-th such.
pub fn room_in(state: ResourceState, skip: usize) -> ResourceRecord {
    fixture_rooms()
        .into_iter()
        .filter(|room| room.is_active && room.state.as_ref() == Some(&state))
        .nth(skip)
        .expect("the demo hotel has such a room")
}

/// `hh:mm` on the hotel's calendar `days` after today, in UTC.
pub fn local(zone: &str, days: i64, hour: u32, minute: u32) -> DateTime<Utc> {
    let zone: Tz = zone.parse().expect("zone");
    let today = Utc::now().with_timezone(&zone).date_naive();
    let date = today + chrono::Duration::days(days);
    let time = NaiveTime::from_hms_opt(hour, minute, 0).expect("time");
    zone.from_local_datetime(&date.and_time(time))
        .earliest()
        .expect("a local time that exists")
        .with_timezone(&Utc)
}

/// The hotel's day in `zone` now.
pub fn today(zone: &str) -> HotelDay {
    HotelDay::containing(Some(zone), Utc::now()).expect("zone")
}

/// Runs `mews-monitor <command>` (`arrivals`, `rooms`) against `sim` with `extra`
/// arguments; returns its standard output and error once it has exited successfully.
pub async fn day_command(sim: &Simulator, command: &str, extra: &[&str]) -> (String, String) {
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_mews-monitor"))
        // Its words on standard error in English, whatever the computer speaks.
        .env("LC_ALL", "C.UTF-8")
        .args([command, "--api-url", &sim.api_url()])
        .args(extra)
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(PATIENCE, output)
        .await
        .expect("arrivals exits by itself")
        .expect("arrivals ran");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (String::from_utf8(output.stdout).expect("utf-8"), stderr)
}

/// A session over an empty store, connected to `sim` (WebSocket and REST); `woken` hears each wake-up.
pub fn connected_session(
    sim: &Simulator,
    woken: &Arc<tokio::sync::Notify>,
) -> monitor_engine::session::Session {
    let mut session = monitor_engine::session::Session::new(monitor_core::store::Store::default());
    let target = monitor_engine::session::Target::new(
        WsUrl::parse(&sim.ws_url()).expect("url"),
        Some(sim.api_url()),
    );
    let notify = Arc::clone(woken);
    session
        .connect(
            &target,
            demo_tokens(),
            Arc::new(move || notify.notify_one()),
            &tokio::runtime::Handle::current(),
        )
        .expect("connects");
    session
}

/// A quiet simulator (see [`quiet_config`]) whose hotel lies in time zone `zone`.
pub async fn start_sim_in(zone: &str) -> Simulator {
    let mut config = quiet_config();
    config.time_zone = zone.to_owned();
    Simulator::start(config, any_port())
        .await
        .expect("simulator starts")
}
