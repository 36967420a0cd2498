//! The housekeeping board: every room as a tile grouped by floor, in Mews'
//! colours with the state in words and the time in it, and the room's day
//! (arriving, departing, turnover, stayover) as a mark with its words in the
//! tooltip; counts per state and per day, filters by state, day and floor,
//! search by name, and the "turn first" list. Only rows on screen are laid out.

use std::time::Duration;

use chrono::{DateTime, Utc};

use monitor_core::protocol::ResourceState;
use monitor_core::store::clock::elapsed_minutes;
use monitor_core::store::{
    Board, BoardFilter, BoardRow, HotelClock, Occupancy, Room, RoomDay, StateCounts, Store,
    room_called,
};

use super::action::Action;
use super::copy::{copy_menu, room_ticket};
use super::style;
use super::view::View;

/// How long, at least, a room that just changed stays highlighted.
pub(crate) const HIGHLIGHT_FOR: Duration = Duration::from_secs(4);
/// Highlights end on whole steps of the clock (in milliseconds), so rooms that
/// changed at different moments lose theirs in the same frame: at most one
/// repaint per step for highlights, whatever the number of changes (and none
/// while frames come for other reasons, see [`highlight_repaint_in`]).
const HIGHLIGHT_STEP_MS: i64 = 2_000;
const TILE: egui::Vec2 = egui::vec2(112.0, 58.0);
const GAP: f32 = 6.0;
/// Space between a tile's edge and its text.
const TILE_MARGIN: f32 = 7.0;

/// The accessible name of a room's tile, e.g. "Room 101, Clean, 12 min" or,
/// once the hotel's day is loaded, "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00".
pub(crate) fn tile_label(
    room: &Room,
    day: Option<&RoomDay<'_>>,
    clock: &HotelClock,
    now: DateTime<Utc>,
) -> String {
    let state = room.state.as_ref().map_or("state not known", |s| s.label());
    let mut label = format!("{}, {state}", room_called(room.display_name()));
    if let Some(since) = room.since {
        label.push_str(&format!(", {}", elapsed_minutes(since, now)));
    }
    if let Some(day) = day {
        label.push_str(&format!(", {}", day_words(day, clock)));
    }
    if room.changed_offline {
        label.push_str(", changed while offline");
    }
    if room.unconfirmed {
        label.push_str(", last known state, not yet confirmed by Mews");
    }
    label
}

/// The label of a state's filter switch with its count, e.g. "Dirty: 120".
pub fn chip_label(state: Option<&ResourceState>, counts: &StateCounts) -> String {
    match state {
        Some(state) => format!(
            "{} {}: {}",
            style::room_mark(Some(state)),
            state.label(),
            counts.of(state)
        ),
        None => format!("{} Other: {}", style::room_mark(None), counts.other),
    }
}

/// A room's day in words: "Turnover, guest arriving 15:00", "Departing", "Vacant".
pub(crate) fn day_words(day: &RoomDay<'_>, clock: &HotelClock) -> String {
    let mut words = day.occupancy.label().to_owned();
    if let Some(at) = day.arrival_utc {
        words.push_str(&format!(", guest arriving {}", clock.format(at, "%H:%M")));
    }
    words
}

/// The mark in a tile's lower right corner: the day's mark, with the arrival's
/// time when a guest comes ("↕ 15:00").
fn day_mark(day: &RoomDay<'_>, clock: &HotelClock) -> String {
    let mark = style::occupancy_mark(day.occupancy);
    match day.arrival_utc {
        Some(at) => format!("{mark} {}", clock.format(at, "%H:%M")),
        None => mark.to_owned(),
    }
}

/// The label of a day's filter switch with its count, e.g. "↕ Turnover: 12".
pub fn occupancy_chip_label(occupancy: Occupancy, count: usize) -> String {
    let mark = style::occupancy_mark(occupancy);
    let words = occupancy.label();
    if mark.is_empty() {
        format!("{words}: {count}")
    } else {
        format!("{mark} {words}: {count}")
    }
}

/// The label of the "turn first" switch.
pub const TURN_FIRST_LABEL: &str = "Turn first";

/// How many rooms have each day, in [`Occupancy::ALL`] order; counted again
/// only when the rooms, the stays or the hotel's day change.
#[derive(Debug, Default)]
struct DayCounts {
    counts: [usize; Occupancy::ALL.len()],
    counted_for: Option<((u64, usize), u64, chrono::NaiveDate)>,
}

