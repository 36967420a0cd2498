//! What went wrong and what a load from Mews found, in the desk's language: the
//! engine's [`Trouble`] and [`Summary`] (plain data) put into words. The English
//! sentences history keeps are the engine's own; details that come from the system,
//! Mews or a library (an error's own text, a path) are shown as given.

use std::sync::LazyLock;

use fluent_bundle::FluentArgs;
use monitor_core::protocol::ParseProblem;
use monitor_engine::session::Summary;
use monitor_engine::trouble::{Lookup, RestFailure, Trouble, Worded, WriteFailure};

use super::{Language, Translator};
use crate::tr;

impl Translator {
    /// A problem in a sentence.
    pub fn trouble(&self, trouble: &Trouble) -> String {
        match trouble {
            Trouble::Unreadable(ParseProblem::MalformedFrame { reason, excerpt }) => tr!(
                self,
                "trouble-unreadable-message",
                reason = reason.as_str(),
                excerpt = excerpt.as_str()
            ),
            Trouble::Unreadable(ParseProblem::BrokenEvent {
                index,
                reason,
                excerpt,
            }) => tr!(
                self,
                "trouble-skipped-event",
                number = index + 1,
                reason = reason.as_str(),
                excerpt = excerpt.as_str()
            ),
            Trouble::BinaryMessage { bytes } => {
                tr!(self, "trouble-binary-message", bytes = *bytes)
            }
            Trouble::OverHardLimit { detail } => {
                tr!(self, "trouble-over-hard-limit", detail = detail.as_str())
            }
            Trouble::MessageTooLarge { bytes, limit } => tr!(
                self,
                "trouble-message-too-large",
                size = self.mebibytes(*bytes, 1),
                limit = self.mebibytes(*limit, 0)
            ),
            Trouble::LookupFailed { what, why } => tr!(
                self,
                "trouble-lookup-failed",
                what = self.lookup(*what),
                why = self.rest_failure(why)
            ),
            Trouble::LookupsRejected { message } => {
                tr!(self, "trouble-lookups-rejected", message = message.as_str())
            }
            Trouble::HotelDayUnknown { detail } => {
                tr!(self, "trouble-hotel-day-unknown", detail = detail.as_str())
            }
            Trouble::HistoryNotKept { detail } => {
                tr!(self, "trouble-history-not-kept", detail = detail.as_str())
            }
            Trouble::HistoryDamaged { moved_to } => tr!(
                self,
                "trouble-history-damaged",
                path = moved_to.display().to_string()
            ),
            Trouble::HistoryPaused { why, waiting } => tr!(
                self,
                "trouble-history-paused",
                why = self.write_failure(why),
                waiting = *waiting
            ),
            Trouble::HistoryListFull { held } => {
                tr!(self, "trouble-history-list-full", held = *held)
            }
            Trouble::HistoryResumed {
                written,
                missed: None,
            } => tr!(self, "trouble-history-resumed", written = *written),
            Trouble::HistoryResumed {
                written,
                missed: Some(missed),
            } => tr!(
                self,
                "trouble-history-resumed-gap",
                written = *written,
                missed = *missed
            ),
            Trouble::HistoryFileRemoved { path } => tr!(
                self,
                "trouble-history-file-removed",
                path = path.display().to_string()
            ),
            Trouble::HistoryFileNotRestarted { path, detail } => tr!(
                self,
                "trouble-history-file-not-restarted",
                path = path.display().to_string(),
                detail = detail.as_str()
            ),
            Trouble::HistoryStopped => tr!(self, "trouble-history-stopped"),
            Trouble::Worded(worded) => self.worded(worded),
        }
    }

    /// What a load from Mews found, in a phrase.
    pub fn summary(&self, summary: &Summary) -> String {
        match summary {
            Summary::Rooms {
                loaded,
                changed,
                names,
            } if names.is_empty() => {
                tr!(self, "summary-rooms", loaded = *loaded, changed = *changed)
            }
            Summary::Rooms {
                loaded,
                changed,
                names,
            } => tr!(
                self,
                "summary-rooms-named",
                loaded = *loaded,
                changed = *changed,
                names = names.join(", ")
            ),
            Summary::Changed { count, numbers } => tr!(
                self,
                "summary-changed",
                count = *count,
                numbers = numbers.join(", ")
            ),
            Summary::Arrivals {
                date,
                arrivals,
                arrived,
                in_house,
            } => tr!(
                self,
                "summary-arrivals",
                arrivals = *arrivals,
                date = self.date(*date),
                arrived = *arrived,
                in_house = *in_house
            ),
            Summary::Guests { asked, found } if asked > found => tr!(
                self,
                "summary-guests-missing",
                found = *found,
                missing = asked - found
            ),
            Summary::Guests { found, .. } => tr!(self, "summary-guests", found = *found),
            Summary::GuestsFailed { asked, why } => tr!(
                self,
                "summary-guests-failed",
                asked = *asked,
                why = why.as_str()
            ),
        }
    }

