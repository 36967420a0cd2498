//! The Windows program, run under Wine by this machine's test binary.
//!
//! It follows Windows' own proxy setting (the one browsers
//! use, kept by WinINet in the registry) when neither the app nor the
//! environment names a proxy: `tail` of the Windows build under Wine, with the
//! setting written into the Wine prefix's registry, a real tinyproxy and the
//! simulator on 127.0.0.1.
//!
//! Also its `--demo` window under Wine on Xvfb, checked like the Linux one.
//!
//! These need the Windows program: `packaging/windows/test` builds it, names it in
//! `MEWS_MONITOR_WINDOWS_EXE` and runs them (`--include-ignored windows_program`).

use std::path::Path;
use std::process::Stdio;

use crate::support::tinyproxy::Tinyproxy;
use crate::support::*;
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

const SETTINGS_KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";

/// `packaging/windows/wine` with `args`, its exit status checked.
async fn wine(args: &[&str]) {
    let wine = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/wine");
    let status = Command::new(wine)
        .args(args)
        .stdout(Stdio::null())
        .status()
        .await
        .expect("wine runs");
    assert!(status.success(), "wine {args:?}: {status}");
}

/// Sets one value of `key` in the prefix's registry.
async fn set_in(key: &str, name: &str, kind: &str, value: &str) {
    wine(&["reg", "add", key, "/v", name, "/t", kind, "/d", value, "/f"]).await;
}

/// Sets one value of the Internet Settings key in the prefix's registry.
async fn set(name: &str, kind: &str, value: &str) {
    set_in(SETTINGS_KEY, name, kind, value).await;
}

/// The Windows `tail --max-events 1` against `url`: its standard error, once it ends.
async fn windows_tail(exe: &str, url: &str, sim: &monitor_engine::sim::Simulator) -> String {
    windows_tail_with(exe, &["--ws-url", url], sim).await
}

/// The Windows `tail --max-events 1` with `args`, reaching `sim`: its standard error,
/// once it ends.
async fn windows_tail_with(
    exe: &str,
    args: &[&str],
    sim: &monitor_engine::sim::Simulator,
) -> String {
    let wine = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/wine");
    let mut child = Command::new(wine)
        .args([exe, "tail", "--max-events", "1"])
        .args(args)
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the Windows tail starts");
    let mut lines = BufReader::new(child.stderr.take().expect("piped")).lines();
    let mut seen = String::new();
    // Wine starts slowly on a loaded machine: wait for the link, not for a time.
    let connected = tokio::time::timeout(PATIENCE * 6, async {
        while let Ok(Some(line)) = lines.next_line().await {
            seen.push_str(&line);
            seen.push('\n');
            if line.contains("Connected") {
                return true;
            }
        }
        false
    })
    .await;
    assert!(matches!(connected, Ok(true)), "never connected:\n{seen}");
    sim.controls().send_burst(1);
    let status = tokio::time::timeout(PATIENCE * 3, child.wait())
        .await
        .expect("tail ends after its event")
        .expect("waited");
    while let Ok(Some(line)) = lines.next_line().await {
        seen.push_str(&line);
        seen.push('\n');
    }
    assert!(status.success(), "tail ended with {status}:\n{seen}");
    seen
}

/// The Windows program named by `MEWS_MONITOR_WINDOWS_EXE`.
fn windows_exe() -> String {
    std::env::var("MEWS_MONITOR_WINDOWS_EXE")
        .expect("MEWS_MONITOR_WINDOWS_EXE names the Windows program (packaging/windows/test)")
}

#[test]
#[ignore = "needs the Windows program, Wine and Xvfb: packaging/windows/test runs it"]
fn the_windows_program_opens_its_demo_window_under_wine() {
    let mut app = std::process::Command::new(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/wine"),
    );
    app.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(windows_exe()));
    crate::gui_smoke::demo_window_renders_the_board(app, "gui-smoke-windows.png");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the Windows program, Wine and tinyproxy: packaging/windows/test runs it"]
