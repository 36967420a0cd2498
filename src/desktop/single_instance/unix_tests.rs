//! Tests of the single-instance protocol, in-process, in temporary folders.

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
fn the_first_launch_is_primary_and_listens_on_the_socket() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, _activations) = counter();
    let guard = primary(dir.path(), on_activate);
    assert_eq!(
        guard.socket_path(),
        Some(dir.path().join(SOCKET_NAME).as_path())
    );
    assert!(UnixStream::connect(dir.path().join(SOCKET_NAME)).is_ok());
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
fn a_stale_socket_left_by_a_crash_is_replaced_by_the_next_primary() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join(SOCKET_NAME);
    // A listener dropped without cleaning up leaves its file behind, as a crash does.
    drop(UnixListener::bind(&socket).unwrap());
    assert!(socket.exists());
    assert!(
        UnixStream::connect(&socket).is_err(),
        "nobody listens on it"
    );

    let (on_activate, activations) = counter();
    let _guard = primary(dir.path(), on_activate);
    let later = acquire(dir.path(), never()).unwrap();
    assert!(matches!(
        later,
        Instance::AlreadyRunning { activated: true }
    ));
    assert_eq!(activations.try_recv(), Ok(()));
}

#[test]
fn dropping_the_primary_removes_the_socket_and_frees_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, _activations) = counter();
    drop(primary(dir.path(), on_activate));
    assert!(!dir.path().join(SOCKET_NAME).exists());

    let (on_activate, _activations) = counter();
    let _next = primary(dir.path(), on_activate);
}

#[test]
fn a_request_other_than_activate_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let (on_activate, activations) = counter();
    let _guard = primary(dir.path(), on_activate);

    let stream = UnixStream::connect(dir.path().join(SOCKET_NAME)).unwrap();
    (&stream).write_all(b"shutdown\n").unwrap();
    let mut reply = String::new();
    (&stream).read_to_string(&mut reply).unwrap();
    assert_eq!(reply, "", "no answer, connection closed");

    // Requests are answered in turn, so once this one is confirmed the first was handled.
    let later = acquire(dir.path(), never()).unwrap();
    assert!(matches!(
        later,
        Instance::AlreadyRunning { activated: true }
    ));
    assert_eq!(activations.try_iter().count(), 1);
}

#[test]
fn a_lock_holder_that_never_listens_still_counts_as_running() {
    let dir = tempfile::tempdir().unwrap();
    let lock = File::create(dir.path().join(LOCK_NAME)).unwrap();
    lock.try_lock().unwrap();

    let later = acquire(dir.path(), never()).unwrap();
    assert!(matches!(
        later,
        Instance::AlreadyRunning { activated: false }
    ));
}

#[test]
fn a_missing_folder_is_created_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("cache").join("mews-monitor");
    let (on_activate, _activations) = counter();
    let _guard = primary(&dir, on_activate);
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700);
}
