//! The event log: every event in receive order, following the newest or
//! paused (it never moves while someone reads), filtered by type, state and
//! text, with a detail view of the event's full JSON.

use crate::protocol::{CommandState, EventKind, ReservationState, ResourceState};
use crate::store::clock::utc_text;
use crate::store::{LogEntry, LogFilter, Pick, ticket};

use super::app::{Action, App};
use super::copy::copy_menu;
use super::status_bar::thousands;

const ROW_HEIGHT: f32 = 22.0;

/// Draws the log tab.
pub fn log_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Vec<Action>) {
    let was_following = app.log_follow;
    ui.horizontal(|ui| {
        filters_ui(ui, &mut app.settings.log, &mut app.log_follow);
        if ui
            .button("Export…")
            .on_hover_text("Save the events shown to CSV or JSON Lines")
            .clicked()
        {
            app.export.show();
        }
    });
    if app.log_follow && !was_following {
        app.log_rows_seen = usize::MAX;
    }
    let store = &app.session.store;
    let clock = app.clock();
    let rows = app.log_view.len(&store.log);
    let mut summary = format!("{} events shown", thousands(rows as u64));
    if !app.settings.log.is_empty() {
        summary.push_str(&format!(" of {}", thousands(store.log.len() as u64)));
    }
    if store.log.dropped() > 0 {
        summary.push_str(&format!(
            " · {} older events no longer kept here (still in history)",
            thousands(store.log.dropped())
        ));
    }
    ui.label(summary);
    if let Some((at, resync)) = &app.session.last_resync {
        ui.label(format!("Resync at {}: {resync}", clock.time(*at)))
            .on_hover_text("After every connect the rooms are reloaded from Mews; rooms whose state changed meanwhile are marked on the board and in the rooms table.");
    }
    ui.separator();
    if let Some(entry) = app
        .log_selection
        .focused()
        .and_then(|seq| store.log.by_seq(seq))
    {
        egui::Panel::right("event-detail")
            .resizable(true)
            .default_size(380.0)
            .show(ui, |ui| detail_ui(ui, entry, app, actions));
    }
    let store = &app.session.store;
    if ui.rect_contains_pointer(ui.max_rect())
        && ui.input(|input| input.smooth_scroll_delta.y > 0.0)
    {
        app.log_follow = false;
    }
    // Rows take clicks (select, context menu); their text is copied through the menu.
    ui.style_mut().interaction.selectable_labels = false;
    // Following the newest jumps in one step: an animated scroll would paint at 60 Hz
    // for every new event.
    ui.style_mut().scroll_animation = egui::style::ScrollAnimation::none();
    let mut builder = egui_extras::TableBuilder::new(ui)
        .id_salt("event-log")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .auto_shrink([false, false])
        .stick_to_bottom(app.log_follow)
        .column(egui_extras::Column::initial(80.0).at_least(50.0))
        .column(egui_extras::Column::initial(80.0).at_least(60.0))
        .column(
            egui_extras::Column::initial(120.0)
                .at_least(60.0)
                .clip(true),
        )
        .column(
            egui_extras::Column::initial(100.0)
                .at_least(50.0)
                .clip(true),
        )
        .column(
            egui_extras::Column::initial(200.0)
                .at_least(60.0)
                .clip(true),
        )
        .column(egui_extras::Column::remainder().at_least(80.0).clip(true));
    // Scrolled to the newest whenever rows arrive: `stick_to_bottom` alone lags a
    // frame behind. egui repaints twice more to finish a scroll, so on this tab a
    // paced repaint costs up to three frames (see the repaint bench).
    if app.log_follow && rows > 0 && rows != app.log_rows_seen {
        builder = builder.scroll_to_row(rows - 1, Some(egui::Align::BOTTOM));
    }
    app.log_rows_seen = rows;
    let mut clicked = None;
    builder
        .header(24.0, |mut header| {
            for title in ["Seq", "Received", "Type", "State", "Names", "Id"] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, rows, |mut row| {
                let Some(entry) = app.log_view.entry(row.index(), &store.log) else {
                    return;
                };
                row.set_selected(app.log_selection.contains(entry.seq));
                row.col(|ui| {
                    ui.monospace(entry.seq.to_string());
                });
                row.col(|ui| {
                    ui.label(clock.time(entry.received))
                        .on_hover_text(utc_text(entry.received));
                });
                row.col(|ui| {
                    ui.label(entry.event.type_name());
                });
                row.col(|ui| {
                    ui.label(entry.event.state_label().unwrap_or(""));
                });
                row.col(|ui| {
                    ui.label(names(entry, app));
                });
                row.col(|ui| {
                    ui.monospace(entry.event.id().unwrap_or(""));
                });
                let response = row.response();
                if response.clicked() {
                    clicked = Some(entry.seq);
                }
                response.context_menu(|ui| {
                    copy_menu(
                        ui,
                        entry.event.id().unwrap_or(""),
                        || ticket::for_entry(entry, store).line(&clock),
                        actions,
                    )
                });
            });
        });
    if let Some(seq) = clicked {
        let modifiers = ui.input(|input| input.modifiers);
        let pick = if modifiers.shift {
            Pick::Range
        } else if modifiers.command {
            Pick::Toggle
        } else {
            Pick::Only
        };
        let store = &app.session.store;
        app.log_selection
            .click(seq, pick, &app.log_view, &store.log);
        app.log_follow = false;
    }
}

