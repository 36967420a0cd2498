//! The Arrivals panel, kept open beside the board: the guests waiting at the
//! desk first, then a search and today's arrivals, ready ones first, each with
//! the guest's name and VIP mark and the room's state in colour and words.
//!
//! Draws from the store's arrivals view and returns actions: select the room
//! on the board, copy the reservation number or a ticket line, put a guest on
//! the desk's waiting queue or take them off.

use chrono::{DateTime, Utc};

use monitor_core::store::clock::utc_text;
use monitor_core::store::{Arrival, HotelClock, Readiness, folded};

use super::action::Action;
use super::copy::Copied;
use super::{guest, style, waiting};
use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;

/// The mark before "No room assigned".
const NO_ROOM_MARK: &str = "⚠";

/// Said where an arrival's room would be, while none is assigned: "⚠ No room assigned".
pub(crate) fn no_room(t: &Translator) -> String {
    format!("{NO_ROOM_MARK} {}", tr!(t, "arrivals-no-room"))
}

/// What the panel draws from.
pub(crate) struct ArrivalsCtx<'a> {
    /// The arrivals, in the order to show.
    pub arrivals: &'a [Arrival<'a>],
    /// The hotel's date of the arrivals, once loaded.
    pub date: Option<chrono::NaiveDate>,
    /// The room selected on the board.
    pub selected_room: Option<&'a str>,
    /// The hotel's clock.
    pub clock: &'a HotelClock,
    /// Now.
    pub now: DateTime<Utc>,
    /// The desk's language.
    pub t: &'a Translator,
}

/// Draws the panel's contents; `search` is what the desk typed in its search box.
pub(crate) fn arrivals_ui(
    ui: &mut egui::Ui,
    ctx: &ArrivalsCtx<'_>,
    search: &mut String,
    actions: &mut Vec<Action>,
) {
    let t = ctx.t;
    ui.heading(tr!(t, "arrivals-heading"));
    let Some(date) = ctx.date else {
        ui.label(tr!(t, "arrivals-not-loaded"));
        return;
    };
    ui.label(tr!(t, "arrivals-today", date = t.date(date)));
    if ctx.arrivals.is_empty() {
        ui.label(tr!(t, "arrivals-none"));
        return;
    }
    let waiting = waiting::waiting(ctx.arrivals);
    waiting::waiting_ui(ui, &waiting, ctx.clock, ctx.now, t, actions);
    search_ui(ui, search, t);
    let query = folded(search.trim());
    let shown: Vec<&Arrival<'_>> = ctx
        .arrivals
        .iter()
        .filter(|arrival| arrival.matches(&query))
        .collect();
    if !query.is_empty() {
        ui.label(found_words(shown.len(), ctx.arrivals.len(), t));
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for arrival in shown {
                arrival_row_if_visible(ui, arrival, ctx, actions);
            }
        });
}

/// The search box, labelled for screen readers, with a button to clear it.
fn search_ui(ui: &mut egui::Ui, search: &mut String, t: &Translator) {
    let label = ui.label(tr!(t, "arrivals-search"));
    ui.horizontal(|ui| {
        let clear = !search.is_empty();
        let width = ui.available_width() - if clear { 60.0 } else { 0.0 };
        ui.add(
            egui::TextEdit::singleline(search)
                .hint_text(tr!(t, "arrivals-search-hint"))
                .desired_width(width.max(80.0)),
        )
        .labelled_by(label.id);
        if clear
            && ui
                .button(tr!(t, "arrivals-search-clear"))
                .on_hover_text(tr!(t, "arrivals-search-clear-hover"))
                .clicked()
        {
            search.clear();
        }
    });
}

/// "2 of 12 arrivals match" / "No arrival matches".
fn found_words(found: usize, all: usize, t: &Translator) -> String {
    tr!(t, "arrivals-found", found = found, all = all)
}

/// The height taken by a card not yet drawn (a typical one: heading and room line).
const CARD_HEIGHT_GUESS: f32 = 90.0;

