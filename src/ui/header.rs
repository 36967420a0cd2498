//! The tab strip and the menu of the monitor screen.

use crate::i18n::{Language, Translator};
use crate::policy::Policy;
use crate::settings::{Appearance, Settings, Tab};
use crate::tr;
use monitor_core::store::ReadyRule;

use super::action::Action;
use super::fields::set_by_organisation;

/// Tabs, connection and settings menu; every change is an action. What `policy` sets is
/// shown, marked, and cannot be changed.
pub(crate) fn tabs_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    policy: &Policy,
    t: &Translator,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            if ui
                .selectable_label(settings.tab == tab, t.text(tab.title()))
                .clicked()
            {
                actions.push(Action::ShowTab(tab));
            }
        }
        ui.separator();
        let arrivals = ui
            .selectable_label(settings.show_arrivals, tr!(t, "arrivals-toggle"))
            .on_hover_text(tr!(t, "arrivals-toggle-hover"));
        if arrivals.clicked() {
            actions.push(Action::ShowArrivals(!settings.show_arrivals));
        }
        ui.menu_button(tr!(t, "settings-menu"), |ui| {
            settings_menu_ui(ui, settings, policy, t, actions);
        });
    });
}

/// The settings menu's contents.
fn settings_menu_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    policy: &Policy,
    t: &Translator,
    actions: &mut Vec<Action>,
) {
    ui.label(tr!(t, "settings-ready-rule"));
    let fixed = policy.ready_rule.is_some();
    for (rule, label) in [
        (ReadyRule::Inspected, tr!(t, "settings-ready-inspected")),
        (ReadyRule::CleanOrInspected, tr!(t, "settings-ready-clean")),
    ] {
        let radio = egui::RadioButton::new(settings.ready_rule == rule, label);
        if ui.add_enabled(!fixed, radio).clicked() {
            actions.push(Action::SetReadyRule(rule));
        }
    }
    if fixed {
        set_by_organisation(ui, t);
    }
    ui.separator();
    ui.label(tr!(t, "settings-look"));
    for appearance in Appearance::ALL {
        if ui
            .radio(
                settings.appearance == appearance,
                t.text(appearance.label()),
            )
            .clicked()
        {
            actions.push(Action::SetAppearance(appearance));
        }
    }
    ui.separator();
    language_ui(ui, settings.language, t, actions);
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label(tr!(t, "settings-keep-history"));
        let mut days = settings.keep_days;
        let fixed = policy.history_days.is_some();
        let changed = ui
            .add_enabled(
                !fixed,
                egui::DragValue::new(&mut days)
                    .range(1..=3650)
                    .custom_formatter(|days, _| tr!(t, "settings-keep-history-days", count = days))
                    .custom_parser(|typed| {
                        let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
                        digits.parse().ok()
                    }),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!(t, "settings-keep-history-hover"))
            .changed();
        if changed {
            actions.push(Action::KeepDays(days));
        }
        if fixed {
            set_by_organisation(ui, t);
        }
    });
    ui.separator();
    let percent = format!("{:.0}", settings.clamped_zoom() * 100.0);
    ui.label(tr!(t, "settings-zoom", percent = percent));
    ui.separator();
    if ui.button(tr!(t, "settings-connection")).clicked() {
        actions.push(Action::OpenConnectionScreen);
        ui.close();
    }
}

/// The language choice: the computer's, or one of the languages by its own name.
fn language_ui(
    ui: &mut egui::Ui,
    chosen: Option<Language>,
    t: &Translator,
    actions: &mut Vec<Action>,
) {
    ui.label(tr!(t, "settings-language"));
    let computer = Language::best(crate::i18n::system::preferred().iter().map(String::as_str));
    let system = tr!(
        t,
        "settings-language-system",
        language = computer.native_name()
    );
    if ui.radio(chosen.is_none(), system).clicked() {
        actions.push(Action::SetLanguage(None));
    }
    ui.horizontal_wrapped(|ui| {
        for language in Language::ALL {
            if ui
                .radio(chosen == Some(language), language.native_name())
                .clicked()
            {
                actions.push(Action::SetLanguage(Some(language)));
            }
        }
    });
}
