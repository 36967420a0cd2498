//! Hotel networks, with the real `tail` binary: a certificate authority in
//! this computer's trust store (`SSL_CERT_FILE`, where the system store is
//! named on Linux), a real HTTP proxy (Debian's tinyproxy, when installed;
//! `.ci/run` installs it), `NO_PROXY`, Basic proxy authentication, and the
//! plain words for each failure. Everything stays on 127.0.0.1.

// Test code: a failed expectation is a failed test.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::support::tinyproxy::{PASSWORD, Tinyproxy};
use crate::support::tls::{Authority, tls_sim};
use crate::support::*;
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, Simulator};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// `tail --max-events 1` against `url`, trusting what `trusted` holds, with `env` set.
fn tail(url: &str, trusted: &Path, env: &[(&str, String)], home: &Path) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mews-monitor"));
    command
        // Its words on standard error in English, whatever the computer speaks.
        .env("LC_ALL", "C.UTF-8")
        .args(["tail", "--ws-url", url, "--max-events", "1"])
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .env("SSL_CERT_FILE", trusted)
        .env_remove("SSL_CERT_DIR")
        .env("HOME", home)
        .env("RUST_LOG", "mews_monitor=debug,monitor_engine=debug");
    for var in [
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ] {
        command.env_remove(var);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("tail starts")
}

