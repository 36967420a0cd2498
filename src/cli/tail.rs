//! `mews-monitor tail`: the window's session without a window.
//!
//! It drives the same [`Session`] as the window, with a [`Printer`] as its
//! output, so frames and lookups take one path and history keeps the same
//! statuses, problems and summaries.
//!
//! Standard output gets one JSON object per event per line, the event exactly
//! as Mews sent it, and with `--alerts` one `{"alert": {...}}` line per alert
//! as it fires; standard error gets status changes and problems as readable
//! lines. Tokens come from `MEWS_CLIENT_TOKEN` and `MEWS_ACCESS_TOKEN`
//! when both are set, else from the system keyring (`--profile`, default
//! `default`); never from arguments, and they never appear in any output.

use std::io::{self, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::bail;
use chrono::{DateTime, Utc};

use super::ConnectionArgs;
use super::profile::ProfileArgs;
use super::said::Said;
use super::watch::{WatchList, WatchNote, alert_line};
use crate::i18n::Translator;
use crate::policy::Policy;
use crate::tr;
use monitor_core::protocol::Event;
use monitor_core::store::{Alert, Alerts, Applied, ReadyRule, Store};
use monitor_engine::credentials::{TokenPair, TokenSource};
use monitor_engine::history::{DEFAULT_KEEP_DAYS, Retention};
use monitor_engine::net::ProxyChoice;
use monitor_engine::net::lookup::LookupEvent;
use monitor_engine::session::{ConnectionStatus, Note, Output, Session, Target, Wake};

pub use monitor_engine::credentials::source::{ACCESS_TOKEN_VAR, CLIENT_TOKEN_VAR};

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
    /// Also keep every event, status and problem in this history database.
    #[arg(long, value_name = "FILE")]
    pub history: Option<std::path::PathBuf>,
    /// Days of history kept in the --history file; older rows are pruned.
    #[arg(long, value_name = "DAYS", default_value_t = DEFAULT_KEEP_DAYS,
          value_parser = clap::value_parser!(u32).range(1..), requires = "history")]
    pub keep_days: u32,
    /// Also print each alert as it fires, as a line {"alert": {...}}. Rooms
    /// awaiting today's arrivals are watched by themselves.
    #[arg(long)]
    pub alerts: bool,
    /// Watch this room too (its name or id; repeat for more rooms).
    #[arg(long, value_name = "ROOM", requires = "alerts")]
    pub watch: Vec<String>,
    /// Count Clean rooms as ready, for hotels that do not inspect (default: only Inspected).
    #[arg(long, requires = "alerts")]
    pub clean_is_ready: bool,
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

/// How long one pass may spend applying incoming events before looking at signals again.
const PUMP_BUDGET: Duration = Duration::from_millis(20);

/// Runs `tail` until it is done; call inside a tokio runtime. The organisation's `policy`
/// says where to connect when the options do not, the proxy, what "ready" means and how
/// long history is kept. Standard error speaks the computer's language; standard output
/// is the same in every language: `t` speaks the computer's.
pub async fn run(args: TailArgs, policy: &Policy, t: &Translator) -> anyhow::Result<TailOutcome> {
    let addresses = policy.addresses(&args.connection.addresses()).said(t)?;
    let Some(url) = addresses.ws_url() else {
        bail!(tr!(t, "cli-say-where"));
    };
    let url = url.map_err(|error| {
        anyhow::Error::msg(tr!(t, "target-ws-url", why = t.address_error(&error)))
    })?;
    let mut target = Target::new(url, addresses.api_url());
    target.ping_interval = args.connection.ping_interval();
    if let Some(proxy) = policy.proxy() {
        target.proxy = ProxyChoice::Configured(proxy);
    }
    let tokens = tokens(&args, t).await?;
    let mut session = Session::with_output(
        // Tail prints events as they come; it keeps rooms and names, not a log.
        Store::with_log_capacity(1),
        // Buffered: standard output alone would write each line on its own; the
        // printer flushes after every pump, so no line waits longer than one pump
        // (at most `PUMP_BUDGET`).
        Printer::new(io::BufWriter::new(io::stdout().lock()), args.max_events)
            .speaking(Translator::new(t.language())),
    );
    if args.alerts {
        if !args.watch.is_empty() && target.api_url.is_none() {
            eprintln!("{} {}", clock(Utc::now()), tr!(t, "cli-watch-needs-rest"));
        }
        let rule = policy.ready_rule_or(if args.clean_is_ready {
            ReadyRule::CleanOrInspected
        } else {
            ReadyRule::Inspected
        });
        print_alerts(&mut session, rule, WatchList::new(args.watch.clone()));
    }
    let woken = Arc::new(tokio::sync::Notify::new());
    let wake: Wake = {
        let woken = Arc::clone(&woken);
        Arc::new(move || woken.notify_one())
    };
    if let Some(path) = &args.history {
        // Woken also when history pauses or resumes, to say so at once.
        let days = policy.history_days.unwrap_or(args.keep_days);
        session
            .open_history(path, Retention::days(days), wake.clone())
            .said(t)?;
    }
    session
        .connect(&target, tokens, wake, &tokio::runtime::Handle::current())
        .said(t)?;
    if let Some(route) = session.route() {
        let route = tr!(
            t,
            "cli-route",
            proxy = t.route_proxy(route),
            trust = t.route_trust(route)
        );
        eprintln!("{} {route}", clock(Utc::now()));
    }
    let outcome = follow(&mut session, &woken).await;
    session.shutdown().await;
    Ok(outcome)
}

