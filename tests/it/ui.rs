//! The desktop UI driven through its accessible labels (egui_kittest, no display).

use chrono::Utc;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mews_monitor::i18n::Language;
use mews_monitor::policy::Policy;
use mews_monitor::settings::{Place, Settings, Tab};
use mews_monitor::ui::{App, AppParts, Screen};
use monitor_core::protocol::{ResourceState, parse_frame};
use monitor_core::store::Store;
use monitor_engine::credentials::{CredentialStore, KeyringError};
use monitor_engine::net::{ConnectionStatus, NetEvent};
use monitor_engine::session::{RouteProxy, Session};
use monitor_engine::sim::SimConfig;

pub(crate) struct Fixture {
    _runtime: tokio::runtime::Runtime,
    pub(crate) harness: Harness<'static, Option<App>>,
}

pub(crate) fn demo_hotel_store() -> Store {
    let mut store = Store::default();
    let config = SimConfig::built_in_demo_hotel().expect("built-in hotel");
    store.seed_rooms(&config.resources, Utc::now());
    store
}

/// A runtime for the app's background work.
pub(crate) fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime")
}

/// The window over `store` with `settings`; `prepare` adjusts the app before the first frame.
fn window(
    runtime: tokio::runtime::Runtime,
    store: Store,
    settings: Settings,
    keyring: Result<CredentialStore, KeyringError>,
    prepare: impl FnOnce(&mut App),
) -> Fixture {
    window_under(
        runtime,
        store,
        settings,
        Policy::default(),
        keyring,
        prepare,
    )
}

/// [`window`] under the organisation's `policy`, applied to `settings` as start-up does.
pub(crate) fn window_under(
    runtime: tokio::runtime::Runtime,
    store: Store,
    settings: Settings,
    policy: Policy,
    keyring: Result<CredentialStore, KeyringError>,
    prepare: impl FnOnce(&mut App),
) -> Fixture {
    let parts = Parts {
        store,
        settings,
        policy,
        language: Language::English,
        glyphs: Glyphs::BoxesAllowed,
    };
    window_of(runtime, parts, keyring, prepare)
}

/// What a test window is built from besides its runtime and keyring.
pub(crate) struct Parts {
    /// What the monitor knows.
    pub store: Store,
    /// The saved settings.
    pub settings: Settings,
    /// What the organisation sets.
    pub policy: Policy,
    /// The language from the first frame.
    pub language: Language,
    /// Whether a character no font has may be drawn as a box.
    pub glyphs: Glyphs,
}

/// What a test window does with a character no installed font has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Glyphs {
    /// Draws a box: the test is about something else.
    BoxesAllowed,
    /// Fails the test: it checks that everything is drawn.
    EveryOneDrawn,
}

/// The demo hotel's monitor screen speaking `language`, with `settings`.
pub(crate) fn monitor_speaking(language: Language, settings: Settings, glyphs: Glyphs) -> Fixture {
    let parts = Parts {
        store: demo_hotel_store(),
        settings,
        policy: Policy::default(),
        language,
        glyphs,
    };
    window_of(runtime(), parts, Ok(CredentialStore::in_memory()), |app| {
        app.set_screen(Screen::Monitor)
    })
}

/// The window of `parts`; `prepare` adjusts the app before the first frame.
pub(crate) fn window_of(
    runtime: tokio::runtime::Runtime,
    parts: Parts,
    keyring: Result<CredentialStore, KeyringError>,
    prepare: impl FnOnce(&mut App),
) -> Fixture {
    let Parts {
        store,
        mut settings,
        policy,
        language,
        glyphs,
    } = parts;
    policy.enforce(&mut settings);
    // A character no installed font has is drawn as a box here, so these tests run on a
    // computer without Japanese fonts (the language menu names 日本語); that every
    // language is drawn without boxes is checked on its own, with a Japanese font
    // (board_language::every_language_and_the_language_menu_are_drawn_without_boxes).
    let builder = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(12);
    let builder = if glyphs == Glyphs::BoxesAllowed {
        builder.allow_missing_glyphs()
    } else {
        builder
    };
    let mut harness = builder.build_ui_state(
        |ui, app: &mut Option<App>| {
            if let Some(app) = app {
                app.logic(ui.ctx());
                app.show(ui);
            }
        },
        None,
    );
    let mut app = App::new(
        &harness.ctx,
        AppParts {
            session: Session::new(store),
            settings,
            runtime: runtime.handle().clone(),
            keyring,
            demo: None,
            language,
            policy,
        },
    );
    prepare(&mut app);
    *harness.state_mut() = Some(app);
    harness.run();
    Fixture {
        _runtime: runtime,
        harness,
    }
}

/// The demo hotel's window with `settings`, on the monitor screen (as after connecting) if asked.
fn app_with(settings: Settings, screen_monitor: bool) -> Fixture {
    window(
        runtime(),
        demo_hotel_store(),
        settings,
        Ok(CredentialStore::in_memory()),
        |app| {
            if screen_monitor {
                app.set_screen(Screen::Monitor);
            }
        },
    )
}

fn monitor(tab: Tab) -> Fixture {
    let settings = Settings {
        tab,
        ..Settings::default()
    };
    app_with(settings, true)
}

pub(crate) fn app(fixture: &mut Fixture) -> &mut App {
    fixture.harness.state_mut().as_mut().expect("app built")
}

/// Hands `frame` to the session as if just received, without drawing.
fn deliver(fixture: &mut Fixture, frame: &str) {
    let parsed = parse_frame(frame);
    app(fixture).session_mut().handle(NetEvent::Frame {
        received: Utc::now(),
        events: parsed.events,
        problems: parsed.problems,
    });
}

fn send(fixture: &mut Fixture, frame: &str) {
    deliver(fixture, frame);
    fixture.harness.run();
}

/// Focuses the field labelled `label` and types `text` into it.
fn type_into(fixture: &mut Fixture, label: &str, text: &str) {
    fixture.harness.get_by_label(label).focus();
    fixture.harness.run();
    fixture.harness.get_by_label(label).type_text(text);
    fixture.harness.run();
}

/// The id of the room named `name` in `state` (the demo hotel has untidy, repeated names).
fn room_id(fixture: &mut Fixture, name: &str, state: &str) -> String {
    app(fixture)
        .session()
        .store()
        .rooms
        .all()
        .iter()
        .find(|room| {
            room.display_name() == name && room.state.as_ref().map(|s| s.label()) == Some(state)
        })
        .map(|room| room.id.clone())
        .expect("room in the fixture")
}

