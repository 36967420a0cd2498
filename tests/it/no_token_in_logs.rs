//! Tokens never reach logs or output, even with every trace log switched on.
//!
//! `tail` runs as a real process against a stand-in Mews on 127.0.0.1 that
//! receives the handshake (so the tokens really were sent) and answers 401.

use std::time::Duration;

use crate::support::{ACCESS_TOKEN, CLIENT_TOKEN, RejectingServer, Sandbox, run_app};

const LIMIT: Duration = Duration::from_secs(20);

#[test]
fn trace_logs_of_a_connect_attempt_never_contain_a_token() {
    let sandbox = Sandbox::new("trace-logs");
    let mut mews = RejectingServer::start(LIMIT);
    let tail = run_app(
        &sandbox,
        &["tail", "--ws-url", &mews.url],
        &[
            ("MEWS_CLIENT_TOKEN", CLIENT_TOKEN),
            ("MEWS_ACCESS_TOKEN", ACCESS_TOKEN),
            ("RUST_LOG", "trace"),
        ],
        "",
        LIMIT,
    );
    let requests = mews.requests();
    assert!(
        requests
            .first()
            .is_some_and(|r| r.contains(CLIENT_TOKEN) && r.contains(ACCESS_TOKEN)),
        "the tokens were not sent, so the test proves nothing: {requests:?}"
    );
    assert_eq!(tail.status.and_then(|s| s.code()), Some(2), "{tail:?}");
    // The WebSocket library logs through `log`: its handshake traces must be captured.
    assert!(
        tail.stderr.contains("TRACE") && tail.stderr.contains("tokio_tungstenite"),
        "the WebSocket library's trace logs were not captured: {tail:?}"
    );
    assert!(
        !tail.stderr.contains('\u{1b}'),
        "logs written to a file carry terminal colour codes: {tail:?}"
    );
    let output = tail.all_output();
    for token in [CLIENT_TOKEN, ACCESS_TOKEN] {
        assert!(!output.contains(token), "a token was logged:\n{output}");
    }
    assert!(sandbox.files_containing(CLIENT_TOKEN).is_empty());
    assert!(sandbox.files_containing(ACCESS_TOKEN).is_empty());
}

#[test]
fn tail_without_any_tokens_names_both_ways_to_provide_them() {
    let sandbox = Sandbox::new("no-tokens");
    let tail = run_app(
        &sandbox,
        &[
            "tail",
            "--ws-url",
            "ws://127.0.0.1:9/",
            "--profile",
            "front-desk",
        ],
        &[],
        "",
        LIMIT,
    );
    assert_eq!(tail.status.and_then(|s| s.code()), Some(1), "{tail:?}");
    assert!(tail.stderr.contains("MEWS_CLIENT_TOKEN"), "{tail:?}");
}

#[test]
fn tail_with_only_one_token_variable_refuses_and_shows_no_token() {
    let sandbox = Sandbox::new("one-token");
    let tail = run_app(
        &sandbox,
        &["tail", "--ws-url", "ws://127.0.0.1:9/"],
        &[("MEWS_ACCESS_TOKEN", ACCESS_TOKEN)],
        "",
        LIMIT,
    );
    assert_eq!(tail.status.and_then(|s| s.code()), Some(1), "{tail:?}");
    assert!(tail.stderr.contains("MEWS_CLIENT_TOKEN is not"), "{tail:?}");
    assert!(!tail.all_output().contains(ACCESS_TOKEN), "{tail:?}");
}
