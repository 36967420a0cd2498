//! The desktop integration with real processes: `install-desktop` / `uninstall-desktop` run
//! by the real binary in a sandbox (the one-instance rule is in `single_instance.rs`).

#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::support::{Sandbox, run_app};

const LIMIT: Duration = Duration::from_secs(30);

fn key<'a>(entry: &'a str, name: &str) -> Option<&'a str> {
    entry
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
}

/// Checks an entry with the freedesktop validator.
fn validate(entry: &Path) {
    let output = Command::new("desktop-file-validate")
        .arg(entry)
        .output()
        .unwrap();
    assert!(
        output.status.success() && output.stdout.is_empty(),
        "{}: {}{}",
        entry.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
#[ignore = "needs desktop-file-validate (.ci/run installs desktop-file-utils)"]
fn install_desktop_writes_valid_entries_and_uninstall_desktop_leaves_no_files() {
    let sandbox = Sandbox::new("desk-install");
    let data = sandbox.root.join("data");
    let config = sandbox.root.join("config");

    let installed = run_app(
        &sandbox,
        &["install-desktop", "--autostart"],
        &[],
        "",
        LIMIT,
    );
    assert!(installed.succeeded(), "{}", installed.all_output());

    let menu = data.join("applications/mews-monitor.desktop");
    let autostart = config.join("autostart/mews-monitor.desktop");
    for entry_path in [&menu, &autostart] {
        let entry = std::fs::read_to_string(entry_path).unwrap();
        assert!(entry.starts_with("[Desktop Entry]\n"));
        assert_eq!(key(&entry, "Type"), Some("Application"));
        assert_eq!(
            key(&entry, "Exec"),
            Some(env!("CARGO_BIN_EXE_mews-monitor"))
        );
        assert_eq!(key(&entry, "Icon"), Some("mews-monitor"));
        assert_eq!(key(&entry, "StartupWMClass"), Some("mews-monitor"));
        validate(entry_path);
    }
    for size in ["16x16", "32x32", "256x256"] {
        let icon = data.join(format!("icons/hicolor/{size}/apps/mews-monitor.png"));
        assert!(icon.is_file(), "{} is missing", icon.display());
    }
    assert!(
        data.join("icons/hicolor/scalable/apps/mews-monitor.svg")
            .is_file()
    );
    assert_eq!(sandbox.file_count(), 6, "{}", installed.all_output());

    let removed = run_app(&sandbox, &["uninstall-desktop"], &[], "", LIMIT);
    assert!(removed.succeeded(), "{}", removed.all_output());
    assert_eq!(sandbox.file_count(), 0, "{}", removed.all_output());
}