/// The tokens from the environment, else the keyring, saying which.
async fn tokens(args: &TailArgs, t: &Translator) -> anyhow::Result<TokenPair> {
    let (tokens, source) = args.profile.tokens(t).await?;
    let said = match source {
        TokenSource::Environment => tr!(
            t,
            "cli-tokens-environment",
            client = CLIENT_TOKEN_VAR,
            access = ACCESS_TOKEN_VAR
        ),
        TokenSource::Keyring(profile) => {
            tr!(t, "cli-tokens-keyring", profile = profile.to_string())
        }
    };
    eprintln!("{} {said}", clock(Utc::now()));
    Ok(tokens)
}

/// Pumps the session whenever it is woken, until it is done or Ctrl+C.
async fn follow<W: Write>(
    session: &mut Session<Printer<W>>,
    woken: &tokio::sync::Notify,
) -> TailOutcome {
    // Once a minute: after the hotel's midnight, the new day's arrivals are loaded.
    let mut minutes = tokio::time::interval(Duration::from_secs(60));
    let mut ctrl_c = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let pumped = session.pump(Instant::now() + PUMP_BUDGET);
        if let Some(outcome) = outcome(session) {
            return outcome;
        }
        if pumped.more {
            tokio::task::yield_now().await;
            continue;
        }
        tokio::select! {
            _ = woken.notified() => {}
            _ = minutes.tick() => session.tick(Utc::now()),
            _ = &mut ctrl_c => return TailOutcome::Finished,
        }
    }
}

/// How tail ends now, if it does: enough events (or a closed output), or rejected tokens.
pub(crate) fn outcome<W: Write>(session: &Session<Printer<W>>) -> Option<TailOutcome> {
    if session.output().finished() {
        return Some(TailOutcome::Finished);
    }
    match session.status() {
        Some(ConnectionStatus::Rejected { .. }) => Some(TailOutcome::Rejected),
        _ => None,
    }
}

/// Prints alerts too, with `rule` deciding what is ready, watching `watch` besides arrivals.
pub fn print_alerts<W: Write>(
    session: &mut Session<Printer<W>>,
    rule: ReadyRule,
    watch: WatchList,
) {
    session.set_ready_rule(rule);
    for room in watch.rooms() {
        session.pin_room(room, true);
    }
    session.output_mut().alerts = Some(watch);
}

/// Writes events as JSON lines (and alerts, when asked) and tells statuses and
/// problems on standard error: the session's output for `tail`.
pub struct Printer<W: Write> {
    out: W,
    max_events: Option<u64>,
    printed: u64,
    alerts: Option<WatchList>,
    /// The first write that failed (e.g. a closed pipe with `| head`): tail ends quietly.
    failed: Option<io::Error>,
    /// The language of standard error (standard output has none).
    t: Translator,
}

impl<W: Write> Printer<W> {
    /// A printer writing events to `out`, finished after `max_events` if given.
    pub fn new(out: W, max_events: Option<u64>) -> Self {
        Printer {
            out,
            max_events,
            printed: 0,
            alerts: None,
            failed: None,
            t: Translator::default(),
        }
    }

    /// The same printer saying statuses and problems in `t`'s language (English by default).
    pub fn speaking(mut self, t: Translator) -> Self {
        self.t = t;
        self
    }

    fn write(&mut self, result: io::Result<()>) {
        if let Err(error) = result
            && self.failed.is_none()
        {
            self.failed = Some(error);
        }
    }

