//! Brief notices ("Copied id") and the alert banner that stays until acknowledged.

use std::time::{Duration, Instant};

use monitor_core::store::{Alert, HotelClock, Store};

use super::action::Action;
use super::style;

/// How long a brief notice stays.
const TOAST_FOR: Duration = Duration::from_millis(1800);

/// Brief notices.
#[derive(Debug, Default)]
pub(crate) struct Notices {
    toast: Option<(String, Instant)>,
}

impl Notices {
    /// Shows `text` briefly.
    pub(crate) fn toast(&mut self, text: String) {
        self.toast = Some((text, Instant::now() + TOAST_FOR));
    }

    /// The brief notice shown now, if any.
    pub(crate) fn current_toast(&self) -> Option<&str> {
        self.toast
            .as_ref()
            .filter(|(_, until)| *until > Instant::now())
            .map(|(text, _)| text.as_str())
    }

    /// When the notice will go away, so the window can repaint then.
    pub(crate) fn next_change(&self) -> Option<Duration> {
        let (_, until) = self.toast.as_ref()?;
        until.checked_duration_since(Instant::now())
    }

    /// Draws the brief notice at the bottom right.
    pub(crate) fn toast_ui(&mut self, ctx: &egui::Context) {
        let Some(text) = self.current_toast().map(str::to_owned) else {
            self.toast = None;
            return;
        };
        egui::Area::new(egui::Id::unique("toast"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -40.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(egui::RichText::new(text).strong());
                });
            });
    }
}

/// How many alerts the banner lists; the rest are counted.
const BANNER_LINES: usize = 4;

/// The banner of open alerts (one per room, newest first), each with an
/// Acknowledge button, and "Acknowledge all" when there are several.
///
/// While any alert is open the banner keeps one height, whatever their number,
/// so the board below does not move as alerts come and go.
pub(crate) fn alerts_ui(
    ui: &mut egui::Ui,
    alerts: &[Alert],
    store: &Store,
    clock: &HotelClock,
    actions: &mut Vec<Action>,
) {
    let (fill, text) = style::alert_colours(ui.visuals());
    egui::Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.visuals_mut().override_text_color = Some(text);
            let row = ui.spacing().interact_size.y;
            ui.horizontal(|ui| {
                ui.set_min_height(row);
                let count = match alerts.len() {
                    1 => "1 open alert".to_owned(),
                    n if n > BANNER_LINES => {
                        format!("{n} open alerts; waiting guests and the newest are shown")
                    }
                    n => format!("{n} open alerts"),
                };
                ui.label(egui::RichText::new(count).strong().color(text));
                if alerts.len() > 1
                    && ui
                        .button(format!("Acknowledge all {}", alerts.len()))
                        .on_hover_text("Remove every alert from this banner")
                        .clicked()
                {
                    actions.push(Action::AcknowledgeAll);
                }
            });
            // Waiting guests' rooms first (the store keeps them first), then the newest.
            let waits = |alert: &&Alert| store.waiting_for(alert).is_some();
            let waiting = alerts.iter().filter(waits);
            let others = alerts.iter().rev().filter(|alert| !waits(alert));
            for alert in waiting.chain(others).take(BANNER_LINES) {
                ui.horizontal(|ui| {
                    ui.set_min_height(row);
                    let state = alert.kind.state();
                    ui.label(
                        egui::RichText::new(style::room_mark(Some(&state)))
                            .size(16.0)
                            .color(text),
                    );
                    ui.label(
                        egui::RichText::new(alert_line(alert, store, clock))
                            .strong()
                            .color(text),
                    );
                    if ui
                        .button("Acknowledge")
                        .on_hover_text("Remove this notice")
                        .clicked()
                    {
                        actions.push(Action::Acknowledge(alert.id));
                    }
                });
            }
            let empty = BANNER_LINES.saturating_sub(alerts.len()) as f32;
            ui.add_space(empty * (row + ui.spacing().item_spacing.y));
        });
}

/// One banner line, e.g. "Room 101 is ready (Inspected) · 14:05 · 3 times · now Dirty".
/// The room's name is the one known now (an alert from before the names arrived has its id).
/// For a waiting guest it names them ([`Store::alert_message`]).
pub(crate) fn alert_line(alert: &Alert, store: &Store, clock: &HotelClock) -> String {
    let room = store.rooms.get(&alert.room_id);
    let message = match room {
        Some(room) => store.alert_message(&Alert {
            room_name: room.display_name().to_owned(),
            ..alert.clone()
        }),
        None => store.alert_message(alert),
    };
    let mut line = format!("{message} · {}", clock.time(alert.at));
    if alert.fired > 1 {
        line.push_str(&format!(" · {} times", alert.fired));
    }
    let now = room.and_then(|room| room.state.as_ref());
    if let Some(now) = now.filter(|now| **now != alert.kind.state()) {
        line.push_str(&format!(" · now {}", now.label()));
    }
    line
}
