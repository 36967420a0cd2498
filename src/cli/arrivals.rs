//! `mews-monitor arrivals`: the hotel's arrivals of one day, one JSON object
//! per line, then exit.
//!
//! The day is the hotel's (in the time zone `configuration/get` gives), today
//! unless `--date` names another. Each line says whether the guest's room is
//! ready. No guest names: reservation numbers are what reception works with.

use std::io::Write;

use anyhow::{Context, bail};
use chrono::{NaiveDate, SecondsFormat, Utc};
use serde_json::json;

use super::ConnectionArgs;
use super::profile::ProfileArgs;
use monitor_core::protocol::HotelDay;
use monitor_core::store::{Arrival, Readiness, ReadyRule, Store};
use monitor_engine::credentials::{CredentialStore, EnvTokens, resolve_tokens};
use monitor_engine::net::rest::{ReservationQuery, RestClient};

/// Arguments of `arrivals`.
#[derive(Clone, Debug, clap::Args)]
pub struct ArrivalsArgs {
    /// Where to connect (only the REST address is used).
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// Whose saved tokens to use when the token variables are not set.
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// The hotel's day to list (YYYY-MM-DD); default: today at the hotel.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    /// Count Clean rooms as ready, for hotels that do not inspect (default: only Inspected).
    #[arg(long)]
    pub clean_is_ready: bool,
}

/// Prints the arrivals; returns how many. Call inside a tokio runtime.
pub async fn run(args: ArrivalsArgs, out: &mut impl Write) -> anyhow::Result<usize> {
    let Some(api_url) = args.connection.api_url() else {
        bail!("say which Mews to ask: --env demo, --env production or --api-url URL");
    };
    let profile = args.profile.profile.clone();
    let env = EnvTokens::from_process();
    let (tokens, _) = tokio::task::spawn_blocking(move || {
        resolve_tokens(env, &profile, CredentialStore::open_system)
    })
    .await
    .context("looking up the tokens stopped unexpectedly")??;
    let rest = RestClient::new(&api_url, tokens, &[])?;
    let hotel = rest.configuration().await?;
    let zone = hotel.time_zone.as_deref();
    let day = match args.date {
        Some(date) => HotelDay::on(zone, date)?,
        None => HotelDay::containing(zone, Utc::now())?,
    };
    let reservations = rest.reservations(ReservationQuery::ArrivingOn(day)).await?;
    let rooms = rest.all_resources().await?;
    let mut store = Store::default();
    store.seed_rooms(&rooms, Utc::now());
    store.seed_arrivals(day, &reservations, Utc::now());
    let rule = if args.clean_is_ready {
        ReadyRule::CleanOrInspected
    } else {
        ReadyRule::Inspected
    };
    let arrivals = store.arrivals(rule);
    for arrival in &arrivals {
        writeln!(out, "{}", arrival_line(arrival))?;
    }
    out.flush()?;
    Ok(arrivals.len())
}

/// One arrival as a JSON line.
pub(crate) fn arrival_line(arrival: &Arrival<'_>) -> serde_json::Value {
    json!({
        "reservation": arrival.number,
        "id": arrival.id,
        "arrival_utc": arrival.arrival_utc.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true)),
        "state": arrival.state.as_wire(),
        "room": arrival.room.map(|room| room.display_name()),
        "room_id": arrival.room_id,
        "room_state": arrival.room.and_then(|room| room.state.as_ref()).map(|state| state.as_wire()),
        "ready": arrival.readiness == Readiness::Ready,
    })
}
