//! The organisation's policy in the window: read from a real policy file, what it sets is
//! shown, marked "Set by your organisation" and cannot be changed; a locked connection
//! offers no choice of where to connect; a value that makes no sense is in the Problems
//! window.
//!
//! (The Windows registry and `tail` under a machine policy: `windows_program`.)

use egui_kittest::kittest::{NodeT, Queryable};
use mews_monitor::policy::{Policy, read};
use mews_monitor::settings::{Settings, Tab};
use mews_monitor::ui::Screen;
use monitor_core::store::ReadyRule;
use monitor_engine::credentials::CredentialStore;

use crate::ui::{Fixture, app, demo_hotel_store, runtime, window_under};

/// The policy a file with `json` gives, read as the app reads `/etc/mews-monitor/policy.json`.
fn policy_file(json: &str) -> Policy {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("policy.json");
    std::fs::write(&path, json).expect("written");
    read::policy(mews_monitor::policy::file::layers(&path))
}

fn window(policy: Policy, settings: Settings, monitor: bool) -> Fixture {
    window_under(
        runtime(),
        demo_hotel_store(),
        settings,
        policy,
        Ok(CredentialStore::in_memory()),
        |app| {
            if monitor {
                app.set_screen(Screen::Monitor);
            }
        },
    )
}

#[test]
fn a_locked_connection_shows_where_it_connects_and_offers_no_other_place() {
    let policy = policy_file(r#"{"Environment": "production", "LockConnection": 1}"#);
    let mut fixture = window(policy, Settings::default(), false);
    assert_eq!(app(&mut fixture).screen(), Screen::Connect);
    for other in [
        "Built-in demo hotel (no Mews account needed)",
        "Mews demo",
        "Custom addresses",
    ] {
        assert!(
            fixture.harness.query_by_label(other).is_none(),
            "{other} is not offered"
        );
    }
    fixture.harness.get_by_label("Mews production");
    fixture.harness.get_by_label("Set by your organisation");
    // Tokens are each desk's own: still typed here.
    fixture.harness.get_by_label("ClientToken");
    assert_eq!(
        app(&mut fixture).settings().connection.profile().name(),
        "default",
        "production's tokens"
    );

    // The proxy is part of where it connects: shown, not editable.
    fixture.harness.get_by_label("Advanced: proxy").click();
    fixture.harness.run();
    assert!(
        fixture
            .harness
            .get_by_label("Proxy address")
            .accesskit_node()
            .is_disabled()
    );
    assert_eq!(
        fixture
            .harness
            .query_all_by_label("Set by your organisation")
            .count(),
        2
    );
}

#[test]
fn custom_addresses_from_the_policy_are_shown_without_fields_to_edit() {
    let policy = policy_file(
        r#"{"WebSocketUrl": "wss://ws.hotel-group.example", "ApiUrl": "https://api.hotel-group.example"}"#,
    );
    let fixture = window(policy, Settings::default(), false);
    fixture.harness.get_by_label("Custom addresses");
    fixture
        .harness
        .get_by_label("WebSocket address: wss://ws.hotel-group.example");
    fixture
        .harness
        .get_by_label("REST address: https://api.hotel-group.example");
    assert!(fixture.harness.query_by_label("Mews production").is_none());
}

#[test]
fn the_ready_rule_and_history_days_the_policy_sets_cannot_be_changed_in_settings() {
    let policy = policy_file(r#"{"ReadyRule": "clean", "HistoryDays": 30}"#);
    let settings = Settings {
        tab: Tab::Board,
        ready_rule: ReadyRule::Inspected,
        keep_days: 400,
        ..Settings::default()
    };
    let mut fixture = window(policy, settings, true);
    assert_eq!(
        app(&mut fixture).session().store().alerts.rule,
        ReadyRule::CleanOrInspected,
        "the policy's rule is the one alerts follow"
    );
    assert_eq!(app(&mut fixture).settings().keep_days, 30);
    fixture.harness.get_by_label("Settings").click();
    fixture.harness.run();
    for label in [
        "Inspected",
        "Clean or Inspected (this hotel does not inspect)",
    ] {
        let radio = fixture.harness.get_by_label(label);
        assert!(radio.accesskit_node().is_disabled(), "{label} is fixed");
    }
    assert_eq!(
        fixture
            .harness
            .query_all_by_label("Set by your organisation")
            .count(),
        2
    );
    // What the policy leaves alone stays the desk's to choose.
    assert!(
        !fixture
            .harness
            .get_by_label("Light")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn without_a_policy_nothing_is_marked() {
    let mut fixture = window(Policy::default(), Settings::default(), false);
    fixture
        .harness
        .get_by_label("Built-in demo hotel (no Mews account needed)");
    assert!(
        fixture
            .harness
            .query_by_label("Set by your organisation")
            .is_none()
    );
    app(&mut fixture).set_screen(Screen::Monitor);
    fixture.harness.run();
    fixture.harness.get_by_label("Settings").click();
    fixture.harness.run();
    assert!(
        !fixture
            .harness
            .get_by_label("Inspected")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn a_value_that_makes_no_sense_is_named_in_the_problems_window_and_ignored() {
    let policy = policy_file(r#"{"ReadyRule": "sometimes", "HistoryDays": 30}"#);
    let mut fixture = window(policy, Settings::default(), true);
    assert_eq!(
        app(&mut fixture).settings().ready_rule,
        ReadyRule::Inspected
    );
    assert_eq!(app(&mut fixture).settings().keep_days, 30);
    fixture.harness.get_by_label("1 problem").click();
    fixture.harness.run();
    fixture.harness.get_by_label_contains(
        "Your organisation's setting ReadyRule (computer policy) is \"sometimes\", which cannot be used: it should be inspected or clean. It is ignored.",
    );
}