fn chip(fixture: &mut Fixture, state: &ResourceState) -> String {
    let counts = app(fixture).session().store().rooms.counts();
    let t = mews_monitor::i18n::Translator::default();
    mews_monitor::ui::board::chip_label(Some(state), &counts, &t)
}

fn copied(fixture: &Fixture) -> Vec<String> {
    fixture
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_board_shows_the_demo_hotels_rooms_by_floor() {
    let fixture = monitor(Tab::Board);
    let harness = &fixture.harness;
    harness.get_by_label("Floor 0 · 45 rooms");
    harness.get_by_label_contains("Room 0005, Out of service");
    harness.get_by_label_contains("Showing 1,376 of 1,376 rooms");
    harness.get_by_label("⛔ Out of order: 3");
}

#[test]
fn a_resource_event_turns_a_dirty_tile_clean_and_the_counts_follow() {
    let mut fixture = monitor(Tab::Board);
    let room = room_id(&mut fixture, "0001", "Dirty");
    let (clean, dirty) = (
        chip(&mut fixture, &ResourceState::Clean),
        chip(&mut fixture, &ResourceState::Dirty),
    );
    fixture.harness.get_by_label(&clean);
    fixture.harness.get_by_label_contains("Room 0001, Dirty");
    send(
        &mut fixture,
        &format!(r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"Clean"}}]}}"#),
    );
    fixture.harness.get_by_label("Room 0001, Clean, <1 min");
    let (clean_after, dirty_after) = (
        chip(&mut fixture, &ResourceState::Clean),
        chip(&mut fixture, &ResourceState::Dirty),
    );
    assert_ne!(clean, clean_after);
    assert!(fixture.harness.query_by_label(&clean).is_none());
    fixture.harness.get_by_label(&clean_after);
    fixture.harness.get_by_label(&dirty_after);
    assert!(fixture.harness.query_by_label(&dirty).is_none());
}

#[test]
fn search_and_state_switches_narrow_the_board() {
    let mut fixture = monitor(Tab::Board);
    type_into(&mut fixture, "Search rooms", "Sirius");
    fixture.harness.get_by_label_contains("Room 0. Sirius");
    fixture.harness.get_by_label_contains("Showing 1 of ");
    assert!(
        fixture
            .harness
            .query_by_label_contains("Room 0001,")
            .is_none()
    );
    app(&mut fixture).settings_mut().board.search.clear();
    fixture.harness.run();
    let dirty = chip(&mut fixture, &ResourceState::Dirty);
    let counts = app(&mut fixture).session().store().rooms.counts();
    let others = app(&mut fixture).session().store().rooms.len() - counts.of(&ResourceState::Dirty);
    fixture.harness.get_by_label(&dirty).click();
    fixture.harness.run();
    fixture
        .harness
        .get_by_label_contains(&format!("Showing {others} of "));
    assert!(
        fixture
            .harness
            .query_by_label_contains("Room 0001,")
            .is_none()
    );
}

#[test]
fn copy_id_puts_the_rooms_id_on_the_clipboard() {
    let mut fixture = monitor(Tab::Board);
    let room = room_id(&mut fixture, "0005", "Out of service");
    fixture
        .harness
        .get_by_label_contains("Room 0005, Out of service")
        .click_secondary();
    fixture.harness.run();
    fixture.harness.get_by_label("Copy id").click();
    fixture.harness.run_steps(1);
    assert_eq!(copied(&fixture), [room]);
    fixture.harness.run();
    fixture.harness.get_by_label("Copied id");
}

#[test]
fn the_log_filters_by_text_and_copies_a_ticket_line() {
    let mut fixture = monitor(Tab::Log);
    let room = room_id(&mut fixture, "0005", "Out of service");
    send(
        &mut fixture,
        &format!(
            r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"Clean"}},{{"Type":"DeviceCommand","Id":"cmd-1","State":"Pending"}},{{"Type":"Novelty","Id":"n-1","Extra":true}}]}}"#
        ),
    );
    fixture.harness.get_by_label_contains("3 events shown");
    fixture.harness.get_by_label("Novelty");
    type_into(&mut fixture, "Search events", "0005");
    fixture.harness.get_by_label_contains("1 event shown of 3");
    assert!(fixture.harness.query_by_label("cmd-1").is_none());
    fixture.harness.get_by_label(&room).click_secondary();
    fixture.harness.run();
    fixture.harness.get_by_label("Copy ticket line").click();
    fixture.harness.run_steps(1);
    let copied = copied(&fixture);
    assert_eq!(copied.len(), 1);
    assert!(
        copied[0].starts_with(&format!(
            "Resource {room} · state Clean · resource 0005 · floor 0 · received "
        )),
        "{}",
        copied[0]
    );
    assert!(copied[0].ends_with(" · seq 1"), "{}", copied[0]);
}

#[test]
fn the_connection_screen_refuses_a_malformed_token_in_plain_words() {
    let settings = Settings {
        connection: mews_monitor::settings::ConnectionSettings {
            place: Place::Production,
            ..Default::default()
        },
        ..Settings::default()
    };
    let mut fixture = app_with(settings, false);
    assert_eq!(app(&mut fixture).screen(), Screen::Connect);
    type_into(&mut fixture, "ClientToken", "abc;def");
    fixture.harness.get_by_label(
        "This ClientToken cannot be right: the token contains ';', which a Mews token never has.",
    );
    assert!(
        fixture
            .harness
            .get_by_label("Connect")
            .accesskit_node()
            .is_disabled(),
        "no connecting with a broken token"
    );
}

#[test]
fn a_rejected_token_status_says_what_to_do() {
    let mut fixture = monitor(Tab::Board);
    app(&mut fixture)
        .session_mut()
        .handle(NetEvent::Status(ConnectionStatus::Rejected {
            http_status: 401,
        }));
    fixture.harness.run();
    fixture
        .harness
        .get_by_label("Mews rejected the tokens. Enter new tokens from your Mews administrator.");
    fixture.harness.get_by_label("Enter tokens").click();
    fixture.harness.run();
    assert_eq!(app(&mut fixture).screen(), Screen::Connect);
}

