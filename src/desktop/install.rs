//! Putting Mews Monitor in the desktop's menu (and, if asked, its autostart), and taking it out.
//!
//! Files go where the freedesktop base-directory rules say: the entry in
//! `$XDG_DATA_HOME/applications`, the icons in `$XDG_DATA_HOME/icons/hicolor`, the autostart
//! entry in `$XDG_CONFIG_HOME/autostart`. Uninstalling removes exactly those files and nothing
//! else; folders are left, since other apps share them. The directories are passed in, so
//! tests use temporary ones and nothing here reads or changes the process environment except
//! [`DesktopDirs::for_user`].

use std::io;
use std::path::{Path, PathBuf};

use super::entry::{self, EntryError};
use super::{APP_ID, icon};

/// Why the desktop integration could not be installed or removed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum InstallError {
    /// Menu entries as written here are a Linux/BSD (freedesktop) convention.
    #[error(
        "desktop entries are a Linux/BSD convention; on this system use a native package instead"
    )]
    Unsupported,
    /// On Windows the installer, not this command, writes the shortcut and autostart.
    #[error(
        "on Windows, install Mews Monitor with mews-monitor-setup.exe: it adds the Start-menu \
         shortcut \"Mews Monitor\" and, if you choose, starts it when you log in; its \
         uninstaller removes both"
    )]
    UseTheInstaller,
    /// Neither `$XDG_DATA_HOME` nor a home folder is known.
    #[error("no home folder is known, so there is nowhere to put the menu entry")]
    NoHome,
    /// The entry must start the program by its absolute path.
    #[error("the program path {0} is not absolute")]
    RelativeProgram(PathBuf),
    /// The program path cannot be written into an entry.
    #[error(transparent)]
    Entry(#[from] EntryError),
    /// A file or folder could not be written or removed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// The two base folders the integration lives under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DesktopDirs {
    /// `$XDG_DATA_HOME` (default `~/.local/share`): menu entries and icons.
    pub data_home: PathBuf,
    /// `$XDG_CONFIG_HOME` (default `~/.config`): the autostart entry.
    pub config_home: PathBuf,
}

/// The sizes of the PNG icons installed, with their bytes.
const PNG_ICONS: [(u32, &[u8]); 3] = [
    (16, icon::ICON_16_PNG),
    (32, icon::ICON_32_PNG),
    (256, icon::ICON_256_PNG),
];

impl DesktopDirs {
    /// The current user's folders: `$XDG_DATA_HOME` and `$XDG_CONFIG_HOME`, or their
    /// standard fallbacks under the home folder.
    pub(crate) fn for_user() -> Result<Self, InstallError> {
        if cfg!(windows) {
            return Err(InstallError::UseTheInstaller);
        }
        if !cfg!(any(
            target_os = "linux",
            target_os = "freebsd",
            target_os = "openbsd",
            target_os = "netbsd",
            target_os = "dragonfly"
        )) {
            return Err(InstallError::Unsupported);
        }
        let base = directories::BaseDirs::new().ok_or(InstallError::NoHome)?;
        Ok(Self {
            data_home: base.data_dir().to_path_buf(),
            config_home: base.config_dir().to_path_buf(),
        })
    }

    /// The menu entry: `<data>/applications/mews-monitor.desktop`.
    pub(crate) fn menu_entry(&self) -> PathBuf {
        self.data_home
            .join("applications")
            .join(format!("{APP_ID}.desktop"))
    }

    /// The autostart entry: `<config>/autostart/mews-monitor.desktop`.
    pub(crate) fn autostart_entry(&self) -> PathBuf {
        self.config_home
            .join("autostart")
            .join(format!("{APP_ID}.desktop"))
    }

    /// A PNG icon: `<data>/icons/hicolor/<size>x<size>/apps/mews-monitor.png`.
    pub(crate) fn png_icon(&self, size: u32) -> PathBuf {
        self.hicolor()
            .join(format!("{size}x{size}"))
            .join("apps")
            .join(format!("{APP_ID}.png"))
    }

    /// The scalable icon: `<data>/icons/hicolor/scalable/apps/mews-monitor.svg`.
    pub(crate) fn svg_icon(&self) -> PathBuf {
        self.hicolor()
            .join("scalable")
            .join("apps")
            .join(format!("{APP_ID}.svg"))
    }

    fn hicolor(&self) -> PathBuf {
        self.data_home.join("icons").join("hicolor")
    }

    /// Every file install may write; exactly what uninstall removes.
    pub(crate) fn all_files(&self) -> Vec<PathBuf> {
        let mut files = vec![self.menu_entry(), self.autostart_entry(), self.svg_icon()];
        files.extend(PNG_ICONS.iter().map(|(size, _)| self.png_icon(*size)));
        files
    }
}

/// What to install.
#[derive(Clone, Debug)]
pub(crate) struct InstallOptions {
    /// The absolute path of the program the entries start.
    pub program: PathBuf,
    /// Also start the app when the user logs in. Without it, an autostart entry left by an
    /// earlier install is removed, so the result is always what was asked for.
    pub autostart: bool,
}

/// What an install changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct InstallReport {
    /// Files written (created or replaced).
    pub written: Vec<PathBuf>,
    /// Files removed (an earlier autostart entry when `autostart` is off).
    pub removed: Vec<PathBuf>,
}

/// Writes the menu entry, the icons and, if asked, the autostart entry.
pub(crate) fn install(
    dirs: &DesktopDirs,
    options: &InstallOptions,
) -> Result<InstallReport, InstallError> {
    if !options.program.is_absolute() {
        return Err(InstallError::RelativeProgram(options.program.clone()));
    }
    let menu = entry::menu_entry(&options.program)?;
    let autostart = entry::autostart_entry(&options.program)?;

    let mut report = InstallReport::default();
    for (size, bytes) in PNG_ICONS {
        report
            .written
            .push(write_file(&dirs.png_icon(size), bytes)?);
    }
    report
        .written
        .push(write_file(&dirs.svg_icon(), icon::ICON_SVG.as_bytes())?);
    // The entry last: a launcher that sees it finds its icon already there.
    report
        .written
        .push(write_file(&dirs.menu_entry(), menu.as_bytes())?);
    if options.autostart {
        report
            .written
            .push(write_file(&dirs.autostart_entry(), autostart.as_bytes())?);
    } else if remove_file(&dirs.autostart_entry())? {
        report.removed.push(dirs.autostart_entry());
    }
    Ok(report)
}

/// Removes every file [`install`] may have written; returns those that were there.
pub(crate) fn uninstall(dirs: &DesktopDirs) -> Result<Vec<PathBuf>, InstallError> {
    let mut removed = Vec::new();
    for path in dirs.all_files() {
        if remove_file(&path)? {
            removed.push(path);
        }
    }
    Ok(removed)
}

/// Writes through a temporary file and a rename, so a launcher never reads half an entry.
fn write_file(path: &Path, bytes: &[u8]) -> Result<PathBuf, InstallError> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InstallError::Io { path, source }
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io_error(parent))?;
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, bytes).map_err(io_error(&temporary))?;
    if let Err(source) = std::fs::rename(&temporary, path) {
        // Best effort: the rename's error is the one worth reporting.
        let _ = std::fs::remove_file(&temporary);
        return Err(InstallError::Io {
            path: path.to_path_buf(),
            source,
        });
    }
    Ok(path.to_path_buf())
}

/// Removes a file; `false` if it was not there.
fn remove_file(path: &Path) -> Result<bool, InstallError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(InstallError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

#[cfg(test)]
#[path = "install_tests.rs"]
mod tests;
