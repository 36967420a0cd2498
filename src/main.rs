//! The `mews-monitor` binary: a thin shell over the library.
//!
//! On Windows it is a windows-subsystem program: no console window opens with the app;
//! the commands print to the terminal they were started from (see `desktop::console`).
#![windows_subsystem = "windows"]

use std::process::ExitCode;

use clap::Parser;
use mews_monitor::cli::{Cli, Command};
use mews_monitor::i18n::{Language, Translator};
use mews_monitor::tr;
use monitor_engine::net::tls::install_default_crypto_provider;

/// Many small, short-lived strings (events, ids): mimalloc handles them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs what the command line asks; a failure is said on standard error in the
/// computer's language, after its word for "Error:".
fn main() -> ExitCode {
    mews_monitor::desktop::console::attach_to_terminal();
    mews_monitor::logging::init();
    install_default_crypto_provider();
    let cli = Cli::parse();
    // The commands speak the computer's language; the window's launch, `--lang` over it.
    let language = match cli.command {
        None => Language::resolve(cli.desktop.lang, None),
        Some(_) => Language::resolve(None, None),
    };
    match run(cli, language) {
        Ok(code) => code,
        Err(error) => {
            let t = Translator::new(language);
            eprintln!("{}", tr!(t, "cli-error", problem = format!("{error:#}")));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, language: Language) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("mews-net")
        .build()?;
    // A command's words on standard error: one translator, made when it starts (the
    // window makes its own, in the language of its settings).
    let said = || Translator::new(language);
    match cli.command {
        Some(Command::Tail(args)) => {
            let t = said();
            let policy = mews_monitor::cli::policy(&t);
            let outcome = runtime.block_on(mews_monitor::cli::tail::run(args, &policy, &t))?;
            Ok(ExitCode::from(outcome.exit_code()))
        }
        Some(Command::Arrivals(args)) => {
            let t = said();
            let policy = mews_monitor::cli::policy(&t);
            let mut out = std::io::stdout().lock();
            let count = runtime.block_on(mews_monitor::cli::arrivals::run(
                args, &policy, &t, &mut out,
            ))?;
            eprintln!("{}", tr!(t, "cli-arrivals-count", count = count));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Rooms(args)) => {
            let t = said();
            let policy = mews_monitor::cli::policy(&t);
            let mut out = std::io::stdout().lock();
            let count =
                runtime.block_on(mews_monitor::cli::rooms::run(args, &policy, &t, &mut out))?;
            eprintln!("{}", tr!(t, "cli-rooms-count", count = count));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Simulate(args)) => {
            runtime.block_on(mews_monitor::cli::simulate::run(args))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export(args)) => {
            let t = said();
            let count = mews_monitor::cli::export::run(args, &t)?;
            eprintln!("{}", tr!(t, "cli-exported-count", count = count));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Tokens(args)) => {
            // The keyring is opened explicitly, and only for the commands that need it.
            let t = said();
            let store = mews_monitor::cli::tokens::open_store(&t)?;
            let mut stdin = std::io::stdin().lock();
            let mut stdout = std::io::stdout();
            mews_monitor::cli::tokens::run(&args, &store, &t, &mut stdin, &mut stdout)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::InstallDesktop(args)) => {
            let t = said();
            mews_monitor::cli::desktop::run_install(&args, &t, &mut std::io::stdout().lock())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::UninstallDesktop) => {
            let t = said();
            mews_monitor::cli::desktop::run_uninstall(&t, &mut std::io::stdout().lock())?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            mews_monitor::launch::run(cli.desktop.options(), &runtime)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
