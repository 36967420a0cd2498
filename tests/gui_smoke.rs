//! The real window: `mews-monitor --demo` on a private Xvfb display,
//! screenshots until the board is drawn (bounded), with the process still
//! running. Needs Xvfb, xwininfo and ImageMagick's `import`
//! (`.ci/run` installs them and sets `MEWS_MONITOR_REQUIRE_DISPLAY_TEST=1`).
//! `packaging/windows/test` runs it again on the Windows program under Wine.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the child when dropped, so a failed assertion leaves nothing running.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn tool_exists(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Polls `done` until it holds or `limit` passes; true when it held.
fn poll_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// Starts Xvfb on a display number it picks itself; returns once it accepts clients
/// (Xvfb writes the number to `-displayfd` only then).
fn start_xvfb() -> (Running, String) {
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
        .spawn()
        .expect("Xvfb starts");
    let stdout = xvfb.stdout.take().expect("piped");
    let mut number = String::new();
    BufReader::new(stdout)
        .read_line(&mut number)
        .expect("Xvfb reports its display");
    let display = format!(":{}", number.trim());
    assert!(display.len() > 1, "Xvfb did not open a display");
    (Running(xvfb), display)
}

fn window_is_mapped(display: &str) -> bool {
    Command::new("xwininfo")
        .args(["-root", "-tree"])
        .env("DISPLAY", display)
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("Mews Monitor"))
}

/// What a screenshot shows: how many colours, and how many pixels of the Dirty tile's orange.
struct Shot {
    image: image::RgbImage,
    colours: usize,
    dirty_orange: usize,
}

fn screenshot(display: &str, path: &Path) -> Shot {
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(path)
        .env("DISPLAY", display)
        .status()
        .expect("import runs");
    assert!(status.success(), "the screenshot failed");
    let image = image::open(path).expect("screenshot decodes").to_rgb8();
    let mut colours = std::collections::HashSet::new();
    let mut dirty_orange = 0usize;
    for pixel in image.pixels() {
        colours.insert(pixel.0);
        if pixel.0 == [0xF2, 0x8C, 0x28] {
            dirty_orange += 1;
        }
    }
    Shot {
        image,
        colours: colours.len(),
        dirty_orange,
    }
}

impl Shot {
    fn shows_the_board(&self) -> bool {
        self.colours > 50 && self.dirty_orange > 10_000
    }
}

/// The variable that names a Windows build of the program to check instead of this one.
const WINDOWS_EXE_VAR: &str = "MEWS_MONITOR_SMOKE_WINDOWS_EXE";

/// The program to start, and the name of the screenshot kept: this build, or with
/// `MEWS_MONITOR_SMOKE_WINDOWS_EXE=target/windows/mews-monitor.exe` that Windows program
/// under Wine (through `packaging/windows/wine`), checked the same way.
fn app_command() -> (Command, &'static str) {
    match std::env::var_os(WINDOWS_EXE_VAR) {
        Some(exe) => {
            let wine = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/wine");
            let mut command = Command::new(wine);
            command.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(exe));
            (command, "gui-smoke-windows.png")
        }
        None => (
            Command::new(env!("CARGO_BIN_EXE_mews-monitor")),
            "gui-smoke.png",
        ),
    }
}

/// Starts the demo on `display` with its home in `home` and waits until its window is
/// mapped; `Err` holds what it said if it exited or no window came.
fn launch(display: &str, home: &Path) -> Result<Running, String> {
    let (mut app, _) = app_command();
    let app = app
        .arg("--demo")
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_RUNTIME_DIR", home)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the app starts");
    let mut app = Running(app);
    // Generous: a debug build's first window under a software renderer on a loaded
    // 2-core machine has taken over a minute.
    // An app that has exited will not open one: stop waiting and say what it said.
    let mapped_or_exited = poll_until(Duration::from_secs(180), || {
        window_is_mapped(display) || !matches!(app.0.try_wait(), Ok(None))
    });
    if mapped_or_exited && window_is_mapped(display) {
        return Ok(app);
    }
    let _ = app.0.kill();
    let mut said = String::new();
    if let Some(mut stderr) = app.0.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut stderr, &mut said);
    }
    Err(said)
}

#[test]
fn the_demo_opens_a_window_that_renders_the_board_and_keeps_running() {
    let required = std::env::var_os("MEWS_MONITOR_REQUIRE_DISPLAY_TEST").is_some();
    let tools = ["Xvfb", "xwininfo", "import"];
    if let Some(missing) = tools.iter().find(|tool| !tool_exists(tool)) {
        assert!(!required, "{missing} is not installed");
        eprintln!("skipped: {missing} is not installed (see .ci/run)");
        return;
    }
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().expect("temp home");
    let app = launch(&display, home.path());
    let (mut app, shot_name) = match app {
        Ok(running) => (running, app_command().1),
        Err(said) => panic!("no window appeared; the app said:\n{said}"),
    };
    // The demo hotel connects, loads its rooms and draws them: screenshots until the board
    // is on screen (bounded), then the last one is checked and kept.
    let shot_path = home.path().join("shot.png");
    let mut shot = screenshot(&display, &shot_path);
    poll_until(Duration::from_secs(120), || {
        shot = screenshot(&display, &shot_path);
        shot.shows_the_board()
    });
    assert!(
        app.0.try_wait().expect("process state").is_none(),
        "the app exited"
    );
    let saved = Path::new(env!("CARGO_TARGET_TMPDIR")).join(shot_name);
    shot.image
        .save(&saved)
        .expect("screenshot kept for people to look at");
    assert!(
        shot.colours > 50,
        "the window looks blank: {} colours (see {})",
        shot.colours,
        saved.display()
    );
    assert!(
        shot.dirty_orange > 10_000,
        "no board of room tiles on screen (see {})",
        saved.display()
    );
}