/// Draws the card when it is in view; out of view it only takes its height (as
/// last drawn). A list growing below the fold then adds no widgets, and egui
/// paints twice more for every widget it has not seen before.
fn arrival_row_if_visible(
    ui: &mut egui::Ui,
    arrival: &Arrival<'_>,
    ctx: &ArrivalsCtx<'_>,
    actions: &mut Vec<Action>,
) {
    let height_id = ui.scope_id().with(("arrival card height", arrival.id));
    let height = ui
        .data(|data| data.get_temp::<f32>(height_id))
        .unwrap_or(CARD_HEIGHT_GUESS);
    let width = ui.available_width();
    let space = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
    if !ui.is_rect_visible(space) {
        ui.allocate_space(egui::vec2(width, height));
        return;
    }
    let top = ui.cursor().min.y;
    arrival_row(ui, arrival, ctx, actions);
    let drawn = ui.cursor().min.y - top;
    ui.data_mut(|data| data.insert_temp(height_id, drawn));
}

fn arrival_row(
    ui: &mut egui::Ui,
    arrival: &Arrival<'_>,
    ctx: &ArrivalsCtx<'_>,
    actions: &mut Vec<Action>,
) {
    let t = ctx.t;
    let selected = arrival.room_id.is_some() && arrival.room_id == ctx.selected_room;
    let time = arrival.arrival_utc.map_or_else(
        || "--:--".to_owned(),
        |at| t.time(ctx.clock, at, Pattern::Time),
    );
    let title = format!(
        "{} · {time} · {}",
        arrival.display_number(),
        t.words().readiness(arrival.readiness)
    );
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        guest_line(ui, arrival, t);
        let heading = egui::RichText::new(&title).strong();
        let heading = match arrival.readiness {
            Readiness::NoRoom => heading.color(ui.visuals().warn_fg_color),
            Readiness::Arrived => heading.weak(),
            Readiness::Ready | Readiness::NotReady => heading,
        };
        let response = ui.selectable_label(selected, heading).on_hover_text(
            arrival
                .arrival_utc
                .map(|at| tr!(t, "arrivals-arrival-at", at = utc_text(at)))
                .unwrap_or_else(|| tr!(t, "arrivals-arrival-unknown")),
        );
        if response.clicked()
            && let Some(room) = arrival.room_id
        {
            actions.push(Action::SelectRoom(Some(room.to_owned())));
        }
        response.context_menu(|ui| {
            if ui.button(tr!(t, "copy-reservation-number")).clicked() {
                actions.push(Action::Copy {
                    text: arrival.display_number().to_owned(),
                    what: Copied::ReservationNumber,
                });
                ui.close();
            }
            if ui.button(tr!(t, "copy-ticket-line")).clicked() {
                actions.push(Action::Copy {
                    text: ticket_line(arrival, ctx.clock),
                    what: Copied::TicketLine,
                });
                ui.close();
            }
        });
        room_line(ui, arrival, ctx);
        waiting_line(ui, arrival, ctx, actions);
    });
}

/// The guest's name (or why it is missing) and VIP mark, first on the card.
fn guest_line(ui: &mut egui::Ui, arrival: &Arrival<'_>, t: &Translator) {
    let line = guest::name_line(arrival.guest, t);
    if line == guest::NameLine::Nothing {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        guest::name_ui(ui, &line, t);
        guest::vip_ui(ui, arrival.guest, t);
    });
}

/// Whether the guest waits at the desk, and the one click that says so (not
/// for a guest already in): "Guest is waiting" / "Not waiting".
fn waiting_line(
    ui: &mut egui::Ui,
    arrival: &Arrival<'_>,
    ctx: &ArrivalsCtx<'_>,
    actions: &mut Vec<Action>,
) {
    if arrival.readiness == Readiness::Arrived {
        return;
    }
    let t = ctx.t;
    ui.horizontal_wrapped(|ui| {
        let in_mews = arrival.guest.waiting_in_mews();
        if let Some(since) = arrival.waiting_since {
            let (words, hover) = if in_mews {
                (tr!(t, "waiting-in-mews"), tr!(t, "waiting-in-mews-hover"))
            } else {
                (tr!(t, "waiting-at-desk"), tr!(t, "waiting-at-desk-hover"))
            };
            ui.label(format!("{} {words}", style::WAITING_MARK))
                .on_hover_text(hover);
            ui.label(waiting::waited_for(since, ctx.clock, ctx.now, t));
        }
        if in_mews {
            return;
        }
        let (words, hover) = if arrival.queued {
            (tr!(t, "waiting-stop"), tr!(t, "waiting-stop-hover"))
        } else {
            (tr!(t, "waiting-start"), tr!(t, "waiting-start-hover"))
        };
        if ui.button(words).on_hover_text(hover).clicked() {
            actions.push(Action::SetWaiting {
                reservation_id: arrival.id.to_owned(),
                waiting: !arrival.queued,
            });
        }
    });
}