/// Every rectangle in `shapes`, nested ones included.
fn rectangles(shapes: &[egui::Shape], found: &mut Vec<egui::epaint::RectShape>) {
    for shape in shapes {
        match shape {
            egui::Shape::Rect(rect) => found.push(rect.clone()),
            egui::Shape::Vec(inner) => rectangles(inner, found),
            _ => {}
        }
    }
}

/// What costs most with a software renderer: a rounded rectangle is a fan of thin
/// triangles, and a panel filling itself paints the window twice.
#[test]
fn frames_paint_square_corners_and_leave_the_background_to_the_window() {
    for tab in [Tab::Board, Tab::Rooms, Tab::Log] {
        let mut fixture = monitor(Tab::Board);
        let room = room_id(&mut fixture, "0001", "Dirty");
        app(&mut fixture).settings_mut().tab = tab;
        send(
            &mut fixture,
            &format!(r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"Clean"}}]}}"#),
        );
        let panel_fill = fixture.harness.ctx.global_style().visuals.panel_fill;
        let shapes: Vec<egui::Shape> = fixture
            .harness
            .output()
            .shapes
            .iter()
            .map(|clipped| clipped.shape.clone())
            .collect();
        let mut found = Vec::new();
        rectangles(&shapes, &mut found);
        assert!(found.len() > 10, "{tab:?}: only {} rectangles", found.len());
        let rounded: Vec<_> = found
            .iter()
            .filter(|rect| rect.corner_radius != egui::CornerRadius::ZERO)
            .collect();
        assert!(rounded.is_empty(), "{tab:?}: rounded {rounded:?}");
        // egui_kittest frames the ui it runs 8 points in from the window's edges.
        let harness_frame =
            egui::Rect::from_min_max(egui::pos2(8.0, 8.0), egui::pos2(1272.0, 792.0));
        let background: Vec<_> = found
            .iter()
            .filter(|rect| rect.rect != harness_frame)
            .filter(|rect| rect.fill == panel_fill && rect.rect.area() > 10_000.0)
            .collect();
        assert!(background.is_empty(), "{tab:?}: panel fills {background:?}");
    }
}

/// The board's tiles go to the renderer together: dozens of tiles on screen, a
/// handful of draw calls (a clip per tile made one draw call of each tile).
#[test]
fn the_board_draws_its_tiles_in_a_few_draw_calls() {
    let mut fixture = monitor(Tab::Board);
    let room = room_id(&mut fixture, "0001", "Dirty");
    send(
        &mut fixture,
        &format!(r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"Clean"}}]}}"#),
    );
    let tiles = fixture
        .harness
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|label| label.starts_with("Room "))
        })
        .count();
    assert!(tiles > 40, "only {tiles} room tiles laid out");
    let shapes = fixture.harness.output().shapes.clone();
    let ctx = fixture.harness.ctx.clone();
    let draws = ctx.tessellate(shapes, ctx.pixels_per_point()).len();
    assert!(
        draws <= 12,
        "{draws} draw calls for a board of {tiles} tiles"
    );
}

#[test]
fn an_idle_window_asks_for_no_repaint_within_ten_seconds() {
    let mut fixture = monitor(Tab::Board);
    fixture.harness.run();
    let delay = fixture.harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    // Times on screen have minute precision: the next repaint is at the next minute.
    let now = Utc::now().timestamp().rem_euclid(60) as u64;
    assert!(
        delay.as_secs() + 1 >= 60 - now,
        "idle repaint requested after {delay:?}"
    );
}

#[test]
fn two_hundred_wake_ups_between_frames_ask_for_one_paced_repaint() {
    let mut fixture = monitor(Tab::Log);
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = asked.clone();
    // The observer sees every request the app makes; the integration's callback
    // is skipped whenever egui already has an earlier repaint pending (one the
    // stepped frame left behind), which would make the count depend on timing.
    fixture
        .harness
        .ctx
        .set_repaint_observer(Box::new(move |info: egui::RequestRepaintInfo| {
            record.lock().unwrap().push(info.delay);
        }));
    let wake = app(&mut fixture).waker();
    for round in 0..3 {
        fixture.harness.step();
        asked.lock().unwrap().clear();
        for _ in 0..200 {
            wake();
        }
        let asked = asked.lock().unwrap().clone();
        // One request, never an immediate one (egui paints twice for those), and
        // no later than the gap.
        assert_eq!(asked.len(), 1, "round {round}: {asked:?}");
        assert!(
            asked[0] > std::time::Duration::ZERO,
            "round {round}: {asked:?}"
        );
        assert!(
            asked[0] <= mews_monitor::ui::pace::MIN_GAP,
            "round {round}: {asked:?}"
        );
    }
}

#[test]
fn following_the_log_draws_each_new_event_in_the_frame_that_brings_it_without_asking_for_more() {
    let mut fixture = monitor(Tab::Log);
    fixture.harness.run();
    // More events than fit on screen, one frame each, one painted frame each.
    for n in 1..=80 {
        deliver(
            &mut fixture,
            &format!(
                r#"{{"Events":[{{"Type":"DeviceCommand","Id":"cmd-{n}","State":"Pending"}}]}}"#
            ),
        );
        fixture.harness.step();
        assert!(
            fixture
                .harness
                .query_by_label(&format!("cmd-{n}"))
                .is_some(),
            "event {n} is drawn in its own frame"
        );
        let delay = fixture.harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
        assert!(
            delay > std::time::Duration::ZERO,
            "event {n}: the frame asked for an immediate repaint"
        );
    }
    assert!(
        fixture.harness.query_by_label("cmd-1").is_none(),
        "the oldest rows have scrolled out of view"
    );
}

