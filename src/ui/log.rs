//! The event log: every event in receive order, following the newest or
//! paused (it never moves while someone reads), filtered by type, state and
//! text, with a detail view of the event's full JSON.

use chrono::{DateTime, Utc};

use monitor_core::protocol::{CommandState, EventKind, ReservationState, ResourceState};
use monitor_core::store::clock::utc_text;
use monitor_core::store::{
    EventLog, LogEntry, LogFilter, LogSelection, LogView, Pick, Store, ticket,
};

use super::action::Action;
use super::copy::copy_menu;
use super::status_bar::thousands;
use super::view::View;

const ROW_HEIGHT: f32 = 22.0;
const HEADER_HEIGHT: f32 = 24.0;

/// The log tab's view state: the filtered rows, following or paused, the selection.
#[derive(Debug)]
pub(crate) struct LogTab {
    /// The rows the filter lets through (refreshed a slice per frame).
    view: LogView,
    /// Keep the newest event in view.
    follow: bool,
    /// The height of the table's scrolled part when last drawn (0 before).
    body_height: f32,
    /// The selected rows.
    selection: LogSelection,
}

impl Default for LogTab {
    fn default() -> Self {
        LogTab {
            view: LogView::default(),
            follow: true,
            body_height: 0.0,
            selection: LogSelection::default(),
        }
    }
}

/// What the user did on the log tab in one frame; applied after drawing.
#[derive(Clone, Copy, Debug)]
struct LogInput {
    /// The "Follow newest" switch as left.
    follow: bool,
    /// Scrolled up over the table, or its scroll bar dragged (pauses following).
    scrolled_up: bool,
    /// A row clicked, and how.
    clicked: Option<(u64, Pick)>,
    /// The height of the table's scrolled part this frame.
    body_height: f32,
}

impl LogTab {
    /// The rows shown, as filtered.
    pub(crate) fn view(&self) -> &LogView {
        &self.view
    }

    /// The selected rows.
    pub(crate) fn selection(&self) -> &LogSelection {
        &self.selection
    }

    /// Unselects every row.
    pub(crate) fn clear_selection(&mut self) {
        self.selection.clear();
    }

    /// Checks up to `budget` entries against `filter`; false while more remain.
    pub(crate) fn refresh(&mut self, filter: &LogFilter, store: &Store, budget: usize) -> bool {
        self.view.refresh(filter, store, budget)
    }

    fn take(&mut self, input: LogInput, log: &EventLog) {
        self.body_height = input.body_height;
        self.follow = input.follow && !input.scrolled_up;
        if let Some((seq, pick)) = input.clicked {
            self.selection.click(seq, pick, &self.view, log);
            self.follow = false;
        }
    }
}

/// Draws the log tab, then applies what the user did to `tab`.
pub(crate) fn log_ui(
    ui: &mut egui::Ui,
    tab: &mut LogTab,
    filter: &mut LogFilter,
    view: &View<'_>,
    resync: Option<&(DateTime<Utc>, String)>,
    actions: &mut Vec<Action>,
) {
    let input = draw_log(ui, tab, filter, view, resync, actions);
    tab.take(input, &view.store.log);
}

fn draw_log(
    ui: &mut egui::Ui,
    tab: &LogTab,
    filter: &mut LogFilter,
    view: &View<'_>,
    resync: Option<&(DateTime<Utc>, String)>,
    actions: &mut Vec<Action>,
) -> LogInput {
    let mut follow = tab.follow;
    ui.horizontal(|ui| {
        if filters_ui(ui, filter, &mut follow) {
            actions.push(Action::SettingsEdited);
        }
        if ui
            .button("Export…")
            .on_hover_text("Save the events shown to CSV or JSON Lines")
            .clicked()
        {
            actions.push(Action::OpenExport);
        }
    });
    let store = view.store;
    let rows = tab.view.len(&store.log);
    summary_ui(ui, store, filter, rows, view, resync);
    ui.separator();
    if let Some(entry) = tab
        .selection
        .focused()
        .and_then(|seq| store.log.by_seq(seq))
    {
        egui::Panel::right("event-detail")
            .frame(super::panels::edge(ui.style()))
            .resizable(true)
            .default_size(380.0)
            .show(ui, |ui| detail_ui(ui, entry, view, actions));
    }
    let scrolled_up = ui.rect_contains_pointer(ui.max_rect())
        && ui.input(|input| input.smooth_scroll_delta.y > 0.0);
    let following = follow && !scrolled_up;
    let table = table_ui(ui, tab, view, following, actions);
    LogInput {
        follow,
        scrolled_up: scrolled_up || table.scrolled_away,
        clicked: table.clicked,
        body_height: table.body_height,
    }
}

