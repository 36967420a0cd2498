//! The Windows side of the single-instance rule: a named mutex decides, a named pipe carries
//! the `activate` request from a later launch to the primary.
//!
//! Both names are made from the folder [`super::acquire`] is given (by default the user's
//! own cache folder under `%LOCALAPPDATA%`), so they differ between users and between tests:
//! the mutex `Local\mews-monitor-<key>` (per logon session) and the pipe
//! `\\.\pipe\mews-monitor-<key>`. Windows closes a process's handles when it ends, even
//! when it crashes or is killed, so neither outlives the primary.

use std::io;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::windows::named_pipe::{ClientOptions, NamedPipeServer, ServerOptions};
use tokio::sync::oneshot;

use super::{ACKNOWLEDGED, ACTIVATE, Instance, OnActivate, PrimaryGuard, SingleInstanceError};
use crate::desktop::APP_ID;
use crate::desktop::win32::{self, NamedMutex};

/// How long either side waits for the other's line before giving up on that connection.
/// Generous: only a hung peer makes anyone wait this long, and a busy PC (or Wine on a loaded
/// build machine) can take seconds to schedule the other side.
const LINE_TIMEOUT: Duration = Duration::from_secs(10);

/// How often a later launch tries to connect while the primary (which holds the mutex) may
/// still be creating its pipe or serving another launch, and how long it waits between tries
/// (10 s in all).
const CONNECT_ATTEMPTS: u32 = 200;
const CONNECT_PAUSE: Duration = Duration::from_millis(50);

/// The longest request line read; anything longer is not ours.
const MAX_LINE: u64 = 64;

/// After a failed wait for a client, wait before the next, so a lasting failure does not
/// spin a core.
const ACCEPT_ERROR_PAUSE: Duration = Duration::from_millis(250);

/// The primary's mutex, pipe and listener thread; dropping it ends all three.
#[derive(Debug)]
pub(super) struct Listening {
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    /// Held, never read: later launches see the mutex for as long as this handle is open.
    _mutex: NamedMutex,
}

impl Drop for Listening {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The mutex's and the pipe's names for `dir`.
pub(super) fn names(dir: &Path) -> (String, String) {
    let key = fnv1a(dir.to_string_lossy().to_lowercase().as_bytes());
    (
        format!("Local\\{APP_ID}-{key:016x}"),
        format!("\\\\.\\pipe\\{APP_ID}-{key:016x}"),
    )
}

/// FNV-1a, 64 bits: a hash that every build of this program computes alike.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

pub(super) fn acquire(
    dir: &Path,
    on_activate: OnActivate,
) -> Result<Instance, SingleInstanceError> {
    let io_error = |source| SingleInstanceError::Io {
        path: PathBuf::from(dir),
        source,
    };
    let (mutex_name, pipe_name) = names(dir);
    let mutex = win32::named_mutex(&mutex_name).map_err(io_error)?;
    if mutex.existed {
        drop(mutex);
        let activated = ask_primary_to_come_forward(&pipe_name);
        return Ok(Instance::AlreadyRunning { activated });
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(SingleInstanceError::Thread)?;
    // We hold the mutex, so no other primary of ours has this pipe: be its first instance.
    let server = {
        let _entered = runtime.enter();
        ServerOptions::new()
            .first_pipe_instance(true)
            .reject_remote_clients(true)
            .create(&pipe_name)
            .map_err(io_error)?
    };
    let (stop, stopped) = oneshot::channel();
    let thread = std::thread::Builder::new()
        .name("mews-single-instance".into())
        .spawn(move || runtime.block_on(serve(server, pipe_name, stopped, on_activate)))
        .map_err(SingleInstanceError::Thread)?;
    Ok(Instance::Primary(PrimaryGuard {
        _listening: Some(Listening {
            stop: Some(stop),
            thread: Some(thread),
            _mutex: mutex,
        }),
    }))
}

/// The primary's listener loop: one request per connection, answered in turn. The next pipe
/// instance is created before a connected one is served, so the name never disappears.
async fn serve(
    mut server: NamedPipeServer,
    pipe_name: String,
    mut stopped: oneshot::Receiver<()>,
    on_activate: OnActivate,
) {
    loop {
        let connected = tokio::select! {
            _ = &mut stopped => return,
            connected = server.connect() => connected,
        };
        let next = match ServerOptions::new().create(&pipe_name) {
            Ok(next) => next,
            Err(error) => {
                tracing::warn!(%error, "the single-instance pipe could not be renewed");
                return;
            }
        };
        let served = std::mem::replace(&mut server, next);
        match connected {
            Ok(()) => {
                match tokio::time::timeout(LINE_TIMEOUT, answer(served, &on_activate)).await {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => {
                        tracing::debug!(%error, "a single-instance request went unanswered");
                    }
                    Err(_) => tracing::debug!("a single-instance request timed out"),
                }
            }
            Err(error) => {
                tracing::warn!(%error, "the single-instance pipe could not accept");
                tokio::time::sleep(ACCEPT_ERROR_PAUSE).await;
            }
        }
    }
}

/// Reads one line; on `activate`, brings the app forward and says `ok`.
async fn answer(mut pipe: NamedPipeServer, on_activate: &OnActivate) -> io::Result<()> {
    let mut line = String::new();
    BufReader::new((&mut pipe).take(MAX_LINE))
        .read_line(&mut line)
        .await?;
    if line.trim_end() != ACTIVATE {
        tracing::debug!(
            request = line.trim_end(),
            "ignored an unknown single-instance request"
        );
        return Ok(());
    }
    on_activate();
    pipe.write_all(format!("{ACKNOWLEDGED}\n").as_bytes())
        .await?;
    pipe.flush().await
}

/// A later launch's side: `true` once the primary has confirmed.
fn ask_primary_to_come_forward(pipe_name: &str) -> bool {
    // This launch is the foreground process; let the open one take the foreground from it.
    win32::allow_any_to_come_forward();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::warn!(%error, "could not ask the open Mews Monitor to come forward");
            return false;
        }
    };
    runtime.block_on(async {
        for _ in 0..CONNECT_ATTEMPTS {
            // Not there yet (the primary is still starting) or busy with another launch.
            let Ok(pipe) = ClientOptions::new().open(pipe_name) else {
                tokio::time::sleep(CONNECT_PAUSE).await;
                continue;
            };
            return match tokio::time::timeout(LINE_TIMEOUT, send_activate(pipe)).await {
                Ok(Ok(confirmed)) => confirmed,
                Ok(Err(error)) => {
                    tracing::warn!(%error, "the open Mews Monitor did not answer");
                    false
                }
                Err(_) => {
                    tracing::warn!("the open Mews Monitor did not answer in time");
                    false
                }
            };
        }
        tracing::warn!(pipe = pipe_name, "the open Mews Monitor is not listening");
        false
    })
}

async fn send_activate(
    mut pipe: tokio::net::windows::named_pipe::NamedPipeClient,
) -> io::Result<bool> {
    pipe.write_all(format!("{ACTIVATE}\n").as_bytes()).await?;
    pipe.flush().await?;
    let mut reply = String::new();
    BufReader::new(pipe.take(MAX_LINE))
        .read_line(&mut reply)
        .await?;
    Ok(reply.trim_end() == ACKNOWLEDGED)
}

#[cfg(test)]
#[path = "windows_tests.rs"]
mod tests;
