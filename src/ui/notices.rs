//! Brief notices ("Copied id") and the alert banner that stays until acknowledged.

use std::time::{Duration, Instant};

use crate::store::{Alert, HotelClock};

use super::app::Action;
use super::style;

/// How long a brief notice stays.
const TOAST_FOR: Duration = Duration::from_millis(1800);

/// Brief notices.
#[derive(Debug, Default)]
pub struct Notices {
    toast: Option<(String, Instant)>,
}

impl Notices {
    /// Shows `text` briefly.
    pub fn toast(&mut self, text: String) {
        self.toast = Some((text, Instant::now() + TOAST_FOR));
    }

    /// The brief notice shown now, if any.
    pub fn current_toast(&self) -> Option<&str> {
        self.toast
            .as_ref()
            .filter(|(_, until)| *until > Instant::now())
            .map(|(text, _)| text.as_str())
    }

    /// When the notice will go away, so the window can repaint then.
    pub fn next_change(&self) -> Option<Duration> {
        let (_, until) = self.toast.as_ref()?;
        until.checked_duration_since(Instant::now())
    }

    /// Draws the brief notice at the bottom right.
    pub fn toast_ui(&mut self, ctx: &egui::Context) {
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

/// The banner of open alerts, each with an Acknowledge button.
pub fn alerts_ui(
    ui: &mut egui::Ui,
    alerts: &[Alert],
    clock: &HotelClock,
    actions: &mut Vec<Action>,
) {
    egui::Frame::new()
        .fill(style::ALERT_FILL)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.visuals_mut().override_text_color = Some(egui::Color32::BLACK);
            for alert in alerts.iter().rev().take(4) {
                ui.horizontal(|ui| {
                    ui.label(egui::RichText::new("🔔").size(16.0));
                    ui.label(
                        egui::RichText::new(format!(
                            "{} · {}",
                            alert.message(),
                            clock.time(alert.at)
                        ))
                        .strong(),
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
            if alerts.len() > 4 {
                ui.label(format!("and {} more alerts", alerts.len() - 4));
            }
        });
}
