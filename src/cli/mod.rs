//! The command line: `mews-monitor` (the desktop app), `tail`, `arrivals`, `rooms`, `tokens`, `install-desktop`, ...
//!
//! Arguments become typed settings here, once, at the edge. Tokens are never
//! command-line arguments: other users of the computer can read those.

pub mod arrivals;
pub mod day;
pub mod desktop;
pub(crate) mod environment;
pub mod export;
pub mod profile;
pub mod rooms;
pub(crate) mod said;
pub mod simulate;
pub mod tail;
pub mod tokens;
pub mod watch;

use clap::{Parser, Subcommand};

pub(crate) use environment::ConnectionArgs;

use crate::i18n::Translator;
use crate::policy::Policy;
pub use profile::ProfileArgs;

/// Mews Monitor: live Mews events for the front desk.
#[derive(Debug, Parser)]
#[command(name = "mews-monitor", version, about)]
pub struct Cli {
    /// What to run; without one, the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Settings for the desktop app.
    #[command(flatten)]
    pub desktop: DesktopArgs,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print live events as JSON lines, without a window.
    Tail(tail::TailArgs),
    /// Print the hotel's arrivals of today (or --date) as JSON lines, with whether each room is ready.
    Arrivals(day::DayArgs),
    /// Print every room with its housekeeping state and its day (vacant, arriving, departing,
    /// turnover, stayover) as JSON lines.
    Rooms(day::DayArgs),
    /// Write stored events to CSV or JSON Lines.
    Export(export::ExportArgs),
    /// Run the built-in Mews-compatible simulator (WebSocket and REST on one loopback port).
    Simulate(simulate::SimulateArgs),
    /// Save, check or forget the tokens kept in the system keyring.
    Tokens(tokens::TokensArgs),
    /// Add Mews Monitor to your applications menu (and, with --autostart, start it at login).
    InstallDesktop(desktop::InstallDesktopArgs),
    /// Remove what install-desktop added: the menu entry, its icons and the autostart entry.
    UninstallDesktop,
}

/// Settings for the desktop app.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct DesktopArgs {
    /// Start the built-in simulator (a demo hotel) and connect to it; no Mews account needed.
    #[arg(long)]
    pub demo: bool,
    /// Where to connect, overriding the saved settings.
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// The window's language for this run (default: as chosen in Settings, else the computer's).
    #[arg(long, value_enum, value_name = "LANGUAGE")]
    pub lang: Option<crate::i18n::Language>,
}

impl DesktopArgs {
    /// How the desktop app is to start.
    pub fn options(&self) -> crate::launch::Options {
        crate::launch::Options {
            demo: self.demo,
            addresses: self.connection.addresses(),
            ping_interval: self.connection.ping_interval(),
            language: self.lang,
        }
    }
}

/// The organisation's policy for `tail`, `arrivals` and `rooms`; a value that makes no
/// sense is said on standard error in `t`'s language (and ignored).
pub fn policy(t: &Translator) -> Policy {
    let policy = Policy::load();
    for problem in &policy.problems {
        eprintln!("{}", t.trouble(&problem.trouble()));
    }
    policy
}
