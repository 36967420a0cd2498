//! `install-desktop`, `uninstall-desktop`, and the single-instance check that opens the app.
//!
//! Turns the library's results into what a person reads on the terminal; the files and the
//! socket themselves are handled in [`crate::desktop`].

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use crate::desktop::install::{self, DesktopDirs, InstallOptions};
use crate::desktop::single_instance::{self, Instance, OnActivate, PrimaryGuard};

/// Arguments of `install-desktop`.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct InstallDesktopArgs {
    /// Also start Mews Monitor when you log in (without it, an earlier autostart entry is removed).
    #[arg(long)]
    pub autostart: bool,
}

/// What a second launch prints when the first came forward.
pub const BROUGHT_FORWARD: &str = "Mews Monitor is already open; it has been brought to the front.";

/// What a second launch prints when the first did not answer.
pub const DID_NOT_ANSWER: &str = "Mews Monitor is already open, but it did not answer; \
     look for its window, or close it and start again.";

/// Runs `install-desktop`: entries point at this very program file.
pub fn run_install(args: &InstallDesktopArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let program = std::env::current_exe().context("this program's own path is not known")?;
    let dirs = DesktopDirs::for_user()?;
    let options = InstallOptions {
        program: program.clone(),
        autostart: args.autostart,
    };
    let report = install::install(&dirs, &options)?;
    writeln!(
        out,
        "Mews Monitor is now in the applications menu ({}).",
        program.display()
    )?;
    list(out, "written", &report.written)?;
    list(out, "removed", &report.removed)?;
    if args.autostart {
        writeln!(out, "It will start when you log in.")?;
    }
    Ok(())
}

/// Runs `uninstall-desktop`.
pub fn run_uninstall(out: &mut impl Write) -> anyhow::Result<()> {
    let dirs = DesktopDirs::for_user()?;
    let removed = install::uninstall(&dirs)?;
    if removed.is_empty() {
        writeln!(
            out,
            "Mews Monitor was not in the applications menu; nothing to remove."
        )?;
    } else {
        writeln!(
            out,
            "Mews Monitor is no longer in the applications menu or autostart."
        )?;
        list(out, "removed", &removed)?;
    }
    Ok(())
}

fn list(out: &mut impl Write, what: &str, paths: &[PathBuf]) -> anyhow::Result<()> {
    for path in paths {
        writeln!(out, "  {what} {}", path.display())?;
    }
    Ok(())
}

/// The first thing the desktop app does: `None` means another Mews Monitor of this user's is
/// open (it has been asked to come forward and a line said so on standard error), so this
/// launch should exit with success. `Some` is the guard to keep while the app runs.
///
/// If the check itself fails (no runtime folder, say), that is logged and the app starts
/// anyway: a reception without its monitor is worse than a reception with two.
///
/// `on_activate` runs on a background thread each time a later launch asks; the window
/// does not exist yet when this is called, so it typically reads an egui context from a
/// slot filled once the window is created.
pub fn ensure_single_instance(on_activate: OnActivate) -> Option<PrimaryGuard> {
    match single_instance::acquire_for_user(on_activate) {
        Ok(Instance::Primary(guard)) => Some(guard),
        Ok(Instance::AlreadyRunning { activated }) => {
            eprintln!(
                "{}",
                if activated {
                    BROUGHT_FORWARD
                } else {
                    DID_NOT_ANSWER
                }
            );
            None
        }
        Err(error) => {
            tracing::warn!(%error, "could not check for another open Mews Monitor; starting anyway");
            Some(PrimaryGuard::unguarded())
        }
    }
}
