//! What the benches that run the program as separate processes share: which
//! program they measure, a guard that ends a child, Xvfb on a display it picks,
//! `mews-monitor simulate` (no hotel life, its standard input for switches
//! such as `burst N M`, and its WebSocket address), and reading their options.
//! Not every bench uses every piece.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Command, Stdio};

use anyhow::Context;

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

/// Starts `program simulate`; returns it, its standard input and its WebSocket address.
pub fn simulator(program: &str) -> anyhow::Result<(Child, ChildStdin, String)> {
    let mut sim = Command::new(program)
        .args(["simulate", "--speed", "0.001"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("the simulator starts")?;
    let stdin = sim.stdin.take().context("piped")?;
    let mut lines = BufReader::new(sim.stdout.take().context("piped")?).lines();
    let first = lines.next().context("the simulator said nothing")??;
    let ws_url = first
        .strip_prefix("WebSocket:")
        .map(|rest| rest.trim().to_owned())
        .with_context(|| format!("unexpected simulator line: {first}"))?;
    // Keep reading: a closed pipe would end the simulator at its next line.
    std::thread::spawn(move || lines.for_each(drop));
    Ok((sim, stdin, ws_url))
}

/// The whole number after `name` on the bench's command line (`_` and `,` allowed), or `default`.
pub fn option(name: &str, default: usize) -> usize {
    std::env::args()
        .skip_while(|arg| arg != name)
        .nth(1)
        .and_then(|value| value.replace(['_', ','], "").parse().ok())
        .unwrap_or(default)
}