#[test]
fn history_is_read_after_the_first_frame_which_says_it_is_loading() {
    use monitor_engine::history::Retention;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("history.sqlite3");
    {
        let mut earlier = Session::new(Store::default());
        earlier
            .open_history(&path, Retention::days(90), std::sync::Arc::new(|| {}))
            .expect("history opens");
        earlier.handle(NetEvent::Frame {
            received: Utc::now(),
            events: parse_frame(
                r#"{"Events":[{"Type":"Resource","Id":"room-a","State":"Dirty"}]}"#,
            )
            .events,
            problems: Vec::new(),
        });
    } // closed: everything written
    // Another program holds the file, so the restore cannot finish before we look.
    let blocker = rusqlite::Connection::open(&path).expect("second connection");
    blocker
        .pragma_update(None, "locking_mode", "EXCLUSIVE")
        .expect("exclusive mode");
    blocker.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    let settings = Settings {
        tab: Tab::Board,
        ..Settings::default()
    };
    let mut fixture = window(
        runtime(),
        Store::default(),
        settings,
        Ok(CredentialStore::in_memory()),
        |app| {
            app.set_screen(Screen::Monitor);
            let wake = app.waker();
            app.session_mut()
                .load_history(&path, Retention::days(90), wake)
                .expect("loading starts");
        },
    );
    fixture.harness.get_by_label("Loading history…");
    fixture
        .harness
        .get_by_label_contains("Reading the rooms' last known states");
    drop(blocker);
    app(&mut fixture).session_mut().finish_loading_history();
    fixture.harness.run();
    assert!(fixture.harness.query_by_label("Loading history…").is_none());
    fixture
        .harness
        .get_by_label_contains("last known state, not yet confirmed by Mews");
    assert_eq!(app(&mut fixture).session().store().total_events(), 1);
}

#[test]
fn a_watched_room_turning_ready_shows_an_alert_until_acknowledged() {
    let mut fixture = monitor(Tab::Board);
    let room = room_id(&mut fixture, "0001", "Dirty");
    fixture
        .harness
        .get_by_label_contains("Room 0001, Dirty")
        .click_secondary();
    fixture.harness.run();
    fixture.harness.get_by_label("Pin to watch list").click();
    fixture.harness.run();
    // Mews' UpdatedUtc says how long the room has been Dirty, before the mark.
    let watched = fixture.harness.get_by_label_contains("Room 0001, Dirty, ");
    assert!(
        watched
            .accesskit_node()
            .label()
            .is_some_and(|label| label.ends_with(", watched"))
    );
    send(
        &mut fixture,
        &format!(r#"{{"Events":[{{"Type":"Resource","Id":"{room}","State":"Inspected"}}]}}"#),
    );
    fixture
        .harness
        .get_by_label_contains("Room 0001 is ready (Inspected)");
    fixture
        .harness
        .get_by_label("Room 0001, Inspected, <1 min, alert open, watched");
    fixture.harness.get_by_label("Acknowledge").click();
    fixture.harness.run();
    assert!(
        fixture
            .harness
            .query_by_label_contains("Room 0001 is ready")
            .is_none()
    );
    assert_eq!(app(&mut fixture).settings().pinned_rooms, [room]);
}

/// The built-in demo hotel's simulator with no hotel life, on a free loopback port.
fn quiet_demo_simulator(runtime: &tokio::runtime::Runtime) -> monitor_engine::sim::Simulator {
    let mut config = SimConfig::built_in_demo_hotel().expect("built-in hotel");
    config.activity = false;
    runtime
        .block_on(monitor_engine::sim::Simulator::start(
            config,
            "127.0.0.1:0".parse().expect("address"),
        ))
        .expect("simulator starts")
}

/// Runs frames until `done` holds (background work finishes on its own threads);
/// fails with `what` once `deadline` has passed.
fn step_until(
    fixture: &mut Fixture,
    deadline: std::time::Instant,
    what: &str,
    mut done: impl FnMut(&mut Fixture) -> bool,
) {
    while !done(fixture) {
        assert!(std::time::Instant::now() < deadline, "{what}");
        std::thread::sleep(std::time::Duration::from_millis(20));
        fixture.harness.step();
    }
}

/// Whether the window's session is connected.
fn is_connected(fixture: &mut Fixture) -> bool {
    matches!(
        app(fixture).session().status(),
        Some(ConnectionStatus::Connected { .. })
    )
}

/// The connection screen for the custom addresses of `simulator`, the demo tokens
/// typed in, settings kept at `settings_path` and tokens in `keyring`.
fn connection_screen_for(
    runtime: tokio::runtime::Runtime,
    simulator: &monitor_engine::sim::Simulator,
    settings_path: &std::path::Path,
    keyring: &CredentialStore,
) -> Fixture {
    let settings = Settings {
        connection: mews_monitor::settings::ConnectionSettings {
            place: Place::Custom,
            custom_ws_url: simulator.ws_url(),
            custom_api_url: simulator.api_url(),
            ..Default::default()
        },
        ..Settings::default()
    };
    let settings_file = mews_monitor::settings::file::SettingsFile::open(settings_path).0;
    let mut fixture = window(
        runtime,
        Store::default(),
        settings,
        Ok(keyring.clone()),
        |app| app.keep_settings_in(settings_file),
    );
    type_into(
        &mut fixture,
        "ClientToken",
        monitor_engine::sim::DEMO_CLIENT_TOKEN,
    );
    type_into(
        &mut fixture,
        "AccessToken",
        monitor_engine::sim::DEMO_ACCESS_TOKEN,
    );
    fixture
}

#[test]
fn typed_tokens_connect_are_remembered_in_the_keyring_and_never_in_the_settings_file() {
    let runtime = runtime();
    let simulator = quiet_demo_simulator(&runtime);
    let folder = tempfile::tempdir().expect("temp dir");
    let settings_path = folder.path().join("settings.json");
    let keyring = CredentialStore::in_memory();
    let mut fixture = connection_screen_for(runtime, &simulator, &settings_path, &keyring);
    fixture.harness.get_by_label("Remember on this computer");
    fixture.harness.get_by_label("Connect").click();
    fixture.harness.run();
    assert_eq!(app(&mut fixture).screen(), Screen::Monitor);
    // The keyring is written on its own thread; the session connects on the runtime.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let profile = app(&mut fixture).settings().connection.profile();
    step_until(&mut fixture, deadline, "tokens never saved", |_| {
        keyring.status(&profile).map(|s| s.is_saved()) == Ok(true)
    });
    let saved = keyring.load(&profile).expect("readable").expect("saved");
    assert_eq!(
        saved.access.expose(),
        monitor_engine::sim::DEMO_ACCESS_TOKEN
    );
    step_until(&mut fixture, deadline, "never connected", is_connected);
    // Settings are written at most once a second: step until they are.
    step_until(&mut fixture, deadline, "settings never saved", |_| {
        settings_path.exists()
    });
    let text = std::fs::read_to_string(&settings_path).expect("settings file");
    assert!(
        text.contains(&simulator.ws_url()),
        "the address is a setting"
    );
    for token in [
        monitor_engine::sim::DEMO_CLIENT_TOKEN,
        monitor_engine::sim::DEMO_ACCESS_TOKEN,
    ] {
        assert!(!text.contains(token), "a token reached the settings file");
        assert!(
            !text.contains(&token[token.len() - 6..]),
            "part of a token reached the settings file"
        );
    }
    drop(simulator);
}

#[test]
#[ignore = "needs tinyproxy (.ci/run installs it)"]
fn a_proxy_set_in_the_advanced_settings_carries_the_connection_and_its_password_stays_in_the_keyring()
 {
    let runtime = runtime();
    let folder = tempfile::tempdir().expect("temp dir");
    let mut proxy = runtime.block_on(crate::support::tinyproxy::Tinyproxy::start(
        folder.path(),
        true,
    ));
    let password = crate::support::tinyproxy::PASSWORD;
    let simulator = quiet_demo_simulator(&runtime);
    let settings_path = folder.path().join("settings.json");
    let keyring = CredentialStore::in_memory();
    let mut fixture = connection_screen_for(runtime, &simulator, &settings_path, &keyring);
    fixture.harness.get_by_label("Advanced: proxy").click();
    fixture.harness.run();
    type_into(
        &mut fixture,
        "Proxy address",
        &format!("127.0.0.1:{}", proxy.port),
    );
    type_into(&mut fixture, "Proxy user", "desk");
    type_into(&mut fixture, "Proxy password", password);
    fixture.harness.get_by_label("Connect").click();
    fixture.harness.run();
    assert_eq!(app(&mut fixture).screen(), Screen::Monitor);

    // The socket goes through the proxy, which lets it through with the password.
    let sim_port = simulator.local_addr().port();
    let fixture_runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let request = fixture_runtime.block_on(proxy.log_until("CONNECT 127.0.0.1:"));
    assert!(
        request.contains(&format!("CONNECT 127.0.0.1:{sim_port} HTTP/1.1")),
        "{request}"
    );
    let deadline = std::time::Instant::now() + crate::support::PATIENCE;
    step_until(&mut fixture, deadline, "never connected", is_connected);
    let route = app(&mut fixture)
        .session()
        .route()
        .expect("a route")
        .proxy
        .clone();
    assert_eq!(
        route,
        RouteProxy::Through(format!(
            "http://desk@127.0.0.1:{} (from connection settings)",
            proxy.port
        ))
    );

    // The password is in the keyring under the proxy login, and nowhere in the settings file.
    let login = app(&mut fixture)
        .settings()
        .connection
        .proxy_login()
        .expect("a login");
    step_until(
        &mut fixture,
        deadline,
        "the proxy password was never saved",
        |_| {
            keyring
                .load_proxy_password(&login)
                .expect("readable")
                .is_some()
        },
    );
    let saved = keyring
        .load_proxy_password(&login)
        .expect("readable")
        .expect("saved");
    assert_eq!(saved.expose(), password);
    // Settings are written at most once a second: step until the proxy is in them.
    let address = format!("127.0.0.1:{}", proxy.port);
    step_until(
        &mut fixture,
        deadline,
        "the proxy address never reached the settings",
        |_| {
            std::fs::read_to_string(&settings_path)
                .unwrap_or_default()
                .contains(&address)
        },
    );
    let text = std::fs::read_to_string(&settings_path).expect("settings file");
    assert!(
        !text.contains(password),
        "the proxy password reached the settings file"
    );
    drop(simulator);
}

#[test]
fn shift_click_selects_several_log_rows_and_ctrl_c_copies_their_ticket_lines() {
    let mut fixture = monitor(Tab::Log);
    send(
        &mut fixture,
        r#"{"Events":[{"Type":"DeviceCommand","Id":"cmd-1","State":"Pending"},{"Type":"DeviceCommand","Id":"cmd-2","State":"Received"},{"Type":"DeviceCommand","Id":"cmd-3","State":"Processed"},{"Type":"DeviceCommand","Id":"cmd-4","State":"Error"}]}"#,
    );
    fixture.harness.get_by_label("cmd-2").click();
    fixture.harness.run();
    fixture
        .harness
        .get_by_label("cmd-4")
        .click_modifiers(egui::Modifiers::SHIFT);
    fixture.harness.run();
    fixture.harness.event(egui::Event::Copy);
    fixture.harness.run_steps(1);
    let copied = copied(&fixture);
    assert_eq!(copied.len(), 1, "{copied:?}");
    let lines: Vec<&str> = copied[0].lines().collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with("DeviceCommand cmd-2 · state Received · received "));
    assert!(lines[2].starts_with("DeviceCommand cmd-4 · state Error · received "));
    assert!(lines[2].ends_with(" · seq 4"));
}

