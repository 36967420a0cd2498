//! One Mews Monitor per user: a second launch brings the first window forward and leaves.
//!
//! On Unix the first instance (the *primary*) holds an exclusive lock on
//! `mews-monitor.lock` and listens on the Unix socket `mews-monitor.sock`, both in the
//! user's runtime folder (`$XDG_RUNTIME_DIR`, else the app's cache folder; the
//! `MEWS_MONITOR_RUNTIME_DIR` variable overrides both). A later launch finds the lock taken,
//! connects, sends the line `activate`, waits for `ok`, and reports
//! [`Instance::AlreadyRunning`]. The primary answers on a named background thread and calls
//! the injected `on_activate` for each request; what "come forward" means (focusing the
//! window, a repaint) is the caller's business, this module knows no egui.
//!
//! The lock, not the socket, decides who is primary: the kernel releases it when a process
//! ends, even by `kill -9`, so a socket file left by a crash is known to be stale and is
//! replaced, and two launches at the same moment cannot both become primary.
//!
//! On Windows a named mutex plays the lock's part and a named pipe the socket's, both named
//! after that folder (see `windows.rs`); the protocol is the same. Elsewhere [`acquire`]
//! returns a primary that guards nothing.

#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::APP_ID;

/// Called on the primary's listener thread each time a later launch asks it to come forward.
pub type OnActivate = Box<dyn Fn() + Send + 'static>;

/// The environment variable that overrides the folder holding the lock and the socket.
pub const RUNTIME_DIR_VAR: &str = "MEWS_MONITOR_RUNTIME_DIR";

/// The socket's file name in that folder.
pub const SOCKET_NAME: &str = "mews-monitor.sock";

/// The lock file's name in that folder; the file stays, only the lock on it comes and goes.
#[cfg(unix)]
pub(crate) const LOCK_NAME: &str = "mews-monitor.lock";

/// The request a later launch sends, one line.
pub(crate) const ACTIVATE: &str = "activate";

/// The primary's answer once `on_activate` has run, one line.
pub(crate) const ACKNOWLEDGED: &str = "ok";

/// What this launch is.
#[derive(Debug)]
pub enum Instance {
    /// The only instance: keep the guard for as long as the app runs.
    Primary(PrimaryGuard),
    /// Another instance of this user's is open; this launch should leave.
    AlreadyRunning {
        /// Whether that instance confirmed it has been asked to come forward.
        activated: bool,
    },
}

/// Why this launch could not tell whether it is the only one.
#[derive(Debug, thiserror::Error)]
pub enum SingleInstanceError {
    /// No runtime folder and no cache folder is known for this user.
    #[error("no runtime or cache folder is known for this user")]
    NoDirectory,
    /// The folder, the lock file or the socket could not be used.
    #[error("{path}: {source}")]
    Io {
        /// The folder, lock file or socket concerned.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The thread that answers later launches could not be started.
    #[error("the single-instance listener thread could not start: {0}")]
    Thread(std::io::Error),
}

/// Held by the primary instance for as long as it runs.
///
/// Dropping it stops the listener thread, removes the socket file and releases the lock.
#[derive(Debug, Default)]
pub struct PrimaryGuard {
    /// Held, read only by tests: the socket, its listener and the lock last as long as this.
    #[cfg(unix)]
    _listening: Option<unix::Listening>,
    /// Held, never read: the mutex and the pipe last as long as this.
    #[cfg(windows)]
    _listening: Option<windows::Listening>,
}

impl PrimaryGuard {
    /// A guard that guards nothing: for platforms without single-instance support, or when
    /// the check failed and the app starts anyway.
    pub(crate) fn unguarded() -> Self {
        Self::default()
    }

    /// The socket later launches connect to, if this guard listens on one.
    #[cfg(test)]
    pub(crate) fn socket_path(&self) -> Option<&Path> {
        #[cfg(unix)]
        {
            self._listening.as_ref().map(unix::Listening::socket_path)
        }
        #[cfg(not(unix))]
        {
            None
        }
    }
}

/// Becomes the primary instance for the lock and socket in `dir`, or asks the existing
/// primary to come forward. `on_activate` is used only if this launch becomes primary.
pub fn acquire(dir: &Path, on_activate: OnActivate) -> Result<Instance, SingleInstanceError> {
    #[cfg(unix)]
    {
        unix::acquire(dir, on_activate)
    }
    #[cfg(windows)]
    {
        windows::acquire(dir, on_activate)
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = (dir, on_activate);
        Ok(Instance::Primary(PrimaryGuard::unguarded()))
    }
}

/// [`acquire`] in this user's folder (see [`user_dir`]).
pub(crate) fn acquire_for_user(on_activate: OnActivate) -> Result<Instance, SingleInstanceError> {
    let dir = user_dir().ok_or(SingleInstanceError::NoDirectory)?;
    acquire(&dir, on_activate)
}

/// The folder for the lock and the socket: `$MEWS_MONITOR_RUNTIME_DIR`, else
/// `$XDG_RUNTIME_DIR`, else the app's cache folder.
pub(crate) fn user_dir() -> Option<PathBuf> {
    let runtime = directories::BaseDirs::new().and_then(|dirs| dirs.runtime_dir().map(Into::into));
    let cache = || {
        directories::ProjectDirs::from("", "", APP_ID).map(|dirs| dirs.cache_dir().to_path_buf())
    };
    choose_dir(std::env::var_os(RUNTIME_DIR_VAR), runtime, cache)
}

/// The first of: a non-empty override, the runtime folder, the cache folder.
fn choose_dir(
    override_dir: Option<OsString>,
    runtime: Option<PathBuf>,
    cache: impl FnOnce() -> Option<PathBuf>,
) -> Option<PathBuf> {
    override_dir
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or(runtime)
        .or_else(cache)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_override_wins_over_the_runtime_and_cache_folders() {
        let chosen = choose_dir(
            Some("/tmp/override".into()),
            Some("/run/user/1000".into()),
            || Some("/home/a/.cache/mews-monitor".into()),
        );
        assert_eq!(chosen, Some(PathBuf::from("/tmp/override")));
    }

    #[test]
    fn an_empty_override_is_ignored_and_the_runtime_folder_used() {
        let chosen = choose_dir(Some("".into()), Some("/run/user/1000".into()), || None);
        assert_eq!(chosen, Some(PathBuf::from("/run/user/1000")));
    }

    #[test]
    fn without_a_runtime_folder_the_cache_folder_is_used() {
        let chosen = choose_dir(None, None, || Some("/home/a/.cache/mews-monitor".into()));
        assert_eq!(chosen, Some(PathBuf::from("/home/a/.cache/mews-monitor")));
    }

    #[test]
    fn an_unguarded_guard_has_no_socket() {
        assert_eq!(PrimaryGuard::unguarded().socket_path(), None);
    }
}
