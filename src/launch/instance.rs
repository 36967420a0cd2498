//! One Mews Monitor per user: the check the desktop app makes first, in the
//! words a person reads on the terminal (the socket and lock are [`crate::desktop`]'s).

use crate::desktop::single_instance::{self, Instance, OnActivate, PrimaryGuard};
use crate::i18n::Translator;

/// The first thing the desktop app does: `None` means another Mews Monitor of this user's is
/// open (it has been asked to come forward and a line in `said`'s language said so on
/// standard error), so this launch should exit with success. `Some` is the guard to keep
/// while the app runs.
///
/// If the check itself fails (no runtime folder, say), that is logged and the app starts
/// anyway: a reception without its monitor is worse than a reception with two.
///
/// `on_activate` runs on a background thread each time a later launch asks; the window
/// does not exist yet when this is called, so it typically reads an egui context from a
/// slot filled once the window is created.
pub fn ensure_single_instance(
    on_activate: OnActivate,
    said: impl FnOnce() -> Translator,
) -> Option<PrimaryGuard> {
    match single_instance::acquire_for_user(on_activate) {
        Ok(Instance::Primary(guard)) => Some(guard),
        Ok(Instance::AlreadyRunning { activated }) => {
            let t = said();
            eprintln!(
                "{}",
                t.text(if activated {
                    "instance-brought-forward"
                } else {
                    "instance-did-not-answer"
                })
            );
            None
        }
        Err(error) => {
            tracing::warn!(%error, "could not check for another open Mews Monitor; starting anyway");
            Some(PrimaryGuard::unguarded())
        }
    }
}
