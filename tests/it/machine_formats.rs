//! Machine formats never change with the language: `rooms`, `arrivals`, `tail` and
//! `export` print the same bytes under `LANG=de_DE.UTF-8` (and `LANGUAGE=cs:de`) as under
//! `LANG=C`, whatever the window would speak; what they say on standard error, for
//! people, is in the computer's language.

use std::process::Stdio;

use crate::support::*;
use monitor_core::protocol::{ReservationState, ResourceState};

const PRAGUE: &str = "Europe/Prague";
use monitor_engine::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};
use tokio::process::Command;

/// The program with the locale variables of `lang` (and nothing else of the caller's).
fn program(lang: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mews-monitor"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("MEWS_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
        .env("MEWS_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
        .stdin(Stdio::null())
        .kill_on_drop(true);
    if lang == "C" {
        command.env_remove("LANGUAGE");
    } else {
        command.env("LANGUAGE", "cs:de");
    }
    command
}

/// Standard output of `args` under `lang`, once it exited successfully.
async fn stdout_of(lang: &str, args: &[&str]) -> String {
    let output = tokio::time::timeout(PATIENCE, program(lang).args(args).output())
        .await
        .expect("ends by itself")
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{args:?} under {lang}: {stderr}");
    String::from_utf8(output.stdout).expect("utf-8")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rooms_arrivals_tail_and_export_print_the_same_in_every_language() {
    let sim = start_sim_in(PRAGUE).await;
    let controls = sim.controls();
    for (hour, state) in [
        (9, ReservationState::Started),
        (14, ReservationState::Confirmed),
        (23, ReservationState::Optional),
    ] {
        let room = room_in(ResourceState::Dirty, 0);
        controls.book(local(PRAGUE, 0, hour, 30), state, Some(&room.id));
    }
    let api = sim.api_url();
    for (command, at_least) in [("rooms", 10), ("arrivals", 3)] {
        let english = stdout_of("C", &[command, "--api-url", &api]).await;
        let german = stdout_of("de_DE.UTF-8", &[command, "--api-url", &api]).await;
        assert!(english.lines().count() >= at_least, "{command}: {english}");
        assert_eq!(german, english, "{command} under a German locale");
    }

    // tail with history; then export that history in both formats.
    let folder = tempfile::tempdir().expect("temp dir");
    let history = folder.path().join("history.sqlite3");
    let history_arg = history.display().to_string();
    let ws = sim.ws_url();
    let tail = program("de_DE.UTF-8")
        .args(["tail", "--ws-url", &ws, "--max-events", "2", "--history"])
        .arg(&history_arg)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tail starts");
    tokio::time::timeout(PATIENCE, sim.controls().wait_for_connections(1))
        .await
        .expect("tail connects");
    sim.controls().send_frame(
        r#"{"Events":[{"Type":"Resource","Id":"r1","State":"Clean"},{"Type":"DeviceCommand","Id":"c1","State":"Pending"}]}"#.into(),
    );
    let output = tokio::time::timeout(PATIENCE, tail.wait_with_output())
        .await
        .expect("tail ends after two events")
        .expect("tail ran");
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    // Standard error, for people, speaks the computer's language (LANGUAGE=cs:de: Czech).
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("Připojeno od"), "{said}");
    assert_eq!(
        lines[0]["event"]["State"], "Clean",
        "the event as Mews sent it"
    );
    assert!(
        lines[0]["received_utc"]
            .as_str()
            .is_some_and(|at| at.ends_with('Z')),
        "times stay UTC in RFC 3339: {}",
        lines[0]
    );
    for format in ["csv", "jsonl"] {
        let args = ["export", "--history", &history_arg, "--format", format];
        let english = stdout_of("C", &args).await;
        let german = stdout_of("de_DE.UTF-8", &args).await;
        assert!(english.contains("c1"), "{format}: {english}");
        assert_eq!(german, english, "export {format} under a German locale");
    }
}

/// A command that cannot do its work says why on standard error in the computer's
/// language, after its word for "Error:" (exit code 1), and in English under `C`.
#[test]
fn a_failed_command_says_why_in_the_computers_language() {
    const LIMIT: std::time::Duration = std::time::Duration::from_secs(30);
    let sandbox = Sandbox::new("failed-command-language");
    let said = |args: &[&str], locale: &str| {
        let run = run_app(&sandbox, args, &[("LC_ALL", locale)], "", LIMIT);
        assert_eq!(run.status.and_then(|s| s.code()), Some(1), "{run:?}");
        run.stderr
    };
    let tail = [
        "tail",
        "--ws-url",
        "ws://127.0.0.1:9/",
        "--profile",
        "front-desk",
    ];
    let german = said(&tail, "de_DE.UTF-8");
    assert!(german.starts_with("Fehler: "), "{german}");
    assert!(german.contains("MEWS_CLIENT_TOKEN"), "{german}");
    for english in ["Error", "no tokens", "set both", "instead"] {
        assert!(!german.contains(english), "{english:?} in {german}");
    }

    let missing = sandbox.root.join("none.sqlite3").display().to_string();
    let export = ["export", "--history", missing.as_str()];
    let czech = said(&export, "cs_CZ.UTF-8");
    assert!(czech.starts_with("Chyba: "), "{czech}");
    assert!(czech.contains(&missing), "{czech}");
    let english = said(&export, "C.UTF-8");
    assert_eq!(
        english.trim_end(),
        format!("Error: there is no history yet at {missing}")
    );
}
