//! The Arrivals panel, kept open beside the board: today's arrivals, ready
//! ones first, each with its room's state in colour and words.
//!
//! Draws from the store's arrivals view and returns actions: select the room
//! on the board, copy the reservation number or a ticket line.

use chrono::{DateTime, Utc};

use monitor_core::store::clock::{elapsed_minutes, utc_text};
use monitor_core::store::{Arrival, HotelClock, Readiness};

use super::action::Action;
use super::style;

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

/// Draws the panel's contents.
pub(crate) fn arrivals_ui(ui: &mut egui::Ui, ctx: &ArrivalsCtx<'_>, actions: &mut Vec<Action>) {
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
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for arrival in ctx.arrivals {
                arrival_row_if_visible(ui, arrival, ctx, actions);
            }
        });
}

/// The height taken by a card not yet drawn (a typical one: heading and room line).
const CARD_HEIGHT_GUESS: f32 = 60.0;

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
    });
}

/// The room: a chip in the state's colour with its name and state, and the time in that state.
fn room_line(ui: &mut egui::Ui, arrival: &Arrival<'_>, ctx: &ArrivalsCtx<'_>) {
    ui.horizontal_wrapped(|ui| {
        let Some(name) = arrival.room_name() else {
            let warn = ui.visuals().warn_fg_color;
            ui.label(egui::RichText::new("⚠ No room assigned").color(warn));
            return;
        };
        let state = arrival.room.and_then(|room| room.state.as_ref());
        let (fill, text) = style::room_colours(state);
        let words = state.map_or("state not known", |state| state.label());
        let chip = format!("Room {name} · {} {words}", style::room_mark(state));
        egui::Frame::new()
            .fill(fill)
            .inner_margin(egui::Margin::symmetric(6, 2))
            .show(ui, |ui| {
                ui.label(egui::RichText::new(chip).color(text));
            });
        if let Some(since) = arrival.room.and_then(|room| room.since) {
            ui.label(elapsed_minutes(since, ctx.now))
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
