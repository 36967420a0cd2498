//! The "Waiting" section at the top of the Arrivals panel: the guests at the
//! desk waiting for their room, longest waiting first, each with how long they
//! have waited, their room and whether it is ready ("Room 101 is ready").

use chrono::{DateTime, Utc};

use monitor_core::store::clock::length_in_words;
use monitor_core::store::{Arrival, HotelClock, Readiness, room_called};

use super::action::Action;
use super::guest;
use super::style;

/// The arrivals whose guest waits, longest waiting first.
pub(crate) fn waiting<'a, 's>(arrivals: &'a [Arrival<'s>]) -> Vec<&'a Arrival<'s>> {
    let mut waiting: Vec<&Arrival<'_>> = arrivals
        .iter()
        .filter(|arrival| arrival.waiting_since.is_some())
        .collect();
    waiting.sort_by_key(|arrival| (arrival.waiting_since, arrival.arrival_utc));
    waiting
}

/// "Waiting: 1 guest" / "Waiting: 3 guests".
pub(crate) fn heading(count: usize) -> String {
    let noun = if count == 1 { "guest" } else { "guests" };
    format!("{} Waiting: {count} {noun}", style::WAITING_MARK)
}

/// Draws the section, when anyone waits; clicking a guest selects their room.
pub(crate) fn waiting_ui(
    ui: &mut egui::Ui,
    waiting: &[&Arrival<'_>],
    clock: &HotelClock,
    now: DateTime<Utc>,
    actions: &mut Vec<Action>,
) {
    if waiting.is_empty() {
        return;
    }
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(
            2.0,
            ui.visuals().widgets.active.bg_stroke.color,
        ))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                egui::RichText::new(heading(waiting.len()))
                    .strong()
                    .size(15.0),
            );
            for (at, arrival) in waiting.iter().enumerate() {
                if at > 0 {
                    ui.separator();
                }
                waiting_guest_ui(ui, arrival, clock, now, actions);
            }
        });
}

/// One waiting guest: who, how long, and their room's readiness.
fn waiting_guest_ui(
    ui: &mut egui::Ui,
    arrival: &Arrival<'_>,
    clock: &HotelClock,
    now: DateTime<Utc>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let who = egui::RichText::new(guest::who(arrival)).strong();
        let response = ui
            .selectable_label(false, who)
            .on_hover_text("Show the room");
        if response.clicked()
            && let Some(room) = arrival.room_id
        {
            actions.push(Action::SelectRoom(Some(room.to_owned())));
        }
        guest::vip_ui(ui, arrival.guest);
    });
    if let Some(since) = arrival.waiting_since {
        ui.label(waited_words(since, clock, now));
    }
    room_readiness_ui(ui, arrival);
}

/// "Waiting 12 min (since 14:05)"; "Waiting since 14:05" in the first minute.
pub(crate) fn waited_words(since: DateTime<Utc>, clock: &HotelClock, now: DateTime<Utc>) -> String {
    format!("Waiting {}", waited_for(since, clock, now))
}

/// "12 min (since 14:05)"; "since 14:05" in the first minute.
pub(crate) fn waited_for(since: DateTime<Utc>, clock: &HotelClock, now: DateTime<Utc>) -> String {
    let at = clock.format(since, "%H:%M");
    let waited = now - since;
    if waited < chrono::TimeDelta::minutes(1) {
        format!("since {at}")
    } else {
        format!("{} (since {at})", length_in_words(waited))
    }
}

/// "✔ Room 101 is ready (Inspected)", "Room 101 is not ready: ⚑ Dirty", or "⚠ No room assigned".
pub(crate) fn readiness_words(arrival: &Arrival<'_>) -> String {
    let Some(name) = arrival.room_name() else {
        return super::arrivals::NO_ROOM.to_owned();
    };
    let state = arrival.room.and_then(|room| room.state.as_ref());
    let words = state.map_or("state not known", |state| state.label());
    match arrival.readiness {
        Readiness::Ready => format!(
            "{} {} is ready ({words})",
            style::READY_MARK,
            room_called(name)
        ),
        _ => format!(
            "{} is not ready: {} {words}",
            room_called(name),
            style::room_mark(state)
        ),
    }
}

/// The room's readiness; a ready room stands out in strong text, in words.
fn room_readiness_ui(ui: &mut egui::Ui, arrival: &Arrival<'_>) {
    let words = egui::RichText::new(readiness_words(arrival));
    let words = match arrival.readiness {
        Readiness::Ready => words.strong().size(15.0),
        Readiness::NoRoom => words.color(ui.visuals().warn_fg_color),
        Readiness::NotReady | Readiness::Arrived => words,
    };
    ui.label(words);
}
