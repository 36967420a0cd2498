//! The selected room: its state, pin to the watch list, copy, and its
//! timeline (states with times) read from history off the UI thread. It lies
//! over an edge of the board instead of taking width from it, so no tile moves.

use chrono::{DateTime, Duration, Utc};

use monitor_core::protocol::ResourceState;
use monitor_core::store::clock::utc_text;
use monitor_core::store::{HotelClock, Room};
use monitor_engine::session::timeline::{TimelineChange, TimelineRead, TimelineStep};
use monitor_engine::session::{Output, Session, Wake};

use super::action::Action;
use super::copy::{copy_menu, room_ticket};
use super::style;
use super::view::View;
use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;

/// How far back the timeline goes, in days (1 = today).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Days(pub i64);

impl Default for Days {
    fn default() -> Self {
        Days(1)
    }
}

/// A room's timeline as read, and for what: the room, the period's start, its changes seen.
#[derive(Debug)]
struct Timeline {
    key: (String, i64, u32),
    read: Option<TimelineRead>,
}

/// The room panel's state: which room, over how many days, and its timeline.
#[derive(Debug, Default)]
pub(crate) struct RoomPanel {
    selected: Option<String>,
    days: Days,
    timeline: Option<Timeline>,
}

impl RoomPanel {
    /// The room shown, if one is.
    pub(crate) fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// Shows `room` (or closes the panel).
    pub(crate) fn select(&mut self, room: Option<String>) {
        self.selected = room;
    }

    /// Shows the timeline over `days` days (1 = today).
    pub(crate) fn set_days(&mut self, days: i64) {
        self.days = Days(days);
    }

    /// Before drawing: starts reading the shown room's timeline from history when
    /// the room, the period or its changes are new, and takes a finished read.
    pub(crate) fn refresh<O: Output>(
        &mut self,
        session: &Session<O>,
        clock: &HotelClock,
        now: DateTime<Utc>,
        wake: Wake,
    ) {
        let Some(room) = self
            .selected
            .as_deref()
            .and_then(|id| session.store().rooms.get(id))
        else {
            return;
        };
        let since = start_of_range(clock, now, self.days.0);
        let key = (room.id.clone(), since.timestamp(), room.changes);
        if self
            .timeline
            .as_ref()
            .is_none_or(|timeline| timeline.key != key)
        {
            let read = session.read_timeline(&room.id, since, wake);
            self.timeline = Some(Timeline { key, read });
        }
        if let Some(read) = self.timeline.as_mut().and_then(|t| t.read.as_mut()) {
            read.poll();
        }
    }
}

/// How wide the room panel is.
const PANEL_WIDTH: f32 = 320.0;
/// The room panel's margin inside its frame.
const PANEL_MARGIN: f32 = 8.0;

/// Draws the room panel over an edge of `free` (the space between the
/// monitor's bars), so opening and closing it never moves a tile of the board:
/// the right edge, or the left one when the room's tile (at `tile_x`) is in the
/// right half, so the panel never covers the room it shows.
pub(crate) fn room_panel(
    ctx: &egui::Context,
    free: egui::Rect,
    panel: &RoomPanel,
    tile_x: Option<f32>,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) {
    let Some(room) = panel.selected().and_then(|id| view.store.rooms.get(id)) else {
        return;
    };
    let width = PANEL_WIDTH.min(free.width());
    let left = match tile_x {
        Some(x) if x > free.center().x => free.left(),
        _ => free.right() - width,
    };
    let inner = egui::vec2(width, free.height()) - egui::Vec2::splat(2.0 * PANEL_MARGIN);
    egui::Area::new(egui::Id::unique("room-detail"))
        .fixed_pos(egui::pos2(left, free.top()))
        .order(egui::Order::Middle)
        .show(ctx, |ui| {
            let visuals = ui.visuals();
            egui::Frame::new()
                .fill(visuals.panel_fill)
                .stroke(visuals.window_stroke)
                .inner_margin(PANEL_MARGIN)
                .show(ui, |ui| {
                    ui.set_min_size(inner);
                    ui.set_max_size(inner);
                    details_ui(ui, view, room, actions);
                    timeline_ui(ui, panel, view, actions);
                });
        });
}

/// The room's name, state, times, watch switch and copy menu.
fn details_ui(ui: &mut egui::Ui, view: &View<'_>, room: &Room, actions: &mut Vec<Action>) {
    let (clock, now, t) = (view.clock, view.now, view.t);
    ui.horizontal(|ui| {
        ui.heading(t.room(room.display_name()));
        if ui.button(tr!(t, "room-close")).clicked() {
            actions.push(Action::SelectRoom(None));
        }
    });
    let (fill, text) = style::room_colours(room.state.as_ref());
    let state = room.state.as_ref().map_or_else(
        || tr!(t, "room-state-not-known"),
        |state| t.words().resource_state(state).to_owned(),
    );
    egui::Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(format!("{} {state}", style::room_mark(room.state.as_ref())))
                    .color(text)
                    .strong(),
            );
        });
    if let Some(since) = room.since {
        // The date, time and zone stay ISO 8601 ("2026-11-23 14:02:11 CET") in every language.
        ui.label(tr!(
            t,
            "room-since",
            time = clock.full(since),
            ago = t.since(since, now)
        ))
        .on_hover_text(utc_text(since));
    }
    if let Some(previous) = &room.previous {
        ui.label(tr!(
            t,
            "room-before",
            state = t.words().resource_state(previous)
        ));
    }
    let floor = room
        .floor
        .clone()
        .unwrap_or_else(|| tr!(t, "board-floor-not-known"));
    ui.label(tr!(t, "room-floor", floor = floor));
    day_ui(ui, view, room);
    if room.changed_offline {
        ui.label(tr!(t, "room-changed-offline"));
    }
    if room.unconfirmed {
        ui.label(tr!(t, "room-unconfirmed"));
    }
    let pinned = view.store.alerts.is_pinned(&room.id);
    let mut watch = pinned;
    if ui.checkbox(&mut watch, tr!(t, "room-watch")).changed() {
        actions.push(Action::Pin(room.id.clone(), watch));
    }
    ui.horizontal(|ui| copy_menu(ui, view.t, &room.id, || room_ticket(room, clock), actions));
}

