//! What the benches that flood a client share: `mews-monitor simulate` as a
//! separate process (no hotel life, its standard input for switches such as
//! `burst N M`, and its WebSocket address), and reading their options.

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Command, Stdio};

use anyhow::Context;

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
