//! `mews-monitor tail` against what integrators write: a Python client on the
//! `websockets` package and a Node.js client on `ws` (both in `benches/clients/`),
//! each draining the same flood from one `mews-monitor simulate` in the same
//! run, at 1 and at 100 events a frame. Every client parses each frame and
//! writes one JSON line per event to standard output (to `/dev/null` here), as
//! `tail` does; `tail` also applies each event to its live store.
//!
//! Run with `cargo bench --bench clients` (release profile). Options after
//! `--`: `--events N` (events per run at 100 a frame, default 1,000,000; a
//! tenth of that at 1 a frame), `--runs N` (runs per client, default 3, the
//! best one counts). The clients' packages are installed on first use into
//! `target/bench-clients/` (pip: websockets 17.4; npm: ws 8.23.0); a client
//! whose interpreter or package is missing is skipped with a note. Linux only.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};

/// The Python package and version the Python client uses.
const PYTHON_PACKAGE: &str = "websockets==17.4";
/// The npm package and version the Node.js client uses.
const NODE_PACKAGE: &str = "ws@8.23.0";

/// A client to measure: its name, its program and its arguments, where
/// `{url}` stands for the WebSocket address and `{wanted}` for the number of
/// events after which it stops.
struct Client {
    name: &'static str,
    program: PathBuf,
    args: Vec<String>,
}

impl Client {
    fn command(&self, url: &str, wanted: usize) -> Command {
        let mut command = Command::new(&self.program);
        for arg in &self.args {
            command.arg(
                arg.replace("{url}", url)
                    .replace("{wanted}", &wanted.to_string()),
            );
        }
        command
    }
}

fn main() -> anyhow::Result<()> {
    let events = support::option("--events", 1_000_000);
    let runs = support::option("--runs", 3).max(1);
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let place = here.join("target/bench-clients");
    let mut clients = vec![Client {
        name: "mews-monitor tail",
        program: env!("CARGO_BIN_EXE_mews-monitor").into(),
        args: ["tail", "--ws-url", "{url}", "--max-events", "{wanted}"]
            .map(String::from)
            .to_vec(),
    }];
    match python_client(here, &place) {
        Ok(client) => clients.push(client),
        Err(error) => println!("Python client skipped: {error:#}"),
    }
    match node_client(here, &place) {
        Ok(client) => clients.push(client),
        Err(error) => println!("Node.js client skipped: {error:#}"),
    }
    for per_frame in [100, 1] {
        let wanted = if per_frame == 1 { events / 10 } else { events };
        let mut rates = Vec::new();
        for client in &clients {
            let mut best: f64 = 0.0;
            for _ in 0..runs {
                best = best.max(drain(client, wanted, per_frame)?);
            }
            println!(
                "{per_frame:>3} events a frame, {wanted} events: {:<18} {best:>10.0} events/s (best of {runs})",
                client.name
            );
            rates.push((client.name, best));
        }
        if let Some((_, tail)) = rates.first().copied() {
            for (name, rate) in &rates[1..] {
                println!(
                    "{per_frame:>3} events a frame: tail is {:.1}× {name}",
                    tail / rate
                );
            }
        }
    }
    Ok(())
}

/// The Python client, with `websockets` in its own virtual environment.
fn python_client(here: &Path, place: &Path) -> anyhow::Result<Client> {
    let venv = place.join("venv");
    let python = venv.join("bin/python3");
    if !python.exists() {
        run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    }
    let installed = Command::new(&python)
        .args([
            "-c",
            "import websockets, sys; sys.exit(websockets.__version__ != '17.4')",
        ])
        .status()
        .is_ok_and(|status| status.success());
    if !installed {
        run(Command::new(&python).args(["-m", "pip", "install", "-q", PYTHON_PACKAGE]))?;
    }
    Ok(Client {
        name: "Python websockets",
        program: python,
        args: vec![
            here.join("benches/clients/flood_client.py")
                .display()
                .to_string(),
            "{url}".into(),
            "{wanted}".into(),
        ],
    })
}

/// The Node.js client, beside its own `node_modules` (ES modules resolve from the script).
fn node_client(here: &Path, place: &Path) -> anyhow::Result<Client> {
    let folder = place.join("node");
    std::fs::create_dir_all(&folder)?;
    if !folder.join("node_modules/ws/package.json").exists() {
        run(Command::new("npm")
            .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
            .arg(&folder)
            .arg(NODE_PACKAGE))?;
    }
    let script = folder.join("flood_client.mjs");
    std::fs::copy(here.join("benches/clients/flood_client.mjs"), &script)?;
    Ok(Client {
        name: "Node.js ws",
        program: "node".into(),
        args: vec![
            script.display().to_string(),
            "{url}".into(),
            "{wanted}".into(),
        ],
    })
}

fn run(command: &mut Command) -> anyhow::Result<()> {
    let status = command
        .stdout(Stdio::null())
        .status()
        .with_context(|| format!("{command:?} does not start"))?;
    if !status.success() {
        bail!("{command:?} failed ({status})");
    }
    Ok(())
}

/// One client draining `wanted` events sent `per_frame` to a frame by a new
/// simulator; returns events per second, from the burst's start until the
/// client has written its last line and ended.
fn drain(client: &Client, wanted: usize, per_frame: usize) -> anyhow::Result<f64> {
    let (sim, mut sim_in, ws_url, _) = support::simulate(&[], &["--speed", "0.001"])?;
    let mut command = client.command(&ws_url, wanted);
    let mut child = command
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("{} starts", client.name))?;
    let mut said = BufReader::new(child.stderr.take().context("piped")?).lines();
    let mut connected = false;
    for line in said.by_ref() {
        if line?.contains("Connected") {
            connected = true;
            break;
        }
    }
    if !connected {
        drop(sim);
        bail!("{} never connected", client.name);
    }
    std::thread::spawn(move || said.for_each(drop));
    let started = Instant::now();
    writeln!(sim_in, "burst {wanted} {per_frame}")?;
    let status = child.wait()?;
    let seconds = started.elapsed().as_secs_f64();
    drop(sim);
    if !status.success() {
        bail!("{} ended with {status}", client.name);
    }
    Ok(wanted as f64 / seconds)
}
