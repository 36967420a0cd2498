//! `tail --history` keeps what the window keeps: the same statuses, problems
//! and resync summaries, for the same simulator and the same frames.
//!
//! The window's side is a session as the app runs it; tail is the real binary.
//! Both are connected to one simulator at once, so both see every frame.

// Test code: a failed expectation is a failed test.

use std::path::Path;
use std::sync::Arc;

use crate::support::*;
use monitor_core::store::Store;
use monitor_engine::history::Retention;
use monitor_engine::net::WsUrl;
use monitor_engine::session::{Session, Target};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::sync::Notify;

/// The notes (statuses and problems) a history file holds, as `kind: text`,
/// clock times masked (the two connections come up at different seconds), sorted.
fn notes(path: &Path) -> Vec<String> {
    let connection = rusqlite::Connection::open(path).expect("history opens");
    let mut statement = connection
        .prepare("SELECT kind, text FROM notes")
        .expect("notes table");
    let mut notes: Vec<String> = statement
        .query_map([], |row| {
            Ok(format!(
                "{}: {}",
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?
            ))
        })
        .expect("readable")
        .map(|note| mask_times(&note.expect("row")))
        .collect();
    notes.sort();
    notes
}

/// "Connected since 01:02:03 UTC" → "Connected since hh:mm:ss UTC".
fn mask_times(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    while at < chars.len() {
        let time = chars.len() - at >= 8
            && (0..8).all(|n| {
                if n == 2 || n == 5 {
                    chars[at + n] == ':'
                } else {
                    chars[at + n].is_ascii_digit()
                }
            });
        if time {
            out.push_str("hh:mm:ss");
            at += 8;
        } else {
            out.push(chars[at]);
            at += 1;
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_keeps_the_statuses_problems_and_resync_summaries_the_window_keeps() {
    let sim = start_sim().await;
    let folder = tempfile::tempdir().expect("temp dir");
    let (window_file, tail_file) = (
        folder.path().join("window.sqlite3"),
        folder.path().join("tail.sqlite3"),
    );
    // The window: a session over history, connected as the app connects it.
    let woken = Arc::new(Notify::new());
    let mut window = Session::new(Store::default());
    window
        .open_history(
            &window_file,
            Retention::days(90),
            std::sync::Arc::new(|| {}),
        )
        .expect("history");
    let notify = Arc::clone(&woken);
    window
        .connect(
            &Target::new(
                WsUrl::parse(&sim.ws_url()).expect("url"),
                Some(sim.api_url()),
            ),
            demo_tokens(),
            Arc::new(move || notify.notify_one()),
            &tokio::runtime::Handle::current(),
        )
        .expect("connects");
    // Tail, the real program, on the same simulator.
    let mut child = tail_on(
        &sim,
        &[
            "--history".as_ref(),
            tail_file.as_os_str(),
            "--max-events".as_ref(),
            "2".as_ref(),
        ],
    )
    .spawn()
    .expect("tail starts");
    // Both have loaded the rooms and today's arrivals before any event is sent.
    let mut stderr = BufReader::new(child.stderr.take().expect("piped")).lines();
    let mut seen = Vec::new();
    read_until(&mut stderr, &mut seen, |seen| {
        seen.iter().any(|l| l.contains("loaded")) && seen.iter().any(|l| l.contains("arrivals on"))
    })
    .await;
    pump_until(&mut window, &woken, |s| {
        s.last_resync().is_some() && s.last_arrivals().is_some()
    })
    .await;
    let controls = sim.controls();
    controls.send_frame(
        r#"{"Events":[{"Type":"Resource","Id":"r1","State":"Clean"},{"Type":"Resource","State":"Dirty"}]}"#.into(),
    );
    controls.send_frame(r#"{"Events":[{"Type":"Resource","Id":"r2","State":"Inspected"}]}"#.into());
    let status = tokio::time::timeout(PATIENCE, child.wait())
        .await
        .expect("tail exits by itself after two events")
        .expect("tail ran");
    assert!(status.success(), "{status:?} {seen:?}");
    pump_until(&mut window, &woken, |s| s.store().total_events() == 2).await;
    drop(window); // the writer finishes its queue
    let (window_notes, tail_notes) = (notes(&window_file), notes(&tail_file));
    assert!(
        tail_notes
            .iter()
            .any(|note| note.contains("rooms loaded from Mews")),
        "{tail_notes:#?}"
    );
    assert!(
        tail_notes.iter().any(|note| note.contains("has no Id")),
        "{tail_notes:#?}"
    );
    assert_eq!(tail_notes, window_notes);
}
