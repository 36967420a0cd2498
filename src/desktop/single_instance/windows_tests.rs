//! Tests of the single-instance protocol on Windows, in-process, with names of their own.

use std::sync::mpsc;

use super::*;

/// An `on_activate` that reports on a channel.
fn counter() -> (OnActivate, mpsc::Receiver<()>) {
    let (tx, rx) = mpsc::channel();
    let on_activate: OnActivate = Box::new(move || {
        let _ = tx.send(());
    });
    (on_activate, rx)
}

fn never() -> OnActivate {
    Box::new(|| panic!("a later launch must not run its own on_activate"))
}

fn primary(dir: &Path, on_activate: OnActivate) -> PrimaryGuard {
    match acquire(dir, on_activate).unwrap() {
        Instance::Primary(guard) => guard,
        other => panic!("expected the primary, got {other:?}"),
    }
}

#[test]
fn names_are_per_folder_ignore_case_and_fit_the_namespaces() {
    let (mutex, pipe) = names(Path::new(r"C:\Users\Zoë Müller\AppData\Local\mews-monitor"));
    assert!(mutex.starts_with(r"Local\mews-monitor-"), "{mutex}");
    assert!(pipe.starts_with(r"\\.\pipe\mews-monitor-"), "{pipe}");
    assert!(!mutex["Local\\".len()..].contains('\\'));
    assert_eq!(
        names(Path::new(r"c:\users\zoë müller\appdata\local\mews-monitor")),
        (mutex.clone(), pipe)
    );
    assert_ne!(names(Path::new(r"C:\Users\Other\AppData\Local")).0, mutex);
}

#[test]
fn the_first_launch_is_primary_and_listens_on_the_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, _activations) = counter();
    let guard = primary(dir.path(), on_activate);
    assert!(guard._listening.is_some());
    assert_eq!(guard.socket_path(), None);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let opened = runtime.block_on(async { ClientOptions::new().open(names(dir.path()).1) });
    assert!(opened.is_ok(), "{opened:?}");
}

#[test]
fn a_second_launch_is_already_running_and_brings_the_first_forward() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, activations) = counter();
    let _guard = primary(dir.path(), on_activate);

    let second = acquire(dir.path(), never()).unwrap();
    assert!(matches!(
        second,
        Instance::AlreadyRunning { activated: true }
    ));
    // The primary answers `ok` only after on_activate has run.
    assert_eq!(activations.try_recv(), Ok(()));
}

#[test]
fn every_later_launch_brings_the_first_forward_again() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, activations) = counter();
    let _guard = primary(dir.path(), on_activate);
    for _ in 0..3 {
        let later = acquire(dir.path(), never()).unwrap();
        assert!(matches!(
            later,
            Instance::AlreadyRunning { activated: true }
        ));
    }
    assert_eq!(activations.try_iter().count(), 3);
}

#[test]
fn dropping_the_primary_frees_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, _activations) = counter();
    drop(primary(dir.path(), on_activate));

    let (on_activate, _activations) = counter();
    let _next = primary(dir.path(), on_activate);
}

#[test]
fn a_mutex_holder_that_never_listens_still_counts_as_running() {
    let dir = tempfile::tempdir().unwrap();
    let held = win32::named_mutex(&names(dir.path()).0).unwrap();
    assert!(!held.existed);

    let later = acquire(dir.path(), never()).unwrap();
    assert!(matches!(
        later,
        Instance::AlreadyRunning { activated: false }
    ));
}

#[test]
fn a_request_other_than_activate_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, activations) = counter();
    let _guard = primary(dir.path(), on_activate);
    let pipe_name = names(dir.path()).1;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let reply = runtime.block_on(async {
        let mut pipe = ClientOptions::new().open(&pipe_name).unwrap();
        pipe.write_all(b"shutdown\n").await.unwrap();
        let mut reply = String::new();
        // The primary hangs up: the end of the stream, or a broken pipe, with nothing read.
        let _ = pipe.read_to_string(&mut reply).await;
        reply
    });
    assert_eq!(reply, "", "no answer, connection closed");

    // Requests are answered in turn, so once this one is confirmed the first was handled.
    let later = acquire(dir.path(), never()).unwrap();
    assert!(matches!(
        later,
        Instance::AlreadyRunning { activated: true }
    ));
    assert_eq!(activations.try_iter().count(), 1);
}
