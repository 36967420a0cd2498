//! Work that must not hold up a frame (keyring calls, which may wait on an
//! unlock prompt), on a thread of its own that wakes the window when done.

use poll_promise::Promise;

/// Runs `task` on a thread named `name`; the window repaints once it has finished.
pub(crate) fn off_the_ui_thread<T: Send + 'static>(
    name: &str,
    ctx: &egui::Context,
    task: impl FnOnce() -> T + Send + 'static,
) -> Promise<T> {
    let ctx = ctx.clone();
    Promise::spawn_thread(name, move || {
        let result = task();
        ctx.request_repaint();
        result
    })
}
