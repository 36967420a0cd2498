//! The housekeeping board: every room as a tile grouped by floor, in Mews'
//! colours with the state in words and the time in it, and the room's day
//! (arriving, departing, turnover, stayover) as a mark with its words in the
//! tooltip; counts per state and per day, filters by state, day and floor,
//! search by name, and the "turn first" list. Only rows on screen are laid out.

use std::time::Duration;

use chrono::{DateTime, Utc};

use monitor_core::protocol::ResourceState;
use monitor_core::store::{
    Board, BoardFilter, BoardRow, FloorGroup, HotelClock, Occupancy, Room, RoomDay, StateCounts,
    Store,
};

use super::action::Action;
use super::copy::{copy_menu, room_ticket};
use super::style;
use super::view::View;
use crate::i18n::dates::Pattern;
use crate::i18n::{Language, Translator};
use crate::tr;

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

/// What the board says on every tile and switch, put into words once per language
/// rather than on each tile of each frame.
#[derive(Debug, Default)]
pub(crate) struct BoardWords {
    /// The language these words are in.
    language: Option<Language>,
    /// Between the facts of a tile's accessible name (", ").
    separator: String,
    changed_offline: String,
    unconfirmed: String,
    alert_open: String,
    watched: String,
    /// A tile's state when none was received.
    state_unknown: String,
    /// After a tile's time: "offline", "last known".
    offline: String,
    last_known: String,
    /// The hover of a state's or day's switch, shown or hidden.
    click_to_hide: String,
    click_to_show: String,
}

impl BoardWords {
    /// The words of `t`'s language.
    pub(crate) fn new(t: &Translator) -> BoardWords {
        BoardWords {
            language: Some(t.language()),
            separator: tr!(t, "board-tile-separator"),
            changed_offline: tr!(t, "board-tile-changed-offline"),
            unconfirmed: tr!(t, "board-tile-unconfirmed"),
            alert_open: tr!(t, "board-tile-alert-open"),
            watched: tr!(t, "board-tile-watched"),
            state_unknown: tr!(t, "board-tile-state-unknown"),
            offline: tr!(t, "board-tile-offline"),
            last_known: tr!(t, "board-tile-last-known"),
            click_to_hide: tr!(t, "board-click-to-hide"),
            click_to_show: tr!(t, "board-click-to-show"),
        }
    }

    /// Makes the words again if `t` speaks another language than they are in.
    fn follow(&mut self, t: &Translator) {
        if self.language != Some(t.language()) {
            *self = BoardWords::new(t);
        }
    }

    /// The hover of a switch that is `shown`.
    fn click_to(&self, shown: bool) -> &str {
        if shown {
            &self.click_to_hide
        } else {
            &self.click_to_show
        }
    }
}

/// The accessible name of a room's tile, e.g. "Room 101, Clean, 12 min" or,
/// once the hotel's day is loaded, "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00";
/// `since` is the time in its state in words.
pub(crate) fn tile_label(
    room: &Room,
    day: Option<&RoomDay<'_>>,
    since: Option<&str>,
    view: &View<'_>,
    words: &BoardWords,
) -> String {
    let t = view.t;
    let mut facts = vec![
        t.room(room.display_name()),
        t.words()
            .resource_state_or_unknown(room.state.as_ref())
            .to_owned(),
    ];
    facts.extend(since.map(str::to_owned));
    facts.extend(day.map(|day| day_words(day, view.clock, t)));
    if room.changed_offline {
        facts.push(words.changed_offline.clone());
    }
    if room.unconfirmed {
        facts.push(words.unconfirmed.clone());
    }
    facts.join(&words.separator)
}

/// The label of a state's filter switch with its count, e.g. "⚑ Dirty: 120".
pub fn chip_label(state: Option<&ResourceState>, counts: &StateCounts, t: &Translator) -> String {
    let mark = style::room_mark(state);
    let label = match state {
        Some(state) => tr!(
            t,
            "board-count",
            name = t.words().resource_state(state),
            count = counts.of(state)
        ),
        None => tr!(
            t,
            "board-count",
            name = tr!(t, "board-state-other"),
            count = counts.other
        ),
    };
    format!("{mark} {label}")
}