    fn line(
        &mut self,
        seq: u64,
        received: DateTime<Utc>,
        event: &Event,
        store: &Store,
    ) -> io::Result<()> {
        let labels = store.labels.for_event(event, &store.rooms);
        let received = received.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        if labels.is_empty() {
            return writeln!(
                self.out,
                r#"{{"seq":{seq},"received_utc":"{received}","event":{}}}"#,
                event.raw
            );
        }
        let labels: serde_json::Map<String, serde_json::Value> = labels
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value.into()))
            .collect();
        writeln!(
            self.out,
            r#"{{"seq":{seq},"received_utc":"{received}","event":{},"labels":{}}}"#,
            event.raw,
            serde_json::Value::Object(labels)
        )
    }
}

impl<W: Write> Output for Printer<W> {
    fn event(&mut self, applied: &Applied<'_>) {
        let entry = applied.entry;
        let written = self.line(entry.seq, entry.received, &entry.event, applied.store);
        self.write(written);
        self.printed += 1;
    }

    fn note(&mut self, at: DateTime<Utc>, note: Note<'_>) {
        let at = clock(at);
        let t = &self.t;
        match note {
            Note::Status(status) => eprintln!("{at} {}", t.status(status)),
            Note::Problem(trouble) => eprintln!(
                "{at} {}",
                tr!(t, "cli-problem", problem = t.trouble(trouble))
            ),
            Note::Resync(summary) => eprintln!("{at} {}", t.summary(summary)),
            Note::Summary(summaries) => eprintln!("{at} {}", t.summaries(summaries)),
        }
    }

    fn lookup(&mut self, found: &LookupEvent, alerts: &mut Alerts) {
        let now = clock(Utc::now());
        match found {
            LookupEvent::Hotel(hotel) => {
                let t = &self.t;
                let zone = hotel
                    .time_zone
                    .clone()
                    .unwrap_or_else(|| tr!(t, "cli-zone-unknown"));
                let name = hotel.name.as_str();
                eprintln!("{now} {}", tr!(t, "cli-hotel", name = name, zone = zone));
            }
            LookupEvent::Rooms { records, .. } => {
                let t = &self.t;
                if let Some(watch) = &mut self.alerts {
                    for note in watch.resolve(records, alerts) {
                        let said = match note {
                            WatchNote::NoRoom(value) => tr!(t, "watch-no-room", value = value),
                            WatchNote::SeveralRooms(value, count) => {
                                tr!(t, "watch-several-rooms", value = value, count = count)
                            }
                        };
                        eprintln!("{now} {said}");
                    }
                }
            }
            _ => {}
        }
    }

    /// Printing is delivery: tail keeps no list of open alerts, and history records
    /// the alert as already acknowledged, so the app does not reopen it.
    fn delivers_alerts(&self) -> bool {
        true
    }

    /// Tail has nothing to show meanwhile: writing history waits when its queue is full.
    fn waits_for_history(&self) -> bool {
        true
    }

    fn alert(&mut self, alert: &Alert, store: &Store) {
        if self.alerts.is_some() {
            let written = writeln!(self.out, "{}", alert_line(alert, store));
            self.write(written);
        }
    }

    fn flush(&mut self) {
        let flushed = self.out.flush();
        self.write(flushed);
    }

    fn finished(&self) -> bool {
        self.failed.is_some() || self.max_events.is_some_and(|max| self.printed >= max)
    }
}

fn clock(at: DateTime<Utc>) -> String {
    at.format("%H:%M:%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitor_core::protocol::parse_frame;
    use monitor_engine::net::NetEvent;

    #[test]
    fn each_event_becomes_one_json_line_with_unknown_fields_kept() {
        let parsed = parse_frame(
            r#"{"Events":[{"Type":"Resource","Id":"r","State":"Clean","New":[1,2]},{"Type":"X"}]}"#,
        );
        let received = DateTime::from_timestamp(1_700_000_000, 5_000_000).expect("valid time");
        let mut out = Vec::new();
        let mut session =
            Session::with_output(Store::with_log_capacity(1), Printer::new(&mut out, Some(2)));
        session.handle(NetEvent::Frame {
            received,
            events: parsed.events,
            problems: vec![],
        });
        assert_eq!(outcome(&session), Some(TailOutcome::Finished));
        drop(session);
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
        let mut session = Session::with_output(Store::default(), Printer::new(Vec::new(), None));
        session.handle(NetEvent::Status(ConnectionStatus::Rejected {
            http_status: 401,
        }));
        assert_eq!(outcome(&session), Some(TailOutcome::Rejected));
        assert_eq!(TailOutcome::Rejected.exit_code(), 2);
    }
}
