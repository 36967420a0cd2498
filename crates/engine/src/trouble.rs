//! What went wrong, as plain data: the problems list, `tail`'s standard error and
//! history all hear of a [`Trouble`]. The window and `tail` put it into the desk's
//! language; its `Display` is the English sentence history and the log keep.
//!
//! Details that come from the system or a library (an error's own text, a path) are
//! carried as given, and shown inside the translated sentence.

use std::collections::VecDeque;
use std::fmt;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use monitor_core::protocol::ParseProblem;

use crate::words::counted;

/// Something that went wrong, with the facts a sentence about it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// A message from Mews, or one event of it, could not be read.
    Unreadable(ParseProblem),
    /// Mews sent a binary message that is not text; it was skipped.
    BinaryMessage {
        /// Its size.
        bytes: usize,
    },
    /// A message went over the socket's hard size limit; the connection was reset.
    OverHardLimit {
        /// The library's words.
        detail: String,
    },
    /// A message was larger than the monitor takes; it was skipped.
    MessageTooLarge {
        /// Its size.
        bytes: usize,
        /// The largest taken.
        limit: usize,
    },
    /// Loading names or details from Mews failed.
    LookupFailed {
        /// What was being loaded.
        what: Lookup,
        /// Why.
        why: RestFailure,
    },
    /// Mews rejected the tokens for room and reservation names (HTTP 401).
    LookupsRejected {
        /// Mews' words.
        message: String,
    },
    /// The hotel's day could not be worked out, so today's arrivals were not loaded.
    HotelDayUnknown {
        /// Why (the time zone Mews gave).
        detail: String,
    },
    /// History could not be opened: it is not kept in this session.
    HistoryNotKept {
        /// Why.
        detail: String,
    },
    /// The history file was damaged: moved aside, and a new one started.
    HistoryDamaged {
        /// Where the damaged file now is.
        moved_to: PathBuf,
    },
    /// History could not be written: it pauses and holds what comes.
    HistoryPaused {
        /// Why writing failed.
        why: WriteFailure,
        /// Events waiting to be written.
        waiting: u64,
    },
    /// History is still paused and its waiting list is full: events go missing.
    HistoryListFull {
        /// How many events the list holds.
        held: u64,
    },
    /// History is written again.
    HistoryResumed {
        /// Events that waited and are now kept.
        written: u64,
        /// Events history missed (the list was full), when any.
        missed: Option<u64>,
    },
    /// The history file was removed while running; a new one was started.
    HistoryFileRemoved {
        /// The file.
        path: PathBuf,
    },
    /// The history file was removed, and a new one cannot be started yet.
    HistoryFileNotRestarted {
        /// The file.
        path: PathBuf,
        /// Why.
        detail: String,
    },
    /// The history writer has stopped; events are no longer kept.
    HistoryStopped,
    /// Something the app itself met (settings, policy, the command line), in the
    /// words of its message catalog.
    Worded(Worded),
}

/// A problem the app words from its own message catalog: the message's id and
/// arguments (to say it in any language) and the English sentence (for history).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worded {
    /// The message's id in the catalog.
    pub id: &'static str,
    /// Its arguments, by name.
    pub args: Vec<(&'static str, String)>,
    /// The message in English.
    pub english: String,
}

/// What a lookup was loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The hotel's name and time zone.
    Hotel,
    /// The rooms and their states.
    Rooms,
    /// Device commands still open.
    OpenCommands,
    /// Today's arrivals.
    Arrivals,
    /// Reservations changed while the monitor was offline.
    ChangedReservations,
    /// Rate names.
    Rates,
    /// Guests' names.
    Guests,
    /// Reservation numbers.
    Reservations,
    /// Device names of commands.
    Commands,
}