/// The room's day ("Today: ↕ Turnover, guest arriving 15:00") and, when a
/// guest arrives, who (name or number, VIP mark) and whether they wait.
fn day_ui(ui: &mut egui::Ui, view: &View<'_>, room: &Room) {
    let (store, t) = (view.store, view.t);
    let Some(day) = store.room_day(&room.id) else {
        return;
    };
    let mark = style::occupancy_mark(day.occupancy);
    let words = super::board::day_words(&day, view.clock, t);
    let today = format!("{mark} {words}");
    ui.label(tr!(t, "room-today", day = today.trim_start()));
    let Some(arrival) = day
        .arrival
        .and_then(|id| store.arrival(id, store.alerts.rule))
    else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(
            t,
            "room-arriving",
            guest = super::guest::who(&arrival, t)
        ));
        super::guest::vip_ui(ui, arrival.guest, view.t);
    });
    if let Some(since) = arrival.waiting_since {
        let waited = super::waiting::waited_words(since, view.clock, view.now, t);
        ui.label(format!("{} {waited}", style::WAITING_MARK));
    }
}

/// The room's states over the chosen days, as read from history.
fn timeline_ui(ui: &mut egui::Ui, panel: &RoomPanel, view: &View<'_>, actions: &mut Vec<Action>) {
    let t = view.t;
    ui.separator();
    ui.horizontal(|ui| {
        ui.strong(tr!(t, "room-timeline"));
        for days in [1, 7, 30] {
            let label = match days {
                1 => tr!(t, "room-timeline-today"),
                _ => tr!(t, "room-timeline-days", count = days),
            };
            if ui
                .selectable_label(panel.days == Days(days), label)
                .clicked()
            {
                actions.push(Action::TimelineDays(days));
            }
        }
    });
    let Some(timeline) = &panel.timeline else {
        return;
    };
    let Some(read) = &timeline.read else {
        ui.label(tr!(t, "room-no-history"));
        return;
    };
    match read.result() {
        None => {
            ui.spinner();
        }
        Some(Err(problem)) => {
            ui.label(tr!(
                t,
                "room-timeline-failed",
                problem = t.history_error(problem)
            ));
        }
        Some(Ok(steps)) if steps.is_empty() => {
            ui.label(tr!(t, "room-no-changes"));
        }
        Some(Ok(steps)) => steps_ui(ui, steps, view.clock, t),
    }
}

fn steps_ui(ui: &mut egui::Ui, steps: &[TimelineStep], clock: &HotelClock, t: &Translator) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("timeline").striped(true).show(ui, |ui| {
            for step in steps.iter().rev() {
                ui.label(t.time(clock, step.received, Pattern::WeekdayTime))
                    .on_hover_text(utc_text(step.received));
                match &step.change {
                    TimelineChange::State(state) => {
                        let state = ResourceState::from_wire(state);
                        ui.label(t.words().resource_state(&state));
                    }
                    TimelineChange::Missed(gap) => {
                        ui.label(tr!(
                            t,
                            "room-history-missed",
                            count = gap.missed,
                            time = t.time(clock, gap.until, Pattern::TimeSeconds)
                        ))
                        .on_hover_text(tr!(t, "room-history-missed-hover"));
                    }
                }
                ui.end_row();
            }
        });
    });
}

/// The start of the period: local midnight `days - 1` days ago in the hotel's zone.
fn start_of_range(clock: &HotelClock, now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    let local_time = clock.format(now, "%H:%M:%S");
    let seconds_today = chrono::NaiveTime::parse_from_str(&local_time, "%H:%M:%S")
        .map(|time| i64::from(chrono::Timelike::num_seconds_from_midnight(&time)))
        .unwrap_or(0);
    now - Duration::seconds(seconds_today) - Duration::days(days.max(1) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panels_sentences_read_as_before_with_plurals() {
        let t = Translator::default();
        let missed = |count: u64| tr!(t, "room-history-missed", count = count, time = "14:05:09");
        assert_eq!(
            missed(1),
            "⚠ History missed 1 event until 14:05:09: this room may have changed then"
        );
        assert_eq!(
            missed(3),
            "⚠ History missed 3 events until 14:05:09: this room may have changed then"
        );
        assert_eq!(tr!(t, "room-timeline-days", count = 7), "7 days");
        assert_eq!(
            tr!(
                t,
                "room-since",
                time = "2026-11-23 14:02:11 CET",
                ago = "12 min"
            ),
            "Since 2026-11-23 14:02:11 CET (12 min ago)"
        );
        assert_eq!(
            tr!(t, "room-today", day = "⬇ Arriving, guest arriving 14:00"),
            "Today: ⬇ Arriving, guest arriving 14:00"
        );
        let german = Translator::new(crate::i18n::Language::German);
        assert_eq!(tr!(german, "room-timeline-days", count = 1), "1 Tag");
    }
}
