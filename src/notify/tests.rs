//! Notifier tests: desktops that answer, refuse or hang, and this computer's own.

use std::sync::mpsc;

use chrono::{DateTime, Utc};

use super::desktop::DesktopError;
use super::*;
use crate::i18n::{Language, Translator};
use crate::ui::notices::{no_notifications, notification_body, notification_title};
use monitor_core::protocol::ResourceState;
use monitor_core::store::{AlertKind, HotelClock, Store};

/// The longest any wait here may take.
const PATIENCE: Duration = Duration::from_secs(20);

fn alert(id: u64) -> Alert {
    Alert {
        id,
        room_id: "r-101".into(),
        room_name: "101".into(),
        kind: AlertKind::Ready(ResourceState::Inspected),
        at: DateTime::<Utc>::from_timestamp(1_764_800_000, 0).expect("valid"),
        fired: 1,
        waiting: None,
    }
}

/// The title and line the app gives the notifier for `alert`, in `t`'s language, on a
/// clock in Prague (the alert at 23:13 there).
fn words(alert: &Alert, t: &Translator) -> (String, String) {
    let clock = HotelClock::for_zone(
        Some("Europe/Prague"),
        chrono::FixedOffset::east_opt(0).expect("offset"),
    );
    let store = Store::default();
    (
        notification_title(alert, &store, t),
        notification_body(alert, &clock, t),
    )
}

/// Shows `alert` with the words `t` gives it.
fn show(notifier: &Notifier, alert: &Alert, t: &Translator) {
    let (title, body) = words(alert, t);
    notifier.show(alert, title, body);
}

/// A desktop that reports what it shows, or has no service at all.
struct Recording {
    service: bool,
    shown: mpsc::Sender<(String, String, bool)>,
}

impl Desktop for Recording {
    fn probe(&mut self) -> Result<(), DesktopError> {
        if self.service {
            Ok(())
        } else {
            Err(DesktopError::NoService(
                "org.freedesktop.Notifications unknown".into(),
            ))
        }
    }

    fn show(&mut self, title: &str, body: &str, urgent: bool) -> Result<(), DesktopError> {
        let _ = self.shown.send((title.to_owned(), body.to_owned(), urgent));
        Ok(())
    }
}

/// A desktop whose first call says it started, then never answers until the test lets it go.
struct Hanging {
    entered: mpsc::Sender<()>,
    release: mpsc::Receiver<()>,
}

impl Desktop for Hanging {
    fn probe(&mut self) -> Result<(), DesktopError> {
        let _ = self.entered.send(());
        let _ = self.release.recv();
        Ok(())
    }

    fn show(&mut self, _: &str, _: &str, _: bool) -> Result<(), DesktopError> {
        Ok(())
    }
}

#[test]
fn an_alert_reaches_the_desktop_as_its_message() {
    let (shown, seen) = mpsc::channel();
    let mut notifier = Notifier::with_desktop(
        Recording {
            service: true,
            shown,
        },
        ANSWER_LIMIT,
        None,
    );
    assert_eq!(notifier.wait_until_known(PATIENCE), Availability::Available);
    show(&notifier, &alert(3), &Translator::default());
    let (title, body, urgent) = seen.recv_timeout(PATIENCE).expect("shown");
    assert_eq!(title, alert(3).message(), "the core's English words");
    assert_eq!(title, "Room 101 is ready (Inspected)");
    assert_eq!(body, "At 23:13: Mews Monitor alert 3");
    assert!(!urgent);
    assert!(!notifier.take_unavailable());
    // A waiting guest's room: titled as the desk reads it, and urgent (with sound).
    let waiting = Alert {
        waiting: Some("res-1".into()),
        ..alert(4)
    };
    notifier.show(
        &waiting,
        "Eliška Černá (1052) is waiting: Room 101 is ready".into(),
        String::new(),
    );
    let (title, _, urgent) = seen.recv_timeout(PATIENCE).expect("shown");
    assert!(title.starts_with("Eliška Černá (1052) is waiting") && urgent);
}