/// Sends one frame once `tail` is connected; returns everything it printed once it exits.
async fn one_event_through(mut child: Child, sim: &Simulator) -> (String, String) {
    tokio::time::timeout(PATIENCE, sim.controls().wait_for_connections(1))
        .await
        .expect("tail connects within the patience window");
    sim.controls()
        .send_frame(r#"{"Events":[{"Type":"Resource","Id":"net","State":"Inspected"}]}"#.into());
    let stdout = child.stdout.take().expect("piped");
    let stderr = child.stderr.take().expect("piped");
    let read = |stream: Box<dyn tokio::io::AsyncRead + Unpin + Send>| async move {
        let mut lines = BufReader::new(stream).lines();
        let mut text = String::new();
        while let Ok(Some(line)) = lines.next_line().await {
            text.push_str(&line);
            text.push('\n');
        }
        text
    };
    let (out, err) = tokio::join!(read(Box::new(stdout)), read(Box::new(stderr)));
    let status = tokio::time::timeout(PATIENCE, child.wait())
        .await
        .expect("tail exits after one event")
        .expect("tail ran");
    assert!(status.success(), "{status:?}\n{err}");
    (out, err)
}

/// Reads `tail`'s standard error until a line contains `wanted`; returns all read so far.
async fn stderr_until(child: &mut Child, wanted: &str) -> String {
    let mut lines = BufReader::new(child.stderr.take().expect("piped")).lines();
    let mut seen = String::new();
    loop {
        let line = tokio::time::timeout(PATIENCE, lines.next_line())
            .await
            .unwrap_or_else(|_| panic!("no '{wanted}' within the patience window:\n{seen}"))
            .expect("stderr readable")
            .unwrap_or_else(|| panic!("tail ended before '{wanted}':\n{seen}"));
        seen.push_str(&line);
        seen.push('\n');
        if line.contains(wanted) {
            return seen;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_certified_by_a_ca_in_this_computer_s_store_is_accepted() {
    let folder = tempfile::tempdir().expect("temp dir");
    let ca = Authority::new(folder.path(), "hotel");
    let (url, sim) = tls_sim(&ca).await;
    let child = tail(&url, &ca.pem, &[], folder.path());
    let (out, err) = one_event_through(child, &sim).await;
    assert!(out.contains(r#""Id":"net""#), "{out}\n{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_server_is_refused_when_its_ca_is_not_in_the_store() {
    let folder = tempfile::tempdir().expect("temp dir");
    let ca = Authority::new(folder.path(), "hotel");
    let other = Authority::new(folder.path(), "elsewhere");
    let (url, sim) = tls_sim(&ca).await;
    let mut child = tail(&url, &other.pem, &[], folder.path());
    let seen = stderr_until(&mut child, "certificate is not trusted by this computer").await;
    assert!(
        seen.contains(
            "The hotel network's certificate is not trusted by this computer (issued by an authority this computer does not know). Ask IT"
        ),
        "{seen}"
    );
    assert_eq!(sim.controls().open_connections(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs tinyproxy (.ci/run installs it)"]
async fn events_flow_through_a_real_proxy_that_sees_the_connect() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut proxy = Tinyproxy::start(folder.path(), false).await;
    let ca = Authority::new(folder.path(), "hotel");
    let (url, sim) = tls_sim(&ca).await;
    let port = url
        .split(':')
        .nth(2)
        .and_then(|rest| rest.split('/').next())
        .expect("port");
    let env = [("HTTPS_PROXY", proxy.url(None))];
    let child = tail(&url, &ca.pem, &env, folder.path());
    let (out, err) = one_event_through(child, &sim).await;
    assert!(out.contains(r#""Id":"net""#), "{out}\n{err}");
    let request = proxy.log_until("CONNECT localhost:").await;
    assert!(
        request.contains(&format!("CONNECT localhost:{port} HTTP/1.1")),
        "{request}"
    );
    assert!(err.contains("connecting through a proxy"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_proxy_goes_around_the_proxy_and_a_dead_proxy_is_named() {
    let folder = tempfile::tempdir().expect("temp dir");
    let ca = Authority::new(folder.path(), "hotel");
    let (url, sim) = tls_sim(&ca).await;
    // Nothing listens here.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let dead_address = dead.local_addr().expect("addr").to_string();
    drop(dead);
    let proxy = format!("http://{dead_address}");
    let bypassed = [
        ("HTTPS_PROXY", proxy.clone()),
        ("NO_PROXY", "example.org, localhost".to_owned()),
    ];
    let child = tail(&url, &ca.pem, &bypassed, folder.path());
    let (out, _) = one_event_through(child, &sim).await;
    assert!(out.contains(r#""Id":"net""#), "{out}");
    let mut child = tail(&url, &ca.pem, &[("HTTPS_PROXY", proxy)], folder.path());
    let seen = stderr_until(&mut child, "refused the connection").await;
    assert!(
        seen.contains(&format!(
            "The proxy at {dead_address} refused the connection"
        )),
        "{seen}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs tinyproxy (.ci/run installs it)"]
async fn a_proxy_that_wants_a_password_says_so_and_lets_it_through_without_it_showing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let proxy = Tinyproxy::start(folder.path(), true).await;
    let ca = Authority::new(folder.path(), "hotel");
    let (url, sim) = tls_sim(&ca).await;
    let home = folder.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let mut child = tail(&url, &ca.pem, &[("HTTPS_PROXY", proxy.url(None))], &home);
    let seen = stderr_until(&mut child, "HTTP 407").await;
    assert!(
        seen.contains(&format!(
            "The proxy at 127.0.0.1:{} needs a user name and password (HTTP 407)",
            proxy.port
        )),
        "{seen}"
    );
    drop(child);
    let with_password = proxy.url(Some(&format!("desk:{PASSWORD}")));
    let child = tail(&url, &ca.pem, &[("HTTPS_PROXY", with_password)], &home);
    let (out, err) = one_event_through(child, &sim).await;
    assert!(out.contains(r#""Id":"net""#), "{out}\n{err}");
    assert!(
        err.contains("http://desk@127.0.0.1:"),
        "the proxy is named: {err}"
    );
    for text in [&out, &err, &seen] {
        assert!(!text.contains(PASSWORD), "the password shows: {text}");
    }
    for entry in walk(&home) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(PASSWORD),
            "{} holds the password",
            entry.display()
        );
    }
}

/// Every file below `folder`.
fn walk(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(next) = folders.pop() {
        for entry in std::fs::read_dir(next).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}
