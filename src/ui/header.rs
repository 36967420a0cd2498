//! The tab strip and the menu of the monitor screen.

use crate::settings::{Appearance, Settings, Tab};
use monitor_core::store::ReadyRule;

use super::action::Action;

/// Tabs, connection and settings menu.
pub(crate) fn tabs_ui(ui: &mut egui::Ui, settings: &mut Settings, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            ui.selectable_value(&mut settings.tab, tab, tab.title());
        }
        ui.separator();
        ui.toggle_value(&mut settings.show_arrivals, "Arrivals")
            .on_hover_text("Show today's arrivals beside the board");
        ui.menu_button("Settings", |ui| {
            ui.label("A room is ready for check-in when it is:");
            ui.radio_value(&mut settings.ready_rule, ReadyRule::Inspected, "Inspected");
            ui.radio_value(
                &mut settings.ready_rule,
                ReadyRule::CleanOrInspected,
                "Clean or Inspected (this hotel does not inspect)",
            );
            ui.separator();
            ui.label("Look:");
            for appearance in Appearance::ALL {
                ui.radio_value(&mut settings.appearance, appearance, appearance.label());
            }
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label("Keep history for");
                ui.add(
                    egui::DragValue::new(&mut settings.keep_days)
                        .range(1..=3650)
                        .suffix(" days"),
                )
                .labelled_by(label.id)
                .on_hover_text("Takes effect at the next start");
            });
            ui.separator();
            ui.label(format!(
                "Zoom {:.0} % (Ctrl + and Ctrl − change it)",
                settings.clamped_zoom() * 100.0
            ));
            ui.separator();
            if ui.button("Connection…").clicked() {
                actions.push(Action::OpenConnectionScreen);
                ui.close();
            }
        });
    });
}