impl Lookup {
    /// What was loading, in English ("today's arrivals").
    pub fn english(self) -> &'static str {
        match self {
            Lookup::Hotel => "hotel details",
            Lookup::Rooms => "rooms",
            Lookup::OpenCommands => "open device commands",
            Lookup::Arrivals => "today's arrivals",
            Lookup::ChangedReservations => "reservations changed while offline",
            Lookup::Rates => "rate names",
            Lookup::Guests => "guest names",
            Lookup::Reservations => "reservation numbers",
            Lookup::Commands => "device names",
        }
    }
}

/// Why a REST request failed, as plain data (for a lookup, a 401 is
/// [`Trouble::LookupsRejected`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestFailure {
    /// Mews rejected the tokens (HTTP 401; Mews' words).
    Rejected(String),
    /// A Mews business rule refused the request (Mews' words).
    Refused(String),
    /// The request was too large for Mews to answer in time.
    TooHeavy,
    /// Mews asked the monitor to slow down, and it gave up for now.
    Throttled,
    /// Mews answered with an HTTP error.
    Http {
        /// The status.
        status: u16,
        /// Mews' words.
        message: String,
    },
    /// Mews could not be reached (the library's words).
    Network(String),
    /// The response could not be read (the parser's words).
    Unreadable(String),
    /// The REST address does not start with https://.
    Address(String),
}

/// Why history could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteFailure {
    /// The disk is full.
    DiskFull,
    /// The history file cannot be changed (read-only).
    ReadOnly,
    /// This user may not write the file.
    PermissionDenied,
    /// The disk could not be written.
    Io,
    /// Anything else (SQLite's words).
    Other(String),
}

impl fmt::Display for RestFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestFailure::Rejected(message) => write!(
                f,
                "Mews rejected the tokens for this request (HTTP 401): {message}"
            ),
            RestFailure::Refused(message) => write!(f, "Mews refused the request: {message}"),
            RestFailure::TooHeavy => {
                f.write_str("the request was too large for Mews to answer in time")
            }
            RestFailure::Throttled => {
                f.write_str("Mews asked the monitor to slow down and it gave up for now")
            }
            RestFailure::Http { status, message } => {
                write!(f, "Mews answered with an error (HTTP {status}): {message}")
            }
            RestFailure::Network(detail) => write!(f, "Mews could not be reached: {detail}"),
            RestFailure::Unreadable(detail) => {
                write!(f, "the response from Mews could not be read: {detail}")
            }
            RestFailure::Address(address) => write!(
                f,
                "the REST address '{address}' must start with https:// (http:// only for this computer)"
            ),
        }
    }
}

impl fmt::Display for WriteFailure {
    /// Words that finish "History is paused because …".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteFailure::DiskFull => f.write_str("the disk is full"),
            WriteFailure::ReadOnly => f.write_str("the history file cannot be changed"),
            WriteFailure::PermissionDenied => {
                f.write_str("this user may not write the history file")
            }
            WriteFailure::Io => f.write_str("the disk could not be written"),
            WriteFailure::Other(detail) => write!(f, "writing it failed ({detail})"),
        }
    }
}

/// "1 event", "12 events".
fn events(count: u64) -> String {
    counted(count, "event", "events")
}

