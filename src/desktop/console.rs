//! Printing to the terminal a command was started from, on every system.
//!
//! On Windows the program is built for the windows subsystem, so a window opened from the
//! Start menu comes without a console beside it; such a program starts with no standard
//! output, so here it attaches to the console of the terminal that started it (when there
//! is one) and `tail`, `export` and `tokens` print there. Elsewhere there is nothing to do.

/// Makes standard output and error reach the starting terminal; call first thing in `main`.
pub fn attach_to_terminal() {
    #[cfg(windows)]
    super::win32::attach_parent_console();
}
