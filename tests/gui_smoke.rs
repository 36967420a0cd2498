//! The real window: `mews-monitor --demo` on a private Xvfb display, a
//! screenshot after a few seconds, checked for a rendered board, with the
//! process still running. Needs Xvfb, xwininfo and ImageMagick's `import`
//! (`.ci/run` installs them and sets `MEWS_MONITOR_REQUIRE_DISPLAY_TEST=1`).
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
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

/// Waits up to `limit` for `done`, checking every 100 ms.
fn wait_for(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

fn start_xvfb() -> (Running, String) {
    let number = (90..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .expect("a free display number");
    let display = format!(":{number}");
    let xvfb = Command::new("Xvfb")
        .args([&display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
    assert!(
        wait_for(Duration::from_secs(10), || socket.exists()),
        "Xvfb did not open {display}"
    );
    (Running(xvfb), display)
}

fn window_is_mapped(display: &str) -> bool {
    Command::new("xwininfo")
        .args(["-root", "-tree"])
        .env("DISPLAY", display)
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("Mews Monitor"))
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
    let app = Command::new(env!("CARGO_BIN_EXE_mews-monitor"))
        .arg("--demo")
        .env("DISPLAY", &display)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("XDG_RUNTIME_DIR", home.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the app starts");
    let mut app = Running(app);
    assert!(
        wait_for(Duration::from_secs(60), || window_is_mapped(&display)),
        "no window appeared"
    );
    // Give the demo hotel a few seconds to connect, load its rooms and send events.
    std::thread::sleep(Duration::from_secs(5));
    let shot = home.path().join("shot.png");
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(&shot)
        .env("DISPLAY", &display)
        .status()
        .expect("import runs");
    assert!(status.success(), "the screenshot failed");
    assert!(
        app.0.try_wait().expect("process state").is_none(),
        "the app exited"
    );

    let image = image::open(&shot).expect("screenshot decodes").to_rgb8();
    let saved = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gui-smoke.png");
    image
        .save(&saved)
        .expect("screenshot kept for people to look at");
    let mut colours = std::collections::HashSet::new();
    let mut dirty_orange = 0usize;
    for pixel in image.pixels() {
        colours.insert(pixel.0);
        if pixel.0 == [0xF2, 0x8C, 0x28] {
            dirty_orange += 1;
        }
    }
    assert!(
        colours.len() > 50,
        "the window looks blank: {} colours (see {})",
        colours.len(),
        saved.display()
    );
    assert!(
        dirty_orange > 10_000,
        "no board of room tiles on screen (see {})",
        saved.display()
    );
}
