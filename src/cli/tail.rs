//! `mews-monitor tail`: the connection engine without a window.
//!
//! Standard output gets one JSON object per event per line, the event exactly
//! as Mews sent it; standard error gets status changes and problems as
//! readable lines. Tokens come from `MEWS_CLIENT_TOKEN` and `MEWS_ACCESS_TOKEN`
//! when both are set, else from the system keyring (`--profile`, default
//! `default`); never from arguments, and they never appear in any output.

use std::io::{self, Write};
use std::sync::Arc;

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};

use super::ConnectionArgs;
use super::profile::ProfileArgs;
use crate::credentials::{
    CredentialStore, EnvTokens, Token, TokenPair, TokenSource, resolve_tokens,
};
use crate::net::{self, ConnectionConfig, ConnectionStatus, NetEvent};
use crate::protocol::Event;

pub use crate::credentials::source::{ACCESS_TOKEN_VAR, CLIENT_TOKEN_VAR};

/// Arguments of `tail`.
#[derive(Clone, Debug, clap::Args)]
pub struct TailArgs {
    /// Where to connect.
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// Whose saved tokens to use when the token variables are not set.
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Exit (code 0) after this many events.
    #[arg(long, value_name = "N")]
    pub max_events: Option<u64>,
}

/// How `tail` ended; `main` turns it into the exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TailOutcome {
    /// Stopped by `--max-events`, Ctrl+C or a closed output: exit 0.
    Finished,
    /// Mews rejected the tokens: exit 2.
    Rejected,
}

impl TailOutcome {
    /// The process exit code.
    pub fn exit_code(self) -> u8 {
        match self {
            TailOutcome::Finished => 0,
            TailOutcome::Rejected => 2,
        }
    }
}

/// Reads the token pair from the environment only (see [`resolve_tokens`] for the keyring).
pub fn tokens_from_env() -> anyhow::Result<TokenPair> {
    let read = |var: &str| -> anyhow::Result<Token> {
        let value = std::env::var(var).with_context(|| {
            format!("{var} is not set; put the token in it (never on the command line)")
        })?;
        Token::new(&value).with_context(|| format!("{var} does not hold a valid token"))
    };
    Ok(TokenPair {
        client: read(CLIENT_TOKEN_VAR)?,
        access: read(ACCESS_TOKEN_VAR)?,
    })
}

/// Runs `tail` until it is done; call inside a tokio runtime.
pub async fn run(args: TailArgs) -> anyhow::Result<TailOutcome> {
    let Some(url) = args.connection.ws_url() else {
        bail!("say where to connect: --env demo, --env production or --ws-url URL");
    };
    let url = url.context("the WebSocket address cannot be used")?;
    let profile = args.profile.profile.clone();
    let env = EnvTokens::from_process();
    // The keyring answers over D-Bus (or the OS) and blocks: keep it off the runtime's threads.
    let (tokens, source) = tokio::task::spawn_blocking(move || {
        resolve_tokens(env, &profile, CredentialStore::open_system)
    })
    .await
    .context("looking up the tokens stopped unexpectedly")??;
    match source {
        TokenSource::Environment => eprintln!(
            "{} using the tokens from {CLIENT_TOKEN_VAR} and {ACCESS_TOKEN_VAR}",
            clock(Utc::now())
        ),
        TokenSource::Keyring(profile) => eprintln!(
            "{} using the tokens saved in the system keyring (profile {profile})",
            clock(Utc::now())
        ),
    }
    let mut config = ConnectionConfig::new(url, tokens);
    config.ping_interval = args.connection.ping_interval();
    let (handle, mut events) =
        net::spawn(config, Arc::new(|| {}), &tokio::runtime::Handle::current())?;
    let mut printer = Printer::new(io::stdout().lock(), args.max_events);
    let outcome = loop {
        let next = tokio::select! {
            next = events.next() => next,
            _ = tokio::signal::ctrl_c() => break TailOutcome::Finished,
        };
        let Some(event) = next else {
            break TailOutcome::Finished;
        };
        match printer.handle(event) {
            Ok(None) => {}
            Ok(Some(outcome)) => break outcome,
            // A closed pipe (e.g. `| head`) ends tail quietly.
            Err(_) => break TailOutcome::Finished,
        }
    };
    handle.shutdown().await;
    Ok(outcome)
}

/// Turns engine messages into output lines and decides when to stop.
pub struct Printer<W: Write> {
    out: W,
    next_seq: u64,
    max_events: Option<u64>,
}

impl<W: Write> Printer<W> {
    /// A printer writing events to `out`, stopping after `max_events` if given.
    pub fn new(out: W, max_events: Option<u64>) -> Self {
        Printer {
            out,
            next_seq: 1,
            max_events,
        }
    }

    /// Handles one message; `Some` when tail should stop.
    pub fn handle(&mut self, event: NetEvent) -> io::Result<Option<TailOutcome>> {
        match event {
            NetEvent::Frame {
                received,
                events,
                problems,
            } => {
                for problem in problems {
                    eprintln!("{} problem: {problem}", clock(Utc::now()));
                }
                for event in events {
                    self.line(received, &event)?;
                    if self.max_events.is_some_and(|max| self.next_seq > max) {
                        self.out.flush()?;
                        return Ok(Some(TailOutcome::Finished));
                    }
                }
                self.out.flush()?;
            }
            NetEvent::Status(status) => {
                eprintln!("{} {}", clock(Utc::now()), status.summary());
                if matches!(status, ConnectionStatus::Rejected { .. }) {
                    return Ok(Some(TailOutcome::Rejected));
                }
            }
            NetEvent::Problem { at, message } => eprintln!("{} problem: {message}", clock(at)),
        }
        Ok(None)
    }

    fn line(&mut self, received: DateTime<Utc>, event: &Event) -> io::Result<()> {
        let seq = self.next_seq;
        self.next_seq += 1;
        writeln!(
            self.out,
            r#"{{"seq":{seq},"received_utc":"{}","event":{}}}"#,
            received.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            event.raw
        )
    }
}

fn clock(at: DateTime<Utc>) -> String {
    at.format("%H:%M:%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::parse_frame;

    #[test]
    fn each_event_becomes_one_json_line_with_unknown_fields_kept() {
        let parsed = parse_frame(
            r#"{"Events":[{"Type":"Resource","Id":"r","State":"Clean","New":[1,2]},{"Type":"X"}]}"#,
        );
        let received = DateTime::from_timestamp(1_700_000_000, 5_000_000).expect("valid time");
        let mut out = Vec::new();
        let mut printer = Printer::new(&mut out, Some(2));
        let outcome = printer
            .handle(NetEvent::Frame {
                received,
                events: parsed.events,
                problems: vec![],
            })
            .expect("written");
        assert_eq!(outcome, Some(TailOutcome::Finished));
        let text = String::from_utf8(out).expect("utf-8");
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|line| serde_json::from_str(line).expect("each line is JSON"))
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["seq"], 1);
        assert_eq!(lines[0]["received_utc"], "2023-11-14T22:13:20.005Z");
        assert_eq!(lines[0]["event"]["New"][1], 2);
        assert_eq!(lines[1]["event"]["Type"], "X");
    }

    #[test]
    fn a_rejection_ends_tail_with_its_own_outcome() {
        let mut printer = Printer::new(Vec::new(), None);
        let outcome = printer
            .handle(NetEvent::Status(ConnectionStatus::Rejected {
                http_status: 401,
            }))
            .expect("written");
        assert_eq!(outcome, Some(TailOutcome::Rejected));
        assert_eq!(TailOutcome::Rejected.exit_code(), 2);
    }
}
