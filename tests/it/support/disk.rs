//! A real small filesystem (tmpfs) that a test fills and frees: mounting needs root.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs mounted on a temporary folder; unmounted when dropped.
pub struct SmallDisk {
    folder: tempfile::TempDir,
    filler: PathBuf,
}

impl SmallDisk {
    /// Mounts a tmpfs of `size` (as `mount` spells it, e.g. `4m`).
    pub fn mount(size: &str) -> SmallDisk {
        let folder = tempfile::tempdir().expect("temp dir");
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(folder.path())
            .status()
            .expect("mount runs");
        assert!(
            status.success(),
            "mounting a tmpfs needs root (CI runs as root): {status}"
        );
        let filler = folder.path().join("filler");
        SmallDisk { folder, filler }
    }

    /// The mounted folder.
    pub fn path(&self) -> &Path {
        self.folder.path()
    }

    /// Takes every free block with a filler file; returns how many bytes it took.
    pub fn fill(&self) -> u64 {
        let mut file: File = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.filler)
            .expect("filler opens");
        let block = vec![0u8; 4096];
        let mut taken = 0;
        // Bounded by the filesystem's size: each write takes a block until none is left.
        while file.write_all(&block).is_ok() {
            taken += block.len() as u64;
        }
        let _ = file.sync_all();
        taken
    }

    /// Gives the filler's blocks back.
    pub fn free(&self) {
        std::fs::remove_file(&self.filler).expect("filler removed");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.folder.path())
            .status();
    }
}
