//! A real HTTP proxy for tests: Debian's tinyproxy on a free loopback port,
//! optionally wanting Basic authentication, its log read through a pipe.

use std::path::Path;
use std::process::Stdio;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use super::PATIENCE;

/// The password the proxy wants from the user `desk` when it asks for one.
pub const PASSWORD: &str = "pr0xy-pa55word";

/// A running tinyproxy on a free loopback port, its log read through a pipe.
pub struct Tinyproxy {
    child: Child,
    /// The loopback port it listens on.
    pub port: u16,
    log: tokio::io::Lines<BufReader<tokio::process::ChildStdout>>,
    seen: String,
}

impl Tinyproxy {
    /// Starts tinyproxy (with Basic authentication when `auth`); the tests that call it are
    /// `#[ignore = "needs tinyproxy"]`, so it fails when tinyproxy is not installed.
    pub async fn start(folder: &Path, auth: bool) -> Tinyproxy {
        // A port that was free a moment ago may be taken by the time tinyproxy binds
        // it: then tinyproxy says so and another port is tried.
        for _ in 0..20 {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|listener| listener.local_addr())
                .expect("a free port")
                .port();
            let config = folder.join(format!("tinyproxy-{port}.conf"));
            let mut text =
                format!("Port {port}\nListen 127.0.0.1\nAllow 127.0.0.1\nLogLevel Info\n");
            if auth {
                text.push_str(&format!("BasicAuth desk {PASSWORD}\n"));
            }
            std::fs::write(&config, text).expect("config written");
            let mut child = Command::new("tinyproxy")
                .arg("-d")
                .arg("-c")
                .arg(&config)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .kill_on_drop(true)
                .spawn()
                .expect("tinyproxy starts");
            // In the foreground, tinyproxy logs to standard output.
            let mut log = BufReader::new(child.stdout.take().expect("piped")).lines();
            let mut seen = String::new();
            let ready = loop {
                let Ok(Ok(Some(line))) = tokio::time::timeout(PATIENCE, log.next_line()).await
                else {
                    break false;
                };
                seen.push_str(&line);
                seen.push('\n');
                if line.contains("Accepting connections") {
                    break true;
                }
            };
            if ready {
                return Tinyproxy {
                    child,
                    port,
                    log,
                    seen,
                };
            }
        }
        panic!("tinyproxy never started listening");
    }

    /// `http://[credentials@]127.0.0.1:port`.
    pub fn url(&self, credentials: Option<&str>) -> String {
        match credentials {
            Some(credentials) => format!("http://{credentials}@127.0.0.1:{}", self.port),
            None => format!("http://127.0.0.1:{}", self.port),
        }
    }

    /// Reads the proxy's log until a line contains `wanted`.
    pub async fn log_until(&mut self, wanted: &str) -> String {
        loop {
            let line = tokio::time::timeout(PATIENCE, self.log.next_line())
                .await
                .unwrap_or_else(|_| panic!("no '{wanted}' in the proxy log:\n{}", self.seen))
                .expect("log readable")
                .expect("tinyproxy still running");
            self.seen.push_str(&line);
            self.seen.push('\n');
            if line.contains(wanted) {
                return line;
            }
        }
    }
}

impl Drop for Tinyproxy {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}
