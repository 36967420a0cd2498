//! History on a disk that fills up and frees again: a real tmpfs, filled with a
//! file until no block is left, then emptied.
//!
//! The writer pauses, holds what fits, marks the events beyond as a gap, and
//! resumes by itself; `tail --history` prints every event meanwhile and says
//! once that history paused, and once that it resumed. The database stays
//! sound throughout.

// Test code: a failed expectation is a failed test.

use std::sync::{Arc, mpsc};
use std::time::Duration;

use chrono::Utc;
use monitor_engine::history::{
    EventRecord, ExportFilter, ExportFormat, HistoryReader, HistoryWriter, PauseState, QUEUE,
    Record, Retention,
};
use monitor_engine::sim::Simulator;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::support::disk::SmallDisk;
use crate::support::xvfb::poll_until;
use crate::support::*;

/// Long enough for the writer's backoff (1 s doubling, 30 s at most) to try again.
const RESUME_PATIENCE: Duration = Duration::from_secs(60);

fn event(seq: u64) -> Record {
    Record::Event(EventRecord {
        seq,
        received: Utc::now(),
        room_id: Some(format!("room-{}", seq % 7)),
        raw: Arc::from(format!(
            r#"{{"Type":"Resource","Id":"room-{}","State":"Clean","N":{seq}}}"#,
            seq % 7
        )),
    })
}

/// What the writer has said, waiting on its wake-ups until `wanted` has been said.
fn said_until(
    writer: &HistoryWriter,
    news: &mpsc::Receiver<()>,
    said: &mut Vec<String>,
    limit: Duration,
    wanted: &str,
) {
    let deadline = std::time::Instant::now() + limit;
    while !said.iter().any(|text| text.contains(wanted)) {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        assert!(
            news.recv_timeout(left).is_ok(),
            "{wanted:?} not said in {limit:?}: {said:?}"
        );
        said.extend(writer.take_problems().iter().map(ToString::to_string));
    }
}

/// The pause once the writer has counted events beyond its list (bounded wait: the
/// gauge has no wake-up of its own).
fn settled(writer: &HistoryWriter) -> PauseState {
    let counted = || writer.paused().is_some_and(|paused| paused.missed > 0);
    assert!(
        poll_until(PATIENCE, counted),
        "no event was counted missing: {:?}",
        writer.paused()
    );
    writer.paused().expect("paused")
}

fn integrity(path: &std::path::Path) -> String {
    rusqlite::Connection::open(path)
        .expect("opens")
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("checks")
}

