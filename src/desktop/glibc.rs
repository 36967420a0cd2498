//! The C heap of the window's process on glibc: freed memory stays for reuse.
//!
//! Mesa's software renderer (no GPU: thin clients, remote desktops) allocates
//! and frees a few megabytes of C heap in every frame. By default glibc hands
//! blocks that large back to the kernel at once and maps fresh zeroed pages for
//! the next frame: some 700 to 850 page faults a frame on the housekeeping
//! board, about a tenth of the window's CPU. Raising two thresholds keeps that
//! memory for the next frame instead. Rust's own allocations go to mimalloc and
//! are not affected.
//!
//! Like `win32`, this module calls the C library directly, behind a safe function.
#![allow(unsafe_code)]

/// The largest block glibc serves from its heap rather than from a mapping of
/// its own (the most glibc accepts on 64-bit).
const MMAP_THRESHOLD: libc::c_int = 32 << 20;
/// How much free memory at the top of the heap glibc keeps before trimming it.
const TRIM_THRESHOLD: libc::c_int = 64 << 20;

/// Keeps freed C heap for reuse (see the module docs); says so if glibc refused.
pub(crate) fn keep_freed_memory() {
    for (param, value) in [
        (libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD),
        (libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD),
    ] {
        // SAFETY: `mallopt` sets one of glibc's allocator parameters under the
        // allocator's own lock; it takes no pointers and nothing else reads them.
        let accepted = unsafe { libc::mallopt(param, value) };
        if accepted != 1 {
            tracing::debug!(param, value, "glibc did not take an allocator setting");
        }
    }
}
