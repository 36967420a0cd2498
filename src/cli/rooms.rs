//! `mews-monitor rooms`: every room of the hotel with its housekeeping state
//! and its day (vacant, arriving, departing, turnover or stayover), one JSON
//! object per line, then exit. No guest names: rooms and reservation numbers.

use crate::i18n::Translator;
use crate::policy::Policy;
use std::io::Write;

use chrono::SecondsFormat;
use serde_json::json;

use super::day::{DayArgs, Guests, load};
use monitor_core::store::{Occupancy, Room, RoomDay, Store};

/// Prints the rooms by floor and name; returns how many. Call inside a tokio runtime.
/// Why it failed is said in `t`'s language.
pub async fn run(
    args: DayArgs,
    policy: &Policy,
    t: &Translator,
    out: &mut impl Write,
) -> anyhow::Result<usize> {
    let store = load(&args, policy, Guests::Skip, t).await?;
    let mut board = monitor_core::store::Board::default();
    board.refresh(&store, &Default::default());
    let all = store.rooms.all();
    let mut count = 0;
    for group in board.groups() {
        for &at in &group.rooms {
            let room = &all[at];
            writeln!(out, "{}", room_line(room, store.room_day(&room.id), &store))?;
            count += 1;
        }
    }
    out.flush()?;
    Ok(count)
}

/// One room as a JSON line; `arrival` names the reservation of an arriving or turnover room.
pub(crate) fn room_line(room: &Room, day: Option<RoomDay<'_>>, store: &Store) -> serde_json::Value {
    let arrival = day
        .filter(|day| matches!(day.occupancy, Occupancy::Arriving | Occupancy::Turnover))
        .and_then(|day| day.arrival)
        .map(|id| store.labels.reservation_number(id).unwrap_or(id).to_owned());
    json!({
        "room": room.display_name(),
        "room_id": room.id,
        "floor": room.floor,
        "state": room.state.as_ref().map(|state| state.as_wire()),
        "since_utc": room.since.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true)),
        "occupancy": day.map(|day| day.occupancy.name()),
        "arrival": arrival,
    })
}
