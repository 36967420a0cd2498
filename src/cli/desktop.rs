//! `install-desktop` and `uninstall-desktop`.
//!
//! Turns the library's results into what a person reads on the terminal; the files and the
//! socket themselves are handled in [`crate::desktop`].

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use crate::desktop::install::{self, DesktopDirs, InstallOptions};
pub use crate::launch::{BROUGHT_FORWARD, DID_NOT_ANSWER};

/// Arguments of `install-desktop`.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct InstallDesktopArgs {
    /// Also start Mews Monitor when you log in (without it, an earlier autostart entry is removed).
    #[arg(long)]
    pub autostart: bool,
}

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
