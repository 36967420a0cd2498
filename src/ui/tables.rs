//! Live tables: rooms, reservations, device commands and price updates.
//! Current state per id, sortable by any column (newest change first by
//! default), names instead of ids, times in the hotel's zone with UTC on
//! hover. Only visible rows are laid out.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use egui_extras::{Column, TableBuilder, TableRow};

use monitor_core::store::board::natural_cmp;
use monitor_core::store::clock::utc_text;
use monitor_core::store::{HotelClock, Store, Tracked, short_id};

use super::action::Action;
use super::copy::{copy_menu, room_ticket};
use super::sorting::{Columns, CommandColumn, PriceColumn, ReservationColumn, RoomColumn, Sorted};
use super::view::View;
use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;

const ROW_HEIGHT: f32 = 22.0;

/// Draws a sortable table of `order.len()` rows; `row_ui` fills a row for a data index.
fn table<C: Columns>(
    ui: &mut egui::Ui,
    id: &str,
    t: &Translator,
    sorted: &mut Sorted<C>,
    mut row_ui: impl FnMut(&mut TableRow<'_, '_>, usize),
) {
    let mut clicked = None;
    let order = std::mem::take(&mut sorted.order);
    // Rows take clicks (select, context menu); their text is copied through the menu.
    ui.style_mut().interaction.selectable_labels = false;
    TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .auto_shrink([false, false])
        .columns(
            Column::auto().at_least(60.0).clip(true),
            C::ALL.len().saturating_sub(1),
        )
        .column(Column::remainder().at_least(80.0).clip(true))
        .header(24.0, |mut header| {
            for &column in C::ALL {
                let title = column.title(t);
                header.col(|ui| {
                    let mark = match (sorted.column == column, sorted.descending) {
                        (true, false) => " ⏶",
                        (true, true) => " ⏷",
                        _ => "",
                    };
                    if ui
                        .add(
                            egui::Button::new(
                                egui::RichText::new(format!("{title}{mark}")).strong(),
                            )
                            .frame(false),
                        )
                        .on_hover_text(tr!(t, "sort-by", column = title.as_str()))
                        .clicked()
                    {
                        clicked = Some(column);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, order.len(), |mut row| {
                let data = order[row.index()];
                row_ui(&mut row, data);
            });
        });
    sorted.order = order;
    if let Some(column) = clicked {
        sorted.header_clicked(column);
    }
}

fn time_cell(row: &mut TableRow<'_, '_>, view: &View<'_>, at: Option<DateTime<Utc>>) {
    row.col(|ui| {
        if let Some(at) = at {
            ui.label(view.t.time(view.clock, at, Pattern::DayTime))
                .on_hover_text(utc_text(at));
        }
    });
}

fn text_cell(row: &mut TableRow<'_, '_>, text: &str) {
    row.col(|ui| {
        ui.label(text);
    });
}

fn id_cell(row: &mut TableRow<'_, '_>, id: &str) {
    row.col(|ui| {
        ui.monospace(short_id(id)).on_hover_text(id);
    });
}

/// The language, for the revisions of a table whose states sort by their names in it.
fn language(t: &Translator) -> u64 {
    t.language() as u64
}

fn option_cmp<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    a.cmp(&b)
}

/// The rooms table.
pub(crate) fn rooms_ui(
    ui: &mut egui::Ui,
    sorted: &mut Sorted<RoomColumn>,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) {
    let (store, clock, t) = (view.store, view.clock, view.t);
    let words = t.words();
    let rooms = store.rooms.all();
    sorted.refresh(
        [store.rooms.revision(), 0, 0, language(t)],
        rooms.len(),
        |a, b, column| {
            let (a, b) = (&rooms[a], &rooms[b]);
            match column {
                RoomColumn::Room => natural_cmp(a.display_name(), b.display_name()),
                RoomColumn::Floor => natural_cmp(
                    a.floor.as_deref().unwrap_or(""),
                    b.floor.as_deref().unwrap_or(""),
                ),
                RoomColumn::State => option_cmp(
                    a.state.as_ref().map(|s| words.resource_state(s)),
                    b.state.as_ref().map(|s| words.resource_state(s)),
                ),
                RoomColumn::Previous => option_cmp(
                    a.previous.as_ref().map(|s| words.resource_state(s)),
                    b.previous.as_ref().map(|s| words.resource_state(s)),
                ),
                RoomColumn::Since => a.since.cmp(&b.since),
                RoomColumn::Changes => a.changes.cmp(&b.changes),
                RoomColumn::Id => a.id.cmp(&b.id),
            }
        },
    );
    let selected = view.selected_room;
    ui.label(tr!(t, "table-rooms", count = rooms.len()));
    table(ui, "rooms", t, sorted, |row, at| {
        let room = &rooms[at];
        row.set_selected(selected == Some(room.id.as_str()));
        if room.changed_offline {
            let name = tr!(t, "table-changed-offline", room = room.display_name());
            text_cell(row, &name);
        } else {
            text_cell(row, room.display_name());
        }
        text_cell(row, room.floor.as_deref().unwrap_or(""));
        text_cell(
            row,
            room.state.as_ref().map_or("", |s| words.resource_state(s)),
        );
        text_cell(
            row,
            room.previous
                .as_ref()
                .map_or("", |s| words.resource_state(s)),
        );
        time_cell(row, view, room.since);
        text_cell(row, &room.changes.to_string());
        id_cell(row, &room.id);
        let response = row.response();
        if response.clicked() {
            actions.push(Action::SelectRoom(Some(room.id.clone())));
        }
        response.context_menu(|ui| {
            copy_menu(ui, view.t, &room.id, || room_ticket(room, clock), actions);
        });
    });
}

/// The ticket line of a table row: its latest event if still logged, else the row's facts.
fn row_ticket<T>(
    store: &Store,
    clock: &HotelClock,
    kind: &str,
    row: &Tracked<T>,
    state: Option<&str>,
) -> String {
    match store.log.by_seq(row.last_seq) {
        Some(entry) => monitor_core::store::ticket::for_entry(entry, store).line(clock),
        None => monitor_core::store::ticket::Ticket {
            kind,
            id: Some(&row.id),
            state,
            labels: Vec::new(),
            received: row.updated,
            seq: row.last_seq,
        }
        .line(clock),
    }
}

/// "Copy id" and "Copy ticket line" on a table row of `kind` events.
fn row_menu<T>(
    row: &mut TableRow<'_, '_>,
    view: &View<'_>,
    kind: &str,
    data: &Tracked<T>,
    state: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let (store, clock) = (view.store, view.clock);
    row.response().context_menu(|ui| {
        copy_menu(
            ui,
            view.t,
            &data.id,
            || row_ticket(store, clock, kind, data, state),
            actions,
        )
    });
}

/// The reservations table.
pub(crate) fn reservations_ui(
    ui: &mut egui::Ui,
    sorted: &mut Sorted<ReservationColumn>,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) {
    let (store, t) = (view.store, view.t);
    let words = t.words();
    let rows = store.reservations.rows();
    let number = |row: &Tracked<monitor_core::store::ReservationRow>| {
        store
            .labels
            .reservation_number(&row.id)
            .map_or_else(|| short_id(&row.id).to_owned(), str::to_owned)
    };
    let room = |row: &Tracked<monitor_core::store::ReservationRow>| {
        row.value
            .assigned_resource_id
            .as_deref()
            .map(|id| {
                store
                    .rooms
                    .get(id)
                    .map_or(short_id(id), |room| room.display_name())
                    .to_owned()
            })
            .unwrap_or_default()
    };
    sorted.refresh(
        [
            store.reservations.revision(),
            store.labels.revision(),
            store.rooms.names_revision(),
            language(t),
        ],
        rows.len(),
        |a, b, column| {
            let (a, b) = (&rows[a], &rows[b]);
            match column {
                ReservationColumn::Reservation => natural_cmp(&number(a), &number(b)),
                ReservationColumn::State => words
                    .reservation_state(&a.value.state)
                    .cmp(words.reservation_state(&b.value.state)),
                ReservationColumn::Previous => option_cmp(
                    a.value
                        .previous
                        .as_ref()
                        .map(|s| words.reservation_state(s)),
                    b.value
                        .previous
                        .as_ref()
                        .map(|s| words.reservation_state(s)),
                ),
                ReservationColumn::Room => natural_cmp(&room(a), &room(b)),
                ReservationColumn::Arrival => a.value.start_utc.cmp(&b.value.start_utc),
                ReservationColumn::Departure => a.value.end_utc.cmp(&b.value.end_utc),
                ReservationColumn::Updated => a.last_seq.cmp(&b.last_seq),
                ReservationColumn::Id => a.id.cmp(&b.id),
            }
        },
    );
    ui.label(tr!(t, "table-reservations", count = rows.len()));
    table(ui, "reservations", t, sorted, |row, at| {
        let data = &rows[at];
        text_cell(row, &number(data));
        text_cell(row, words.reservation_state(&data.value.state));
        text_cell(
            row,
            data.value
                .previous
                .as_ref()
                .map_or("", |s| words.reservation_state(s)),
        );
        text_cell(row, &room(data));
        time_cell(row, view, data.value.start_utc);
        time_cell(row, view, data.value.end_utc);
        time_cell(row, view, Some(data.updated));
        id_cell(row, &data.id);
        row_menu(
            row,
            view,
            "Reservation",
            data,
            Some(data.value.state.as_wire()),
            actions,
        );
    });
}

/// The device commands table.
pub(crate) fn commands_ui(
    ui: &mut egui::Ui,
    sorted: &mut Sorted<CommandColumn>,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) {
    let (store, t) = (view.store, view.t);
    let words = t.words();
    let rows = store.commands.rows();
    let device = |row: &Tracked<monitor_core::store::CommandRow>| {
        store.labels.device_name(&row.id).unwrap_or("").to_owned()
    };
    sorted.refresh(
        [
            store.commands.revision(),
            store.labels.revision(),
            0,
            language(t),
        ],
        rows.len(),
        |a, b, column| {
            let (a, b) = (&rows[a], &rows[b]);
            match column {
                CommandColumn::Device => natural_cmp(&device(a), &device(b)),
                CommandColumn::State => words
                    .command_state(&a.value.state)
                    .cmp(words.command_state(&b.value.state)),
                CommandColumn::Previous => option_cmp(
                    a.value.previous.as_ref().map(|s| words.command_state(s)),
                    b.value.previous.as_ref().map(|s| words.command_state(s)),
                ),
                CommandColumn::Updated => a.last_seq.cmp(&b.last_seq),
                CommandColumn::Id => a.id.cmp(&b.id),
            }
        },
    );
    ui.label(tr!(t, "table-commands", count = rows.len()));
    table(ui, "commands", t, sorted, |row, at| {
        let data = &rows[at];
        text_cell(row, &device(data));
        text_cell(row, words.command_state(&data.value.state));
        text_cell(
            row,
            data.value
                .previous
                .as_ref()
                .map_or("", |s| words.command_state(s)),
        );
        time_cell(row, view, Some(data.updated));
        id_cell(row, &data.id);
        row_menu(
            row,
            view,
            "DeviceCommand",
            data,
            Some(data.value.state.as_wire()),
            actions,
        );
    });
}

/// The price updates table.
pub(crate) fn prices_ui(
    ui: &mut egui::Ui,
    sorted: &mut Sorted<PriceColumn>,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) {
    let (store, t) = (view.store, view.t);
    let rows = store.prices.rows();
    let rate = |row: &Tracked<monitor_core::store::PriceRow>| {
        row.value
            .rate_id
            .as_deref()
            .map(|id| {
                store
                    .labels
                    .rate_name(id)
                    .unwrap_or(short_id(id))
                    .to_owned()
            })
            .unwrap_or_default()
    };
    sorted.refresh(
        [store.prices.revision(), store.labels.revision(), 0, 0],
        rows.len(),
        |a, b, column| {
            let (a, b) = (&rows[a], &rows[b]);
            match column {
                PriceColumn::Rate => natural_cmp(&rate(a), &rate(b)),
                PriceColumn::Category => a
                    .value
                    .resource_category_id
                    .cmp(&b.value.resource_category_id),
                PriceColumn::From => a.value.start_utc.cmp(&b.value.start_utc),
                PriceColumn::To => a.value.end_utc.cmp(&b.value.end_utc),
                PriceColumn::Received => a.last_seq.cmp(&b.last_seq),
                PriceColumn::Id => a.id.cmp(&b.id),
            }
        },
    );
    ui.label(tr!(t, "table-prices", count = rows.len()));
    table(ui, "prices", t, sorted, |row, at| {
        let data = &rows[at];
        text_cell(row, &rate(data));
        row.col(|ui| {
            if let Some(category) = &data.value.resource_category_id {
                ui.monospace(short_id(category)).on_hover_text(category);
            }
        });
        time_cell(row, view, data.value.start_utc);
        time_cell(row, view, data.value.end_utc);
        time_cell(row, view, Some(data.updated));
        id_cell(row, &data.id);
        row_menu(row, view, "PriceUpdate", data, None, actions);
    });
}
