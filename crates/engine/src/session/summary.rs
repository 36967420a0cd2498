//! What the session asks the lookups for, and its summaries in words.

use chrono::{DateTime, NaiveDate, Utc};

use crate::net::lookup::LookupRequest;
use crate::words::counted;
use monitor_core::protocol::{ReservationRecord, ReservationState};
use monitor_core::store::{Store, Unknowns, short_id};

/// What to reload when the link comes up: everything, plus the reservations
/// changed since the monitor was last in touch.
pub(crate) fn lookups_on_connect(in_touch_at: Option<DateTime<Utc>>) -> Vec<LookupRequest> {
    let mut requests = vec![LookupRequest::Resync];
    requests.extend(in_touch_at.map(LookupRequest::ChangedSince));
    requests
}

/// The arrivals reload due after the hotel's midnight, asked for once per new day.
pub(crate) fn arrivals_due(
    store: &Store,
    asked_for: &mut Option<chrono::NaiveDate>,
    now: DateTime<Utc>,
) -> Option<LookupRequest> {
    let day = store.arrivals_day()?;
    if now < day.end_utc {
        return None;
    }
    let next = day.next().date;
    if *asked_for == Some(next) {
        return None;
    }
    *asked_for = Some(next);
    Some(LookupRequest::Arrivals)
}

/// What a load from Mews found, as plain data the window and `tail` put into
/// words; its `Display` is the English sentence history keeps. Counts and room or
/// reservation numbers only, never a guest's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Summary {
    /// "1,376 rooms loaded from Mews; 3 changed while offline (101, 102, 215)".
    Rooms {
        /// Rooms loaded.
        loaded: usize,
        /// Rooms whose state changed while the monitor was offline.
        changed: usize,
        /// The names of the first of them (at most [`NAMED`]).
        names: Vec<String>,
    },
    /// "2 reservations changed while offline (1234, 1240)".
    Changed {
        /// Reservations that changed.
        count: usize,
        /// The numbers of the first of them (at most [`NAMED`]).
        numbers: Vec<String>,
    },
    /// "12 arrivals on 2026-12-01 loaded from Mews (3 arrived), 140 guests in house".
    Arrivals {
        /// The hotel's day.
        date: NaiveDate,
        /// Stays starting that day.
        arrivals: usize,
        /// Of them, those already checked in.
        arrived: usize,
        /// Guests in house.
        in_house: usize,
    },
    /// "Names of 12 guests loaded from Mews (1 not found)".
    Guests {
        /// Names asked for.
        asked: usize,
        /// Names Mews returned.
        found: usize,
    },
    /// "Names of 3 guests could not be loaded: …".
    GuestsFailed {
        /// Names asked for.
        asked: usize,
        /// Why (the request's error, in English).
        why: String,
    },
}

/// How many rooms or reservations a summary names.
pub const NAMED: usize = 12;

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Summary::Rooms {
                loaded,
                changed,
                names,
            } => {
                write!(
                    f,
                    "{loaded} rooms loaded from Mews; {changed} changed while offline"
                )?;
                if !names.is_empty() {
                    write!(f, " ({})", names.join(", "))?;
                }
                Ok(())
            }
            Summary::Changed { count, numbers } => write!(
                f,
                "{} changed while offline ({})",
                counted(*count as u64, "reservation", "reservations"),
                numbers.join(", ")
            ),
            Summary::Arrivals {
                date,
                arrivals,
                arrived,
                in_house,
            } => write!(
                f,
                "{} on {} loaded from Mews ({arrived} arrived), {} in house",
                counted(*arrivals as u64, "arrival", "arrivals"),
                date.format("%Y-%m-%d"),
                counted(*in_house as u64, "guest", "guests")
            ),
            Summary::Guests { asked, found } => {
                write!(
                    f,
                    "Names of {} loaded from Mews",
                    counted(*found as u64, "guest", "guests")
                )?;
                if asked > found {
                    write!(f, " ({} not found)", asked - found)?;
                }
                Ok(())
            }
            Summary::GuestsFailed { asked, why } => write!(
                f,
                "Names of {} could not be loaded: {why}",
                counted(*asked as u64, "guest", "guests")
            ),
        }
    }
}

impl Summary {
    /// Summaries said together, in English: "…; …".
    pub fn english(summaries: &[Summary]) -> String {
        summaries
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// What a load of the day's stays found: the arrivals, and the reservations
/// among them that changed while offline.
pub(crate) fn arrivals_summary(
    store: &Store,
    records: &[ReservationRecord],
    changed: &[String],
) -> Vec<Summary> {
    let Some(day) = store.arrivals_day() else {
        return Vec::new();
    };
    let arriving = |record: &&ReservationRecord| {
        record
            .scheduled_start_utc
            .is_some_and(|start| day.contains(start))
    };
    let started = |record: &&ReservationRecord| record.state == Some(ReservationState::Started);
    let mut summaries = vec![Summary::Arrivals {
        date: day.date,
        arrivals: records.iter().filter(arriving).count(),
        arrived: records.iter().filter(arriving).filter(started).count(),
        in_house: records.iter().filter(started).count(),
    }];
    if !changed.is_empty() {
        summaries.push(changed_summary(store, changed));
    }
    summaries
}

/// Reservations that changed while offline, with the numbers of the first.
pub(crate) fn changed_summary(store: &Store, changed: &[String]) -> Summary {
    Summary::Changed {
        count: changed.len(),
        numbers: changed
            .iter()
            .take(NAMED)
            .map(|id| {
                let number = store.labels.reservation_number(id);
                number.unwrap_or_else(|| short_id(id)).to_owned()
            })
            .collect(),
    }
}

/// The lookups that would name these unknown ids.
pub(crate) fn lookups_for(unknowns: Unknowns) -> Vec<LookupRequest> {
    let mut requests = Vec::new();
    if !unknowns.reservations.is_empty() {
        requests.push(LookupRequest::Reservations(unknowns.reservations));
    }
    if !unknowns.commands.is_empty() {
        requests.push(LookupRequest::Commands(unknowns.commands));
    }
    requests
}

/// Rooms reloaded, with the names of the first that changed while offline.
pub(crate) fn rooms_summary(store: &Store, loaded: usize, changed: &[String]) -> Summary {
    Summary::Rooms {
        loaded,
        changed: changed.len(),
        names: changed
            .iter()
            .filter_map(|id| store.rooms.get(id))
            .map(|room| room.display_name().to_owned())
            .take(NAMED)
            .collect(),
    }
}
