//! Why a command could not do its work, in the desk's language: history and exports, the
//! hotel's day, finding the tokens, Mews' REST answers, the menu entry of
//! `install-desktop`. The system's and the libraries' own words (an OS error, SQLite's
//! message) are shown as given inside the sentence.

use monitor_core::protocol::HotelDayError;
use monitor_engine::credentials::ResolveError;
use monitor_engine::credentials::source::{ACCESS_TOKEN_VAR, CLIENT_TOKEN_VAR};
use monitor_engine::history::HistoryError;
use monitor_engine::net::rest::RestError;

use super::Translator;
use crate::desktop::entry::EntryError;
use crate::desktop::install::InstallError;
use crate::tr;

impl Translator {
    /// Why history could not be read or written.
    pub fn history_error(&self, error: &HistoryError) -> String {
        match error {
            HistoryError::Sqlite(detail) => {
                tr!(self, "history-error-database", detail = detail.to_string())
            }
            HistoryError::Corrupt(detail) => {
                tr!(self, "history-error-damaged", detail = detail.as_str())
            }
            HistoryError::Io(path, detail) => tr!(
                self,
                "history-error-file",
                path = path.display().to_string(),
                detail = detail.to_string()
            ),
            HistoryError::Export(detail) => {
                tr!(self, "history-error-export", detail = detail.as_str())
            }
            HistoryError::NoThread(detail) => {
                tr!(self, "history-error-no-thread", detail = detail.to_string())
            }
            HistoryError::ThreadStopped => tr!(self, "history-error-thread-stopped"),
        }
    }

    /// Why events could not be exported to the file `path`: it could not be written
    /// (named), or history could not be read.
    pub fn export_error(&self, path: &str, error: &HistoryError) -> String {
        match error {
            HistoryError::Export(problem) => tr!(
                self,
                "export-not-written",
                path = path,
                problem = problem.as_str()
            ),
            other => self.history_error(other),
        }
    }

    /// Why the hotel's day is not known.
    pub fn hotel_day_error(&self, error: &HotelDayError) -> String {
        match error {
            HotelDayError::NoTimeZone => tr!(self, "hotel-day-no-zone"),
            HotelDayError::UnknownTimeZone(zone) => {
                tr!(self, "hotel-day-unknown-zone", zone = zone.as_str())
            }
        }
    }

    /// Why no tokens were found, with both ways to provide them.
    pub fn resolve_error(&self, error: &ResolveError) -> String {
        match error {
            ResolveError::PartialEnvironment {
                set,
                missing,
                profile,
            } => tr!(
                self,
                "resolve-partial",
                set = *set,
                missing = *missing,
                profile = profile.to_string()
            ),
            ResolveError::InvalidEnvironment { var, error } => tr!(
                self,
                "resolve-invalid",
                var = *var,
                problem = self.token_error(error)
            ),
            ResolveError::NotSaved { profile } => tr!(
                self,
                "resolve-not-saved",
                profile = profile.to_string(),
                client = CLIENT_TOKEN_VAR,
                access = ACCESS_TOKEN_VAR
            ),
            ResolveError::Keyring { error, .. } => tr!(
                self,
                "resolve-keyring",
                problem = self.keyring_error(error),
                client = CLIENT_TOKEN_VAR,
                access = ACCESS_TOKEN_VAR
            ),
        }
    }

    /// Why a request to Mews' REST API failed.
    pub fn rest_error(&self, error: &RestError) -> String {
        self.rest_failure(&error.into())
    }

