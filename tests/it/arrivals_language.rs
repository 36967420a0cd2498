//! The Arrivals panel in the desk's language: a window built in Czech counts arrivals
//! with Czech's plural forms (1 příjezd, 3 příjezdy, 5 příjezdů) and says its labels,
//! buttons and notices in Czech.

use chrono::{Duration, Utc};
use egui_kittest::kittest::Queryable;
use mews_monitor::i18n::{Language, Translator};
use mews_monitor::policy::Policy;
use mews_monitor::settings::Settings;
use mews_monitor::ui::Screen;
use monitor_core::protocol::{HotelDay, ReservationRecord, ReservationState, ResourceState};
use monitor_core::store::{Readiness, Store};
use monitor_engine::credentials::CredentialStore;

use crate::ui::{Fixture, Glyphs, Parts, demo_hotel_store, runtime, window_of};

/// The window over `store`, built in `language` (as `--lang` or the settings start it).
fn window_in(language: Language, store: Store) -> Fixture {
    let parts = Parts {
        store,
        settings: Settings::default(),
        policy: Policy::default(),
        language,
        glyphs: Glyphs::BoxesAllowed,
    };
    window_of(runtime(), parts, Ok(CredentialStore::in_memory()), |app| {
        app.set_screen(Screen::Monitor)
    })
}

/// The demo hotel with five arrivals at 14:00 today (1001, 1002, 1003, 2001, 2002), the
/// first in the room 103 that is Inspected, the others with no room yet.
fn five_arrivals() -> Store {
    let mut store = demo_hotel_store();
    let ready = store
        .rooms
        .all()
        .iter()
        .find(|room| room.display_name() == "103" && room.state == Some(ResourceState::Inspected))
        .map(|room| room.id.clone())
        .expect("room 103");
    let now = Utc::now();
    let day = HotelDay::containing(Some("UTC"), now).expect("zone");
    let records: Vec<ReservationRecord> = ["1001", "1002", "1003", "2001", "2002"]
        .into_iter()
        .map(|number| ReservationRecord {
            id: format!("reservation-{number}"),
            number: Some(number.into()),
            state: Some(ReservationState::Confirmed),
            assigned_resource_id: (number == "1001").then(|| ready.clone()),
            rate_id: None,
            scheduled_start_utc: Some(day.start_utc + Duration::hours(14)),
            scheduled_end_utc: Some(day.start_utc + Duration::hours(38)),
            account_id: None,
        })
        .collect();
    store.seed_arrivals(day, &records, now);
    store
}

/// Types `text` into the (emptied) search box labelled `label`.
fn search(window: &mut Fixture, label: &str, text: &str) {
    if let Some(clear) = window.harness.query_by_label("Vymazat") {
        clear.click();
        window.harness.run();
    }
    window.harness.get_by_label(label).focus();
    window.harness.run();
    window.harness.get_by_label(label).type_text(text);
    window.harness.run();
}

#[test]
fn the_arrivals_panel_counts_and_speaks_in_czech() {
    let mut window = window_in(Language::Czech, five_arrivals());
    let czech = Translator::new(Language::Czech);
    let harness = &window.harness;
    harness.get_by_label_contains("Dnes v hotelu: ");
    let ready = czech.words().readiness(Readiness::Ready);
    harness.get_by_label(&format!("1001 · 14:00 · {ready}"));
    assert_eq!(
        harness.query_all_by_label("⚠ Není přidělen pokoj").count(),
        4,
        "the four arrivals without a room"
    );
    let label = "Najít hosta nebo rezervaci";
    search(&mut window, label, "1001");
    window.harness.get_by_label("Odpovídá 1 příjezd z 5");
    search(&mut window, label, "100");
    window.harness.get_by_label("Odpovídají 3 příjezdy z 5");
    search(&mut window, label, "0");
    window.harness.get_by_label("Odpovídá 5 příjezdů z 5");
    search(&mut window, label, "9");
    window.harness.get_by_label("Žádný příjezd neodpovídá");
    assert!(
        window
            .harness
            .query_by_label("Find a guest or reservation")
            .is_none(),
        "no English left in the panel"
    );
    search(&mut window, label, "1001");
    window.harness.get_by_label("Host čeká").click();
    window.harness.run();
    window.harness.get_by_label("⏳ Čeká: 1 host");
    window.harness.get_by_label("Rezervace 1001");
    window
        .harness
        .get_by_label_contains("✔ Pokoj 103 je připraven (");
    window.harness.get_by_label("Už nečeká");
    window
        .harness
        .get_by_label(&format!("1001 · 14:00 · {ready}"))
        .click_secondary();
    window.harness.run();
    window
        .harness
        .get_by_label("Kopírovat číslo rezervace")
        .click();
    window.harness.run();
    window.harness.get_by_label("Číslo rezervace zkopírováno");
}
