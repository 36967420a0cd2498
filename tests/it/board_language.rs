//! The board, the room panel and the tables in another language: German here, with the
//! counts grouped as German writes them.

use egui_kittest::kittest::Queryable;
use mews_monitor::i18n::{Language, Translator};
use mews_monitor::settings::{Settings, Tab};
use mews_monitor::ui::board::chip_label;
use monitor_core::protocol::ResourceState;
use monitor_engine::trouble::{Trouble, WriteFailure};

use crate::ui::{Fixture, Glyphs, app, monitor_speaking};

/// The demo hotel's monitor on `tab`, speaking `language` from the first frame.
fn monitor_in(language: Language, tab: Tab) -> Fixture {
    let settings = Settings {
        tab,
        ..Settings::default()
    };
    monitor_speaking(language, settings, Glyphs::BoxesAllowed)
}

#[test]
fn the_board_the_room_panel_and_the_rooms_table_speak_german() {
    let german = Translator::new(Language::German);
    let mut window = monitor_in(Language::German, Tab::Board);
    let harness = &window.harness;
    harness.get_by_label("Etage 0 · 45 Zimmer");
    harness.get_by_label_contains("1.376 von 1.376 Zimmern angezeigt");
    harness.get_by_label("Zimmer suchen");
    harness.get_by_label("Alle Zimmer zeigen");
    let counts = app(&mut window).session().store().rooms.counts();
    let out_of_order = chip_label(Some(&ResourceState::OutOfOrder), &counts, &german);
    assert!(out_of_order.ends_with(": 3"), "{out_of_order}");
    window.harness.get_by_label(&out_of_order);
    assert!(
        window
            .harness
            .query_by_label_contains("Room 0005,")
            .is_none(),
        "no English tile names"
    );
    window
        .harness
        .get_by_label_contains("Zimmer 0005, ")
        .click();
    window.harness.run();
    window.harness.get_by_label("Zimmer 0005");
    window.harness.get_by_label("Schließen");
    window
        .harness
        .get_by_label("Beobachten: mich benachrichtigen, wenn dieses Zimmer bereit ist");
    window.harness.get_by_label("Zeitleiste");
    window.harness.get_by_label("7 Tage");

    app(&mut window).settings_mut().tab = Tab::Rooms;
    window.harness.run();
    window.harness.get_by_label("1.376 Zimmer");
    for column in ["Etage", "Zustand", "Vorher", "Änderungen"] {
        window.harness.get_by_label(column);
    }
}

#[test]
fn choosing_a_language_in_settings_applies_at_once_and_is_kept() {
    let mut window = monitor_in(Language::English, Tab::Board);
    window.harness.get_by_label("Settings").click();
    window.harness.run();
    window.harness.get_by_label("Čeština").click();
    window.harness.run();
    // The same frame's words, without a restart: tabs, the menu and the status bar.
    window.harness.get_by_label("Pokoje");
    window.harness.get_by_label("Nastavení");
    assert_eq!(
        app(&mut window).settings().language,
        Some(Language::Czech),
        "kept in the settings"
    );
    // Back to following the computer.
    window.harness.get_by_label("Nastavení").click();
    window.harness.run();
    window
        .harness
        .get_by_label_contains("Podle nastavení počítače (")
        .click();
    window.harness.run();
    assert_eq!(app(&mut window).settings().language, None);
}

/// The rectangles of the nodes labelled `labels`: the top-most of each (the tab strip's
/// "Arrivals" over the panel's heading of the same words).
fn rects(window: &Fixture, labels: &[String]) -> Vec<(String, egui::Rect)> {
    labels
        .iter()
        .map(|label| {
            let rect = window
                .harness
                .query_all_by_label(label)
                .map(|node| node.rect())
                .min_by(|a, b| a.top().total_cmp(&b.top()))
                .unwrap_or_else(|| panic!("{label} is shown"));
            (label.clone(), rect)
        })
        .collect()
}

#[test]
fn at_150_percent_no_tab_chip_or_status_text_is_cut_off_or_overlaps_in_any_language() {
    for language in Language::ALL {
        let t = Translator::new(language);
        let mut window = monitor_in(language, Tab::Board);
        window.harness.ctx.set_zoom_factor(1.5);
        window.harness.run();
        let screen = window.harness.ctx.content_rect();
        let mut labels: Vec<String> = [
            "tab-board",
            "tab-rooms",
            "tab-reservations",
            "tab-commands",
            "tab-prices",
            "tab-log",
            "arrivals-toggle",
            "settings-menu",
            "status-not-connected",
        ]
        .iter()
        .map(|id| t.text(id))
        .collect();
        labels.push(mews_monitor::tr!(t, "status-problems", count = 0));
        labels.push(t.text("board-show-all"));
        // The board's state chips, with their counts.
        let counts = app(&mut window).session().store().rooms.counts();
        let states = ResourceState::KNOWN.iter().map(Some).chain([None]);
        labels.extend(states.map(|state| chip_label(state, &counts, &t)));
        let found = rects(&window, &labels);
        for (label, rect) in &found {
            assert!(
                screen.contains_rect(rect.shrink(0.5)),
                "{}: {label} is cut off at {rect:?} (window {screen:?})",
                language.code()
            );
        }
        for (at, (label, rect)) in found.iter().enumerate() {
            for (other, other_rect) in &found[at + 1..] {
                assert!(
                    !rect.shrink(0.5).intersects(other_rect.shrink(0.5)),
                    "{}: {label} overlaps {other}",
                    language.code()
                );
            }
        }
    }
}

#[test]
#[ignore = "needs a Japanese font (Debian: fonts-ipafont-gothic)"]
fn every_language_and_the_language_menu_are_drawn_without_boxes() {
    for language in Language::ALL {
        // Fails on any character no installed font (egui's or the system's) can draw.
        let mut window = monitor_speaking(language, Settings::default(), Glyphs::EveryOneDrawn);
        let t = Translator::new(language);
        window
            .harness
            .get_by_label(&t.text("settings-menu"))
            .click();
        window.harness.run();
        window.harness.get_by_label("日本語");
        window.harness.get_by_label("Čeština");
    }
}

#[test]
fn problems_are_told_in_the_desks_language() {
    let mut window = monitor_in(Language::German, Tab::Board);
    let paused = Trouble::HistoryPaused {
        why: WriteFailure::DiskFull,
        waiting: 1_234,
    };
    app(&mut window)
        .session_mut()
        .report_problem(chrono::Utc::now(), paused.clone());
    window.harness.run();
    window.harness.get_by_label("1 Problem").click();
    window.harness.run();
    let german = Translator::new(Language::German).trouble(&paused);
    assert!(german.contains("1.234"), "{german}");
    window.harness.get_by_label(&german);
    assert!(
        window
            .harness
            .query_by_label_contains("History is paused")
            .is_none(),
        "no English sentence"
    );
}