impl fmt::Display for Trouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trouble::Unreadable(problem) => write!(f, "{problem}"),
            Trouble::BinaryMessage { bytes } => write!(
                f,
                "Mews sent a binary message of {bytes} bytes that is not text; it was skipped"
            ),
            Trouble::OverHardLimit { detail } => write!(
                f,
                "Mews sent a message over the hard size limit ({detail}); the connection was reset"
            ),
            Trouble::MessageTooLarge { bytes, limit } => write!(
                f,
                "Mews sent a message of {:.1} MiB, over the {:.0} MiB limit; it was skipped",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            Trouble::LookupFailed { what, why } => {
                write!(f, "Could not load {} from Mews: {why}", what.english())
            }
            Trouble::LookupsRejected { message } => write!(
                f,
                "Mews rejected the tokens for room and reservation names: {message}"
            ),
            Trouble::HotelDayUnknown { detail } => {
                write!(f, "Today's arrivals could not be loaded: {detail}.")
            }
            Trouble::HistoryNotKept { detail } => {
                write!(f, "History is not kept in this session: {detail}")
            }
            Trouble::HistoryDamaged { moved_to } => write!(
                f,
                "The history file was damaged. It was moved to {} and a new one was started.",
                moved_to.display()
            ),
            Trouble::HistoryPaused { why, waiting } => write!(
                f,
                "History is paused because {why}. Events still show here, {} waiting to be written; history tries again by itself.",
                events(*waiting)
            ),
            Trouble::HistoryListFull { held } => write!(
                f,
                "History is still paused and its waiting list is full ({}): events received from now until it resumes will be missing from history, and that gap will be marked.",
                events(*held)
            ),
            Trouble::HistoryResumed { written, missed } => {
                write!(
                    f,
                    "History is being written again, and what waited is kept ({}).",
                    events(*written)
                )?;
                match missed {
                    Some(missed) => write!(
                        f,
                        " Missing from history: {} received while it was paused; the gap is marked in room timelines and exports.",
                        events(*missed)
                    ),
                    None => Ok(()),
                }
            }
            Trouble::HistoryFileRemoved { path } => write!(
                f,
                "The history file {} was removed while Mews Monitor was running: a new one was started there, and events from now on are kept in it.",
                path.display()
            ),
            Trouble::HistoryFileNotRestarted { path, detail } => write!(
                f,
                "The history file {} was removed while Mews Monitor was running, and a new one cannot be started yet ({detail}). Events still show here; history tries again by itself.",
                path.display()
            ),
            Trouble::HistoryStopped => f.write_str(
                "History has stopped: events still show here, but those received from now on are not kept on this computer. Restart Mews Monitor to keep them again.",
            ),
            Trouble::Worded(worded) => f.write_str(&worded.english),
        }
    }
}

/// How many problems are kept for display; older ones are only counted.
pub(crate) const PROBLEMS_KEPT: usize = 1_000;

/// One problem and when it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What happened.
    pub trouble: Trouble,
}

/// The newest problems and how many there were in all.
#[derive(Clone, Debug, Default)]
pub struct Problems {
    kept: VecDeque<Problem>,
    total: u64,
}

impl Problems {
    /// Records a problem.
    pub fn push(&mut self, at: DateTime<Utc>, trouble: Trouble) {
        if self.kept.len() == PROBLEMS_KEPT {
            self.kept.pop_front();
        }
        self.kept.push_back(Problem { at, trouble });
        self.total += 1;
    }

    /// The kept problems, oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Problem> + ExactSizeIterator {
        self.kept.iter()
    }

    /// How many problems happened since start.
    pub fn total(&self) -> u64 {
        self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_and_counts_all() {
        let mut problems = Problems::default();
        let at = DateTime::from_timestamp(0, 0).expect("valid time");
        for bytes in 0..PROBLEMS_KEPT + 5 {
            problems.push(at, Trouble::BinaryMessage { bytes });
        }
        assert_eq!(problems.total(), (PROBLEMS_KEPT + 5) as u64);
        assert_eq!(problems.iter().len(), PROBLEMS_KEPT);
        assert_eq!(
            problems.iter().next().map(|p| &p.trouble),
            Some(&Trouble::BinaryMessage { bytes: 5 })
        );
    }

    #[test]
    fn history_keeps_the_english_sentence() {
        let resumed = Trouble::HistoryResumed {
            written: 12,
            missed: Some(1),
        };
        assert_eq!(
            resumed.to_string(),
            "History is being written again, and what waited is kept (12 events). Missing from history: 1 event received while it was paused; the gap is marked in room timelines and exports."
        );
        let paused = Trouble::HistoryPaused {
            why: WriteFailure::DiskFull,
            waiting: 1,
        };
        assert!(paused.to_string().starts_with(
            "History is paused because the disk is full. Events still show here, 1 event waiting"
        ));
    }
}
