//! The tab strip and the menu of the monitor screen.

use crate::policy::Policy;
use crate::settings::{Appearance, Settings, Tab};
use monitor_core::store::ReadyRule;

use super::action::Action;
use super::fields::set_by_organisation;

/// Tabs, connection and settings menu; every change is an action. What `policy` sets is
/// shown, marked, and cannot be changed.
pub(crate) fn tabs_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    policy: &Policy,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            if ui
                .selectable_label(settings.tab == tab, tab.title())
                .clicked()
            {
                actions.push(Action::ShowTab(tab));
            }
        }
        ui.separator();
        let arrivals = ui
            .selectable_label(settings.show_arrivals, "Arrivals")
            .on_hover_text("Show today's arrivals beside the board");
        if arrivals.clicked() {
            actions.push(Action::ShowArrivals(!settings.show_arrivals));
        }
        ui.menu_button("Settings", |ui| {
            ui.label("A room is ready for check-in when it is:");
            let fixed = policy.ready_rule.is_some();
            for (rule, label) in [
                (ReadyRule::Inspected, "Inspected"),
                (
                    ReadyRule::CleanOrInspected,
                    "Clean or Inspected (this hotel does not inspect)",
                ),
            ] {
                let radio = egui::RadioButton::new(settings.ready_rule == rule, label);
                if ui.add_enabled(!fixed, radio).clicked() {
                    actions.push(Action::SetReadyRule(rule));
                }
            }
            if fixed {
                set_by_organisation(ui);
            }
            ui.separator();
            ui.label("Look:");
            for appearance in Appearance::ALL {
                if ui
                    .radio(settings.appearance == appearance, appearance.label())
                    .clicked()
                {
                    actions.push(Action::SetAppearance(appearance));
                }
            }
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label("Keep history for");
                let mut days = settings.keep_days;
                let fixed = policy.history_days.is_some();
                let changed = ui
                    .add_enabled(
                        !fixed,
                        egui::DragValue::new(&mut days)
                            .range(1..=3650)
                            .suffix(" days"),
                    )
                    .labelled_by(label.id)
                    .on_hover_text("Takes effect at the next start")
                    .changed();
                if changed {
                    actions.push(Action::KeepDays(days));
                }
                if fixed {
                    set_by_organisation(ui);
                }
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
