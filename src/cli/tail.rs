//! `mews-monitor tail`: the connection engine without a window.
//!
//! Standard output gets one JSON object per event per line, the event exactly
//! as Mews sent it, and with `--alerts` one `{"alert": {...}}` line per alert
//! as it fires; standard error gets status changes and problems as readable
//! lines. Tokens come from `MEWS_CLIENT_TOKEN` and `MEWS_ACCESS_TOKEN`
//! when both are set, else from the system keyring (`--profile`, default
//! `default`); never from arguments, and they never appear in any output.

use std::io::{self, Write};
use std::sync::Arc;

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};

use super::ConnectionArgs;
use super::profile::ProfileArgs;
use super::watch::{WatchList, alert_line};
use crate::credentials::{CredentialStore, EnvTokens, TokenSource, resolve_tokens};
use crate::history::{DEFAULT_KEEP_DAYS, HistoryReader, HistoryWriter, Record, Retention};
use crate::net::ProxyChoice;
use crate::net::lookup::{self, LookupEvent, LookupEvents, LookupHandle, LookupRequest};
use crate::net::rest::RestClient;
use crate::net::{self, ConnectionConfig, ConnectionStatus, NetEvent};
use crate::protocol::Event;
use crate::session::{
    Route, arrivals_due, arrivals_summary, changed_summary, lookups_for, lookups_on_connect,
};
use crate::store::{ReadyRule, Store};

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
    let runtime = tokio::runtime::Handle::current();
    let mut lookups = match args.connection.api_url() {
        Some(api_url) => {
            let rest = RestClient::new(&api_url, tokens.clone(), &[])?;
            Some(lookup::spawn(
                rest,
                "en-US".into(),
                Arc::new(|| {}),
                &runtime,
            ))
        }
        None => None,
    };
    let route = Route::of(&url, &ProxyChoice::FromEnvironment);
    eprintln!(
        "{} proxy: {}; certificates checked by {}",
        clock(Utc::now()),
        route.proxy,
        route.trust
    );
    let mut config = ConnectionConfig::new(url, tokens);
    config.ping_interval = args.connection.ping_interval();
    let (handle, mut events) = net::spawn(config, Arc::new(|| {}), &runtime)?;
    // Buffered: standard output alone would write each line on its own; the
    // printer flushes after every frame, so nothing waits longer than that.
    let mut printer = Printer::new(io::BufWriter::new(io::stdout().lock()), args.max_events);
    if args.alerts {
        if !args.watch.is_empty() && lookups.is_none() {
            eprintln!(
                "{} room names need the REST address (--api-url or --env): --watch values are taken as room ids",
                clock(Utc::now())
            );
        }
        let rule = if args.clean_is_ready {
            ReadyRule::CleanOrInspected
        } else {
            ReadyRule::Inspected
        };
        printer.print_alerts(rule, WatchList::new(args.watch.clone()));
    }
    if let Some(path) = &args.history {
        let (writer, moved) = HistoryWriter::start_with(path, Retention::days(args.keep_days))?;
        if let Some(moved) = moved {
            eprintln!(
                "{} problem: the history file was damaged; it was moved to {} and a new one started",
                clock(Utc::now()),
                moved.display()
            );
        }
        let reader = HistoryReader::open(path)?;
        printer.keep_history(writer, reader.last_seq()?, reader.last_alert_id()?);
    }
    // Once a minute: after the hotel's midnight, the new day's arrivals are loaded.
    let mut minutes = tokio::time::interval(std::time::Duration::from_secs(60));
    let outcome = loop {
        tokio::select! {
            _ = minutes.tick() => {
                if let (Some(request), Some((lookup, _))) = (printer.tick(Utc::now()), &lookups) {
                    lookup.request(request);
                }
            }
            next = events.next() => {
                let Some(event) = next else {
                    break TailOutcome::Finished;
                };
                let step = match printer.handle(event) {
                    Ok(step) => step,
                    // A closed pipe (e.g. `| head`) ends tail quietly.
                    Err(_) => break TailOutcome::Finished,
                };
                if let Some((lookup, _)) = &lookups {
                    step.requests.into_iter().for_each(|request| lookup.request(request));
                }
                if let Some(outcome) = step.outcome {
                    break outcome;
                }
            }
            Some(found) = next_lookup(&mut lookups) => {
                if printer.learn(found).is_err() {
                    break TailOutcome::Finished;
                }
            }
            _ = tokio::signal::ctrl_c() => break TailOutcome::Finished,
        }
    };
    handle.shutdown().await;
    Ok(outcome)
}