impl DayCounts {
    /// The counts for `store`, once its hotel's day is loaded.
    fn get(&mut self, store: &Store) -> Option<[usize; Occupancy::ALL.len()]> {
        let date = store.arrivals_day()?.date;
        // A room's day does not change with its state: only with the rooms there are
        // and the stays.
        let rooms = (store.rooms.names_revision(), store.rooms.len());
        let key = (rooms, store.reservations.revision(), date);
        if self.counted_for != Some(key) {
            self.counts = [0; Occupancy::ALL.len()];
            for room in store.rooms.all() {
                if let Some(day) = store.room_day(&room.id) {
                    self.counts[day.occupancy.index()] += 1;
                }
            }
            self.counted_for = Some(key);
        }
        Some(self.counts)
    }
}

/// The board tab's view state: the grouped, filtered rooms, and where the selected tile is.
#[derive(Debug, Default)]
pub(crate) struct BoardTab {
    /// Rooms grouped by floor, as the filter lets them through.
    board: Board,
    /// Rooms per day, for the day switches.
    day_counts: DayCounts,
    /// Where the selected room's tile is across the board (drawn this frame), if shown.
    selected_tile_x: Option<f32>,
}

impl BoardTab {
    /// Where the selected room's tile was drawn across the board this frame, if it was.
    pub(crate) fn selected_tile_x(&self) -> Option<f32> {
        self.selected_tile_x
    }

    /// Forgets where the selected tile is (the board is not drawn this frame).
    pub(crate) fn hide(&mut self) {
        self.selected_tile_x = None;
    }
}

/// Draws the board tab; `loading` says history is still being read.
pub(crate) fn board_ui(
    ui: &mut egui::Ui,
    tab: &mut BoardTab,
    filter: &mut BoardFilter,
    view: &View<'_>,
    loading: bool,
    actions: &mut Vec<Action>,
) {
    let rooms = &view.store.rooms;
    let counts = rooms.counts();
    // A changed filter shows from the next frame, which the click itself brings.
    tab.board.refresh(view.store, filter);
    let showing = format!("Showing {} of {} rooms", tab.board.shown(), rooms.len());
    let mut edited = filters_ui(ui, filter, &counts, tab.board.floors(), &showing);
    match tab.day_counts.get(view.store) {
        Some(day_counts) => edited |= day_filters_ui(ui, filter, &day_counts),
        None => day_not_loaded_ui(ui, filter),
    }
    if edited {
        actions.push(Action::SettingsEdited);
    }
    ui.separator();
    tab.selected_tile_x = None;
    if rooms.is_empty() {
        ui.label(if loading {
            "Reading the rooms' last known states from history…"
        } else {
            "No rooms yet. They appear when Mews sends the hotel's rooms or the first room event."
        });
        return;
    }
    let per_row = (((ui.available_width() + GAP) / (TILE.x + GAP)).floor() as usize).max(1);
    let rows = tab.board.rows(per_row);
    let board = &tab.board;
    let mut selected_x = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, TILE.y + GAP, rows.len(), |ui, range| {
            ui.spacing_mut().item_spacing = egui::vec2(GAP, GAP);
            for row in &rows[range] {
                match *row {
                    BoardRow::Heading { group } => heading_ui(ui, board, group),
                    BoardRow::Tiles { group, start, end } => {
                        ui.horizontal(|ui| {
                            for &at in &board.groups()[group].rooms[start..end] {
                                let room = &view.store.rooms.all()[at];
                                if let Some(x) = room_tile_ui(ui, room, view, actions) {
                                    selected_x = Some(x);
                                }
                            }
                        });
                    }
                }
            }
        });
    tab.selected_tile_x = selected_x;
}

/// A floor's heading with its room count.
fn heading_ui(ui: &mut egui::Ui, board: &Board, group: usize) {
    let group = &board.groups()[group];
    ui.allocate_ui(egui::vec2(ui.available_width(), TILE.y), |ui| {
        ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
            ui.heading(format!("{} · {} rooms", group.title(), group.rooms.len()));
        });
    });
}

