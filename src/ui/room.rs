//! The selected room: its state, pin to the watch list, copy, and its
//! timeline (states with times) read from history off the UI thread. It lies
//! over an edge of the board instead of taking width from it, so no tile moves.

use chrono::{DateTime, Duration, Utc};
use poll_promise::Promise;

use crate::history::{HistoryReader, TimelineStep};
use crate::store::clock::{elapsed_minutes, utc_text};

use super::app::{Action, App};
use super::copy::{copy_menu, room_ticket};
use super::style;

type Steps = Result<Vec<TimelineStep>, String>;

/// A room's timeline as loaded, and for what.
pub struct Timeline {
    key: (String, i64, u32),
    steps: Promise<Steps>,
}

/// How far back the timeline goes, in days (1 = today).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days(pub i64);

impl Default for Days {
    fn default() -> Self {
        Days(1)
    }
}

/// How wide the room panel is.
const PANEL_WIDTH: f32 = 320.0;
/// The room panel's margin inside its frame.
const PANEL_MARGIN: f32 = 8.0;

/// Draws the room panel over an edge of `free` (the space between the
/// monitor's bars), so opening and closing it never moves a tile of the board:
/// the right edge, or the left one when the room's tile is in the right half,
/// so the panel never covers the room it shows.
pub fn room_panel(
    ctx: &egui::Context,
    free: egui::Rect,
    app: &mut App,
    room_id: &str,
    now: DateTime<Utc>,
    actions: &mut Vec<Action>,
) {
    let Some(room) = app.session.store.rooms.get(room_id).cloned() else {
        return;
    };
    let width = PANEL_WIDTH.min(free.width());
    let left = match app.selected_tile_x {
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
                    details_ui(ui, app, &room, now, actions);
                    timeline_ui(ui, app, &room, now);
                });
        });
}

/// The room's name, state, times, watch switch and copy menu.
fn details_ui(
    ui: &mut egui::Ui,
    app: &App,
    room: &crate::store::Room,
    now: DateTime<Utc>,
    actions: &mut Vec<Action>,
) {
    let clock = app.clock();
    ui.horizontal(|ui| {
        ui.heading(format!("Room {}", room.display_name()));
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
        .corner_radius(4.0)
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
    if room.changed_offline {
        ui.label("Changed while the monitor was offline (found by the resync).");
    }
    if room.unconfirmed {
        ui.label("Last known state from history; Mews has not confirmed it yet.");
    }
    let pinned = app.session.store.alerts.is_pinned(&room.id);
    let mut watch = pinned;
    if ui
        .checkbox(&mut watch, "Watch: alert me when this room is ready")
        .changed()
    {
        actions.push(Action::Pin(room.id.clone(), watch));
    }
    ui.horizontal(|ui| copy_menu(ui, &room.id, || room_ticket(room, &clock), actions));
}

/// The room's states over the chosen days, read from history off the UI thread.
fn timeline_ui(ui: &mut egui::Ui, app: &mut App, room: &crate::store::Room, now: DateTime<Utc>) {
    let clock = app.clock();
    ui.separator();
    ui.horizontal(|ui| {
        ui.strong("Timeline");
        for (days, label) in [(1, "Today"), (7, "7 days"), (30, "30 days")] {
            ui.selectable_value(&mut app.timeline_days, Days(days), label);
        }
    });
    let Some(path) = app.session.history_path().map(ToOwned::to_owned) else {
        ui.label("History is not kept in this session, so there is no timeline.");
        return;
    };
    let since = start_of_range(&clock, now, app.timeline_days.0);
    let key = (room.id.clone(), since.timestamp(), room.changes);
    if app
        .timeline
        .as_ref()
        .is_none_or(|timeline| timeline.key != key)
    {
        let (id, ctx) = (room.id.clone(), ui.ctx().clone());
        let steps = Promise::spawn_thread("timeline", move || {
            let steps = HistoryReader::open(&path)
                .and_then(|reader| reader.timeline(&id, since))
                .map_err(|error| error.to_string());
            ctx.request_repaint();
            steps
        });
        app.timeline = Some(Timeline { key, steps });
    }
    match app
        .timeline
        .as_ref()
        .and_then(|timeline| timeline.steps.ready())
    {
        None => {
            ui.spinner();
        }
        Some(Err(problem)) => {
            ui.label(format!("The timeline could not be read: {problem}"));
        }
        Some(Ok(steps)) if steps.is_empty() => {
            ui.label("No state changes in this period.");
        }
        Some(Ok(steps)) => {
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("timeline").striped(true).show(ui, |ui| {
                    for step in steps.iter().rev() {
                        ui.label(clock.format(step.received, "%a %d %b %H:%M:%S"))
                            .on_hover_text(utc_text(step.received));
                        ui.label(crate::protocol::ResourceState::from_wire(&step.state).label());
                        ui.end_row();
                    }
                });
            });
        }
    }
}

/// The start of the period: local midnight `days - 1` days ago in the hotel's zone.
fn start_of_range(
    clock: &crate::store::HotelClock,
    now: DateTime<Utc>,
    days: i64,
) -> DateTime<Utc> {
    let local_time = clock.format(now, "%H:%M:%S");
    let seconds_today = chrono::NaiveTime::parse_from_str(&local_time, "%H:%M:%S")
        .map(|time| i64::from(chrono::Timelike::num_seconds_from_midnight(&time)))
        .unwrap_or(0);
    now - Duration::seconds(seconds_today) - Duration::days(days.max(1) - 1)
}