/// "120 events shown of 4,000 · …" and the last resync.
fn summary_ui(
    ui: &mut egui::Ui,
    store: &Store,
    filter: &LogFilter,
    rows: usize,
    view: &View<'_>,
    resync: Option<&(DateTime<Utc>, String)>,
) {
    let mut summary = format!("{} events shown", thousands(rows as u64));
    if !filter.is_empty() {
        summary.push_str(&format!(" of {}", thousands(store.log.len() as u64)));
    }
    if store.log.dropped() > 0 {
        summary.push_str(&format!(
            " · {} older events no longer kept here (still in history)",
            thousands(store.log.dropped())
        ));
    }
    ui.label(summary);
    if let Some((at, resync)) = resync {
        ui.label(format!("Resync at {}: {resync}", view.clock.time(*at)))
            .on_hover_text("After every connect the rooms are reloaded from Mews; rooms whose state changed meanwhile are marked on the board and in the rooms table.");
    }
}

/// What the table saw in one frame.
struct TableOutput {
    /// The row clicked, with how.
    clicked: Option<(u64, Pick)>,
    /// The scroll bar was moved away from the newest row while following.
    scrolled_away: bool,
    /// The height of the scrolled part.
    body_height: f32,
}

/// The table of events.
fn table_ui(
    ui: &mut egui::Ui,
    tab: &LogTab,
    view: &View<'_>,
    following: bool,
    actions: &mut Vec<Action>,
) -> TableOutput {
    let store = view.store;
    let rows = tab.view.len(&store.log);
    // Rows take clicks (select, context menu); their text is copied through the menu.
    ui.style_mut().interaction.selectable_labels = false;
    // No spring past the edge: placing the newest row at the bottom goes past the
    // previous frame's edge, and a spring back would animate at 60 Hz.
    ui.spacing_mut().scroll.kinetic.rubber_band = false;
    // The newest row is placed at the bottom before the rows are laid out, so a new
    // event is drawn in the frame that brings it. (`stick_to_bottom` alone lags a
    // frame behind, and scrolling to a row makes egui paint two frames more.)
    let spacing = ui.spacing().item_spacing.y;
    let body_height = if tab.body_height > 0.0 {
        tab.body_height
    } else {
        ui.available_height() - HEADER_HEIGHT - spacing
    };
    let mut builder = table_builder(ui, following);
    if following {
        builder = builder.vertical_scroll_offset(newest_at_bottom(rows, spacing, body_height));
    }
    let mut clicked = None;
    let scrolled = builder
        .header(HEADER_HEIGHT, |mut header| {
            for title in ["Seq", "Received", "Type", "State", "Names", "Id"] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, rows, |mut row| {
                let Some(entry) = tab.view.entry(row.index(), &store.log) else {
                    return;
                };
                row.set_selected(tab.selection.contains(entry.seq));
                if row_ui(&mut row, entry, view, actions) {
                    clicked = Some(entry.seq);
                }
            });
        });
    let body_height = scrolled.inner_rect.height();
    let bottom = scrolled.content_size.y - body_height;
    TableOutput {
        clicked: clicked.map(|seq| (seq, pick(ui))),
        scrolled_away: following && scrolled.state.clamped_offset().y < bottom - 1.0,
        body_height,
    }
}

/// How a click picks rows: Shift extends the range, Ctrl (Cmd) toggles one row.
fn pick(ui: &egui::Ui) -> Pick {
    let modifiers = ui.input(|input| input.modifiers);
    if modifiers.shift {
        Pick::Range
    } else if modifiers.command {
        Pick::Toggle
    } else {
        Pick::Only
    }
}

