//! The window's memory on Linux with glibc: freed C heap stays for reuse, and no
//! transparent huge pages.
//!
//! Mesa's software renderer (no GPU: thin clients, remote desktops) allocates
//! and frees a few megabytes of C heap in every frame. By default glibc hands
//! blocks that large back to the kernel at once and maps fresh zeroed pages for
//! the next frame: some 700 to 850 page faults a frame on the housekeeping
//! board, about a tenth of the window's CPU. Raising two thresholds keeps that
//! memory for the next frame instead. Rust's own allocations go to mimalloc and
//! are not affected.
//!
//! Transparent huge pages make resident memory move in steps of 2 MiB: the first
//! byte touched in an untouched, aligned 2 MiB of a region the kernel may back
//! with huge pages brings in all of it, and the kernel's `khugepaged` later folds
//! any such 2 MiB with a page or more in use into one. mimalloc asked for them
//! over its whole arena (it no longer does: its `no_thp` feature, in
//! `Cargo.toml`), and kernels set to `always` give them unasked; a week's soak
//! saw the window's memory jump by 14–19 MB at once, hours in, with the Rust heap
//! in use unchanged. The window turns them off for its process.
//!
//! Like `win32`, this module calls the C library directly, behind safe functions.
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

/// Turns transparent huge pages off for this process, for memory mapped before
/// and after (see the module docs); says so if the kernel refused.
pub(crate) fn no_huge_pages() {
    // SAFETY: `PR_SET_THP_DISABLE` sets one flag of the calling process; the
    // unused arguments are zero, as prctl(2) asks, and no pointer is passed.
    let result = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    if result != 0 {
        tracing::debug!(
            error = %std::io::Error::last_os_error(),
            "the kernel did not turn transparent huge pages off"
        );
    }
}

/// Whether transparent huge pages are off for this process.
#[cfg(test)]
fn huge_pages_off() -> bool {
    // SAFETY: `PR_GET_THP_DISABLE` only reads the calling process's flag.
    unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) == 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_pages_are_off_once_asked() {
        no_huge_pages();
        assert!(huge_pages_off(), "PR_GET_THP_DISABLE says they are on");
    }
}