/// One room's tile with its menu; returns where it is across when it is the selected room.
fn room_tile_ui(
    ui: &mut egui::Ui,
    room: &Room,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) -> Option<f32> {
    let store: &Store = view.store;
    let clock: &HotelClock = view.clock;
    let marks = Marks {
        pinned: store.alerts.is_pinned(&room.id),
        alert: store.alerts.open_for(&room.id).is_some(),
        selected: view.selected_room == Some(room.id.as_str()),
    };
    let pinned = marks.pinned;
    let day = store.room_day(&room.id);
    let response = tile(ui, room, day.as_ref(), view, marks);
    let selected_x = marks.selected.then(|| response.rect.center().x);
    if response.clicked() {
        actions.push(Action::SelectRoom(Some(room.id.clone())));
    }
    response.context_menu(|ui| {
        copy_menu(ui, &room.id, || room_ticket(room, clock), actions);
        let pin = if pinned {
            "Unpin from watch list"
        } else {
            "Pin to watch list"
        };
        if ui.button(pin).clicked() {
            actions.push(Action::Pin(room.id.clone(), !pinned));
            ui.close();
        }
        if ui.button("Show timeline").clicked() {
            actions.push(Action::SelectRoom(Some(room.id.clone())));
            ui.close();
        }
    });
    selected_x
}

/// Search, floor and "Show all rooms" on one line that never wraps, with the
/// count; the state switches below. Nothing here moves when a filter is set.
fn filters_ui(
    ui: &mut egui::Ui,
    filter: &mut BoardFilter,
    counts: &StateCounts,
    floors: &[String],
    showing: &str,
) -> bool {
    let mut edited = false;
    ui.horizontal(|ui| {
        let label = ui.label("Search rooms");
        edited |= ui
            .add(
                egui::TextEdit::singleline(&mut filter.search)
                    .hint_text("room name")
                    .desired_width(140.0),
            )
            .labelled_by(label.id)
            .changed();
        let floor_text = filter
            .floor
            .as_ref()
            .map_or("All floors".to_owned(), |floor| format!("Floor {floor}"));
        egui::ComboBox::from_label("Floor")
            .selected_text(floor_text)
            .show_ui(ui, |ui| {
                edited |= ui
                    .selectable_value(&mut filter.floor, None, "All floors")
                    .changed();
                for floor in floors {
                    edited |= ui
                        .selectable_value(
                            &mut filter.floor,
                            Some(floor.clone()),
                            format!("Floor {floor}"),
                        )
                        .changed();
                }
            });
        // Always there (greyed out when nothing is hidden), so the line never changes.
        if ui
            .add_enabled(filter.is_narrowed(), egui::Button::new("Show all rooms"))
            .clicked()
        {
            *filter = BoardFilter::default();
            edited = true;
        }
        ui.label(showing);
    });
    ui.horizontal_wrapped(|ui| {
        let states = ResourceState::KNOWN.iter().map(Some).chain([None]);
        for (slot, state) in states.enumerate() {
            let shown = filter.shown[slot];
            let (fill, text) = style::chip_colours(state, shown, ui.visuals());
            let label = egui::RichText::new(chip_label(state, counts)).color(text);
            let button = egui::Button::new(label).fill(fill).selected(shown);
            if ui
                .add(button)
                .on_hover_text(if shown {
                    "Click to hide these rooms"
                } else {
                    "Click to show these rooms"
                })
                .clicked()
            {
                filter.shown[slot] = !shown;
                edited = true;
            }
        }
    });
    edited
}

/// One switch per day (vacant, arriving, …) with its count, and "Turn first".
fn day_filters_ui(
    ui: &mut egui::Ui,
    filter: &mut BoardFilter,
    counts: &[usize; Occupancy::ALL.len()],
) -> bool {
    let mut edited = false;
    ui.horizontal_wrapped(|ui| {
        ui.label("Today:");
        for occupancy in Occupancy::ALL {
            let slot = occupancy.index();
            let shown = filter.occupancy[slot];
            let label = occupancy_chip_label(occupancy, counts[slot]);
            let hover = if shown {
                "Click to hide these rooms"
            } else {
                "Click to show these rooms"
            };
            if switch(ui, &mut filter.occupancy[slot], label, hover) {
                edited = true;
            }
        }
        ui.separator();
        edited |= switch(
            ui,
            &mut filter.turn_first,
            TURN_FIRST_LABEL.to_owned(),
            "Only the rooms a guest arrives in today that are dirty, or clean but not yet inspected where the hotel inspects, as one list by arrival time",
        );
    });
    edited
}

/// A framed on/off button (framed off too, so it reads as a button); returns whether clicked.
fn switch(ui: &mut egui::Ui, on: &mut bool, label: String, hover: &str) -> bool {
    let clicked = ui
        .add(egui::Button::new(label).selected(*on))
        .on_hover_text(hover)
        .clicked();
    if clicked {
        *on = !*on;
    }
    clicked
}

/// Says why the board is empty when day switches are set but the hotel's day is not loaded.
fn day_not_loaded_ui(ui: &mut egui::Ui, filter: &BoardFilter) {
    if filter.turn_first || filter.occupancy.contains(&false) {
        ui.label(
            "Today's stays are not loaded yet: rooms narrowed by their day appear once they are.",
        );
    }
}