/// A room's day in words: "Turnover, guest arriving 15:00", "Departing", "Vacant".
pub(crate) fn day_words(day: &RoomDay<'_>, clock: &HotelClock, t: &Translator) -> String {
    let words = t.words().occupancy(day.occupancy);
    match day.arrival_utc {
        Some(at) => tr!(
            t,
            "room-day-guest-arriving",
            day = words,
            time = t.time(clock, at, Pattern::Time)
        ),
        None => words.to_owned(),
    }
}

/// The mark in a tile's lower right corner: the day's mark, with the arrival's
/// time when a guest comes ("↕ 15:00").
fn day_mark(day: &RoomDay<'_>, clock: &HotelClock, t: &Translator) -> String {
    let mark = style::occupancy_mark(day.occupancy);
    match day.arrival_utc {
        Some(at) => format!("{mark} {}", t.time(clock, at, Pattern::Time)),
        None => mark.to_owned(),
    }
}

/// The label of a day's filter switch with its count, e.g. "↕ Turnover: 12".
pub fn occupancy_chip_label(occupancy: Occupancy, count: usize, t: &Translator) -> String {
    let mark = style::occupancy_mark(occupancy);
    let label = tr!(
        t,
        "board-count",
        name = t.words().occupancy(occupancy),
        count = count
    );
    if mark.is_empty() {
        label
    } else {
        format!("{mark} {label}")
    }
}

/// The label of the "turn first" switch.
pub fn turn_first_label(t: &Translator) -> String {
    tr!(t, "board-turn-first")
}

