//! The Unix side of the single-instance rule: a `flock` lock decides, a Unix socket carries
//! the `activate` request from a later launch to the primary.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::fs::DirBuilderExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use super::{
    ACKNOWLEDGED, ACTIVATE, Instance, LOCK_NAME, OnActivate, PrimaryGuard, SOCKET_NAME,
    SingleInstanceError,
};

/// How long either side waits for the other's line before giving up on that connection.
const LINE_TIMEOUT: Duration = Duration::from_secs(2);

/// How often a later launch tries to connect while the primary (which holds the lock) may
/// still be setting up its socket, and how long it waits between tries.
const CONNECT_ATTEMPTS: u32 = 40;
const CONNECT_PAUSE: Duration = Duration::from_millis(50);

/// The longest request line read; anything longer is not ours.
const MAX_LINE: u64 = 64;

/// After a failed `accept` (out of file handles, say), wait before the next, so a lasting
/// failure does not spin a core.
const ACCEPT_ERROR_PAUSE: Duration = Duration::from_millis(250);

/// The primary's socket, listener thread and lock; dropping it ends all three.
#[derive(Debug)]
pub(super) struct Listening {
    socket_path: PathBuf,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    /// Held, never read: the lock lasts as long as this open file.
    _lock: File,
}

impl Listening {
    /// Where later launches connect.
    #[cfg(test)]
    pub(super) fn socket_path(&self) -> &Path {
        &self.socket_path
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept with a connection of our own; join only if that worked,
        // so dropping can never hang.
        if UnixStream::connect(&self.socket_path).is_ok()
            && let Some(thread) = self.thread.take()
        {
            let _ = thread.join();
        }
        let _ = std::fs::remove_file(&self.socket_path);
    }
}

pub(super) fn acquire(
    dir: &Path,
    on_activate: OnActivate,
) -> Result<Instance, SingleInstanceError> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SingleInstanceError::Io { path, source }
    };
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(io_error(dir))?;
    let lock_path = dir.join(LOCK_NAME);
    let socket_path = dir.join(SOCKET_NAME);
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(io_error(&lock_path))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let activated = ask_primary_to_come_forward(&socket_path);
            return Ok(Instance::AlreadyRunning { activated });
        }
        Err(std::fs::TryLockError::Error(source)) => {
            return Err(SingleInstanceError::Io {
                path: lock_path,
                source,
            });
        }
    }

    // We hold the lock, so any socket file here was left by an instance that has ended.
    match std::fs::remove_file(&socket_path) {
        Ok(()) => tracing::info!(path = %socket_path.display(), "removed a stale socket"),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(source) => {
            return Err(SingleInstanceError::Io {
                path: socket_path,
                source,
            });
        }
    }
    let listener = UnixListener::bind(&socket_path).map_err(io_error(&socket_path))?;
    let stop = Arc::new(AtomicBool::new(false));
    let thread = {
        let stop = Arc::clone(&stop);
        std::thread::Builder::new()
            .name("mews-single-instance".into())
            .spawn(move || serve(&listener, &stop, &on_activate))
    };
    let thread = match thread {
        Ok(thread) => thread,
        Err(error) => {
            let _ = std::fs::remove_file(&socket_path);
            return Err(SingleInstanceError::Thread(error));
        }
    };
    Ok(Instance::Primary(PrimaryGuard {
        _listening: Some(Listening {
            socket_path,
            stop,
            thread: Some(thread),
            _lock: lock,
        }),
    }))
}

/// The primary's listener loop: one request per connection, answered in turn.
fn serve(listener: &UnixListener, stop: &AtomicBool, on_activate: &OnActivate) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        match stream {
            Ok(stream) => {
                if let Err(error) = answer(stream, on_activate) {
                    tracing::debug!(%error, "a single-instance request went unanswered");
                }
            }
            Err(error) => {
                tracing::warn!(%error, "the single-instance socket could not accept");
                std::thread::sleep(ACCEPT_ERROR_PAUSE);
            }
        }
    }
}

/// Reads one line; on `activate`, brings the app forward and says `ok`.
fn answer(stream: UnixStream, on_activate: &OnActivate) -> io::Result<()> {
    stream.set_read_timeout(Some(LINE_TIMEOUT))?;
    stream.set_write_timeout(Some(LINE_TIMEOUT))?;
    let mut line = String::new();
    BufReader::new((&stream).take(MAX_LINE)).read_line(&mut line)?;
    if line.trim_end() != ACTIVATE {
        tracing::debug!(
            request = line.trim_end(),
            "ignored an unknown single-instance request"
        );
        return Ok(());
    }
    on_activate();
    (&stream).write_all(format!("{ACKNOWLEDGED}\n").as_bytes())
}

/// A later launch's side: `true` once the primary has confirmed.
fn ask_primary_to_come_forward(socket_path: &Path) -> bool {
    for _ in 0..CONNECT_ATTEMPTS {
        match UnixStream::connect(socket_path) {
            Ok(stream) => {
                return match send_activate(&stream) {
                    Ok(confirmed) => confirmed,
                    Err(error) => {
                        tracing::warn!(%error, "the open Mews Monitor did not answer");
                        false
                    }
                };
            }
            // The primary holds the lock but may not have bound its socket yet.
            Err(_) => std::thread::sleep(CONNECT_PAUSE),
        }
    }
    tracing::warn!(path = %socket_path.display(), "the open Mews Monitor is not listening");
    false
}

fn send_activate(stream: &UnixStream) -> io::Result<bool> {
    stream.set_read_timeout(Some(LINE_TIMEOUT))?;
    stream.set_write_timeout(Some(LINE_TIMEOUT))?;
    let mut writer = stream;
    writer.write_all(format!("{ACTIVATE}\n").as_bytes())?;
    let mut reply = String::new();
    BufReader::new(stream.take(MAX_LINE)).read_line(&mut reply)?;
    Ok(reply.trim_end() == ACKNOWLEDGED)
}

#[cfg(test)]
#[path = "unix_tests.rs"]
mod tests;
