//! Tests of installing and removing the desktop integration, in temporary folders.
//!
//! Freedesktop entries with Unix paths: on Windows the installer does this job instead.
#![cfg(unix)]

use super::*;

fn dirs_in(root: &Path) -> DesktopDirs {
    DesktopDirs {
        data_home: root.join("data"),
        config_home: root.join("config"),
    }
}

fn options(autostart: bool) -> InstallOptions {
    InstallOptions {
        program: PathBuf::from("/opt/mews monitor/mews-monitor"),
        autostart,
    }
}

/// Every regular file under `root`, sorted.
fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for item in std::fs::read_dir(&dir).unwrap() {
            let path = item.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn key<'a>(entry: &'a str, name: &str) -> Option<&'a str> {
    entry
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
}

#[test]
fn install_writes_the_menu_entry_and_every_icon_but_no_autostart_by_default() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    let report = install(&dirs, &options(false)).unwrap();

    let mut expected: Vec<PathBuf> = dirs
        .all_files()
        .into_iter()
        .filter(|path| *path != dirs.autostart_entry())
        .collect();
    expected.sort();
    let mut written = report.written.clone();
    written.sort();
    assert_eq!(written, expected);
    assert_eq!(
        files_under(root.path()),
        expected,
        "no stray temporary files"
    );
    assert!(report.removed.is_empty());

    let entry = std::fs::read_to_string(dirs.menu_entry()).unwrap();
    assert!(entry.starts_with("[Desktop Entry]\n"));
    assert_eq!(key(&entry, "Type"), Some("Application"));
    assert_eq!(
        key(&entry, "Exec"),
        Some("\"/opt/mews monitor/mews-monitor\"")
    );
    assert_eq!(key(&entry, "Icon"), Some("mews-monitor"));
    assert_eq!(key(&entry, "StartupWMClass"), Some("mews-monitor"));
    assert_eq!(
        dirs.menu_entry(),
        root.path().join("data/applications/mews-monitor.desktop")
    );
}

#[test]
fn installed_icons_are_the_embedded_drawings_at_their_sizes() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    install(&dirs, &options(false)).unwrap();
    for size in [16, 32, 256] {
        let path = dirs.png_icon(size);
        assert!(path.ends_with(format!("icons/hicolor/{size}x{size}/apps/mews-monitor.png")));
        let decoded = icon::decode_png(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!((decoded.width, decoded.height), (size, size));
    }
    let svg = std::fs::read_to_string(dirs.svg_icon()).unwrap();
    assert_eq!(svg, icon::ICON_SVG);
}

#[test]
fn install_with_autostart_also_writes_the_autostart_entry() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    let report = install(&dirs, &options(true)).unwrap();
    assert!(report.written.contains(&dirs.autostart_entry()));
    assert_eq!(
        dirs.autostart_entry(),
        root.path().join("config/autostart/mews-monitor.desktop")
    );
    let entry = std::fs::read_to_string(dirs.autostart_entry()).unwrap();
    assert_eq!(key(&entry, "Type"), Some("Application"));
    assert_eq!(key(&entry, "X-GNOME-Autostart-enabled"), Some("true"));
}

#[test]
fn reinstalling_without_autostart_takes_the_earlier_autostart_entry_away() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    install(&dirs, &options(true)).unwrap();
    let report = install(&dirs, &options(false)).unwrap();
    assert_eq!(report.removed, vec![dirs.autostart_entry()]);
    assert!(!dirs.autostart_entry().exists());
}

#[test]
fn reinstalling_points_the_entry_at_the_new_program() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    install(&dirs, &options(true)).unwrap();
    let moved = InstallOptions {
        program: PathBuf::from("/usr/local/bin/mews-monitor"),
        autostart: true,
    };
    install(&dirs, &moved).unwrap();
    for path in [dirs.menu_entry(), dirs.autostart_entry()] {
        let entry = std::fs::read_to_string(path).unwrap();
        assert_eq!(key(&entry, "Exec"), Some("/usr/local/bin/mews-monitor"));
    }
}

#[test]
fn uninstall_removes_every_file_install_wrote_and_leaves_no_files() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    let written = install(&dirs, &options(true)).unwrap().written;
    let mut removed = uninstall(&dirs).unwrap();
    removed.sort();
    let mut written = written;
    written.sort();
    assert_eq!(removed, written);
    assert_eq!(files_under(root.path()), Vec::<PathBuf>::new());
}

#[test]
fn uninstall_leaves_other_apps_files_alone() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    install(&dirs, &options(true)).unwrap();
    let neighbour = dirs.data_home.join("applications/other-app.desktop");
    std::fs::write(&neighbour, "[Desktop Entry]\n").unwrap();
    let neighbour_icon = dirs
        .data_home
        .join("icons/hicolor/32x32/apps/other-app.png");
    std::fs::write(&neighbour_icon, b"png").unwrap();

    uninstall(&dirs).unwrap();
    assert_eq!(files_under(root.path()), vec![neighbour, neighbour_icon]);
}

#[test]
fn uninstall_with_nothing_installed_removes_nothing() {
    let root = tempfile::tempdir().unwrap();
    assert_eq!(
        uninstall(&dirs_in(root.path())).unwrap(),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn a_relative_program_path_is_refused_before_anything_is_written() {
    let root = tempfile::tempdir().unwrap();
    let relative = InstallOptions {
        program: PathBuf::from("target/debug/mews-monitor"),
        autostart: true,
    };
    assert!(matches!(
        install(&dirs_in(root.path()), &relative),
        Err(InstallError::RelativeProgram(_))
    ));
    assert_eq!(files_under(root.path()), Vec::<PathBuf>::new());
}

#[test]
fn a_data_folder_that_is_a_file_is_an_io_error_naming_the_path() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    std::fs::write(&dirs.data_home, b"not a folder").unwrap();
    let error = install(&dirs, &options(false)).unwrap_err();
    assert!(matches!(&error, InstallError::Io { path, .. } if path.starts_with(&dirs.data_home)));
}