#[test]
fn every_panel_and_window_has_labels_for_screen_readers() {
    // `Harness::run` fails on any widget without an accessible name.
    let mut fixture = monitor(Tab::Board);
    fixture
        .harness
        .get_by_label_contains("Room 0005, Out of service")
        .click();
    fixture.harness.run();
    fixture.harness.get_by_label("Room 0005");
    fixture
        .harness
        .get_by_label("Watch: alert me when this room is ready");
    fixture.harness.get_by_label("No problems").click();
    fixture.harness.run();
    fixture.harness.get_by_label("Problems and diagnostics");
    fixture.harness.get_by_label("Settings").click();
    fixture.harness.run();
    fixture.harness.get_by_label("Keep history for");
    fixture.harness.key_press(egui::Key::Escape);
    fixture.harness.run();
    for tab in [
        "Rooms",
        "Reservations",
        "Device commands",
        "Price updates",
        "Event log",
    ] {
        fixture.harness.get_by_label(tab).click();
        fixture.harness.run();
    }
    fixture.harness.get_by_label("Export…").click();
    fixture.harness.run();
    fixture.harness.get_by_label("Export the event log");
    fixture.harness.get_by_label("File");
}

#[test]
fn opening_the_room_panel_does_not_move_the_tile_under_the_pointer() {
    let mut fixture = monitor(Tab::Board);
    let tile = "Room 0005, Out of service";
    let rect = |fixture: &Fixture, label: &str| fixture.harness.get_by_label_contains(label).rect();
    // A tile at the end of a row too: fewer columns would move it to the next row.
    let row_end = "Room 0019, Dirty";
    let (before, search_before) = (rect(&fixture, tile), rect(&fixture, "Search rooms"));
    let row_end_before = rect(&fixture, row_end);
    fixture.harness.get_by_label_contains(tile).click();
    fixture.harness.run();
    let panel = fixture.harness.get_by_label("Room 0005").rect();
    assert_eq!(
        rect(&fixture, tile),
        before,
        "the tile stayed under the pointer"
    );
    assert!(
        panel.right() < before.left() || panel.left() > before.right(),
        "the panel does not cover the room it shows ({panel:?}, tile {before:?})"
    );
    assert_eq!(
        rect(&fixture, row_end),
        row_end_before,
        "the columns stayed"
    );
    assert_eq!(
        rect(&fixture, "Search rooms"),
        search_before,
        "the filter row did not wrap"
    );
    // A second click on the same spot still lands on the same room.
    fixture
        .harness
        .get_by_label_contains(tile)
        .click_secondary();
    fixture.harness.run();
    fixture.harness.get_by_label("Pin to watch list");
    fixture.harness.key_press(egui::Key::Escape);
    fixture.harness.run();
    fixture.harness.get_by_label("Close").click();
    fixture.harness.run();
    assert!(fixture.harness.query_by_label("Room 0005").is_none());
    assert_eq!(rect(&fixture, tile), before, "closing moves nothing either");
}