    /// The app's own problem: its catalog message with its arguments.
    fn worded(&self, worded: &Worded) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &worded.args {
            args.set(*name, value.as_str());
        }
        self.format(worded.id, Some(&args))
    }

    /// Summaries said together: "…; …".
    pub fn summaries(&self, summaries: &[Summary]) -> String {
        summaries
            .iter()
            .map(|summary| self.summary(summary))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// What a lookup was loading, as a noun phrase.
    fn lookup(&self, lookup: Lookup) -> String {
        match lookup {
            Lookup::Hotel => tr!(self, "lookup-hotel"),
            Lookup::Rooms => tr!(self, "lookup-rooms"),
            Lookup::OpenCommands => tr!(self, "lookup-open-commands"),
            Lookup::Arrivals => tr!(self, "lookup-arrivals"),
            Lookup::ChangedReservations => tr!(self, "lookup-changed-reservations"),
            Lookup::Rates => tr!(self, "lookup-rates"),
            Lookup::Guests => tr!(self, "lookup-guests"),
            Lookup::Reservations => tr!(self, "lookup-reservations"),
            Lookup::Commands => tr!(self, "lookup-commands"),
        }
    }

    /// Why a REST request failed, in a phrase.
    pub fn rest_failure(&self, failure: &RestFailure) -> String {
        match failure {
            RestFailure::Rejected(message) => {
                tr!(self, "rest-rejected", message = message.as_str())
            }
            RestFailure::Refused(message) => tr!(self, "rest-refused", message = message.as_str()),
            RestFailure::TooHeavy => tr!(self, "rest-too-heavy"),
            RestFailure::Throttled => tr!(self, "rest-throttled"),
            RestFailure::Http { status, message } => tr!(
                self,
                "rest-http",
                status = status.to_string(),
                message = message.as_str()
            ),
            RestFailure::Network(detail) => tr!(self, "rest-network", detail = detail.as_str()),
            RestFailure::Unreadable(detail) => {
                tr!(self, "rest-unreadable", detail = detail.as_str())
            }
            RestFailure::Address(address) => {
                tr!(self, "rest-address", address = address.as_str())
            }
        }
    }

    /// Why history could not be written, in words that finish "History is paused because …".
    fn write_failure(&self, failure: &WriteFailure) -> String {
        match failure {
            WriteFailure::DiskFull => tr!(self, "write-disk-full"),
            WriteFailure::ReadOnly => tr!(self, "write-read-only"),
            WriteFailure::PermissionDenied => tr!(self, "write-permission-denied"),
            WriteFailure::Io => tr!(self, "write-io"),
            WriteFailure::Other(detail) => tr!(self, "write-other", detail = detail.as_str()),
        }
    }

    /// A size in MiB with `decimals` places, written as the language writes decimals.
    fn mebibytes(&self, bytes: usize, decimals: usize) -> String {
        let text = format!("{:.decimals$}", bytes as f64 / 1_048_576.0);
        match self.language().decimal_separator() {
            '.' => text,
            separator => text.replace('.', &separator.to_string()),
        }
    }
}

