//! Keeping the settings on disk: at most once a second while they change, at
//! once when the window closes, with the real connection kept on a demo run.

use std::time::{Duration, Instant};

use crate::settings::file::SettingsFile;
use crate::settings::{ConnectionSettings, Settings};

/// Where the settings are saved, and when next.
#[derive(Debug)]
pub(crate) struct Saving {
    /// The settings file, when there is one.
    file: Option<SettingsFile>,
    /// Not before this moment again.
    next: Instant,
    /// The connection to save instead of the one in use (a `--demo` run keeps the real one).
    connection: Option<ConnectionSettings>,
    /// The settings changed since they were last written.
    changed: bool,
}

impl Default for Saving {
    fn default() -> Self {
        Saving {
            file: None,
            next: Instant::now(),
            connection: None,
            changed: false,
        }
    }
}

/// What a call to [`Saving::save`] did.
#[derive(Debug)]
pub(crate) enum Saved {
    /// Nothing to do (no file, or it holds these settings already), or written.
    Done,
    /// Written too recently: ask again after this long.
    Later(Duration),
    /// The file could not be written.
    Failed(monitor_engine::trouble::Trouble),
}

impl Saving {
    /// Saves into `file` from now on.
    pub(crate) fn keep_in(&mut self, file: SettingsFile) {
        self.file = Some(file);
    }

    /// Saves `connection` instead of the one in use.
    pub(crate) fn keep_connection(&mut self, connection: ConnectionSettings) {
        self.connection = Some(connection);
    }

    /// The settings changed: the next [`Saving::save`] writes them.
    pub(crate) fn mark_changed(&mut self) {
        self.changed = true;
    }

    /// The settings to save: `settings`, with the real connection kept on a demo run.
    pub(crate) fn to_save(&self, settings: &Settings) -> Settings {
        let mut settings = settings.clone();
        if let Some(connection) = &self.connection {
            settings.connection = connection.clone();
            settings.connect_on_start = false;
        }
        settings
    }

    /// Writes `settings` if they were marked changed: `now`, or once a second at most.
    pub fn save(&mut self, settings: &Settings, now: bool) -> Saved {
        if !self.changed || self.file.is_none() {
            return Saved::Done;
        }
        let wait = self.next.saturating_duration_since(Instant::now());
        if !now && !wait.is_zero() {
            return Saved::Later(wait);
        }
        self.changed = false;
        let settings = self.to_save(settings);
        let Some(file) = &mut self.file else {
            return Saved::Done;
        };
        if file.holds(&settings) {
            return Saved::Done;
        }
        self.next = Instant::now() + Duration::from_secs(1);
        match file.save(&settings) {
            Ok(()) => Saved::Done,
            Err(error) => {
                // Tried again a second later.
                self.changed = true;
                Saved::Failed(error.trouble())
            }
        }
    }
}
