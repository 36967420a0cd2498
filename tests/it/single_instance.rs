//! The one-instance rule between separate processes: the real program, launched while
//! another process is primary, brings that one forward and exits 0; after the primary is
//! killed, the next launch becomes primary. The same test runs on Linux (lock and socket) and
//! on Windows (named mutex and pipe, under Wine on the build machine).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::support::{Sandbox, run_app};
use mews_monitor::desktop::single_instance::{self, Instance, OnActivate, RUNTIME_DIR_VAR};
use mews_monitor::i18n::{Language, Translator};

/// A bound for failures only: a process under Wine on a loaded machine can take long to start.
const LIMIT: Duration = Duration::from_secs(120);

/// The helper process's environment variable: the folder to be primary in.
const HELPER_DIR_VAR: &str = "MEWS_TEST_PRIMARY_DIR";
const HELPER_READY: &str = "MEWS-TEST-PRIMARY-READY";
const HELPER_ACTIVATED: &str = "MEWS-TEST-PRIMARY-ACTIVATED";

/// What a later launch says when the open one came forward: in English on Linux
/// (`run_app` sets `LC_ALL=C.UTF-8`), in the Wine session's language on Windows.
fn brought_forward() -> String {
    let language = if cfg!(windows) {
        Language::resolve(None, None)
    } else {
        Language::English
    };
    Translator::new(language).text("instance-brought-forward")
}

/// An `on_activate` that reports on a channel.
fn counter() -> (OnActivate, mpsc::Receiver<()>) {
    let (tx, rx) = mpsc::channel();
    let on_activate: OnActivate = Box::new(move || {
        let _ = tx.send(());
    });
    (on_activate, rx)
}

/// Launches the real binary as the desktop app, with the single-instance folder `dir`.
fn launch_app(sandbox: &Sandbox, dir: &Path) -> crate::support::Finished {
    let dir = dir.to_str().unwrap();
    run_app(sandbox, &[], &[(RUNTIME_DIR_VAR, dir)], "", LIMIT)
}

#[test]
fn a_second_launch_brings_the_open_one_forward_and_exits_successfully() {
    let sandbox = Sandbox::new("desk-second");
    // Unix socket paths are short; a temporary folder under /tmp keeps well within it.
    let runtime = tempfile::tempdir().unwrap();
    let (on_activate, activations) = counter();
    let Instance::Primary(_guard) = single_instance::acquire(runtime.path(), on_activate).unwrap()
    else {
        panic!("this test process should be the first instance");
    };

    let second = launch_app(&sandbox, runtime.path());
    assert!(second.succeeded(), "{}", second.all_output());
    assert!(
        second.stderr.contains(&brought_forward()),
        "{}",
        second.all_output()
    );
    assert_eq!(activations.recv_timeout(LIMIT), Ok(()));
}

/// A helper process holding the primary place, started by the next test as a separate
/// process; it does nothing when run any other way.
#[test]
#[ignore = "helper: runs as a child process of after_the_open_one_is_killed_the_next_launch_becomes_primary"]
fn helper_holds_the_primary_place_until_killed() {
    let Some(dir) = std::env::var_os(HELPER_DIR_VAR) else {
        return;
    };
    let on_activate: OnActivate = Box::new(|| println!("{HELPER_ACTIVATED}"));
    let Instance::Primary(_guard) = single_instance::acquire(Path::new(&dir), on_activate).unwrap()
    else {
        panic!("the helper should be the first instance");
    };
    println!("{HELPER_READY}");
    // Hold the place until the parent kills this process (or closes standard input).
    let _ = std::io::stdin().read_line(&mut String::new());
}

#[test]
fn after_the_open_one_is_killed_the_next_launch_becomes_primary() {
    let sandbox = Sandbox::new("desk-killed");
    let runtime = tempfile::tempdir().unwrap();
    let mut helper = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "single_instance::helper_holds_the_primary_place_until_killed",
            "--ignored",
            "--nocapture",
        ])
        .env(HELPER_DIR_VAR, runtime.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = helper_lines(helper.stdout.take().unwrap());
    wait_for_line(&lines, HELPER_READY);

    // The app, launched while the helper process is primary, brings it forward.
    let second = launch_app(&sandbox, runtime.path());
    assert!(
        second.stderr.contains(&brought_forward()),
        "{}",
        second.all_output()
    );
    wait_for_line(&lines, HELPER_ACTIVATED);

    // A crash: the system ends the process without its clean-up. On Unix SIGKILL leaves the
    // socket file behind and the kernel drops the lock; Windows closes the mutex and pipe.
    helper.kill().unwrap();
    helper.wait().unwrap();
    #[cfg(unix)]
    assert!(
        runtime.path().join(single_instance::SOCKET_NAME).exists(),
        "a killed primary leaves its socket file"
    );

    let (on_activate, activations) = counter();
    let Instance::Primary(_guard) = single_instance::acquire(runtime.path(), on_activate).unwrap()
    else {
        panic!("after the crash, this launch should be the first instance");
    };
    let third = launch_app(&sandbox, runtime.path());
    assert!(third.succeeded(), "{}", third.all_output());
    assert!(
        third.stderr.contains(&brought_forward()),
        "{}",
        third.all_output()
    );
    assert_eq!(activations.recv_timeout(LIMIT), Ok(()));
}

/// The helper's standard output, line by line, on a channel.
fn helper_lines(stdout: std::process::ChildStdout) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("helper-stdout".into())
        .spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        })
        .unwrap();
    rx
}

/// Waits (bounded) for a line containing `marker`.
fn wait_for_line(lines: &mpsc::Receiver<String>, marker: &str) {
    loop {
        match lines.recv_timeout(LIMIT) {
            Ok(line) if line.contains(marker) => return,
            Ok(_) => {}
            Err(error) => panic!("the helper never printed {marker}: {error}"),
        }
    }
}
