//! What the benches that run the program as separate processes share: which
//! program they measure, a guard that ends a child, Xvfb on a display it picks,
//! `mews-monitor simulate` (no hotel life, its standard input for switches
//! such as `burst N M`, and its WebSocket address), the window as a child with
//! a home of its own, a process's CPU time, and reading their options.
//! Not every bench uses every piece.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{ChildStdin, Command, Stdio};

use anyhow::Context;
use mews_monitor::settings::Settings;
use mews_monitor::settings::file::SettingsFile;
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};

/// The program measured: `MEWS_MONITOR_BIN` if set (a copy kept aside), else the one cargo built.
pub fn app_path() -> String {
    std::env::var("MEWS_MONITOR_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_mews-monitor").into())
}

#[path = "../../tests/it/support/xvfb.rs"]
mod xvfb;

pub use xvfb::Running;

/// Starts Xvfb (1280×800) on a display it picks; returns once it accepts clients.
pub fn start_xvfb() -> anyhow::Result<(Running, String)> {
    xvfb::start_xvfb().context("Xvfb starts (is it installed?)")
}

/// The whole number after `name` on the bench's command line (`_` and `,` allowed), or `default`.
pub fn option(name: &str, default: usize) -> usize {
    std::env::args()
        .skip_while(|arg| arg != name)
        .nth(1)
        .and_then(|value| value.replace(['_', ','], "").parse().ok())
        .unwrap_or(default)
}

/// `program simulate` with `args` and `env` added to its environment; returns it,
/// its standard input, and its WebSocket and REST addresses.
pub fn simulate(
    env: &[(&str, &str)],
    args: &[&str],
) -> anyhow::Result<(Running, ChildStdin, String, String)> {
    let mut sim = Command::new(app_path())
        .envs(env.iter().copied())
        .arg("simulate")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("the simulator starts")?;
    let stdin = sim.stdin.take().context("piped")?;
    let stdout = sim.stdout.take().context("piped")?;
    let sim = Running(sim);
    let mut lines = BufReader::new(stdout).lines();
    let mut address = |prefix: &str| -> anyhow::Result<String> {
        let line = lines.next().context("the simulator said nothing")??;
        line.strip_prefix(prefix)
            .map(|rest| rest.trim().to_owned())
            .with_context(|| format!("unexpected simulator line: {line}"))
    };
    let ws_url = address("WebSocket:")?;
    let api_url = address("REST:")?;
    // Keep reading: a closed pipe would end the simulator at its next line.
    std::thread::spawn(move || lines.for_each(drop));
    Ok((sim, stdin, ws_url, api_url))
}

/// The window on `display`, connected to `ws_url` and `api_url` with the demo
/// tokens, with `home` as its home (settings, history) and `settings` saved there
/// first; its standard error piped. Spawn it after adding what the bench needs.
pub fn window(
    display: &str,
    home: &Path,
    settings: &Settings,
    ws_url: &str,
    api_url: &str,
) -> anyhow::Result<Command> {
    let config = home.join("config");
    let (mut file, _, _) = SettingsFile::open(&config.join("mews-monitor/settings.json"));
    file.save(settings)?;
    let mut command = Command::new(app_path());
    command
        .args(["--ws-url", ws_url, "--api-url", api_url])
        .env("DISPLAY", display)
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_RUNTIME_DIR", home)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    Ok(command)
}

/// The value at `pct` per cent of `sorted` (the largest at 100), if there is any.
pub fn percentile<T: Copy>(sorted: &[T], pct: usize) -> Option<T> {
    let last = sorted.len().checked_sub(1)?;
    sorted.get(last * pct / 100).copied()
}

/// User plus system CPU time of a process, every thread, in clock ticks.
pub fn cpu_ticks(pid: u32) -> anyhow::Result<u64> {
    let stat = std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat"))?;
    // Fields after the command name (which may hold spaces) start at field 3.
    let after = stat.rsplit_once(')').context("stat format")?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: u64 = fields.get(11).context("utime")?.parse()?;
    let stime: u64 = fields.get(12).context("stime")?.parse()?;
    Ok(utime + stime)
}

/// How many clock ticks make a second of CPU time.
pub fn clock_ticks_per_second() -> anyhow::Result<f64> {
    let out = Command::new("getconf").arg("CLK_TCK").output()?;
    Ok(String::from_utf8(out.stdout)?.trim().parse()?)
}

/// The line without its terminal colour codes (`ESC [ ... m`).
pub fn without_colours(line: &str) -> String {
    let mut plain = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            chars.by_ref().find(|c| *c == 'm');
        } else {
            plain.push(c);
        }
    }
    plain
}