/// A problem the app meets itself (settings, policy, the command line), worded from
/// the catalog's message `id` with `args`: said in the desk's language wherever it
/// is shown, and kept in English in history.
pub fn worded(id: &'static str, args: Vec<(&'static str, String)>) -> Trouble {
    /// English, made once: history keeps the English sentence.
    static ENGLISH: LazyLock<Translator> = LazyLock::new(|| Translator::new(Language::English));
    let mut worded = Worded {
        id,
        args,
        english: String::new(),
    };
    worded.english = ENGLISH.worded(&worded);
    Trouble::Worded(worded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// One of each problem and summary, with every detail filled in.
    fn samples() -> (Vec<Trouble>, Vec<Summary>) {
        let broken = ParseProblem::BrokenEvent {
            index: 2,
            reason: "missing field `Type`".into(),
            excerpt: "{\"Id\":1}".into(),
        };
        let malformed = ParseProblem::MalformedFrame {
            reason: "expected value".into(),
            excerpt: "<html>".into(),
        };
        let path = PathBuf::from("/home/desk/history.sqlite3");
        let lookups = [
            Lookup::Hotel,
            Lookup::Rooms,
            Lookup::OpenCommands,
            Lookup::Arrivals,
            Lookup::ChangedReservations,
            Lookup::Rates,
            Lookup::Guests,
            Lookup::Reservations,
            Lookup::Commands,
        ];
        let failures = [
            RestFailure::Rejected("expired".into()),
            RestFailure::Refused("no".into()),
            RestFailure::TooHeavy,
            RestFailure::Throttled,
            RestFailure::Http {
                status: 500,
                message: "oops".into(),
            },
            RestFailure::Network("timed out".into()),
            RestFailure::Unreadable("bad JSON".into()),
            RestFailure::Address("ftp://x".into()),
        ];
        let mut troubles = vec![
            Trouble::Unreadable(broken),
            Trouble::Unreadable(malformed),
            Trouble::BinaryMessage { bytes: 12_345 },
            Trouble::OverHardLimit {
                detail: "64 MiB".into(),
            },
            Trouble::MessageTooLarge {
                bytes: 20_000_000,
                limit: 16 << 20,
            },
            Trouble::LookupsRejected {
                message: "token expired".into(),
            },
            Trouble::HotelDayUnknown {
                detail: "unknown zone".into(),
            },
            Trouble::HistoryNotKept {
                detail: "read-only".into(),
            },
            Trouble::HistoryDamaged {
                moved_to: path.clone(),
            },
            Trouble::HistoryListFull { held: 100_000 },
            Trouble::HistoryResumed {
                written: 1,
                missed: None,
            },
            Trouble::HistoryResumed {
                written: 12,
                missed: Some(3),
            },
            Trouble::HistoryFileRemoved { path: path.clone() },
            Trouble::HistoryFileNotRestarted {
                path,
                detail: "no space".into(),
            },
            Trouble::HistoryStopped,
            worded("policy-locked", vec![("option", "--env".into())]),
        ];
        troubles.extend(
            lookups
                .into_iter()
                .zip(failures.iter().cycle())
                .map(|(what, why)| Trouble::LookupFailed {
                    what,
                    why: why.clone(),
                }),
        );
        for why in [
            WriteFailure::DiskFull,
            WriteFailure::ReadOnly,
            WriteFailure::PermissionDenied,
            WriteFailure::Io,
            WriteFailure::Other("SQLITE_CORRUPT".into()),
        ] {
            troubles.push(Trouble::HistoryPaused { why, waiting: 2 });
        }
        let summaries = vec![
            Summary::Rooms {
                loaded: 1_376,
                changed: 2,
                names: vec!["101".into(), "102".into()],
            },
            Summary::Rooms {
                loaded: 1,
                changed: 0,
                names: Vec::new(),
            },
            Summary::Changed {
                count: 5,
                numbers: vec!["1234".into()],
            },
            Summary::Arrivals {
                date: chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("a date"),
                arrivals: 22,
                arrived: 3,
                in_house: 140,
            },
            Summary::Guests { asked: 4, found: 4 },
            Summary::Guests { asked: 4, found: 3 },
            Summary::GuestsFailed {
                asked: 2,
                why: "timed out".into(),
            },
        ];
        (troubles, summaries)
    }

    #[test]
    fn every_problem_and_summary_is_said_in_every_language_with_its_details() {
        let (troubles, summaries) = samples();
        for language in Language::ALL {
            let t = Translator::new(language);
            let said = troubles
                .iter()
                .map(|trouble| t.trouble(trouble))
                .chain(summaries.iter().map(|summary| t.summary(summary)));
            for text in said {
                assert!(
                    !text.contains('{') || text.contains("{\"Id\""),
                    "{language:?}: a variable was left out: {text}"
                );
                for prefix in [
                    "trouble-", "summary-", "lookup-", "rest-", "write-", "policy-",
                ] {
                    assert!(!text.starts_with(prefix), "{language:?}: no message {text}");
                }
            }
        }
        let german = Translator::new(Language::German);
        let paused = german.trouble(&Trouble::HistoryPaused {
            why: WriteFailure::DiskFull,
            waiting: 1_234,
        });
        assert!(paused.contains("1.234"), "{paused}");
        let arrivals = german.summary(&summaries[3]);
        assert!(arrivals.contains("140"), "{arrivals}");
    }

    #[test]
    fn the_english_words_are_what_history_keeps() {
        let english = Translator::new(Language::English);
        let (troubles, summaries) = samples();
        for trouble in &troubles {
            let said = english.trouble(trouble);
            let kept = trouble.to_string();
            // The catalog writes numbers grouped and ends sentences with a stop.
            let plain = |text: &str| text.replace(',', "").trim_end_matches('.').to_owned();
            assert_eq!(plain(&said), plain(&kept), "{trouble:?}");
        }
        for summary in &summaries[..3] {
            let plain = |text: &str| text.replace(',', "").replace("1 rooms", "1 room");
            assert_eq!(
                plain(&english.summary(summary)),
                plain(&summary.to_string())
            );
        }
    }
}
