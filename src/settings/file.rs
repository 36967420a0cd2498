//! Settings on disk, written so that a crash or `kill -9` at any moment
//! leaves the old file or the new one, never a broken one: each save goes to
//! a temporary file that is flushed to disk and then renamed over the old.
//!
//! The window's own state (size, position, column widths) is kept by eframe
//! in `app.ron`, which eframe rewrites in place; [`protect_window_state`]
//! keeps a last good copy of it and puts it back if a crash broke the file.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Settings;
use crate::i18n::problems::worded;
use monitor_engine::trouble::Trouble;

/// Why settings could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The file or its folder could not be written.
    #[error("the settings could not be saved to {0}: {1}")]
    Io(PathBuf, std::io::Error),
}

impl SettingsError {
    /// The failure for the problems list, in the desk's language.
    pub fn trouble(&self) -> Trouble {
        let SettingsError::Io(path, error) = self;
        worded(
            "trouble-settings-not-saved",
            vec![
                ("path", path.display().to_string()),
                ("detail", error.to_string()),
            ],
        )
    }
}

/// Where settings live: `<config dir>/mews-monitor/settings.json`.
pub(crate) fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "mews-monitor")
        .map(|dirs| dirs.config_dir().join("settings.json"))
}

/// The settings file and what was last written to it.
#[derive(Debug)]
pub struct SettingsFile {
    path: PathBuf,
    saved: Option<Settings>,
}

impl SettingsFile {
    /// Reads the settings at `path`: defaults when there is no file; an
    /// unreadable file is moved aside and a message says so.
    pub fn open(path: &Path) -> (SettingsFile, Settings, Option<Trouble>) {
        let mut file = SettingsFile {
            path: path.to_owned(),
            saved: None,
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(_) => return (file, Settings::default(), None),
        };
        match serde_json::from_str::<Settings>(&text) {
            Ok(settings) => {
                file.saved = Some(settings.clone());
                (file, settings, None)
            }
            Err(error) => {
                let aside = path.with_extension("json.unreadable");
                let detail = ("detail", error.to_string());
                let trouble = match std::fs::rename(path, &aside) {
                    Ok(()) => worded(
                        "trouble-settings-unreadable-kept",
                        vec![detail, ("path", aside.display().to_string())],
                    ),
                    Err(_) => worded("trouble-settings-unreadable", vec![detail]),
                };
                (file, Settings::default(), Some(trouble))
            }
        }
    }

    /// Whether `settings` are what the file holds.
    pub(crate) fn holds(&self, settings: &Settings) -> bool {
        self.saved.as_ref() == Some(settings)
    }

    /// Writes `settings` if they differ from what the file holds.
    pub fn save(&mut self, settings: &Settings) -> Result<(), SettingsError> {
        if self.holds(settings) {
            return Ok(());
        }
        let text = serde_json::to_string_pretty(settings)
            .map_err(|error| SettingsError::Io(self.path.clone(), std::io::Error::other(error)))?;
        write_atomically(&self.path, text.as_bytes())
            .map_err(|error| SettingsError::Io(self.path.clone(), error))?;
        self.saved = Some(settings.clone());
        Ok(())
    }
}

/// Replaces `path` with `bytes` so that readers see the old or the new content, never a mix.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".new");
    let temporary = PathBuf::from(temporary);
    {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&temporary, path)?;
    // Make the rename itself durable where the platform allows opening folders.
    if let Ok(folder) = std::fs::File::open(folder) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Keeps a last good copy of eframe's `app.ron` in `folder`, or puts it back
/// when the file is broken (eframe rewrites it in place, so a crash can cut it
/// short). Says so when it had to put the copy back.
pub(crate) fn protect_window_state(folder: &Path) -> Option<Trouble> {
    let current = folder.join("app.ron");
    let good = folder.join("app.ron.good");
    let readable = |path: &Path| {
        std::fs::read_to_string(path)
            .ok()
            .filter(|text| ron::from_str::<std::collections::HashMap<String, String>>(text).is_ok())
    };
    if let Some(text) = readable(&current) {
        let _ = write_atomically(&good, text.as_bytes());
        return None;
    }
    if !current.exists() {
        return None;
    }
    let text = readable(&good)?;
    write_atomically(&current, text.as_bytes()).ok()?;
    Some(worded("trouble-window-layout-restored", Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Tab;

    #[test]
    fn settings_are_saved_and_read_back() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("nested").join("settings.json");
        let (mut file, settings, note) = SettingsFile::open(&path);
        assert_eq!((settings.clone(), note), (Settings::default(), None));
        let changed = Settings {
            tab: Tab::Log,
            zoom: 1.5,
            ..settings
        };
        file.save(&changed).expect("saved");
        assert!(file.holds(&changed));
        let (_, read, note) = SettingsFile::open(&path);
        assert_eq!((read, note), (changed, None));
    }

    #[test]
    fn an_unreadable_file_is_moved_aside_with_a_message() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("settings.json");
        std::fs::write(&path, "{ \"tab\": ").expect("written");
        let (_, settings, note) = SettingsFile::open(&path);
        assert_eq!(settings, Settings::default());
        let said = note.expect("a message").to_string();
        assert!(said.contains("could not be read"), "{said}");
        assert!(folder.path().join("settings.json.unreadable").exists());
    }

    #[test]
    fn a_broken_window_state_is_replaced_by_the_last_good_copy() {
        let folder = tempfile::tempdir().expect("temp dir");
        let current = folder.path().join("app.ron");
        std::fs::write(&current, r#"{"window": "(w: 800)"}"#).expect("written");
        assert_eq!(protect_window_state(folder.path()), None);
        std::fs::write(&current, r#"{"window": "(w: 8"#).expect("cut short");
        let note = protect_window_state(folder.path());
        assert!(note.is_some());
        assert_eq!(
            std::fs::read_to_string(&current).expect("restored"),
            r#"{"window": "(w: 800)"}"#
        );
    }
}