/// The next lookup result, or never when there is no lookup task.
async fn next_lookup(lookups: &mut Option<(LookupHandle, LookupEvents)>) -> Option<LookupEvent> {
    match lookups {
        Some((_, events)) => events.next().await,
        None => std::future::pending().await,
    }
}

/// What handling one engine message calls for.
#[derive(Debug, Default)]
pub struct Step {
    /// Stop with this outcome.
    pub outcome: Option<TailOutcome>,
    /// Lookups to send.
    pub requests: Vec<LookupRequest>,
}

/// Turns engine messages into output lines and decides when to stop.
pub struct Printer<W: Write> {
    out: W,
    store: Store,
    max_events: Option<u64>,
    printed: u64,
    history: Option<HistoryWriter>,
    alerts: Option<WatchList>,
    in_touch_at: Option<DateTime<Utc>>,
    asked_arrivals_for: Option<chrono::NaiveDate>,
}

impl<W: Write> Printer<W> {
    /// A printer writing events to `out`, stopping after `max_events` if given.
    pub fn new(out: W, max_events: Option<u64>) -> Self {
        Printer {
            out,
            // Tail prints events as they come; it keeps rooms and names, not a log.
            store: Store::with_log_capacity(1),
            max_events,
            printed: 0,
            history: None,
            alerts: None,
            in_touch_at: None,
            asked_arrivals_for: None,
        }
    }

    /// Prints alerts too, with `rule` deciding what is ready, watching `watch` besides arrivals.
    pub fn print_alerts(&mut self, rule: ReadyRule, watch: WatchList) {
        self.store.alerts.rule = rule;
        watch.pin_as_ids(&mut self.store.alerts);
        self.alerts = Some(watch);
    }

    /// Writes the alerts fired since the last call (when printing them).
    fn flush_alerts(&mut self) -> io::Result<()> {
        for alert in self.store.alerts.take_fresh() {
            // Printing is delivery: tail keeps no list of open alerts, and history
            // records the alert as already acknowledged, so the app does not reopen it.
            self.store.alerts.acknowledge(alert.id);
            self.note(Record::Alert(alert.clone()));
            self.note(Record::AlertAcknowledged(alert.id));
            if self.alerts.is_some() {
                writeln!(self.out, "{}", alert_line(&alert))?;
            }
        }
        Ok(())
    }

    /// Keeps every event, status, problem and alert in `writer`, numbering
    /// events after `last_seq` and alerts after `last_alert`.
    pub fn keep_history(&mut self, writer: HistoryWriter, last_seq: u64, last_alert: u64) {
        self.store.start_numbering_after(last_seq);
        self.store.alerts.start_numbering_after(last_alert);
        self.history = Some(writer);
    }

    fn note(&self, record: Record) {
        if let Some(history) = &self.history {
            history.record(record);
        }
    }

