//! The few Win32 calls the standard library and tokio do not offer, behind safe functions.
//!
//! This module and `glibc` are the only ones of the crate with `unsafe` code; this one is
//! compiled for Windows only. Each function makes one documented call with arguments it
//! owns for the length of the call; nothing here keeps raw pointers.
#![allow(unsafe_code)]

use std::io;
use std::os::windows::io::{FromRawHandle, OwnedHandle};

use windows_sys::Win32::Foundation::{ERROR_ALREADY_EXISTS, GetLastError};
use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
use windows_sys::Win32::System::Threading::CreateMutexW;
use windows_sys::Win32::UI::WindowsAndMessaging::{ASFW_ANY, AllowSetForegroundWindow};

/// A named mutex this process opened, and whether it was there before.
///
/// Nobody waits on it: its existence is the signal. Windows closes the handle when the
/// process ends, however it ends, and the mutex is gone once its last handle is closed.
#[derive(Debug)]
pub(crate) struct NamedMutex {
    /// Held, never read: the mutex lasts as long as this handle is open.
    _handle: OwnedHandle,
    /// `true` when another process (or an earlier call) had already created it.
    pub existed: bool,
}

/// Opens the named mutex `name` (for example `Local\mews-monitor-…`), creating it if needed.
pub(crate) fn named_mutex(name: &str) -> io::Result<NamedMutex> {
    let wide: Vec<u16> = name.encode_utf16().chain(Some(0)).collect();
    // SAFETY: `wide` is a NUL-terminated UTF-16 string that outlives the call; a null
    // security descriptor asks for the default one; the mutex is not owned on creation.
    let handle = unsafe { CreateMutexW(std::ptr::null(), 0, wide.as_ptr()) };
    if handle.is_null() {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: read right after the call that set it, on the same thread.
    let existed = unsafe { GetLastError() } == ERROR_ALREADY_EXISTS;
    // SAFETY: `handle` is a valid handle just returned to us, owned by nobody else.
    let handle = unsafe { OwnedHandle::from_raw_handle(handle) };
    Ok(NamedMutex {
        _handle: handle,
        existed,
    })
}

/// Lets whichever process this one asks next bring its window to the front.
///
/// Windows lets only the foreground process give the foreground away; a launch from the
/// Start menu is the foreground process, the open instance it asks is not.
pub(crate) fn allow_any_to_come_forward() {
    // SAFETY: plain value argument; failure (not foreground) only means no permission.
    let _ = unsafe { AllowSetForegroundWindow(ASFW_ANY) };
}

/// Writes standard output and error to the console this program was started from, if any.
///
/// A windows-subsystem program gets no console of its own (so the window opens without a
/// black box beside it); started from a terminal, this makes `tail` and the others print
/// there. When either already goes somewhere (a file, a pipe), nothing is changed.
pub(crate) fn attach_parent_console() {
    use std::os::windows::io::AsRawHandle;
    if !std::io::stdout().as_raw_handle().is_null() || !std::io::stderr().as_raw_handle().is_null()
    {
        return;
    }
    // SAFETY: plain value argument; failure (no parent console) leaves things as they are.
    let _ = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}