#[test]
fn a_notification_is_in_the_desks_language() {
    let (shown, seen) = mpsc::channel();
    let notifier = Notifier::with_desktop(
        Recording {
            service: true,
            shown,
        },
        ANSWER_LIMIT,
        None,
    );
    let czech = Translator::new(Language::Czech);
    show(&notifier, &alert(1234), &czech);
    let (title, body, _) = seen.recv_timeout(PATIENCE).expect("shown");
    let inspected = czech.words().resource_state(&ResourceState::Inspected);
    assert_eq!(title, format!("Pokoj 101 je připraven ({inspected})"));
    assert_eq!(body, "V 23:13: upozornění Mews Monitor č. 1234");
    let out_of_order = Alert {
        kind: AlertKind::OutOfOrder,
        ..alert(5)
    };
    show(&notifier, &out_of_order, &czech);
    let (title, _, _) = seen.recv_timeout(PATIENCE).expect("shown");
    assert_eq!(title, "Pokoj 101 je mimo provoz");
    assert_eq!(
        no_notifications(&czech),
        "Tento počítač nezobrazuje oznámení; upozornění se zobrazují jen v aplikaci"
    );
}

#[test]
fn a_desktop_without_a_notification_service_gives_the_plain_message_once() {
    let (shown, seen) = mpsc::channel();
    let (wake_tx, woken) = mpsc::channel();
    let wake: Wake = Arc::new(move || {
        let _ = wake_tx.send(());
    });
    let mut notifier = Notifier::with_desktop(
        Recording {
            service: false,
            shown,
        },
        ANSWER_LIMIT,
        Some(wake),
    );
    woken.recv_timeout(PATIENCE).expect("the app is woken");
    assert_eq!(notifier.availability(), Availability::Unavailable);
    assert!(notifier.take_unavailable());
    assert_eq!(
        no_notifications(&Translator::default()),
        "This computer shows no desktop notifications; alerts appear in the app only"
    );
    assert!(!notifier.take_unavailable(), "told once");
    show(&notifier, &alert(1), &Translator::default());
    assert!(
        seen.recv_timeout(Duration::from_millis(50)).is_err(),
        "nothing is sent to a desktop without a service"
    );
}

#[test]
fn a_hanging_desktop_never_blocks_the_caller_and_counts_as_no_answer() {
    let (release, waiting) = mpsc::channel();
    let (entered, calling) = mpsc::channel();
    let hanging = Hanging {
        entered,
        release: waiting,
    };
    let mut notifier = Notifier::with_desktop(hanging, Duration::ZERO, None);
    let started = Instant::now();
    let t = Translator::default();
    for id in 0..100 {
        show(&notifier, &alert(id), &t);
    }
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "show returns at once"
    );
    calling
        .recv_timeout(PATIENCE)
        .expect("the thread calls the desktop");
    // With a zero limit, a call under way has already taken too long.
    assert_eq!(notifier.availability(), Availability::Unavailable);
    assert_eq!(
        notifier.wait_until_known(Duration::ZERO),
        Availability::Unavailable
    );
    assert!(notifier.take_unavailable());
    drop(release);
}

#[test]
fn this_computer_answers_or_the_plain_message_comes_in_bounded_time() {
    let mut notifier = Notifier::new();
    let started = Instant::now();
    let known = notifier.wait_until_known(ANSWER_LIMIT + Duration::from_secs(1));
    assert!(started.elapsed() <= ANSWER_LIMIT + Duration::from_secs(2));
    match known {
        Availability::Available => assert!(!notifier.take_unavailable()),
        Availability::Unavailable => assert!(notifier.take_unavailable()),
        Availability::Unknown => {
            panic!("the desktop neither answered nor counted as silent in time")
        }
    }
}
