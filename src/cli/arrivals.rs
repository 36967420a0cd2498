//! `mews-monitor arrivals`: the hotel's arrivals of one day, one JSON object
//! per line, then exit.
//!
//! The day is the hotel's (in the time zone `configuration/get` gives), today
//! unless `--date` names another. Each line says whether the guest's room is
//! ready, and who the guest is: the name as Mews holds it (null when unknown),
//! whether a VIP, whether waiting for the room. The names go to standard
//! output only, for whoever runs the command; nothing is kept.

use crate::i18n::Translator;
use crate::policy::Policy;
use std::io::Write;

use chrono::SecondsFormat;
use serde_json::json;

use super::day::{DayArgs, Guests, load};
use monitor_core::store::{Arrival, Readiness};

/// Prints the arrivals; returns how many. Call inside a tokio runtime.
/// Why it failed is said in `t`'s language.
pub async fn run(
    args: DayArgs,
    policy: &Policy,
    t: &Translator,
    out: &mut impl Write,
) -> anyhow::Result<usize> {
    let store = load(&args, policy, Guests::Load, t).await?;
    let arrivals = store.arrivals(store.alerts.rule);
    for arrival in &arrivals {
        writeln!(out, "{}", arrival_line(arrival))?;
    }
    out.flush()?;
    Ok(arrivals.len())
}

/// One arrival as a JSON line.
pub(crate) fn arrival_line(arrival: &Arrival<'_>) -> serde_json::Value {
    json!({
        "reservation": arrival.number,
        "id": arrival.id,
        "guest": arrival.guest.name(),
        "vip": arrival.guest.is_vip(),
        "waiting": arrival.waiting_since.is_some(),
        "arrival_utc": arrival.arrival_utc.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true)),
        "state": arrival.state.as_wire(),
        "room": arrival.room.map(|room| room.display_name()),
        "room_id": arrival.room_id,
        "room_state": arrival.room.and_then(|room| room.state.as_ref()).map(|state| state.as_wire()),
        "ready": arrival.readiness == Readiness::Ready,
    })
}