async fn the_windows_proxy_setting_carries_the_socket_and_its_exceptions_go_direct() {
    let exe = windows_exe();
    let folder = tempfile::tempdir().expect("temp dir");
    let mut proxy = Tinyproxy::start(folder.path(), false).await;
    let sim = start_sim().await;
    let url = sim.ws_url();
    let sim_port = sim.local_addr().port();

    set("ProxyEnable", "REG_DWORD", "1").await;
    set(
        "ProxyServer",
        "REG_SZ",
        &format!("127.0.0.1:{}", proxy.port),
    )
    .await;
    set("ProxyOverride", "REG_SZ", "").await;
    let said = windows_tail(&exe, &url, &sim).await;
    let request = proxy.log_until("CONNECT 127.0.0.1:").await;
    assert!(
        request.contains(&format!("CONNECT 127.0.0.1:{sim_port} HTTP/1.1")),
        "{request}"
    );
    assert!(
        said.contains(&format!(
            "http://127.0.0.1:{} (from Windows proxy settings)",
            proxy.port
        )),
        "tail names the proxy it uses:\n{said}"
    );

    // An exception in the setting ("Don't use the proxy server for…") goes direct.
    set("ProxyOverride", "REG_SZ", "127.0.0.1;<local>").await;
    let said = windows_tail(&exe, &url, &sim).await;
    assert!(said.contains("proxy: none (direct)"), "{said}");

    set("ProxyEnable", "REG_DWORD", "0").await;
}

const MACHINE_POLICY: &str = r"HKLM\Software\Policies\Mews Monitor";
const USER_POLICY: &str = r"HKCU\Software\Policies\Mews Monitor";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the Windows program and Wine: packaging/windows/test runs it"]
async fn the_machine_policy_says_where_tail_connects() {
    let exe = windows_exe();
    let sim = start_sim().await;
    let url = sim.ws_url();
    let api = sim.api_url();
    // Whatever an earlier run left: this test's policy only.
    forget_policies().await;
    set_in(MACHINE_POLICY, "WebSocketUrl", "REG_SZ", &url).await;
    set_in(MACHINE_POLICY, "ApiUrl", "REG_SZ", &api).await;
    set_in(MACHINE_POLICY, "HistoryDays", "REG_SZ", "lots").await;
    // The computer's value wins over the user's.
    set_in(
        USER_POLICY,
        "WebSocketUrl",
        "REG_SZ",
        "wss://elsewhere.example",
    )
    .await;

    let said = windows_tail_with(&exe, &[], &sim).await;
    assert!(
        said.contains(
            "Your organisation's setting HistoryDays (computer policy) is \"lots\", which cannot be used"
        ),
        "a value that makes no sense is named:\n{said}"
    );

    // Locked: an address on the command line is refused, in words.
    set_in(MACHINE_POLICY, "LockConnection", "REG_DWORD", "1").await;
    let wine_runner = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/wine");
    let refused = Command::new(wine_runner)
        .args([exe.as_str(), "tail", "--env", "demo", "--max-events", "1"])
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let refused = tokio::time::timeout(PATIENCE * 6, refused)
        .await
        .expect("a refused tail ends at once")
        .expect("ran");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    let stdout = String::from_utf8_lossy(&refused.stdout);
    assert!(
        !refused.status.success(),
        "{}; standard error:\n{stderr}\nstandard output:\n{stdout}",
        refused.status
    );
    assert!(
        stderr.contains("Your organisation has fixed where Mews Monitor connects on this computer (LockConnection), so --env cannot be used."),
        "{stderr}"
    );

    forget_policies().await;
}

/// Removes the computer's and the user's policy keys, if there are any.
async fn forget_policies() {
    let wine = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/wine");
    for key in [MACHINE_POLICY, USER_POLICY] {
        // `reg delete` fails when the key is not there: nothing to remove.
        let _ = Command::new(&wine)
            .args(["reg", "delete", key, "/f"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .await;
    }
}