/// Names for the event's ids, e.g. "resource 101 · floor 1".
fn names(entry: &LogEntry, app: &App) -> String {
    let store = &app.session.store;
    store
        .labels
        .for_event(&entry.event, &store.rooms)
        .into_iter()
        .map(|(label, value)| format!("{label} {value}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn filters_ui(ui: &mut egui::Ui, filter: &mut LogFilter, follow: &mut bool) {
    ui.horizontal_wrapped(|ui| {
        let kind_text = filter.kind.map_or("All types", EventKind::label);
        egui::ComboBox::from_label("Type")
            .selected_text(kind_text)
            .show_ui(ui, |ui| {
                let before = filter.kind;
                ui.selectable_value(&mut filter.kind, None, "All types");
                for kind in EventKind::ALL {
                    ui.selectable_value(&mut filter.kind, Some(kind), kind.label());
                }
                if filter.kind != before {
                    filter.state = None;
                }
            });
        let states = states_of(filter.kind);
        if !states.is_empty() {
            egui::ComboBox::from_label("State")
                .selected_text(filter.state.as_deref().unwrap_or("All states"))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filter.state, None, "All states");
                    for state in states {
                        ui.selectable_value(&mut filter.state, Some(state.to_owned()), state);
                    }
                });
        }
        let label = ui.label("Search events");
        ui.add(
            egui::TextEdit::singleline(&mut filter.text)
                .hint_text("id, room, reservation…")
                .desired_width(200.0),
        )
        .labelled_by(label.id);
        if !filter.is_empty() && ui.button("Show all events").clicked() {
            *filter = LogFilter::default();
        }
        ui.separator();
        ui.checkbox(follow, "Follow newest").on_hover_text(
            "Keep the newest event in view. Selecting a row or scrolling up pauses it.",
        );
    });
}

/// The states (in staff words) events of `kind` can have.
fn states_of(kind: Option<EventKind>) -> Vec<&'static str> {
    match kind {
        Some(EventKind::Resource) => ResourceState::KNOWN.iter().map(|s| s.label()).collect(),
        Some(EventKind::Reservation) => ReservationState::KNOWN.iter().map(|s| s.label()).collect(),
        Some(EventKind::DeviceCommand) => CommandState::KNOWN.iter().map(|s| s.label()).collect(),
        _ => Vec::new(),
    }
}

fn detail_ui(ui: &mut egui::Ui, entry: &LogEntry, app: &App, actions: &mut Vec<Action>) {
    let store = &app.session.store;
    let clock = app.clock();
    ui.horizontal(|ui| {
        ui.heading(format!("Event {}", entry.seq));
        if ui.button("Close").clicked() {
            actions.push(Action::ClearEventSelection);
        }
    });
    ui.label(format!("Received {}", clock.full(entry.received)))
        .on_hover_text(utc_text(entry.received));
    let names = names(entry, app);
    if !names.is_empty() {
        ui.label(names);
    }
    ui.horizontal(|ui| {
        copy_menu(
            ui,
            entry.event.id().unwrap_or(""),
            || ticket::for_entry(entry, store).line(&clock),
            actions,
        )
    });
    ui.separator();
    let caption = ui.label("As Mews sent it (fields the monitor does not use included):");
    let mut pretty = serde_json::from_str::<serde_json::Value>(&entry.event.raw)
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or_else(|_| entry.event.raw.to_string());
    egui::ScrollArea::both().show(ui, |ui| {
        ui.add(
            egui::TextEdit::multiline(&mut pretty)
                .code_editor()
                .interactive(true)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(caption.id);
    });
}
