//! The "Waiting" section at the top of the Arrivals panel: the guests at the
//! desk waiting for their room, longest waiting first, each with how long they
//! have waited, their room and whether it is ready ("Room 101 is ready").

use chrono::{DateTime, Utc};

use monitor_core::store::{Arrival, HotelClock, Readiness};

use super::action::Action;
use super::guest;
use super::style;
use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;

/// The arrivals whose guest waits, longest waiting first.
pub(crate) fn waiting<'a, 's>(arrivals: &'a [Arrival<'s>]) -> Vec<&'a Arrival<'s>> {
    let mut waiting: Vec<&Arrival<'_>> = arrivals
        .iter()
        .filter(|arrival| arrival.waiting_since.is_some())
        .collect();
    waiting.sort_by_key(|arrival| (arrival.waiting_since, arrival.arrival_utc));
    waiting
}

/// "⏳ Waiting: 1 guest" / "⏳ Waiting: 3 guests".
pub(crate) fn heading(count: usize, t: &Translator) -> String {
    let words = tr!(t, "waiting-heading", count = count);
    format!("{} {words}", style::WAITING_MARK)
}

/// Draws the section, when anyone waits; clicking a guest selects their room.
pub(crate) fn waiting_ui(
    ui: &mut egui::Ui,
    waiting: &[&Arrival<'_>],
    clock: &HotelClock,
    now: DateTime<Utc>,
    t: &Translator,
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
                egui::RichText::new(heading(waiting.len(), t))
                    .strong()
                    .size(15.0),
            );
            for (at, arrival) in waiting.iter().enumerate() {
                if at > 0 {
                    ui.separator();
                }
                waiting_guest_ui(ui, arrival, clock, now, t, actions);
            }
        });
}

/// One waiting guest: who, how long, and their room's readiness.
fn waiting_guest_ui(
    ui: &mut egui::Ui,
    arrival: &Arrival<'_>,
    clock: &HotelClock,
    now: DateTime<Utc>,
    t: &Translator,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let who = egui::RichText::new(guest::who(arrival, t)).strong();
        let response = ui
            .selectable_label(false, who)
            .on_hover_text(tr!(t, "waiting-show-room"));
        if response.clicked()
            && let Some(room) = arrival.room_id
        {
            actions.push(Action::SelectRoom(Some(room.to_owned())));
        }
        guest::vip_ui(ui, arrival.guest, t);
    });
    if let Some(since) = arrival.waiting_since {
        ui.label(waited_words(since, clock, now, t));
    }
    room_readiness_ui(ui, arrival, t);
}

/// "Waiting 12 min (since 14:05)"; "Waiting since 14:05" in the first minute.
pub(crate) fn waited_words(
    since: DateTime<Utc>,
    clock: &HotelClock,
    now: DateTime<Utc>,
    t: &Translator,
) -> String {
    let waited = waited_for(since, clock, now, t);
    tr!(t, "waiting-waited", waited = waited)
}

/// "12 min (since 14:05)"; "since 14:05" in the first minute.
pub(crate) fn waited_for(
    since: DateTime<Utc>,
    clock: &HotelClock,
    now: DateTime<Utc>,
    t: &Translator,
) -> String {
    let time = t.time(clock, since, Pattern::Time);
    let waited = now - since;
    if waited < chrono::TimeDelta::minutes(1) {
        tr!(t, "waiting-since", time = time)
    } else {
        tr!(
            t,
            "waiting-for-since",
            length = t.length(waited),
            time = time
        )
    }
}

/// "✔ Room 101 is ready (Inspected)", "Room 101 is not ready: ⚑ Dirty", or "⚠ No room assigned".
pub(crate) fn readiness_words(arrival: &Arrival<'_>, t: &Translator) -> String {
    let Some(name) = arrival.room_name() else {
        return super::arrivals::no_room(t);
    };
    let state = arrival.room.and_then(|room| room.state.as_ref());
    let words = t.words().resource_state_or_unknown(state);
    let room = t.room(name);
    match arrival.readiness {
        Readiness::Ready => {
            let ready = tr!(t, "waiting-room-ready", room = room, state = words);
            format!("{} {ready}", style::READY_MARK)
        }
        _ => tr!(
            t,
            "waiting-room-not-ready",
            room = room,
            mark = style::room_mark(state),
            state = words
        ),
    }
}

/// The room's readiness; a ready room stands out in strong text, in words.
fn room_readiness_ui(ui: &mut egui::Ui, arrival: &Arrival<'_>, t: &Translator) {
    let words = egui::RichText::new(readiness_words(arrival, t));
    let words = match arrival.readiness {
        Readiness::Ready => words.strong().size(15.0),
        Readiness::NoRoom => words.color(ui.visuals().warn_fg_color),
        Readiness::NotReady | Readiness::Arrived => words,
    };
    ui.label(words);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn the_heading_counts_guests_in_each_languages_forms() {
        let english = Translator::default();
        assert_eq!(heading(1, &english), "⏳ Waiting: 1 guest");
        assert_eq!(heading(3, &english), "⏳ Waiting: 3 guests");
        let czech = Translator::new(Language::Czech);
        assert_eq!(heading(1, &czech), "⏳ Čeká: 1 host");
        assert_eq!(heading(3, &czech), "⏳ Čeká: 3 hosté");
        assert_eq!(heading(5, &czech), "⏳ Čeká: 5 hostů");
    }

    #[test]
    fn how_long_a_guest_waited_reads_as_before_in_english() {
        let clock = HotelClock::for_zone(
            Some("Europe/Prague"),
            chrono::FixedOffset::east_opt(0).expect("offset"),
        );
        let since: DateTime<Utc> = "2026-12-04T13:05:00Z".parse().expect("time");
        let later = |seconds| since + chrono::TimeDelta::seconds(seconds);
        let english = Translator::default();
        assert_eq!(
            waited_for(since, &clock, later(30), &english),
            "since 14:05"
        );
        assert_eq!(
            waited_words(since, &clock, later(12 * 60 + 5), &english),
            "Waiting 12 min (since 14:05)"
        );
        assert_eq!(
            waited_words(since, &clock, later(3 * 3600 + 300), &english),
            "Waiting 3 h 5 min (since 14:05)"
        );
        let czech = Translator::new(Language::Czech);
        assert_eq!(waited_for(since, &clock, later(30), &czech), "od 14:05");
        assert_eq!(
            waited_words(since, &clock, later(12 * 60), &czech),
            format!(
                "Čeká {} (od 14:05)",
                czech.length(chrono::TimeDelta::minutes(12))
            )
        );
    }
}
