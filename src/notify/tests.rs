//! Notifier tests: desktops that answer, refuse or hang, and this computer's own.

use std::sync::mpsc;

use chrono::{DateTime, Utc};

use super::desktop::DesktopError;
use super::*;
use monitor_core::protocol::ResourceState;
use monitor_core::store::AlertKind;

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
    notifier.show(&alert(3), alert(3).message());
    let (title, body, urgent) = seen.recv_timeout(PATIENCE).expect("shown");
    assert_eq!(title, "Room 101 is ready (Inspected)");
    assert!(body.contains("alert 3"), "{body}");
    assert!(!urgent);
    assert_eq!(notifier.take_unavailable(), None);
    // A waiting guest's room: titled as the desk reads it, and urgent (with sound).
    let waiting = Alert {
        waiting: Some("res-1".into()),
        ..alert(4)
    };
    notifier.show(
        &waiting,
        "Eliška Černá (1052) is waiting: Room 101 is ready".into(),
    );
    let (title, _, urgent) = seen.recv_timeout(PATIENCE).expect("shown");
    assert!(title.starts_with("Eliška Černá (1052) is waiting") && urgent);
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
    assert_eq!(
        notifier.take_unavailable().as_deref(),
        Some("This computer shows no desktop notifications; alerts appear in the app only")
    );
    assert_eq!(notifier.take_unavailable(), None, "told once");
    notifier.show(&alert(1), alert(1).message());
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
    for id in 0..100 {
        notifier.show(&alert(id), alert(id).message());
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
    assert_eq!(
        notifier.take_unavailable().as_deref(),
        Some(NO_NOTIFICATIONS)
    );
    drop(release);
}

#[test]
fn this_computer_answers_or_the_plain_message_comes_in_bounded_time() {
    let mut notifier = Notifier::new();
    let started = Instant::now();
    let known = notifier.wait_until_known(ANSWER_LIMIT + Duration::from_secs(1));
    assert!(started.elapsed() <= ANSWER_LIMIT + Duration::from_secs(2));
    match known {
        Availability::Available => assert_eq!(notifier.take_unavailable(), None),
        Availability::Unavailable => {
            assert_eq!(
                notifier.take_unavailable().as_deref(),
                Some(NO_NOTIFICATIONS)
            );
        }
        Availability::Unknown => {
            panic!("the desktop neither answered nor counted as silent in time")
        }
    }
}