/// What a tile shows besides the room's state.
#[derive(Clone, Copy, Debug)]
struct Marks {
    /// On the watch list.
    pinned: bool,
    /// An alert for it is open.
    alert: bool,
    /// Selected by the user.
    selected: bool,
}

/// One room tile; returns its response (click selects, right click opens the menu).
fn tile(
    ui: &mut egui::Ui,
    room: &Room,
    day: Option<&RoomDay<'_>>,
    view: &View<'_>,
    marks: Marks,
) -> egui::Response {
    let now = view.now;
    let (rect, response) = ui.allocate_exact_size(TILE, egui::Sense::click());
    let mut label = tile_label(room, day, view.clock, now);
    if marks.alert {
        label.push_str(", alert open");
    }
    if marks.pinned {
        label.push_str(", watched");
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let (fill, text) = if room.unconfirmed {
        style::unconfirmed_colours(room.state.as_ref(), ui.visuals())
    } else {
        style::room_colours(room.state.as_ref())
    };
    let painter = ui.painter();
    fill_square(painter, rect, fill);
    if let Some((width, colour)) = tile_outline(room, now, marks, ui.visuals()) {
        painter.rect_stroke(
            rect,
            0.0,
            egui::Stroke::new(width, colour),
            egui::StrokeKind::Inside,
        );
    }
    let day_mark = day.map(|day| day_mark(day, view.clock));
    tile_texts(painter, rect, room, now, marks, day_mark, text);
    response.on_hover_ui(|ui| {
        ui.label(format!(
            "{label}\nFloor: {}\nPrevious state: {}\nChanges seen: {}\nId: {}",
            room.floor.as_deref().unwrap_or("not known"),
            room.previous.as_ref().map_or("none", |state| state.label()),
            room.changes,
            room.id
        ));
    })
}

/// The tile's outline, if it has one: selected, alert open, or just changed.
fn tile_outline(
    room: &Room,
    now: DateTime<Utc>,
    marks: Marks,
    visuals: &egui::Visuals,
) -> Option<(f32, egui::Color32)> {
    let just_changed = room
        .since
        .is_some_and(|since| since <= now && now < highlight_until(since));
    if marks.selected {
        Some((3.0, visuals.strong_text_color()))
    } else if marks.alert {
        Some((4.0, style::ALERT_OUTLINE))
    } else if just_changed {
        Some((3.0, style::CHANGE_HIGHLIGHT))
    } else {
        None
    }
}

/// The tile's words in `text` colour: its mark, the room's name, its state and
/// how long, and the day's mark in the lower right corner.
fn tile_texts(
    painter: &egui::Painter,
    rect: egui::Rect,
    room: &Room,
    now: DateTime<Utc>,
    marks: Marks,
    day_mark: Option<String>,
    text: egui::Color32,
) {
    let left = rect.left() + TILE_MARGIN;
    let room_mark = (marks.pinned || marks.alert).then(|| {
        let mark = if marks.alert {
            style::ALERT_MARK
        } else {
            style::WATCHED_MARK
        };
        let at = egui::pos2(rect.right() - TILE_MARGIN, rect.top() + 4.0);
        tile_text(
            painter,
            at,
            egui::Align2::RIGHT_TOP,
            mark,
            14.0,
            text,
            TILE.x,
        )
    });
    let name_width = rect.width() - 2.0 * TILE_MARGIN - room_mark.map_or(0.0, |mark| mark + 2.0);
    let at = egui::pos2(left, rect.top() + 5.0);
    let name = room.display_name();
    tile_text(
        painter,
        at,
        egui::Align2::LEFT_TOP,
        name,
        16.0,
        text,
        name_width,
    );
    let width = rect.width() - 2.0 * TILE_MARGIN;
    let state = room.state.as_ref().map_or("Unknown", |state| state.label());
    let state = format!("{} {state}", style::room_mark(room.state.as_ref()));
    let at = egui::pos2(left, rect.top() + 24.0);
    tile_text(
        painter,
        at,
        egui::Align2::LEFT_TOP,
        state,
        12.0,
        text,
        width,
    );
    let mut footer = room
        .since
        .map(|since| elapsed_minutes(since, now))
        .unwrap_or_default();
    if room.changed_offline {
        footer.push_str(" · offline");
    }
    if room.unconfirmed {
        footer.push_str(" · last known");
    }
    let day_width = day_mark
        .filter(|mark| !mark.is_empty())
        .map_or(0.0, |mark| {
            let at = egui::pos2(rect.right() - TILE_MARGIN, rect.bottom() - 5.0);
            tile_text(
                painter,
                at,
                egui::Align2::RIGHT_BOTTOM,
                mark,
                12.0,
                text,
                width,
            ) + 4.0
        });
    let at = egui::pos2(left, rect.bottom() - 5.0);
    tile_text(
        painter,
        at,
        egui::Align2::LEFT_BOTTOM,
        footer,
        11.0,
        text,
        width - day_width,
    );
}

/// When the highlight of a change at `since` ends: [`HIGHLIGHT_FOR`] later,
/// rounded up to a whole step of the clock.
pub(crate) fn highlight_until(since: DateTime<Utc>) -> DateTime<Utc> {
    let end = since + HIGHLIGHT_FOR;
    let into_step = end.timestamp_millis().rem_euclid(HIGHLIGHT_STEP_MS);
    if into_step == 0 {
        end
    } else {
        end + chrono::Duration::milliseconds(HIGHLIGHT_STEP_MS - into_step)
    }
}

/// How long until a repaint must come to take down a highlight on show, if one is.
///
/// A highlight is gone from the first frame after its end; while events flow
/// that frame comes anyway, drawn for them. Only a window that has painted
/// nothing for a further step after the end asks for a frame of its own, so a
/// steady stream of changes costs no extra frames for their highlights.
pub(crate) fn highlight_repaint_in(
    rooms: &monitor_core::store::Rooms,
    now: DateTime<Utc>,
) -> Option<Duration> {
    let step = Duration::from_millis(HIGHLIGHT_STEP_MS.unsigned_abs());
    rooms
        .all()
        .iter()
        .filter_map(|room| room.since)
        .filter(|since| *since <= now)
        .filter_map(|since| (highlight_until(since) - now).to_std().ok())
        .filter(|left| !left.is_zero())
        .min()
        .map(|left| left + step)
}

/// Fills `rect` as two triangles. Tiles sit on whole pixels, so they need none
/// of the thin anti-aliasing triangles egui puts around every filled shape, which
/// a software renderer pays for along each edge.
fn fill_square(painter: &egui::Painter, rect: egui::Rect, colour: egui::Color32) {
    let mut mesh = egui::Mesh::default();
    let rect = egui::emath::GuiRounding::round_to_pixels(rect, painter.pixels_per_point());
    mesh.add_colored_rect(rect, colour);
    painter.add(egui::Shape::mesh(mesh));
}

/// One line of a tile's text, anchored at `at`, cut short with "…" beyond
/// `max_width`; returns its width. Cut rather than clipped: a clip of its own
/// for every tile would make each tile a separate draw call.
fn tile_text(
    painter: &egui::Painter,
    at: egui::Pos2,
    anchor: egui::Align2,
    text: impl Into<String>,
    size: f32,
    colour: egui::Color32,
    max_width: f32,
) -> f32 {
    let mut job = egui::text::LayoutJob::simple_singleline(
        text.into(),
        egui::FontId::proportional(size),
        colour,
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(max_width);
    let galley = painter.layout_job(job);
    let width = galley.size().x;
    let at = anchor.anchor_size(at, galley.size()).min;
    painter.galley(at, galley, colour);
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ended_highlight_waits_one_step_for_a_frame_of_its_own() {
        let since = DateTime::from_timestamp(1_000_000, 300_000_000).expect("valid time");
        let mut rooms = monitor_core::store::Rooms::default();
        rooms.apply_event("a", &ResourceState::Dirty, since);
        let now = since + chrono::Duration::seconds(1);
        let ends_in = (highlight_until(since) - now)
            .to_std()
            .expect("still showing");
        assert_eq!(
            highlight_repaint_in(&rooms, now),
            Some(ends_in + Duration::from_secs(2))
        );
        assert_eq!(highlight_repaint_in(&rooms, highlight_until(since)), None);
    }

    #[test]
    fn highlights_end_on_whole_steps_after_at_least_four_seconds() {
        let base = DateTime::from_timestamp(1_000_000, 0).expect("valid time");
        let ends: Vec<_> = [0, 1, 300, 1_999, 2_000]
            .into_iter()
            .map(|ms| highlight_until(base + chrono::Duration::milliseconds(ms)))
            .collect();
        let at = |ms| base + chrono::Duration::milliseconds(ms);
        assert_eq!(
            ends,
            [at(4_000), at(6_000), at(6_000), at(6_000), at(6_000)]
        );
    }
}
