//! The Arrivals panel, kept open beside the board: the guests waiting at the
//! desk first, then a search and today's arrivals, ready ones first, each with
//! the guest's name and VIP mark and the room's state in colour and words.
//!
//! Draws from the store's arrivals view and returns actions: select the room
//! on the board, copy the reservation number or a ticket line, put a guest on
//! the desk's waiting queue or take them off.

use chrono::{DateTime, Utc};

use monitor_core::store::clock::{elapsed_minutes, utc_text};
use monitor_core::store::{Arrival, HotelClock, Readiness, folded, room_called};

use super::action::Action;
use super::{guest, style, waiting};

/// Said on the card of a guest Mews classifies as waiting (no button needed).
pub const MEWS_WAITING: &str = "Waiting (set in Mews)";

/// Said where an arrival's room would be, while none is assigned.
pub(crate) const NO_ROOM: &str = "⚠ No room assigned";

/// The search box's label (and accessible name).
pub const SEARCH_LABEL: &str = "Find a guest or reservation";

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
}

/// Draws the panel's contents; `search` is what the desk typed in its search box.
pub(crate) fn arrivals_ui(
    ui: &mut egui::Ui,
    ctx: &ArrivalsCtx<'_>,
    search: &mut String,
    actions: &mut Vec<Action>,
) {
    ui.heading("Arrivals");
    let Some(date) = ctx.date else {
        ui.label("Today's arrivals appear here once they are loaded from Mews.");
        return;
    };
    ui.label(format!(
        "Today at the hotel: {}",
        date.format("%a %d %b %Y")
    ));
    if ctx.arrivals.is_empty() {
        ui.label("No arrivals today.");
        return;
    }
    let waiting = waiting::waiting(ctx.arrivals);
    waiting::waiting_ui(ui, &waiting, ctx.clock, ctx.now, actions);
    search_ui(ui, search);
    let query = folded(search.trim());
    let shown: Vec<&Arrival<'_>> = ctx
        .arrivals
        .iter()
        .filter(|arrival| arrival.matches(&query))
        .collect();
    if !query.is_empty() {
        ui.label(found_words(shown.len(), ctx.arrivals.len()));
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
fn search_ui(ui: &mut egui::Ui, search: &mut String) {
    let label = ui.label(SEARCH_LABEL);
    ui.horizontal(|ui| {
        let clear = !search.is_empty();
        let width = ui.available_width() - if clear { 60.0 } else { 0.0 };
        ui.add(
            egui::TextEdit::singleline(search)
                .hint_text("name or number")
                .desired_width(width.max(80.0)),
        )
        .labelled_by(label.id);
        if clear
            && ui
                .button("Clear")
                .on_hover_text("Show every arrival")
                .clicked()
        {
            search.clear();
        }
    });
}

/// "2 of 12 arrivals match" / "No arrival matches".
fn found_words(found: usize, all: usize) -> String {
    match found {
        0 => "No arrival matches".to_owned(),
        _ => format!("{found} of {all} arrivals match"),
    }
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
    let selected = arrival.room_id.is_some() && arrival.room_id == ctx.selected_room;
    let time = arrival
        .arrival_utc
        .map_or_else(|| "--:--".to_owned(), |at| ctx.clock.format(at, "%H:%M"));
    let title = format!(
        "{} · {time} · {}",
        arrival.display_number(),
        arrival.readiness.label()
    );
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        guest_line(ui, arrival);
        let heading = egui::RichText::new(&title).strong();
        let heading = match arrival.readiness {
            Readiness::NoRoom => heading.color(ui.visuals().warn_fg_color),
            Readiness::Arrived => heading.weak(),
            Readiness::Ready | Readiness::NotReady => heading,
        };
        let response = ui.selectable_label(selected, heading).on_hover_text(
            arrival
                .arrival_utc
                .map(|at| format!("Arrival {}", utc_text(at)))
                .unwrap_or_else(|| "Arrival time not known".to_owned()),
        );
        if response.clicked()
            && let Some(room) = arrival.room_id
        {
            actions.push(Action::SelectRoom(Some(room.to_owned())));
        }
        response.context_menu(|ui| {
            if ui.button("Copy reservation number").clicked() {
                actions.push(Action::Copy {
                    text: arrival.display_number().to_owned(),
                    what: "reservation number",
                });
                ui.close();
            }
            if ui.button("Copy ticket line").clicked() {
                actions.push(Action::Copy {
                    text: ticket_line(arrival, ctx.clock),
                    what: "ticket line",
                });
                ui.close();
            }
        });
        room_line(ui, arrival, ctx);
        waiting_line(ui, arrival, ctx, actions);
    });
}

/// The guest's name (or why it is missing) and VIP mark, first on the card.
fn guest_line(ui: &mut egui::Ui, arrival: &Arrival<'_>) {
    let line = guest::name_line(arrival.guest);
    if line == guest::NameLine::Nothing {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        guest::name_ui(ui, &line);
        guest::vip_ui(ui, arrival.guest);
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
    ui.horizontal_wrapped(|ui| {
        let in_mews = arrival.guest.waiting_in_mews();
        if let Some(since) = arrival.waiting_since {
            let words = if in_mews { MEWS_WAITING } else { "Waiting" };
            ui.label(format!("{} {words}", style::WAITING_MARK))
                .on_hover_text(if in_mews {
                    "Mews classifies this guest as waiting for a room"
                } else {
                    "Put on the waiting list at this desk"
                });
            ui.label(waiting::waited_for(since, ctx.clock, ctx.now));
        }
        if in_mews {
            return;
        }
        let (words, hover) = if arrival.queued {
            ("Not waiting", "Take the guest off the waiting list")
        } else {
            (
                "Guest is waiting",
                "The guest is at the desk: list them under Waiting until their room is ready",
            )
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
    ui.horizontal_wrapped(|ui| {
        let Some(name) = arrival.room_name() else {
            let warn = ui.visuals().warn_fg_color;
            ui.label(egui::RichText::new(NO_ROOM).color(warn));
            return;
        };
        let state = arrival.room.and_then(|room| room.state.as_ref());
        let (fill, text) = style::room_colours(state);
        let words = state.map_or("state not known", |state| state.label());
        let chip = format!(
            "{} · {} {words}",
            room_called(name),
            style::room_mark(state)
        );
        egui::Frame::new()
            .fill(fill)
            .inner_margin(egui::Margin::symmetric(6, 2))
            .show(ui, |ui| {
                ui.label(egui::RichText::new(chip).color(text));
            });
        if let Some(since) = arrival.room.and_then(|room| room.since) {
            // Whole, on the next line when it does not fit ("6 h 58 min", never "6" then "h 58 min").
            let time = egui::Label::new(elapsed_minutes(since, ctx.now))
                .wrap_mode(egui::TextWrapMode::Extend);
            ui.add(time)
                .on_hover_text(format!("In this state since {}", ctx.clock.full(since)));
        }
        if arrival.changed_offline {
            ui.label("(changed while offline)");
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