#[test]
fn a_room_flipping_twice_shows_one_alert_and_acknowledge_all_clears_the_banner() {
    let mut fixture = monitor(Tab::Board);
    let first = room_id(&mut fixture, "0001", "Dirty");
    let second = room_id(&mut fixture, "0004", "Dirty");
    for room in [&first, &second] {
        app(&mut fixture).apply(mews_monitor::ui::Action::Pin(room.clone(), true));
    }
    let event = |room: &str, state: &str| {
        format!(r#"{{"Type":"Resource","Id":"{room}","State":"{state}"}}"#)
    };
    for state in ["Inspected", "Dirty", "Inspected"] {
        send(
            &mut fixture,
            &format!(r#"{{"Events":[{}]}}"#, event(&first, state)),
        );
    }
    fixture
        .harness
        .get_by_label_contains("Room 0001 is ready (Inspected)");
    fixture.harness.get_by_label_contains(" · 2 times");
    assert_eq!(fixture.harness.query_all_by_label("Acknowledge").count(), 1);
    let tile = "Room 0005, Out of service";
    let before = fixture.harness.get_by_label_contains(tile).rect();
    send(
        &mut fixture,
        &format!(r#"{{"Events":[{}]}}"#, event(&second, "Inspected")),
    );
    fixture.harness.get_by_label("2 open alerts");
    assert_eq!(
        fixture.harness.get_by_label_contains(tile).rect(),
        before,
        "a second alert does not push the board down"
    );
    fixture.harness.get_by_label("Acknowledge all 2").click();
    fixture.harness.run();
    assert!(
        fixture
            .harness
            .query_by_label_contains("is ready")
            .is_none()
    );
    assert!(app(&mut fixture).session().store().alerts.open().is_empty());
}

/// The connection screen for Mews production, with `keyring`.
fn production_screen(keyring: Result<CredentialStore, KeyringError>) -> Fixture {
    let settings = Settings {
        connection: mews_monitor::settings::ConnectionSettings {
            place: Place::Production,
            ..Default::default()
        },
        ..Settings::default()
    };
    window(runtime(), demo_hotel_store(), settings, keyring, |_| {})
}

/// Focuses the field labelled `label` and pastes `text` into it.
fn paste_into(fixture: &mut Fixture, label: &str, text: &str) {
    fixture.harness.get_by_label(label).focus();
    fixture.harness.run();
    fixture.harness.event(egui::Event::Paste(text.to_owned()));
    fixture.harness.run();
}

#[test]
fn the_connection_screen_names_the_app_and_connect_is_its_primary_button() {
    let fixture = production_screen(Ok(CredentialStore::in_memory()));
    fixture.harness.get_by_label("Mews Monitor icon");
    fixture.harness.get_by_label("Mews Monitor");
    fixture.harness.get_by_label("Connect to Mews");
    let window = fixture.harness.ctx.content_rect();
    let connect = fixture.harness.get_by_label("Connect").rect();
    let card_left = fixture.harness.get_by_label("Where").rect().left();
    assert!(
        card_left > window.width() / 5.0,
        "the card is centred, not in the corner ({card_left})"
    );
    assert!(connect.width() >= 120.0, "Connect is the big button");
}

#[test]
fn without_a_keyring_remember_shows_unticked_with_the_reason() {
    let fixture = production_screen(Err(KeyringError::NoService));
    let remember = fixture.harness.get_by_label("Remember on this computer");
    let node = remember.accesskit_node();
    assert!(node.is_disabled());
    assert_eq!(node.toggled(), Some(egui::accesskit::Toggled::False));
    fixture
        .harness
        .get_by_label_contains("Not possible: no system keyring.");
}

#[test]
fn a_pasted_token_is_trimmed_silently_and_a_space_inside_is_refused() {
    let keyring = CredentialStore::in_memory();
    let mut fixture = production_screen(Ok(keyring.clone()));
    paste_into(&mut fixture, "ClientToken", "\r\n  CLIENT-1234\t\r\n");
    paste_into(&mut fixture, "AccessToken", " ACCESS-5678 \n");
    assert!(
        fixture
            .harness
            .query_by_label_contains("cannot be right")
            .is_none(),
        "no word about whitespace around a token"
    );
    assert!(
        !fixture
            .harness
            .get_by_label("Connect")
            .accesskit_node()
            .is_disabled()
    );
    paste_into(&mut fixture, "AccessToken", "XY Z");
    fixture.harness.get_by_label(
        "This AccessToken cannot be right: the token contains a space or line break; copy it again without them.",
    );
    assert!(
        fixture
            .harness
            .get_by_label("Connect")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn the_arrivals_panel_puts_ready_rooms_first_selects_the_room_and_copies_the_number() {
    use monitor_core::protocol::{HotelDay, ReservationRecord, ReservationState};
    use monitor_engine::net::lookup::LookupEvent;
    let mut fixture = monitor(Tab::Board);
    let out_of_service = room_id(&mut fixture, "0005", "Out of service");
    let inspected = room_id(&mut fixture, "103", "Inspected");
    let now = Utc::now();
    let day = HotelDay::containing(Some("UTC"), now).expect("zone");
    let arrival = |number: &str, room: &str| ReservationRecord {
        id: format!("reservation-{number}"),
        number: Some(number.into()),
        state: Some(ReservationState::Confirmed),
        assigned_resource_id: Some(room.into()),
        rate_id: None,
        scheduled_start_utc: Some(day.start_utc + chrono::Duration::hours(14)),
        scheduled_end_utc: None,
        account_id: None,
    };
    app(&mut fixture)
        .session_mut()
        .learn(LookupEvent::Arrivals {
            day,
            records: vec![
                arrival("4711", &out_of_service),
                arrival("4712", &inspected),
            ],
            at: now,
        });
    fixture.harness.run();
    fixture.harness.get_by_label("Arrivals ready: 1 of 2");
    fixture.harness.get_by_label("4712 · 14:00 · Ready");
    fixture.harness.get_by_label("4711 · 14:00 · Not ready");
    fixture
        .harness
        .get_by_label_contains("Room 0005 · ⚠ Out of service");
    fixture.harness.get_by_label("4712 · 14:00 · Ready").click();
    fixture.harness.run();
    fixture.harness.get_by_label("Room 103");
    fixture
        .harness
        .get_by_label("4712 · 14:00 · Ready")
        .click_secondary();
    fixture.harness.run();
    fixture
        .harness
        .get_by_label("Copy reservation number")
        .click();
    fixture.harness.run_steps(1);
    assert_eq!(copied(&fixture), ["4712"]);
}

#[test]
fn choosing_clean_as_ready_applies_to_alerts_at_once_and_is_saved() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("settings.json");
    let mut fixture = monitor(Tab::Board);
    let (file, _, _) = mews_monitor::settings::file::SettingsFile::open(&path);
    app(&mut fixture).keep_settings_in(file);
    fixture.harness.run();
    assert!(!path.exists(), "nothing changed, nothing written");
    fixture.harness.get_by_label("Settings").click();
    fixture.harness.run();
    fixture
        .harness
        .get_by_label("Clean or Inspected (this hotel does not inspect)")
        .click();
    fixture.harness.run();
    let app = app(&mut fixture);
    assert_eq!(
        app.session().store().alerts.rule,
        monitor_core::store::ReadyRule::CleanOrInspected
    );
    assert_eq!(
        app.settings().ready_rule,
        monitor_core::store::ReadyRule::CleanOrInspected
    );
    let saved = std::fs::read_to_string(&path).expect("settings written");
    assert!(saved.contains("CleanOrInspected"), "{saved}");
}

/// Guests of the day for the arrivals tests: reservation number, room, guest's account.
mod guests {
    use chrono::{DateTime, Duration, Utc};
    use monitor_core::protocol::{
        Classification, CustomerRecord, HotelDay, ReservationRecord, ReservationState,
    };
    use monitor_engine::net::lookup::LookupEvent;

    /// Today, in UTC.
    pub fn today() -> (HotelDay, DateTime<Utc>) {
        let now = Utc::now();
        (HotelDay::containing(Some("UTC"), now).expect("zone"), now)
    }

    /// A confirmed stay arriving at 14:00 today in `room`, booked by `account`.
    pub fn arrival(day: &HotelDay, number: &str, room: &str, account: &str) -> ReservationRecord {
        ReservationRecord {
            id: format!("reservation-{number}"),
            number: Some(number.into()),
            state: Some(ReservationState::Confirmed),
            assigned_resource_id: Some(room.into()),
            rate_id: None,
            scheduled_start_utc: Some(day.start_utc + Duration::hours(14)),
            scheduled_end_utc: Some(day.start_utc + Duration::hours(38)),
            account_id: Some(account.into()),
        }
    }

    /// A checked-in stay in `room` leaving at 10:00 today.
    pub fn departure(day: &HotelDay, room: &str) -> ReservationRecord {
        ReservationRecord {
            id: format!("leaving-{room}"),
            number: Some("9000".into()),
            state: Some(ReservationState::Started),
            assigned_resource_id: Some(room.into()),
            rate_id: None,
            scheduled_start_utc: Some(day.start_utc - Duration::hours(14)),
            scheduled_end_utc: Some(day.start_utc + Duration::hours(10)),
            account_id: None,
        }
    }

    /// A customer as Mews returns them.
    pub fn customer(
        id: &str,
        first: &str,
        last: &str,
        vip: Option<Classification>,
    ) -> CustomerRecord {
        CustomerRecord {
            id: id.into(),
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            classifications: vip.into_iter().collect(),
        }
    }

    /// The stays of `day` as the lookup task hands them over.
    pub fn stays(day: HotelDay, records: Vec<ReservationRecord>, at: DateTime<Utc>) -> LookupEvent {
        LookupEvent::Arrivals { day, records, at }
    }

    /// Mews' answer for `asked`.
    pub fn customers(asked: &[&str], found: Vec<CustomerRecord>) -> LookupEvent {
        LookupEvent::Customers {
            asked: asked.iter().map(|id| id.to_string()).collect(),
            found: Ok(found),
        }
    }
}

/// The demo hotel's board with two arrivals: Jiřina Nováková (very important,
/// room 103 Inspected) and Karel Dvořák (important, room 0001 Dirty, a turnover).
fn two_named_arrivals() -> Fixture {
    use monitor_core::protocol::Classification;
    let mut fixture = monitor(Tab::Board);
    let inspected = room_id(&mut fixture, "103", "Inspected");
    let dirty = room_id(&mut fixture, "0001", "Dirty");
    let (day, now) = guests::today();
    let records = vec![
        guests::arrival(&day, "4711", &inspected, "c-1"),
        guests::arrival(&day, "4712", &dirty, "c-2"),
        guests::departure(&day, &dirty),
    ];
    let session = app(&mut fixture).session_mut();
    session.learn(guests::stays(day, records, now));
    session.learn(guests::customers(
        &["c-1", "c-2"],
        vec![
            guests::customer(
                "c-1",
                "Jiřina",
                "Nováková",
                Some(Classification::VeryImportant),
            ),
            guests::customer("c-2", "Karel", "Dvořák", Some(Classification::Important)),
        ],
    ));
    fixture.harness.run();
    fixture
}

#[test]
fn arrivals_name_each_guest_and_mark_vips_in_words() {
    let fixture = two_named_arrivals();
    let harness = &fixture.harness;
    harness.get_by_label("Jiřina Nováková");
    harness.get_by_label("Karel Dvořák");
    harness.get_by_label("★★ VIP+");
    harness.get_by_label("★ VIP");
    harness.get_by_label("4711 · 14:00 · Ready");
    assert!(
        harness.query_by_label_contains("Waiting:").is_none(),
        "nobody waits yet"
    );
}

#[test]
fn the_arrivals_search_finds_a_guest_ignoring_accents() {
    let mut fixture = two_named_arrivals();
    type_into(&mut fixture, "Find a guest or reservation", "novakova");
    fixture.harness.get_by_label("Jiřina Nováková");
    fixture.harness.get_by_label("1 of 2 arrivals match");
    assert!(fixture.harness.query_by_label("Karel Dvořák").is_none());
    fixture.harness.get_by_label("Clear").click();
    fixture.harness.run();
    fixture.harness.get_by_label("Karel Dvořák");
}

#[test]
fn guest_is_waiting_lists_the_guest_under_waiting_with_their_ready_room() {
    let mut fixture = two_named_arrivals();
    type_into(&mut fixture, "Find a guest or reservation", "4711");
    fixture.harness.get_by_label("Guest is waiting").click();
    fixture.harness.run();
    let reservation = "reservation-4711";
    assert!(
        app(&mut fixture)
            .session()
            .store()
            .guests
            .is_queued(reservation)
    );
    fixture.harness.get_by_label("⏳ Waiting: 1 guest");
    fixture.harness.get_by_label("Jiřina Nováková (4711)");
    fixture
        .harness
        .get_by_label("✔ Room 103 is ready (Inspected)");
    fixture.harness.get_by_label("Not waiting").click();
    fixture.harness.run();
    assert!(
        !app(&mut fixture)
            .session()
            .store()
            .guests
            .is_queued(reservation)
    );
    assert!(
        fixture
            .harness
            .query_by_label_contains("Waiting:")
            .is_none()
    );
}

#[test]
fn a_guest_mews_did_not_return_shows_name_unavailable() {
    let (day, now) = guests::today();
    let mut store = demo_hotel_store();
    let room = store
        .rooms
        .all()
        .iter()
        .find(|room| room.display_name() == "103")
        .map(|room| room.id.clone())
        .expect("room 103");
    store.seed_arrivals(day, &[guests::arrival(&day, "4711", &room, "gone")], now);
    let asked = store.customers_to_ask(now);
    assert_eq!(asked, ["gone"]);
    let mut fixture = window(
        runtime(),
        store,
        Settings::default(),
        Ok(CredentialStore::in_memory()),
        |app| app.set_screen(Screen::Monitor),
    );
    fixture.harness.get_by_label("Name loading…");
    app(&mut fixture)
        .session_mut()
        .learn(guests::customers(&["gone"], Vec::new()));
    fixture.harness.run();
    fixture.harness.get_by_label("Name unavailable");
    assert!(fixture.harness.query_by_label("Name loading…").is_none());
}

#[test]
fn the_turnover_switch_and_turn_first_narrow_the_board() {
    use mews_monitor::ui::board::{occupancy_chip_label, turn_first_label};
    use monitor_core::store::Occupancy;
    let t = mews_monitor::i18n::Translator::default();
    let mut fixture = two_named_arrivals();
    let rooms = app(&mut fixture).session().store().rooms.len();
    fixture
        .harness
        .get_by_label_contains("Turnover, guest arriving 14:00");
    fixture
        .harness
        .get_by_label(&occupancy_chip_label(Occupancy::Arriving, 1, &t));
    let turnover = occupancy_chip_label(Occupancy::Turnover, 1, &t);
    fixture.harness.get_by_label(&turnover).click();
    fixture.harness.run();
    fixture.harness.get_by_label_contains(&mews_monitor::tr!(
        t,
        "board-showing",
        shown = rooms - 1,
        total = rooms
    ));
    assert!(
        fixture
            .harness
            .query_by_label_contains("Room 0001, Dirty")
            .is_none()
    );
    fixture.harness.get_by_label(&turnover).click();
    fixture.harness.run();
    fixture.harness.get_by_label(&turn_first_label(&t)).click();
    fixture.harness.run();
    fixture.harness.get_by_label_contains(&mews_monitor::tr!(
        t,
        "board-showing",
        shown = 1,
        total = rooms
    ));
    fixture
        .harness
        .get_by_label_contains("Turn first: rooms guests arrive in today");
    fixture.harness.get_by_label_contains("Room 0001, Dirty");
}

#[test]
fn a_guest_mews_classifies_as_waiting_is_listed_without_a_click() {
    use monitor_core::protocol::Classification;
    let mut fixture = monitor(Tab::Board);
    let room = room_id(&mut fixture, "103", "Inspected");
    let (day, now) = guests::today();
    let session = app(&mut fixture).session_mut();
    session.learn(guests::stays(
        day,
        vec![guests::arrival(&day, "4711", &room, "c-1")],
        now,
    ));
    session.learn(guests::customers(
        &["c-1"],
        vec![guests::customer(
            "c-1",
            "José",
            "García",
            Some(Classification::WaitingForRoom),
        )],
    ));
    fixture.harness.run();
    fixture.harness.get_by_label("⏳ Waiting: 1 guest");
    fixture.harness.get_by_label("José García (4711)");
    fixture
        .harness
        .get_by_label("✔ Room 103 is ready (Inspected)");
    fixture.harness.get_by_label("⏳ Waiting (set in Mews)");
    assert!(fixture.harness.query_by_label("Guest is waiting").is_none());
}

#[test]
fn the_room_panel_says_the_rooms_day_and_who_arrives() {
    let mut fixture = two_named_arrivals();
    fixture.harness.get_by_label("4711 · 14:00 · Ready").click();
    fixture.harness.run();
    fixture
        .harness
        .get_by_label("Today: ⬇ Arriving, guest arriving 14:00");
    fixture
        .harness
        .get_by_label("Arriving: Jiřina Nováková (4711)");
}
