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
use super::view::View;
use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;
use monitor_engine::session::Summary;

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
    resync: Option<&(DateTime<Utc>, Vec<Summary>)>,
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
    resync: Option<&(DateTime<Utc>, Vec<Summary>)>,
    actions: &mut Vec<Action>,
) -> LogInput {
    let mut follow = tab.follow;
    let t = view.t;
    ui.horizontal(|ui| {
        if filters_ui(ui, filter, &mut follow, t) {
            actions.push(Action::SettingsEdited);
        }
        if ui
            .button(tr!(t, "log-export"))
            .on_hover_text(tr!(t, "log-export-hover"))
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
    resync: Option<&(DateTime<Utc>, Vec<Summary>)>,
) {
    let t = view.t;
    let mut summary = if filter.is_empty() {
        tr!(t, "log-shown", count = rows)
    } else {
        tr!(t, "log-shown-of", count = rows, total = store.log.len())
    };
    if store.log.dropped() > 0 {
        summary.push_str(&tr!(t, "log-dropped", count = store.log.dropped()));
    }
    ui.label(summary);
    if let Some((at, resync)) = resync {
        let time = t.time(view.clock, *at, Pattern::TimeSeconds);
        ui.label(tr!(
            t,
            "log-resync",
            time = time,
            resync = t.summaries(resync)
        ))
        .on_hover_text(tr!(t, "log-resync-hover"));
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
    let t = view.t;
    let scrolled = builder
        .header(HEADER_HEIGHT, |mut header| {
            for title in [
                tr!(t, "log-column-seq"),
                tr!(t, "log-column-received"),
                tr!(t, "log-column-type"),
                tr!(t, "log-column-state"),
                tr!(t, "log-column-names"),
                tr!(t, "log-column-id"),
            ] {
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
    let (store, clock, t) = (view.store, view.clock, view.t);
    row.col(|ui| {
        ui.monospace(entry.seq.to_string());
    });
    row.col(|ui| {
        ui.label(t.time(clock, entry.received, Pattern::TimeSeconds))
            .on_hover_text(utc_text(entry.received));
    });
    row.col(|ui| {
        ui.label(entry.event.type_name());
    });
    row.col(|ui| {
        ui.label(t.words().event_state(&entry.event).unwrap_or(""));
    });
    row.col(|ui| {
        ui.label(names(entry, store, t));
    });
    row.col(|ui| {
        ui.monospace(entry.event.id().unwrap_or(""));
    });
    let response = row.response();
    response.context_menu(|ui| {
        copy_menu(
            ui,
            t,
            entry.event.id().unwrap_or(""),
            || ticket::for_entry(entry, store).line(clock),
            actions,
        )
    });
    response.clicked()
}

/// Names for the event's ids, e.g. "resource 101 · floor 1" (the ticket line's field
/// names, in the desk's words).
fn names(entry: &LogEntry, store: &Store, t: &Translator) -> String {
    store
        .labels
        .for_event(&entry.event, &store.rooms)
        .into_iter()
        .map(|(label, value)| {
            let label = match label {
                "resource" => tr!(t, "log-name-resource"),
                "floor" => tr!(t, "log-name-floor"),
                "reservation" => tr!(t, "log-name-reservation"),
                "device" => tr!(t, "log-name-device"),
                other => other.to_owned(),
            };
            format!("{label} {value}")
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The filters above the log; true when the user changed one.
fn filters_ui(
    ui: &mut egui::Ui,
    filter: &mut LogFilter,
    follow: &mut bool,
    t: &Translator,
) -> bool {
    let mut edited = false;
    let words = t.words();
    ui.horizontal_wrapped(|ui| {
        let all_types = tr!(t, "log-all-types");
        let kind_text = filter
            .kind
            .map_or(all_types.clone(), |kind| words.kind(kind).to_owned());
        egui::ComboBox::from_label(tr!(t, "log-filter-type"))
            .selected_text(kind_text)
            .show_ui(ui, |ui| {
                let mut picked = ui
                    .selectable_value(&mut filter.kind, None, all_types)
                    .changed();
                for kind in EventKind::ALL {
                    picked |= ui
                        .selectable_value(&mut filter.kind, Some(kind), words.kind(kind))
                        .changed();
                }
                if picked {
                    filter.state = None;
                    edited = true;
                }
            });
        let states = states_of(filter.kind, t);
        if !states.is_empty() {
            let all_states = tr!(t, "log-all-states");
            let shown = filter
                .state
                .as_deref()
                .and_then(|key| states.iter().find(|(k, _)| *k == key))
                .map_or(all_states.clone(), |(_, words)| words.clone());
            egui::ComboBox::from_label(tr!(t, "log-filter-state"))
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    edited |= ui
                        .selectable_value(&mut filter.state, None, all_states)
                        .changed();
                    for (key, words) in states {
                        edited |= ui
                            .selectable_value(&mut filter.state, Some(key.to_owned()), words)
                            .changed();
                    }
                });
        }
        let label = ui.label(tr!(t, "log-search"));
        edited |= ui
            .add(
                egui::TextEdit::singleline(&mut filter.text)
                    .hint_text(tr!(t, "log-search-hint"))
                    .desired_width(200.0),
            )
            .labelled_by(label.id)
            .changed();
        if !filter.is_empty() && ui.button(tr!(t, "log-show-all")).clicked() {
            *filter = LogFilter::default();
            edited = true;
        }
        ui.separator();
        ui.checkbox(follow, tr!(t, "log-follow"))
            .on_hover_text(tr!(t, "log-follow-hover"));
    });
    edited
}

/// The states events of `kind` can have: the filter's key (the store's own word for
/// the state) and the desk's words for it.
fn states_of(kind: Option<EventKind>, t: &Translator) -> Vec<(&'static str, String)> {
    let words = t.words();
    match kind {
        Some(EventKind::Resource) => ResourceState::KNOWN
            .iter()
            .map(|s| (s.label(), words.resource_state(s).to_owned()))
            .collect(),
        Some(EventKind::Reservation) => ReservationState::KNOWN
            .iter()
            .map(|s| (s.label(), words.reservation_state(s).to_owned()))
            .collect(),
        Some(EventKind::DeviceCommand) => CommandState::KNOWN
            .iter()
            .map(|s| (s.label(), words.command_state(s).to_owned()))
            .collect(),
        _ => Vec::new(),
    }
}

fn detail_ui(ui: &mut egui::Ui, entry: &LogEntry, view: &View<'_>, actions: &mut Vec<Action>) {
    let (store, clock, t) = (view.store, view.clock, view.t);
    ui.horizontal(|ui| {
        ui.heading(tr!(t, "log-event", seq = entry.seq.to_string()));
        if ui.button(tr!(t, "log-close")).clicked() {
            actions.push(Action::ClearEventSelection);
        }
    });
    ui.label(tr!(t, "log-received", at = clock.full(entry.received)))
        .on_hover_text(utc_text(entry.received));
    let names = names(entry, store, t);
    if !names.is_empty() {
        ui.label(names);
    }
    ui.horizontal(|ui| {
        copy_menu(
            ui,
            t,
            entry.event.id().unwrap_or(""),
            || ticket::for_entry(entry, store).line(clock),
            actions,
        )
    });
    ui.separator();
    let caption = ui.label(tr!(t, "log-as-sent"));
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
