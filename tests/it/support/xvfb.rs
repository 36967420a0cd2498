//! A private X display for tests and benches that run the real window: Xvfb on a display
//! number it picks itself, and a guard that ends a child process when dropped.
//!
//! The benches use this same file (`#[path]`), so it needs nothing but the standard library.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the child when dropped, so a failed assertion or an early return leaves nothing running.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts Xvfb (1280×800, 24-bit) on a display number it picks itself; returns once it
/// accepts clients (Xvfb writes the number to `-displayfd` only then).
pub fn start_xvfb() -> std::io::Result<(Running, String)> {
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = xvfb.stdout.take();
    let xvfb = Running(xvfb);
    let mut number = String::new();
    if let Some(stdout) = stdout {
        BufReader::new(stdout).read_line(&mut number)?;
    }
    if number.trim().is_empty() {
        return Err(std::io::Error::other("Xvfb opened no display"));
    }
    Ok((xvfb, format!(":{}", number.trim())))
}

/// Polls `done` every 100 ms until it holds or `limit` passes; true when it held.
pub fn poll_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}
