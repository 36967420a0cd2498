//! The real Windows Credential Manager (under Wine on the build machine, on Windows itself).
//!
//! Each step runs the real program as a new process, so "read back" means a fresh process
//! found the tokens in the Credential Manager, not in memory. A profile of its own keeps the
//! test away from the user's real tokens; the last step removes it again.
#![cfg(windows)]

use std::path::PathBuf;
use std::time::Duration;

use crate::support::{
    ACCESS_HINT, ACCESS_TOKEN, CLIENT_TOKEN, RejectingServer, Sandbox, assert_no_token, run_app,
    scan,
};

/// A bound for failures only: a process under Wine on a loaded machine can take long to start.
const LIMIT: Duration = Duration::from_secs(120);

/// No file where programs write in the user's profile (`%USERPROFILE%\AppData`: settings,
/// history, logs, caches, roaming and local) holds a token. The profile's document folders
/// are left out: under Wine they are links to the whole Linux home folder.
fn assert_no_file_in_the_profile_holds_a_token(step: &str) {
    let profile = PathBuf::from(std::env::var_os("USERPROFILE").expect("USERPROFILE is set"));
    let app_data = profile.join("AppData");
    assert!(app_data.is_dir(), "{} is missing", app_data.display());
    for token in [CLIENT_TOKEN, ACCESS_TOKEN] {
        let mut found = Vec::new();
        scan(&app_data, token.as_bytes(), &mut found);
        assert!(
            found.is_empty(),
            "after {step}, files hold a token: {found:?}"
        );
    }
}

#[test]
fn saved_tokens_are_read_back_by_a_fresh_process_used_by_tail_and_forgotten() {
    let sandbox = Sandbox::new("credential-manager");
    let profile = format!("test-{}", std::process::id());
    let traced = [("RUST_LOG", "trace")];
    let with_profile = |args: &[&'static str]| {
        let mut all: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
        all.extend(["--profile".to_owned(), profile.clone()]);
        all
    };
    let run = |args: &[String], env: &[(&str, &str)], input: &str| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_app(&sandbox, &args, env, input, LIMIT)
    };

    let input = format!("{CLIENT_TOKEN}\n{ACCESS_TOKEN}\n");
    let set = run(&with_profile(&["tokens", "set"]), &traced, &input);
    assert!(set.succeeded(), "tokens set failed: {set:?}");
    assert!(
        set.stdout
            .contains(&format!("Saved in the system keyring · {ACCESS_HINT}")),
        "{set:?}"
    );
    assert_no_token(&set, "tokens set (with trace logs)");
    assert_no_file_in_the_profile_holds_a_token("tokens set");

    let status = run(&with_profile(&["tokens", "status"]), &[], "");
    assert!(status.succeeded(), "tokens status failed: {status:?}");
    assert!(status.stdout.contains(ACCESS_HINT), "{status:?}");
    assert_no_token(&status, "tokens status");

    let mut mews = RejectingServer::start(LIMIT);
    let mut tail_args = with_profile(&["tail", "--max-events", "1"]);
    tail_args.extend(["--ws-url".to_owned(), mews.url.clone()]);
    let tail = run(&tail_args, &traced, "");
    let requests = mews.requests();
    assert_eq!(tail.status.and_then(|s| s.code()), Some(2), "{tail:?}");
    assert!(
        requests.first().is_some_and(|r| r.contains(ACCESS_TOKEN)),
        "tail did not send the saved tokens: {requests:?}"
    );
    assert_no_token(&tail, "tail (with trace logs)");

    let forget = run(&with_profile(&["tokens", "forget"]), &[], "");
    assert!(forget.succeeded(), "tokens forget failed: {forget:?}");
    assert!(forget.stdout.contains("removed"), "{forget:?}");

    let status = run(&with_profile(&["tokens", "status"]), &[], "");
    assert!(status.succeeded(), "{status:?}");
    assert!(
        status.stdout.contains("Not saved on this computer"),
        "{status:?}"
    );
    assert_no_file_in_the_profile_holds_a_token("tokens forget");
}
