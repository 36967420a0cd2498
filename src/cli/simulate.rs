//! `mews-monitor simulate`: the simulator on its own, with fault switches on standard input.

use std::net::SocketAddr;
use std::path::PathBuf;

use tokio::io::{AsyncBufReadExt, BufReader};

use monitor_engine::sim::{
    DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SimConfig, SimControls, Simulator,
};

/// Arguments of `simulate`.
#[derive(Clone, Debug, clap::Args)]
pub struct SimulateArgs {
    /// Port on 127.0.0.1 (0 = any free port).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// A resources/getAll response with the hotel's rooms (default: the built-in demo hotel).
    #[arg(long, value_name = "FILE")]
    pub resources: Option<PathBuf>,
    /// Seed for a repeatable day.
    #[arg(long, default_value_t = 2024)]
    pub seed: u64,
    /// How much faster than real time the day runs.
    #[arg(long, default_value_t = 60.0)]
    pub speed: f64,
    /// Events per second regardless of speed (load).
    #[arg(long, value_name = "N")]
    pub rate: Option<f64>,
}

/// The simulator settings these arguments describe. Tokens come from
/// `MEWS_SIM_CLIENT_TOKEN` / `MEWS_SIM_ACCESS_TOKEN`, else the documented demo pair.
pub(crate) fn config(args: &SimulateArgs) -> anyhow::Result<SimConfig> {
    let mut config = match &args.resources {
        Some(path) => SimConfig::demo_hotel(SimConfig::load_resources(path)?),
        None => SimConfig::built_in_demo_hotel()?,
    };
    config.client_token =
        std::env::var("MEWS_SIM_CLIENT_TOKEN").unwrap_or_else(|_| DEMO_CLIENT_TOKEN.into());
    config.access_token =
        std::env::var("MEWS_SIM_ACCESS_TOKEN").unwrap_or_else(|_| DEMO_ACCESS_TOKEN.into());
    config.seed = args.seed;
    config.speed = args.speed;
    config.rate = args.rate;
    Ok(config)
}

/// Runs the simulator until standard input closes or Ctrl+C.
pub async fn run(args: SimulateArgs) -> anyhow::Result<()> {
    let sim = Simulator::start(
        config(&args)?,
        SocketAddr::from(([127, 0, 0, 1], args.port)),
    )
    .await?;
    println!("WebSocket: {}", sim.ws_url());
    println!("REST:      {}", sim.api_url());
    println!("Type 'help' for fault switches.");
    let controls = sim.controls();
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    loop {
        tokio::select! {
            line = lines.next_line() => match line {
                Ok(Some(line)) => println!("{}", obey(&controls, line.trim())),
                // No more input (e.g. started in the background): keep serving.
                Ok(None) | Err(_) => {
                    tokio::signal::ctrl_c().await?;
                    return Ok(());
                }
            },
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}

/// Applies one fault-switch command; returns what happened, in words.
pub(crate) fn obey(controls: &SimControls, command: &str) -> String {
    let mut words = command.split_whitespace();
    match (words.next(), words.next()) {
        (Some("drop"), _) => {
            controls.drop_links();
            "dropped every connection without a Close frame".into()
        }
        (Some("silent"), _) => {
            controls.set_silent(true);
            "silent: no pongs, no events".into()
        }
        (Some("talk"), _) => {
            controls.set_silent(false);
            "talking again".into()
        }
        (Some("malformed"), _) => {
            controls.send_malformed();
            "sent a frame that is not JSON".into()
        }
        (Some("unknown"), _) => {
            controls.send_unknown_type();
            "sent an event of an undocumented type".into()
        }
        (Some("reject"), _) => {
            controls.set_reject_tokens(true);
            "new handshakes are refused with 401".into()
        }
        (Some("accept"), _) => {
            controls.set_reject_tokens(false);
            "new handshakes are accepted".into()
        }
        (Some("throttle"), count) => {
            let count = count.and_then(|n| n.parse().ok()).unwrap_or(3);
            controls.set_throttle(count);
            format!("the next {count} REST calls get 429")
        }
        (Some("burst"), count) => {
            let count = count.and_then(|n| n.parse().ok()).unwrap_or(1000);
            match words.next().and_then(|n| n.parse().ok()) {
                Some(per_frame) => controls.send_burst_of(count, per_frame),
                None => controls.send_burst(count),
            }
            format!("sent {count} events")
        }
        (Some("status"), _) => format!(
            "{} open connections, {} frames and {} events sent",
            controls.open_connections(),
            controls.frames_sent(),
            controls.events_sent()
        ),
        _ => "commands: drop, silent, talk, malformed, unknown, reject, accept, throttle [N], burst [N [per frame]], status".into(),
    }
}
