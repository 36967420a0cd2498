//! Noticing that the history file was removed (or replaced) while the writer
//! has it open.
//!
//! On Linux and macOS a removed file stays writable through the open
//! connection, so every write would succeed into a file nobody can find and
//! that vanishes when the program ends. The writer looks, at most every
//! [`LOOK_EVERY`], whether the path still names the file it opened, and starts
//! a fresh one there when it does not. (Windows does not let an open file be
//! removed; there the look only asks whether the path exists.)

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How often the writer looks at its file.
pub(super) const LOOK_EVERY: Duration = Duration::from_secs(2);

/// Which file a path names.
#[cfg(unix)]
type Identity = (u64, u64);
#[cfg(not(unix))]
type Identity = ();

#[cfg(unix)]
fn identity(path: &Path) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path)
        .ok()
        .map(|meta| (meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(path: &Path) -> Option<Identity> {
    path.exists().then_some(())
}

/// The file the writer opened, and when to look at it next.
#[derive(Debug)]
pub(super) struct FileWatch {
    path: PathBuf,
    opened: Option<Identity>,
    next_look: Instant,
    /// A new file could not be started since the last one was removed.
    failing: bool,
}

impl FileWatch {
    /// Watches the file now at `path`.
    pub(super) fn new(path: &Path) -> Self {
        FileWatch {
            path: path.to_owned(),
            opened: identity(path),
            next_look: Instant::now() + LOOK_EVERY,
            failing: false,
        }
    }

    /// The path watched.
    pub(super) fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the path no longer names the file opened (looked at most every
    /// [`LOOK_EVERY`]).
    pub(super) fn gone(&mut self) -> bool {
        if Instant::now() < self.next_look {
            return false;
        }
        self.next_look = Instant::now() + LOOK_EVERY;
        identity(&self.path) != self.opened
    }

    /// A fresh file was opened at the path: watch that one.
    pub(super) fn reopened(&mut self) {
        self.opened = identity(&self.path);
        self.failing = false;
    }

    /// A fresh file could not be started: whether this is the first time since
    /// the removal (to say so once).
    pub(super) fn first_failure(&mut self) -> bool {
        !std::mem::replace(&mut self.failing, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removed_or_replaced_file_is_noticed_and_a_new_one_watched() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("history.sqlite3");
        std::fs::write(&path, "first").expect("written");
        let mut watch = FileWatch::new(&path);
        watch.next_look = Instant::now();
        assert!(!watch.gone(), "still there");
        assert!(!watch.gone(), "not looked at again so soon");
        std::fs::remove_file(&path).expect("removed");
        watch.next_look = Instant::now();
        assert!(watch.gone());
        std::fs::write(&path, "second").expect("written");
        watch.reopened();
        watch.next_look = Instant::now();
        assert!(!watch.gone(), "the new file is the one watched");
    }
}