/// A floor's title: "Floor 2", "No floor", or the "turn first" list's.
fn group_title(group: &FloorGroup, t: &Translator) -> String {
    match (&group.floor, group.turn_first) {
        (_, true) => tr!(t, "board-turn-first-heading"),
        (Some(floor), false) => tr!(t, "board-floor", floor = floor.as_str()),
        (None, false) => tr!(t, "board-no-floor"),
    }
}

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
    /// The words on tiles and switches, in the desk's language.
    words: BoardWords,
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
    let t = view.t;
    let rooms = &view.store.rooms;
    let counts = rooms.counts();
    tab.words.follow(t);
    // A changed filter shows from the next frame, which the click itself brings.
    tab.board.refresh(view.store, filter);
    let showing = tr!(
        t,
        "board-showing",
        shown = tab.board.shown(),
        total = rooms.len()
    );
    let mut switches = Switches {
        filter,
        words: &tab.words,
        t,
    };
    let mut edited = filters_ui(ui, &mut switches, &counts, tab.board.floors(), &showing);
    match tab.day_counts.get(view.store) {
        Some(day_counts) => edited |= day_filters_ui(ui, &mut switches, &day_counts),
        None => day_not_loaded_ui(ui, switches.filter, t),
    }
    if edited {
        actions.push(Action::SettingsEdited);
    }
    ui.separator();
    tab.selected_tile_x = None;
    if rooms.is_empty() {
        ui.label(if loading {
            tr!(t, "board-reading-history")
        } else {
            tr!(t, "board-no-rooms")
        });
        return;
    }
    let per_row = (((ui.available_width() + GAP) / (TILE.x + GAP)).floor() as usize).max(1);
    let rows = tab.board.rows(per_row);
    let board = &tab.board;
    let words = &tab.words;
    let mut selected_x = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, TILE.y + GAP, rows.len(), |ui, range| {
            ui.spacing_mut().item_spacing = egui::vec2(GAP, GAP);
            for row in &rows[range] {
                match *row {
                    BoardRow::Heading { group } => heading_ui(ui, board, group, t),
                    BoardRow::Tiles { group, start, end } => {
                        ui.horizontal(|ui| {
                            for &at in &board.groups()[group].rooms[start..end] {
                                let room = &view.store.rooms.all()[at];
                                if let Some(x) = room_tile_ui(ui, room, view, words, actions) {
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
fn heading_ui(ui: &mut egui::Ui, board: &Board, group: usize, t: &Translator) {
    let group = &board.groups()[group];
    ui.allocate_ui(egui::vec2(ui.available_width(), TILE.y), |ui| {
        ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
            ui.heading(tr!(
                t,
                "board-heading",
                title = group_title(group, t),
                count = group.rooms.len()
            ));
        });
    });
}

/// One room's tile with its menu; returns where it is across when it is the selected room.
fn room_tile_ui(
    ui: &mut egui::Ui,
    room: &Room,
    view: &View<'_>,
    words: &BoardWords,
    actions: &mut Vec<Action>,
) -> Option<f32> {
    let t = view.t;
    let store: &Store = view.store;
    let clock: &HotelClock = view.clock;
    let marks = Marks {
        pinned: store.alerts.is_pinned(&room.id),
        alert: store.alerts.open_for(&room.id).is_some(),
        selected: view.selected_room == Some(room.id.as_str()),
    };
    let pinned = marks.pinned;
    let day = store.room_day(&room.id);
    let response = tile(ui, room, day.as_ref(), view, words, marks);
    let selected_x = marks.selected.then(|| response.rect.center().x);
    if response.clicked() {
        actions.push(Action::SelectRoom(Some(room.id.clone())));
    }
    response.context_menu(|ui| {
        copy_menu(ui, view.t, &room.id, || room_ticket(room, clock), actions);
        let pin = if pinned {
            tr!(t, "board-unpin")
        } else {
            tr!(t, "board-pin")
        };
        if ui.button(pin).clicked() {
            actions.push(Action::Pin(room.id.clone(), !pinned));
            ui.close();
        }
        if ui.button(tr!(t, "board-show-timeline")).clicked() {
            actions.push(Action::SelectRoom(Some(room.id.clone())));
            ui.close();
        }
    });
    selected_x
}

/// The board's filter with the words of its switches.
struct Switches<'a> {
    filter: &'a mut BoardFilter,
    words: &'a BoardWords,
    t: &'a Translator,
}

/// Search, floor and "Show all rooms" on one line, with the count; the state
/// switches below. Nothing here moves when a filter is set. Each line wraps
/// rather than run past the window's edge (long languages at 150 %), which would
/// also widen every line below it.
fn filters_ui(
    ui: &mut egui::Ui,
    switches: &mut Switches<'_>,
    counts: &StateCounts,
    floors: &[String],
    showing: &str,
) -> bool {
    let (filter, words, t) = (&mut *switches.filter, switches.words, switches.t);
    let mut edited = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(t, "board-search"));
        edited |= ui
            .add(
                egui::TextEdit::singleline(&mut filter.search)
                    .hint_text(tr!(t, "board-search-hint"))
                    .desired_width(140.0),
            )
            .labelled_by(label.id)
            .changed();
        let floor_text = filter.floor.as_ref().map_or_else(
            || tr!(t, "board-all-floors"),
            |floor| tr!(t, "board-floor", floor = floor.as_str()),
        );
        egui::ComboBox::from_label(tr!(t, "board-floor-choice"))
            .selected_text(floor_text)
            .show_ui(ui, |ui| {
                edited |= ui
                    .selectable_value(&mut filter.floor, None, tr!(t, "board-all-floors"))
                    .changed();
                for floor in floors {
                    edited |= ui
                        .selectable_value(
                            &mut filter.floor,
                            Some(floor.clone()),
                            tr!(t, "board-floor", floor = floor.as_str()),
                        )
                        .changed();
                }
            });
        // Always there (greyed out when nothing is hidden), so the line never changes.
        if ui
            .add_enabled(
                filter.is_narrowed(),
                egui::Button::new(tr!(t, "board-show-all")),
            )
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
            let label = egui::RichText::new(chip_label(state, counts, t)).color(text);
            let button = egui::Button::new(label).fill(fill).selected(shown);
            if ui
                .add(button)
                .on_hover_text(words.click_to(shown))
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
    switches: &mut Switches<'_>,
    counts: &[usize; Occupancy::ALL.len()],
) -> bool {
    let (filter, words, t) = (&mut *switches.filter, switches.words, switches.t);
    let mut edited = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(t, "board-today"));
        for occupancy in Occupancy::ALL {
            let slot = occupancy.index();
            let shown = filter.occupancy[slot];
            let label = occupancy_chip_label(occupancy, counts[slot], t);
            let hover = words.click_to(shown);
            if switch(ui, &mut filter.occupancy[slot], label, hover) {
                edited = true;
            }
        }
        ui.separator();
        edited |= switch(
            ui,
            &mut filter.turn_first,
            turn_first_label(t),
            &tr!(t, "board-turn-first-hover"),
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
fn day_not_loaded_ui(ui: &mut egui::Ui, filter: &BoardFilter, t: &Translator) {
    if filter.turn_first || filter.occupancy.contains(&false) {
        ui.label(tr!(t, "board-day-not-loaded"));
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
    words: &BoardWords,
    marks: Marks,
) -> egui::Response {
    let (t, now) = (view.t, view.now);
    let (rect, response) = ui.allocate_exact_size(TILE, egui::Sense::click());
    let since = room.since.map(|since| t.since(since, now));
    // Put into words only when asked for: by a screen reader, or on hover.
    let label = || {
        let mut label = tile_label(room, day, since.as_deref(), view, words);
        if marks.alert {
            label.push_str(&words.separator);
            label.push_str(&words.alert_open);
        }
        if marks.pinned {
            label.push_str(&words.separator);
            label.push_str(&words.watched);
        }
        label
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label()));
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
    let day_mark = day.map(|day| day_mark(day, view.clock, t));
    let texts = TileTexts {
        marks,
        since: since.as_deref(),
        day_mark,
        words,
        state: room
            .state
            .as_ref()
            .map_or(words.state_unknown.as_str(), |state| {
                t.words().resource_state(state)
            }),
        colour: text,
    };
    tile_texts(painter, rect, room, texts);
    response.on_hover_ui(|ui| {
        let floor = room
            .floor
            .clone()
            .unwrap_or_else(|| tr!(t, "board-floor-not-known"));
        let previous = room.previous.as_ref().map_or_else(
            || tr!(t, "board-previous-none"),
            |state| t.words().resource_state(state).to_owned(),
        );
        ui.label(tr!(
            t,
            "board-tile-hover",
            label = label(),
            floor = floor,
            previous = previous,
            changes = room.changes,
            id = room.id.as_str()
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

/// What a tile writes besides the room's name.
struct TileTexts<'a> {
    marks: Marks,
    /// How long the room is in its state, in words.
    since: Option<&'a str>,
    /// The day's mark, with the arrival's time.
    day_mark: Option<String>,
    words: &'a BoardWords,
    /// The room's state in words.
    state: &'a str,
    /// The colour of the text.
    colour: egui::Color32,
}

/// The tile's words: its mark, the room's name, its state and how long, and the
/// day's mark in the lower right corner.
fn tile_texts(painter: &egui::Painter, rect: egui::Rect, room: &Room, texts: TileTexts<'_>) {
    let TileTexts {
        marks,
        since,
        day_mark,
        words,
        state,
        colour: text,
    } = texts;
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
    let mut footer = since.unwrap_or_default().to_owned();
    if room.changed_offline {
        footer.push_str(" · ");
        footer.push_str(&words.offline);
    }
    if room.unconfirmed {
        footer.push_str(" · ");
        footer.push_str(&words.last_known);
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

    /// 14:05:09 on the hotel's clock (Prague, winter).
    fn at() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-04T13:05:09Z")
            .expect("valid time")
            .to_utc()
    }

    fn prague() -> HotelClock {
        HotelClock::for_zone(
            Some("Europe/Prague"),
            chrono::FixedOffset::east_opt(0).expect("offset"),
        )
    }

    fn room() -> Room {
        Room {
            id: "r-1".to_owned(),
            name: "101".to_owned(),
            floor: Some("1".to_owned()),
            state: Some(ResourceState::Dirty),
            previous: Some(ResourceState::Clean),
            since: Some(at() - chrono::Duration::minutes(12)),
            changes: 2,
            changed_offline: false,
            unconfirmed: false,
        }
    }

    /// `check` with a view of an empty store at [`at`], in `language`.
    fn with_view(language: Language, check: impl FnOnce(&View<'_>, &BoardWords)) {
        let (store, clock) = (Store::default(), prague());
        let t = Translator::new(language);
        let view = View {
            store: &store,
            clock: &clock,
            now: at(),
            selected_room: None,
            t: &t,
        };
        check(&view, &BoardWords::new(&t));
    }

    #[test]
    fn a_tiles_accessible_name_lists_its_facts_as_before() {
        with_view(Language::English, |view, words| {
            let mut room = room();
            let since = view.t.since(room.since.expect("since"), view.now);
            assert_eq!(
                tile_label(&room, None, Some(&since), view, words),
                "Room 101, Dirty, 12 min"
            );
            let day = RoomDay {
                occupancy: Occupancy::Turnover,
                arrival: Some("res-1"),
                arrival_utc: Some(at() + chrono::Duration::minutes(55)),
            };
            room.changed_offline = true;
            room.unconfirmed = true;
            room.state = None;
            assert_eq!(
                tile_label(&room, Some(&day), Some(&since), view, words),
                "Room 101, state not known, 12 min, Turnover, guest arriving 15:00, \
                 changed while offline, last known state, not yet confirmed by Mews"
            );
        });
    }

    #[test]
    fn a_rooms_name_says_room_once_in_english_and_in_german() {
        let english = Translator::default();
        let called = |name: &str| english.room(name);
        assert_eq!(called("101"), "Room 101");
        assert_eq!(called("Room 5"), "Room 5");
        assert_eq!(called("room 5"), "room 5");
        assert_eq!(called("Roomy"), "Room Roomy");
        let german = Translator::new(Language::German);
        let called = |name: &str| german.room(name);
        assert_eq!(called("101"), "Zimmer 101");
        assert_eq!(called("Zimmer 5"), "Zimmer 5");
        assert_eq!(called("Room 5"), "Room 5");
    }

    #[test]
    fn switches_and_headings_read_as_before_with_plurals_and_grouped_counts() {
        let t = Translator::default();
        let mut rooms = monitor_core::store::Rooms::default();
        rooms.apply_event("a", &ResourceState::Dirty, at());
        rooms.apply_event("b", &ResourceState::Dirty, at());
        let counts = rooms.counts();
        assert_eq!(
            chip_label(Some(&ResourceState::Dirty), &counts, &t),
            "⚑ Dirty: 2"
        );
        assert_eq!(chip_label(None, &counts, &t), "? Other: 0");
        assert_eq!(
            occupancy_chip_label(Occupancy::Turnover, 12, &t),
            "↕ Turnover: 12"
        );
        assert_eq!(occupancy_chip_label(Occupancy::Vacant, 3, &t), "Vacant: 3");
        assert_eq!(turn_first_label(&t), "Turn first");
        let floor = |floor: Option<&str>, turn_first: bool, rooms: usize| {
            let group = FloorGroup {
                floor: floor.map(str::to_owned),
                rooms: vec![0; rooms],
                turn_first,
            };
            tr!(
                t,
                "board-heading",
                title = group_title(&group, &t),
                count = group.rooms.len()
            )
        };
        assert_eq!(floor(Some("0"), false, 45), "Floor 0 · 45 rooms");
        assert_eq!(floor(None, false, 1), "No floor · 1 room");
        assert_eq!(
            floor(None, true, 2),
            "Turn first: rooms guests arrive in today, by arrival time · 2 rooms"
        );
        let showing =
            |shown: usize, total: usize| tr!(t, "board-showing", shown = shown, total = total);
        assert_eq!(showing(12, 1_376), "Showing 12 of 1,376 rooms");
        let german = Translator::new(Language::German);
        assert_eq!(
            tr!(
                german,
                "board-showing",
                shown = 1_376_usize,
                total = 1_376_usize
            ),
            "1.376 von 1.376 Zimmern angezeigt"
        );
    }

    #[test]
    fn a_tiles_hover_and_day_read_as_before() {
        with_view(Language::English, |view, _| {
            let t = view.t;
            assert_eq!(
                tr!(
                    t,
                    "board-tile-hover",
                    label = "Room 101, Dirty",
                    floor = "1",
                    previous = "Clean",
                    changes = 2,
                    id = "r-1"
                ),
                "Room 101, Dirty\nFloor: 1\nPrevious state: Clean\nChanges seen: 2\nId: r-1"
            );
            let day = RoomDay {
                occupancy: Occupancy::Arriving,
                arrival: None,
                arrival_utc: Some(at()),
            };
            assert_eq!(
                day_words(&day, view.clock, t),
                "Arriving, guest arriving 14:05"
            );
            assert_eq!(day_mark(&day, view.clock, t), "⬇ 14:05");
            let vacant = RoomDay {
                occupancy: Occupancy::Vacant,
                arrival: None,
                arrival_utc: None,
            };
            assert_eq!(day_words(&vacant, view.clock, t), "Vacant");
            assert_eq!(day_mark(&vacant, view.clock, t), "");
        });
    }

    #[test]
    fn the_words_follow_the_language() {
        let mut words = BoardWords::default();
        words.follow(&Translator::default());
        assert_eq!(words.click_to(true), "Click to hide these rooms");
        words.follow(&Translator::new(Language::German));
        assert_eq!(
            words.click_to(false),
            "Klicken, um diese Zimmer einzublenden"
        );
        assert_eq!(words.state_unknown, "Unbekannt");
    }

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
