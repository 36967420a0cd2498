//! The real window: `mews-monitor --demo` on a private Xvfb display,
//! screenshots until the board is drawn (bounded), with the process still
//! running. Needs Xvfb, xwininfo and ImageMagick's `import` (`.ci/run` installs them
//! and runs it with `--include-ignored`). `windows_program` checks the Windows program's
//! window the same way, under Wine.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::xvfb::{Running, poll_until, start_xvfb};

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

/// Starts the demo on `display` with its home in `home` and waits until its window is
/// mapped; `Err` holds what it said if it exited or no window came.
fn launch(mut app: Command, display: &str, home: &Path) -> Result<Running, String> {
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
#[ignore = "needs Xvfb, xwininfo and ImageMagick's import (.ci/run installs them)"]
fn the_demo_opens_a_window_that_renders_the_board_and_keeps_running() {
    let app = Command::new(env!("CARGO_BIN_EXE_mews-monitor"));
    demo_window_renders_the_board(app, "gui-smoke.png");
}

#[test]
#[ignore = "needs Xvfb, xwininfo and ImageMagick's import (.ci/run installs them)"]
fn the_demo_window_writes_no_guest_name_to_any_file() {
    let (_xvfb, display) = start_xvfb().expect("Xvfb starts");
    let home = tempfile::tempdir().expect("temp home");
    let app = Command::new(env!("CARGO_BIN_EXE_mews-monitor"));
    let mut app = match launch(app, &display, home.path()) {
        Ok(running) => running,
        Err(said) => panic!("no window appeared; the app said:\n{said}"),
    };
    // The session keeps a count-only summary in history once the guests' names are in memory.
    let loaded = poll_until(Duration::from_secs(180), || {
        let mut summaries = Vec::new();
        crate::support::scan(home.path(), b"Names of ", &mut summaries);
        !summaries.is_empty()
    });
    assert!(loaded, "the window never loaded the demo hotel's guests");
    let _ = app.0.kill();
    let _ = app.0.wait();
    let mut said = String::new();
    if let Some(mut stderr) = app.0.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut stderr, &mut said);
    }
    for name in monitor_engine::sim::GUEST_LAST_NAMES {
        let mut found = Vec::new();
        crate::support::scan(home.path(), name.as_bytes(), &mut found);
        assert!(found.is_empty(), "{name} was written to {found:?}");
        assert!(!said.contains(name), "{name} was logged");
    }
}

/// The window's resident memory moves in 4 KiB pages, never in 2 MiB huge pages: the
/// kernel gives it no transparent huge pages, mimalloc asks for none, and (unless the
/// kernel gives them unasked, `always`) it holds none. They made a week's soak jump by
/// 14–19 MB at once, with the Rust heap in use unchanged.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs Xvfb and xwininfo (.ci/run installs them)"]
fn the_window_holds_no_transparent_huge_pages() {
    let (_xvfb, display) = start_xvfb().expect("Xvfb starts");
    let home = tempfile::tempdir().expect("temp home");
    let app = Command::new(env!("CARGO_BIN_EXE_mews-monitor"));
    let app = match launch(app, &display, home.path()) {
        Ok(running) => running,
        Err(said) => panic!("no window appeared; the app said:\n{said}"),
    };
    let proc = Path::new("/proc").join(app.0.id().to_string());
    let status = std::fs::read_to_string(proc.join("status")).expect("status");
    // Kernels before 5.0 do not show the flag.
    if let Some(line) = status.lines().find(|line| line.starts_with("THP_enabled:")) {
        assert_eq!(line.split_whitespace().nth(1), Some("0"), "{line}");
    }
    let smaps = std::fs::read_to_string(proc.join("smaps")).expect("smaps");
    let advised: Vec<&str> = smaps
        .lines()
        .filter(|line| line.starts_with("VmFlags:"))
        .filter(|line| line.split_whitespace().any(|flag| flag == "hg"))
        .collect();
    assert!(
        advised.is_empty(),
        "{} mappings ask for huge pages",
        advised.len()
    );
    let always = std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled")
        .is_ok_and(|setting| setting.contains("[always]"));
    if !always {
        let huge_kb: u64 = smaps
            .lines()
            .filter_map(|line| line.strip_prefix("AnonHugePages:"))
            .filter_map(|rest| rest.split_whitespace().next()?.parse::<u64>().ok())
            .sum();
        assert_eq!(huge_kb, 0, "the window holds {huge_kb} kB in huge pages");
    }
}

/// Starts `app --demo` on a private Xvfb display, checks that its window draws the board of
/// room tiles (bounded) with the process still running, and keeps the last screenshot as
/// `shot_name` in the target's temporary folder for people to look at.
pub(crate) fn demo_window_renders_the_board(app: Command, shot_name: &str) {
    let (_xvfb, display) = start_xvfb().expect("Xvfb starts");
    let home = tempfile::tempdir().expect("temp home");
    let mut app = match launch(app, &display, home.path()) {
        Ok(running) => running,
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
