//! The selected room: its state, pin to the watch list, copy, and its
//! timeline (states with times) read from history off the UI thread. It lies
//! over an edge of the board instead of taking width from it, so no tile moves.

use chrono::{DateTime, Duration, Utc};

use monitor_core::store::clock::{elapsed_minutes, utc_text};
use monitor_core::store::{HotelClock, Room, room_called};
use monitor_engine::session::timeline::{TimelineChange, TimelineRead, TimelineStep};
use monitor_engine::session::{Output, Session, Wake};

use super::action::Action;
use super::copy::{copy_menu, room_ticket};
use super::style;
use super::view::View;

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
                    timeline_ui(ui, panel, view.clock, actions);
                });
        });
}

/// The room's name, state, times, watch switch and copy menu.
fn details_ui(ui: &mut egui::Ui, view: &View<'_>, room: &Room, actions: &mut Vec<Action>) {
    let (clock, now) = (view.clock, view.now);
    ui.horizontal(|ui| {
        ui.heading(room_called(room.display_name()));
        if ui.button("Close").clicked() {
            actions.push(Action::SelectRoom(None));
        }
    });
    let (fill, text) = style::room_colours(room.state.as_ref());
    let state = room
        .state
        .as_ref()
        .map_or("State not known", |state| state.label());
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
        ui.label(format!(
            "Since {} ({} ago)",
            clock.full(since),
            elapsed_minutes(since, now)
        ))
        .on_hover_text(utc_text(since));
    }
    if let Some(previous) = &room.previous {
        ui.label(format!("Before that: {}", previous.label()));
    }
    ui.label(format!(
        "Floor: {}",
        room.floor.as_deref().unwrap_or("not known")
    ));
    day_ui(ui, view, room);
    if room.changed_offline {
        ui.label("Changed while the monitor was offline (found by the resync).");
    }
    if room.unconfirmed {
        ui.label("Last known state from history; Mews has not confirmed it yet.");
    }
    let pinned = view.store.alerts.is_pinned(&room.id);
    let mut watch = pinned;
    if ui
        .checkbox(&mut watch, "Watch: alert me when this room is ready")
        .changed()
    {
        actions.push(Action::Pin(room.id.clone(), watch));
    }
    ui.horizontal(|ui| copy_menu(ui, &room.id, || room_ticket(room, clock), actions));
}

/// The room's day ("Today: ↕ Turnover, guest arriving 15:00") and, when a
/// guest arrives, who (name or number, VIP mark) and whether they wait.
fn day_ui(ui: &mut egui::Ui, view: &View<'_>, room: &Room) {
    let store = view.store;
    let Some(day) = store.room_day(&room.id) else {
        return;
    };
    let mark = style::occupancy_mark(day.occupancy);
    let words = super::board::day_words(&day, view.clock);
    ui.label(format!("Today: {}", format!("{mark} {words}").trim_start()));
    let Some(arrival) = day
        .arrival
        .and_then(|id| store.arrival(id, store.alerts.rule))
    else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Arriving: {}", super::guest::who(&arrival)));
        super::guest::vip_ui(ui, arrival.guest);
    });
    if let Some(since) = arrival.waiting_since {
        let waited = super::waiting::waited_words(since, view.clock, view.now);
        ui.label(format!("{} {waited}", style::WAITING_MARK));
    }
}

/// The room's states over the chosen days, as read from history.
fn timeline_ui(
    ui: &mut egui::Ui,
    panel: &RoomPanel,
    clock: &HotelClock,
    actions: &mut Vec<Action>,
) {
    ui.separator();
    ui.horizontal(|ui| {
        ui.strong("Timeline");
        for (days, label) in [(1, "Today"), (7, "7 days"), (30, "30 days")] {
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
        ui.label("History is not kept in this session, so there is no timeline.");
        return;
    };
    match read.result() {
        None => {
            ui.spinner();
        }
        Some(Err(problem)) => {
            ui.label(format!("The timeline could not be read: {problem}"));
        }
        Some(Ok(steps)) if steps.is_empty() => {
            ui.label("No state changes in this period.");
        }
        Some(Ok(steps)) => steps_ui(ui, steps, clock),
    }
}

fn steps_ui(ui: &mut egui::Ui, steps: &[TimelineStep], clock: &HotelClock) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("timeline").striped(true).show(ui, |ui| {
            for step in steps.iter().rev() {
                ui.label(clock.format(step.received, "%a %d %b %H:%M:%S"))
                    .on_hover_text(utc_text(step.received));
                match &step.change {
                    TimelineChange::State(state) => {
                        ui.label(monitor_core::protocol::ResourceState::from_wire(state).label());
                    }
                    TimelineChange::Missed(gap) => {
                        ui.label(format!(
                            "⚠ History missed {} {} until {}: this room may have changed then",
                            gap.missed,
                            if gap.missed == 1 { "event" } else { "events" },
                            clock.format(gap.until, "%H:%M:%S")
                        ))
                        .on_hover_text(
                            "History could not be written then (for example, the disk was full), and more events came than it could hold.",
                        );
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
