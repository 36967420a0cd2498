//! What the session asks the lookups for, and its summaries in words.

use chrono::{DateTime, Utc};

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

/// "12 arrivals on 2026-12-01 loaded from Mews (3 arrived), 140 guests in house;
/// 2 reservations changed while offline (1234, 1240)".
pub(crate) fn arrivals_summary(
    store: &Store,
    records: &[ReservationRecord],
    changed: &[String],
) -> String {
    let Some(day) = store.arrivals_day() else {
        return String::new();
    };
    let arriving = |record: &&ReservationRecord| {
        record
            .scheduled_start_utc
            .is_some_and(|start| day.contains(start))
    };
    let arrivals = records.iter().filter(arriving).count();
    let arrived = records
        .iter()
        .filter(arriving)
        .filter(|record| record.state == Some(ReservationState::Started))
        .count();
    let in_house = records
        .iter()
        .filter(|record| record.state == Some(ReservationState::Started))
        .count();
    let date = day.date.format("%Y-%m-%d");
    let mut text = format!(
        "{} on {date} loaded from Mews ({arrived} arrived), {} in house",
        counted(arrivals as u64, "arrival", "arrivals"),
        counted(in_house as u64, "guest", "guests")
    );
    if !changed.is_empty() {
        text.push_str("; ");
        text.push_str(&changed_summary(store, changed));
    }
    text
}

/// "Names of 12 guests loaded from Mews (1 not found)": counts only, never a name
/// (this is kept in history).
pub(crate) fn guests_summary(asked: usize, found: usize) -> String {
    let mut text = format!(
        "Names of {} loaded from Mews",
        counted(found as u64, "guest", "guests")
    );
    if asked > found {
        text.push_str(&format!(" ({} not found)", asked - found));
    }
    text
}

/// "2 reservations changed while offline (1234, 1240)".
pub(crate) fn changed_summary(store: &Store, changed: &[String]) -> String {
    let numbers: Vec<&str> = changed
        .iter()
        .take(12)
        .map(|id| {
            store
                .labels
                .reservation_number(id)
                .unwrap_or_else(|| short_id(id))
        })
        .collect();
    format!(
        "{} changed while offline ({})",
        counted(changed.len() as u64, "reservation", "reservations"),
        numbers.join(", ")
    )
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

/// "1,376 rooms loaded from Mews; 3 changed while offline (101, 102, 215)".
pub(crate) fn rooms_summary(store: &Store, loaded: usize, changed: &[String]) -> String {
    let names: Vec<&str> = changed
        .iter()
        .filter_map(|id| store.rooms.get(id))
        .map(|room| room.display_name())
        .take(12)
        .collect();
    let mut summary = format!(
        "{loaded} rooms loaded from Mews; {} changed while offline",
        changed.len()
    );
    if !names.is_empty() {
        summary.push_str(&format!(" ({})", names.join(", ")));
    }
    summary
}