    /// Handles one engine message.
    pub fn handle(&mut self, event: NetEvent) -> io::Result<Step> {
        let mut step = Step::default();
        match event {
            NetEvent::Frame {
                received,
                events,
                problems,
            } => {
                for problem in problems {
                    eprintln!("{} problem: {problem}", clock(received));
                    self.note(Record::Problem {
                        at: received,
                        text: problem.to_string(),
                    });
                }
                step.requests = lookups_for(self.store.labels.unknowns(&events));
                for event in events {
                    self.line(received, &event)?;
                    self.store.apply(received, event);
                    if let (Some(history), Some(entry)) = (&self.history, self.store.log.last()) {
                        history.record(Record::Event(entry.clone()));
                    }
                    self.flush_alerts()?;
                    self.printed += 1;
                    if self.max_events.is_some_and(|max| self.printed >= max) {
                        step.outcome = Some(TailOutcome::Finished);
                        break;
                    }
                }
                self.out.flush()?;
                self.in_touch_at = Some(received);
            }
            NetEvent::Status(status) => {
                let now = Utc::now();
                eprintln!("{} {}", clock(now), status.summary());
                self.note(Record::Status {
                    at: now,
                    text: status.summary(),
                });
                match status {
                    ConnectionStatus::Rejected { .. } => step.outcome = Some(TailOutcome::Rejected),
                    ConnectionStatus::Connected { .. } => {
                        step.requests.extend(lookups_on_connect(self.in_touch_at));
                        self.in_touch_at = Some(now);
                    }
                    _ => {}
                }
            }
            NetEvent::Problem { at, message } => {
                eprintln!("{} problem: {message}", clock(at));
                self.note(Record::Problem { at, text: message });
            }
        }
        Ok(step)
    }

    /// Takes in a lookup result (names, the hotel, a resync); writes alerts it fires.
    pub fn learn(&mut self, found: LookupEvent) -> io::Result<()> {
        let now = clock(Utc::now());
        match found {
            LookupEvent::Hotel(hotel) => {
                eprintln!(
                    "{now} hotel: {} ({})",
                    hotel.name,
                    hotel.time_zone.as_deref().unwrap_or("time zone unknown")
                );
                self.store.labels.hotel = Some(hotel);
            }
            LookupEvent::Rooms { records, at } => {
                if let Some(watch) = &mut self.alerts {
                    for note in watch.resolve(&records, &mut self.store.alerts) {
                        eprintln!("{now} {note}");
                    }
                }
                let changed = self.store.seed_rooms(&records, at);
                eprintln!(
                    "{now} loaded {} rooms; {} changed while offline",
                    records.len(),
                    changed.len()
                );
            }
            LookupEvent::Rates(rates) => self.store.labels.add_rates(rates),
            LookupEvent::Commands(commands) => self.store.labels.add_commands(commands),
            LookupEvent::Reservations(reservations) => {
                self.store.labels.add_reservations(reservations)
            }
            LookupEvent::Arrivals { day, records, at } => {
                let changed = self.store.seed_arrivals(day, &records, at);
                let summary = arrivals_summary(&self.store, &records, &changed);
                eprintln!("{now} {summary}");
                self.note(Record::Status {
                    at: Utc::now(),
                    text: summary,
                });
            }
            LookupEvent::Changed { records, at, .. } => {
                let changed = self.store.seed_reservations(&records, at);
                if !changed.is_empty() {
                    let summary = changed_summary(&self.store, &changed);
                    eprintln!("{now} {summary}");
                    self.note(Record::Status {
                        at: Utc::now(),
                        text: summary,
                    });
                }
            }
            LookupEvent::Budget(_) => {}
            LookupEvent::Problem(message) => eprintln!("{now} problem: {message}"),
            LookupEvent::Rejected(message) => {
                eprintln!("{now} problem: Mews rejected the tokens for name lookups: {message}")
            }
        }
        self.flush_alerts()?;
        self.out.flush()
    }

    /// The arrivals reload due after the hotel's midnight, if any (see [`arrivals_due`]).
    pub fn tick(&mut self, now: DateTime<Utc>) -> Option<LookupRequest> {
        arrivals_due(&self.store, &mut self.asked_arrivals_for, now)
    }

    fn line(&mut self, received: DateTime<Utc>, event: &Event) -> io::Result<()> {
        let seq = self.store.total_events() + 1;
        let labels = self.store.labels.for_event(event, &self.store.rooms);
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
        let step = printer
            .handle(NetEvent::Frame {
                received,
                events: parsed.events,
                problems: vec![],
            })
            .expect("written");
        assert_eq!(step.outcome, Some(TailOutcome::Finished));
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
        assert_eq!(outcome.outcome, Some(TailOutcome::Rejected));
        assert_eq!(TailOutcome::Rejected.exit_code(), 2);
    }
}