/// The room: a chip in the state's colour with its name and state, and the time in that state.
fn room_line(ui: &mut egui::Ui, arrival: &Arrival<'_>, ctx: &ArrivalsCtx<'_>) {
    let t = ctx.t;
    ui.horizontal_wrapped(|ui| {
        let Some(name) = arrival.room_name() else {
            let warn = ui.visuals().warn_fg_color;
            ui.label(egui::RichText::new(no_room(t)).color(warn));
            return;
        };
        let state = arrival.room.and_then(|room| room.state.as_ref());
        let (fill, text) = style::room_colours(state);
        let words = t.words().resource_state_or_unknown(state);
        let chip = format!("{} · {} {words}", t.room(name), style::room_mark(state));
        egui::Frame::new()
            .fill(fill)
            .inner_margin(egui::Margin::symmetric(6, 2))
            .show(ui, |ui| {
                ui.label(egui::RichText::new(chip).color(text));
            });
        if let Some(since) = arrival.room.and_then(|room| room.since) {
            // Whole, on the next line when it does not fit ("6 h 58 min", never "6" then "h 58 min").
            let time =
                egui::Label::new(t.since(since, ctx.now)).wrap_mode(egui::TextWrapMode::Extend);
            ui.add(time)
                .on_hover_text(tr!(t, "arrivals-state-since", at = ctx.clock.full(since)));
        }
        if arrival.changed_offline {
            ui.label(tr!(t, "arrivals-changed-offline"));
        }
    });
}

/// "Reservation 1234 · arrival 2026-12-01 14:30:00 CET · room 101 Inspected · Ready · id …".
pub(crate) fn ticket_line(arrival: &Arrival<'_>, clock: &HotelClock) -> String {
    let mut parts = vec![format!("Reservation {}", arrival.display_number())];
    if let Some(at) = arrival.arrival_utc {
        parts.push(format!("arrival {}", clock.full(at)));
    }
    match (
        arrival.room_name(),
        arrival.room.and_then(|room| room.state.as_ref()),
    ) {
        (Some(name), Some(state)) => parts.push(format!("room {name} {}", state.as_wire())),
        (Some(name), None) => parts.push(format!("room {name}")),
        (None, _) => parts.push("no room assigned".to_owned()),
    }
    parts.push(arrival.readiness.label().to_owned());
    parts.push(format!("id {}", arrival.id));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn found_arrivals_are_counted_as_before_in_english_and_with_czech_plurals() {
        let english = Translator::default();
        assert_eq!(found_words(0, 12, &english), "No arrival matches");
        assert_eq!(found_words(1, 1, &english), "1 of 1 arrivals match");
        assert_eq!(found_words(2, 12, &english), "2 of 12 arrivals match");
        let czech = Translator::new(Language::Czech);
        assert_eq!(found_words(0, 5, &czech), "Žádný příjezd neodpovídá");
        assert_eq!(found_words(1, 5, &czech), "Odpovídá 1 příjezd z 5");
        assert_eq!(found_words(3, 5, &czech), "Odpovídají 3 příjezdy z 5");
        assert_eq!(found_words(5, 5, &czech), "Odpovídá 5 příjezdů z 5");
    }

    #[test]
    fn a_room_is_called_as_the_core_calls_it_in_english() {
        let english = Translator::default();
        for name in ["101", "Room 7", "ROOM 8", "Roomy", ""] {
            assert_eq!(english.room(name), monitor_core::store::room_called(name));
        }
        assert_eq!(no_room(&english), "⚠ No room assigned");
        let czech = Translator::new(Language::Czech);
        assert_eq!(czech.room("101"), "Pokoj 101");
        assert_eq!(no_room(&czech), "⚠ Není přidělen pokoj");
    }
}