    /// Why the menu entry could not be installed or removed.
    pub(crate) fn install_error(&self, error: &InstallError) -> String {
        match error {
            InstallError::Unsupported => tr!(self, "desktop-unsupported"),
            InstallError::UseTheInstaller => tr!(self, "desktop-use-installer"),
            InstallError::NoHome => tr!(self, "desktop-no-home"),
            InstallError::RelativeProgram(path) => tr!(
                self,
                "desktop-relative-program",
                path = path.display().to_string()
            ),
            InstallError::Entry(EntryError::NotUtf8(path)) => {
                tr!(self, "desktop-not-utf8", path = path.as_str())
            }
            InstallError::Entry(EntryError::ControlCharacter(path)) => tr!(
                self,
                "desktop-control-character",
                path = format!("{path:?}")
            ),
            InstallError::Io { .. } => error.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use monitor_engine::credentials::{KeyringError, Profile, TokenError};

    use super::*;
    use crate::i18n::Language;

    fn samples(t: &Translator) -> Vec<String> {
        let profile = Profile::default();
        let disk_full = || std::io::Error::from(std::io::ErrorKind::StorageFull);
        vec![
            t.history_error(&HistoryError::Sqlite(rusqlite::Error::InvalidQuery)),
            t.history_error(&HistoryError::Corrupt("page 4".into())),
            t.history_error(&HistoryError::Io(
                PathBuf::from("/h/x.sqlite3"),
                disk_full(),
            )),
            t.history_error(&HistoryError::Export("broken pipe".into())),
            t.history_error(&HistoryError::NoThread(disk_full())),
            t.history_error(&HistoryError::ThreadStopped),
            t.hotel_day_error(&HotelDayError::NoTimeZone),
            t.hotel_day_error(&HotelDayError::UnknownTimeZone("Mars/Olympus".into())),
            t.resolve_error(&ResolveError::PartialEnvironment {
                set: ACCESS_TOKEN_VAR,
                missing: CLIENT_TOKEN_VAR,
                profile: profile.clone(),
            }),
            t.resolve_error(&ResolveError::InvalidEnvironment {
                var: CLIENT_TOKEN_VAR,
                error: TokenError::Empty,
            }),
            t.resolve_error(&ResolveError::NotSaved {
                profile: profile.clone(),
            }),
            t.resolve_error(&ResolveError::Keyring {
                profile,
                error: KeyringError::Locked,
            }),
            t.rest_error(&RestError::Throttled),
            t.export_error("/h/out.csv", &HistoryError::Export("broken pipe".into())),
            t.install_error(&InstallError::NoHome),
            t.install_error(&InstallError::RelativeProgram(PathBuf::from("bin/x"))),
            t.install_error(&InstallError::Entry(EntryError::NotUtf8("/x".into()))),
            t.install_error(&InstallError::Entry(EntryError::ControlCharacter(
                "/x\n".into(),
            ))),
            t.install_error(&InstallError::Unsupported),
            t.install_error(&InstallError::UseTheInstaller),
        ]
    }

    #[test]
    fn every_failure_is_said_in_every_language_with_its_details() {
        for language in Language::ALL {
            let t = Translator::new(language);
            for text in samples(&t) {
                assert!(
                    !text.contains('{'),
                    "{language:?}: a variable was left out: {text}"
                );
                for prefix in [
                    "history-error-",
                    "hotel-day-",
                    "resolve-",
                    "rest-",
                    "export-",
                    "desktop-",
                ] {
                    assert!(!text.starts_with(prefix), "{language:?}: no message {text}");
                }
            }
        }
        let german = samples(&Translator::new(Language::German));
        assert!(german[2].contains("/h/x.sqlite3"), "{}", german[2]);
        assert!(german[7].contains("Mars/Olympus"), "{}", german[7]);
        assert!(german[10].contains("MEWS_CLIENT_TOKEN"), "{}", german[10]);
        assert!(german[10].contains("mews-monitor tokens set --profile default"));
    }

    #[test]
    fn the_english_words_are_the_errors_own() {
        let english = Translator::new(Language::English);
        let said = samples(&english);
        let own = [
            HistoryError::Export("broken pipe".into()).to_string(),
            HotelDayError::UnknownTimeZone("Mars/Olympus".into()).to_string(),
            ResolveError::NotSaved {
                profile: Profile::default(),
            }
            .to_string(),
        ];
        assert_eq!([&said[3], &said[7], &said[10]], [&own[0], &own[1], &own[2]]);
    }
}