/// The scroll offset that puts the last of `rows` at the bottom of a table body
/// `body_height` high, rows `ROW_HEIGHT` high with `spacing` between them.
fn newest_at_bottom(rows: usize, spacing: f32, body_height: f32) -> f32 {
    let content = rows as f32 * (ROW_HEIGHT + spacing) - spacing;
    (content - body_height).max(0.0)
}

/// The table's six columns, sticking to the newest row while `following`.
fn table_builder(ui: &mut egui::Ui, following: bool) -> egui_extras::TableBuilder<'_> {
    egui_extras::TableBuilder::new(ui)
        .id_salt("event-log")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .auto_shrink([false, false])
        .stick_to_bottom(following)
        // Always there: a scroll bar appearing when the rows first overflow makes egui paint twice more.
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
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
        .column(egui_extras::Column::remainder().at_least(80.0).clip(true))
}

/// One event's row with its copy menu; true when it was clicked.
fn row_ui(
    row: &mut egui_extras::TableRow<'_, '_>,
    entry: &LogEntry,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) -> bool {
    let (store, clock) = (view.store, view.clock);
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
        ui.label(names(entry, store));
    });
    row.col(|ui| {
        ui.monospace(entry.event.id().unwrap_or(""));
    });
    let response = row.response();
    response.context_menu(|ui| {
        copy_menu(
            ui,
            entry.event.id().unwrap_or(""),
            || ticket::for_entry(entry, store).line(clock),
            actions,
        )
    });
    response.clicked()
}

/// Names for the event's ids, e.g. "resource 101 · floor 1".
fn names(entry: &LogEntry, store: &Store) -> String {
    store
        .labels
        .for_event(&entry.event, &store.rooms)
        .into_iter()
        .map(|(label, value)| format!("{label} {value}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The filters above the log; true when the user changed one.
fn filters_ui(ui: &mut egui::Ui, filter: &mut LogFilter, follow: &mut bool) -> bool {
    let mut edited = false;
    ui.horizontal_wrapped(|ui| {
        let kind_text = filter.kind.map_or("All types", EventKind::label);
        egui::ComboBox::from_label("Type")
            .selected_text(kind_text)
            .show_ui(ui, |ui| {
                let mut picked = ui
                    .selectable_value(&mut filter.kind, None, "All types")
                    .changed();
                for kind in EventKind::ALL {
                    picked |= ui
                        .selectable_value(&mut filter.kind, Some(kind), kind.label())
                        .changed();
                }
                if picked {
                    filter.state = None;
                    edited = true;
                }
            });
        let states = states_of(filter.kind);
        if !states.is_empty() {
            egui::ComboBox::from_label("State")
                .selected_text(filter.state.as_deref().unwrap_or("All states"))
                .show_ui(ui, |ui| {
                    edited |= ui
                        .selectable_value(&mut filter.state, None, "All states")
                        .changed();
                    for state in states {
                        edited |= ui
                            .selectable_value(&mut filter.state, Some(state.to_owned()), state)
                            .changed();
                    }
                });
        }
        let label = ui.label("Search events");
        edited |= ui
            .add(
                egui::TextEdit::singleline(&mut filter.text)
                    .hint_text("id, room, reservation…")
                    .desired_width(200.0),
            )
            .labelled_by(label.id)
            .changed();
        if !filter.is_empty() && ui.button("Show all events").clicked() {
            *filter = LogFilter::default();
            edited = true;
        }
        ui.separator();
        ui.checkbox(follow, "Follow newest").on_hover_text(
            "Keep the newest event in view. Selecting a row or scrolling up pauses it.",
        );
    });
    edited
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

fn detail_ui(ui: &mut egui::Ui, entry: &LogEntry, view: &View<'_>, actions: &mut Vec<Action>) {
    let (store, clock) = (view.store, view.clock);
    ui.horizontal(|ui| {
        ui.heading(format!("Event {}", entry.seq));
        if ui.button("Close").clicked() {
            actions.push(Action::ClearEventSelection);
        }
    });
    ui.label(format!("Received {}", clock.full(entry.received)))
        .on_hover_text(utc_text(entry.received));
    let names = names(entry, store);
    if !names.is_empty() {
        ui.label(names);
    }
    ui.horizontal(|ui| {
        copy_menu(
            ui,
            entry.event.id().unwrap_or(""),
            || ticket::for_entry(entry, store).line(clock),
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