#[test]
#[ignore = "needs root, to mount a small filesystem"]
fn history_pauses_on_a_full_disk_marks_what_did_not_fit_and_resumes_when_space_returns() {
    let disk = SmallDisk::mount("4m");
    let path = disk.path().join("history.sqlite3");
    let (tell, news) = mpsc::channel();
    let (writer, _) = HistoryWriter::start_waking(
        &path,
        Retention::forever(),
        Arc::new(move || {
            let _ = tell.send(());
        }),
    )
    .expect("history opens");
    assert!(disk.fill() > 0, "the disk had room before");

    // More events than history holds while paused: the last ones become a gap. (A
    // few may fit in the blocks SQLite already has before it pauses.)
    let total = (QUEUE + 1_000) as u64;
    for seq in 1..=total {
        writer.record(event(seq));
    }
    let mut said = Vec::new();
    said_until(&writer, &news, &mut said, PATIENCE, "waiting list is full");
    assert!(
        said[0].starts_with("History is paused because the disk is full."),
        "{said:?}"
    );
    // The list may have filled before the writer took the last records.
    let paused = settled(&writer);
    assert_eq!(paused.waiting, QUEUE, "as many as it holds: {paused:?}");

    disk.free();
    said_until(
        &writer,
        &news,
        &mut said,
        RESUME_PATIENCE,
        "History is being written again",
    );
    assert_eq!(said.len(), 3, "each change said once: {said:?}");
    assert_eq!(writer.paused(), None::<PauseState>);
    drop(writer);

    assert_eq!(integrity(&path), "ok");
    let reader = HistoryReader::open(&path).expect("reopens");
    let gaps = reader
        .gaps(
            chrono::DateTime::<Utc>::MIN_UTC,
            chrono::DateTime::<Utc>::MAX_UTC,
        )
        .expect("gaps");
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert!(
        said[2].contains(&format!(
            "Missing from history: {} events received while it was paused",
            gaps[0].missed
        )),
        "{said:?}"
    );
    assert_eq!(gaps[0].last_seq, total);
    assert_eq!(
        reader.event_count().expect("count") + gaps[0].missed,
        total,
        "every event is either kept or counted in the gap"
    );
    assert_eq!(
        reader.last_seq().expect("last"),
        total,
        "numbers go on after the gap"
    );
    let mut export = Vec::new();
    reader
        .export(&ExportFilter::default(), ExportFormat::Jsonl, &mut export)
        .expect("exports");
    let export = String::from_utf8(export).expect("text");
    let gap_lines: Vec<&str> = export
        .lines()
        .filter(|line| line.contains(r#""gap":"#))
        .collect();
    assert_eq!(gap_lines.len(), 1, "the gap is marked in the export");
    assert!(gap_lines[0].contains(&format!(r#""missed":{}"#, gaps[0].missed)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs root, to mount a small filesystem"]
async fn tail_prints_every_event_through_a_full_disk_and_says_once_that_history_paused_and_resumed()
{
    let disk = SmallDisk::mount("8m");
    let path = disk.path().join("history.sqlite3");
    let mut config = quiet_config();
    config.activity = true;
    config.rate = Some(200.0);
    let sim = Simulator::start(config, any_port())
        .await
        .expect("simulator starts");
    let mut tail = tail_on(&sim, &["--history".as_ref(), path.as_os_str()])
        .spawn()
        .expect("tail starts");
    let (printed, mut count) = tokio::sync::watch::channel(0_u64);
    let stdout = tail.stdout.take().expect("piped");
    let counting = tokio::spawn(async move {
        let mut lines = BufReader::new(stdout).lines();
        while let Ok(Some(_)) = lines.next_line().await {
            printed.send_modify(|count| *count += 1);
        }
    });
    let mut stderr = BufReader::new(tail.stderr.take().expect("piped")).lines();
    let mut errors = Vec::new();
    let at_least = |count: &mut tokio::sync::watch::Receiver<u64>, wanted: u64| {
        let mut count = count.clone();
        async move {
            tokio::time::timeout(PATIENCE, count.wait_for(|printed| *printed >= wanted))
                .await
                .expect("events keep coming")
                .expect("tail still prints");
        }
    };

    at_least(&mut count, 50).await;
    assert!(disk.fill() > 0);
    read_until(&mut stderr, &mut errors, |seen| {
        seen.iter()
            .any(|line| line.contains("History is paused because the disk is full"))
    })
    .await;
    // Events still print while history waits.
    let at_pause = *count.borrow();
    at_least(&mut count, at_pause + 200).await;

    disk.free();
    tokio::time::timeout(
        RESUME_PATIENCE,
        read_until(&mut stderr, &mut errors, |seen| {
            seen.iter()
                .any(|line| line.contains("History is being written again"))
        }),
    )
    .await
    .expect("history resumes by itself");

    // Ctrl+C: tail ends as staff end it, writing what waits.
    let pid = tail.id().expect("running").to_string();
    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill runs");
    assert!(interrupted.success());
    let ended = tokio::time::timeout(PATIENCE, tail.wait())
        .await
        .expect("tail ends on Ctrl+C")
        .expect("waited");
    assert!(ended.success(), "{ended}");
    while let Ok(Some(line)) = stderr.next_line().await {
        errors.push(line);
    }
    counting.await.expect("stdout read");

    let about_history: Vec<&String> = errors
        .iter()
        .filter(|line| line.to_lowercase().contains("history"))
        .collect();
    assert_eq!(about_history.len(), 2, "said once each: {errors:?}");
    assert!(
        errors.iter().all(|line| !line.contains('\u{1b}')),
        "no colour codes: {errors:?}"
    );
    assert_eq!(integrity(&path), "ok");
    let kept = HistoryReader::open(&path)
        .expect("reopens")
        .event_count()
        .expect("count");
    assert_eq!(
        kept,
        *count.borrow(),
        "history kept every event tail printed"
    );
}
