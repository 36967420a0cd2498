//! `install-desktop` and `uninstall-desktop`.
//!
//! Turns the library's results into what a person reads on the terminal; the files and the
//! socket themselves are handled in [`crate::desktop`].

use std::io::Write;
use std::path::PathBuf;

use super::said::Said;
use crate::desktop::install::{self, DesktopDirs, InstallOptions};
use crate::i18n::Translator;
use crate::tr;

/// Arguments of `install-desktop`.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct InstallDesktopArgs {
    /// Also start Mews Monitor when you log in (without it, an earlier autostart entry is removed).
    #[arg(long)]
    pub autostart: bool,
}

/// Runs `install-desktop`: entries point at this very program file. Says what it did
/// in `t`'s language.
pub fn run_install(
    args: &InstallDesktopArgs,
    t: &Translator,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let program = std::env::current_exe().map_err(|error| {
        anyhow::Error::msg(tr!(t, "cli-own-path-unknown", detail = error.to_string()))
    })?;
    let dirs = DesktopDirs::for_user().said(t)?;
    let options = InstallOptions {
        program: program.clone(),
        autostart: args.autostart,
    };
    let report = install::install(&dirs, &options).said(t)?;
    let program = program.display().to_string();
    writeln!(out, "{}", tr!(t, "desktop-installed", program = program))?;
    list(out, &report.written, |path| {
        tr!(t, "desktop-written", path = path)
    })?;
    list(out, &report.removed, |path| {
        tr!(t, "desktop-removed", path = path)
    })?;
    if args.autostart {
        writeln!(out, "{}", tr!(t, "desktop-autostart"))?;
    }
    Ok(())
}

/// Runs `uninstall-desktop`, saying what it did in `t`'s language.
pub fn run_uninstall(t: &Translator, out: &mut impl Write) -> anyhow::Result<()> {
    let dirs = DesktopDirs::for_user().said(t)?;
    let removed = install::uninstall(&dirs).said(t)?;
    if removed.is_empty() {
        writeln!(out, "{}", tr!(t, "desktop-nothing-removed"))?;
    } else {
        writeln!(out, "{}", tr!(t, "desktop-uninstalled"))?;
        list(out, &removed, |path| tr!(t, "desktop-removed", path = path))?;
    }
    Ok(())
}

/// One indented line per path, as `said` words it.
fn list(
    out: &mut impl Write,
    paths: &[PathBuf],
    said: impl Fn(String) -> String,
) -> anyhow::Result<()> {
    for path in paths {
        writeln!(out, "  {}", said(path.display().to_string()))?;
    }
    Ok(())
}
