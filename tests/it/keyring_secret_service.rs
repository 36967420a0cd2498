//! The real Secret Service: GNOME Keyring on a private D-Bus session bus.
//!
//! Each step runs the real binary as a new process, so "read back" means a
//! fresh process found the tokens in the keyring, not in memory. Needs
//! `dbus-daemon` and `gnome-keyring-daemon` (apt: `gnome-keyring dbus-daemon`), so those
//! tests are ignored unless run with `--include-ignored` (as `.ci/run` does).

use std::time::Duration;

use crate::support::{
    ACCESS_HINT, ACCESS_TOKEN, CLIENT_TOKEN, RejectingServer, Sandbox, SecretService,
    assert_no_token, run_app,
};

const LIMIT: Duration = Duration::from_secs(30);

fn assert_no_file_holds_a_token(sandbox: &Sandbox, step: &str) {
    for token in [CLIENT_TOKEN, ACCESS_TOKEN] {
        let files = sandbox.files_containing(token);
        assert!(
            files.is_empty(),
            "after {step}, files hold a token: {files:?}"
        );
    }
}

#[test]
#[ignore = "needs dbus-daemon and gnome-keyring-daemon (.ci/run installs them)"]
fn saved_tokens_are_read_back_by_a_fresh_process_used_by_tail_and_forgotten() {
    let sandbox = Sandbox::new("keyring-round-trip");
    let service = SecretService::start(&sandbox, Some("test-password"));
    let bus = service.env();
    let traced = [bus[0], ("RUST_LOG", "trace")];

    let input = format!("{CLIENT_TOKEN}\n{ACCESS_TOKEN}\n");
    let set = run_app(&sandbox, &["tokens", "set"], &traced, &input, LIMIT);
    assert!(set.succeeded(), "tokens set failed: {set:?}");
    assert!(
        set.stdout
            .contains(&format!("Saved in the system keyring · {ACCESS_HINT}")),
        "{set:?}"
    );
    assert_no_token(&set, "tokens set (with trace logs)");
    assert_no_file_holds_a_token(&sandbox, "tokens set");
    assert!(
        sandbox.file_count() > 0,
        "GNOME Keyring wrote no keyring file: is it really the store in use?"
    );

    let status = run_app(&sandbox, &["tokens", "status"], &bus, "", LIMIT);
    assert!(status.succeeded(), "tokens status failed: {status:?}");
    assert!(
        status.stdout.contains("Saved in the system keyring"),
        "{status:?}"
    );
    assert!(status.stdout.contains(ACCESS_HINT), "{status:?}");
    assert_no_token(&status, "tokens status");

    let other = run_app(
        &sandbox,
        &["tokens", "status", "--profile", "other"],
        &bus,
        "",
        LIMIT,
    );
    assert!(other.stdout.contains("Not saved"), "{other:?}");

    let mut mews = RejectingServer::start(LIMIT);
    let tail = run_app(
        &sandbox,
        &["tail", "--ws-url", &mews.url, "--max-events", "1"],
        &traced,
        "",
        LIMIT,
    );
    let requests = mews.requests();
    assert!(
        tail.stderr
            .contains("using the tokens saved in the system keyring (profile default)"),
        "{tail:?}"
    );
    assert_eq!(tail.status.and_then(|s| s.code()), Some(2), "{tail:?}");
    assert!(
        requests.first().is_some_and(|r| r.contains(ACCESS_TOKEN)),
        "tail did not send the saved tokens: {requests:?}"
    );
    assert_no_token(&tail, "tail (with trace logs)");

    let forget = run_app(&sandbox, &["tokens", "forget"], &bus, "", LIMIT);
    assert!(forget.succeeded(), "tokens forget failed: {forget:?}");
    assert!(forget.stdout.contains("removed"), "{forget:?}");

    let status = run_app(&sandbox, &["tokens", "status"], &bus, "", LIMIT);
    assert!(status.succeeded(), "{status:?}");
    assert!(
        status.stdout.contains("Not saved on this computer"),
        "{status:?}"
    );
    assert_no_file_holds_a_token(&sandbox, "tokens forget");
    drop(service);
}

#[test]
#[ignore = "needs dbus-daemon and gnome-keyring-daemon (.ci/run installs them)"]
fn a_keyring_that_was_never_unlocked_is_reported_as_locked() {
    let sandbox = Sandbox::new("keyring-locked");
    let service = SecretService::start(&sandbox, None);
    let input = format!("{CLIENT_TOKEN}\n{ACCESS_TOKEN}\n");
    let set = run_app(&sandbox, &["tokens", "set"], &service.env(), &input, LIMIT);
    assert!(
        !set.succeeded(),
        "saving into a locked keyring worked: {set:?}"
    );
    assert!(
        set.stderr.contains("The system keyring is locked"),
        "{set:?}"
    );
    assert_no_token(&set, "tokens set on a locked keyring");
    assert_no_file_holds_a_token(&sandbox, "tokens set on a locked keyring");
}

#[test]
fn without_a_session_bus_tokens_set_says_there_is_no_keyring_service() {
    let sandbox = Sandbox::new("keyring-none");
    let input = format!("{CLIENT_TOKEN}\n{ACCESS_TOKEN}\n");
    let set = run_app(&sandbox, &["tokens", "set"], &[], &input, LIMIT);
    assert!(!set.succeeded(), "{set:?}");
    assert!(set.stderr.contains("no system keyring service"), "{set:?}");
    assert_no_token(&set, "tokens set without a keyring");
    assert_no_file_holds_a_token(&sandbox, "tokens set without a keyring");
}
