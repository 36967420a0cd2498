//! What `arrivals` and `rooms` share: the options naming a hotel's day, and
//! that day loaded from Mews into a store (rooms, the stays touching the day,
//! and for arrivals, their guests).

use anyhow::bail;
use chrono::{NaiveDate, Utc};

use super::ConnectionArgs;
use super::profile::ProfileArgs;
use super::said::Said;
use crate::i18n::Translator;
use crate::policy::Policy;
use crate::tr;
use monitor_core::protocol::HotelDay;
use monitor_core::store::{ReadyRule, Store};
use monitor_engine::net::ProxyChoice;
use monitor_engine::net::rest::{ReservationQuery, RestClient};

/// Options of `arrivals` and `rooms`.
#[derive(Clone, Debug, clap::Args)]
pub struct DayArgs {
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

impl DayArgs {
    /// What "ready" means under these options.
    pub(crate) fn rule(&self) -> ReadyRule {
        if self.clean_is_ready {
            ReadyRule::CleanOrInspected
        } else {
            ReadyRule::Inspected
        }
    }
}

/// Whether to ask Mews for the arrivals' guests too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Guests {
    /// Names and classifications of the day's arrivals.
    Load,
    /// Rooms and stays only.
    Skip,
}

/// Loads the hotel's day the options name. A guest lookup that fails is said on
/// standard error (without any name) and leaves the guests unknown.
/// The organisation's `policy` names the Mews to ask when the options do not, its proxy,
/// and what "ready" means. What it says, and why it failed, is in `t`'s language.
pub(crate) async fn load(
    args: &DayArgs,
    policy: &Policy,
    guests: Guests,
    t: &Translator,
) -> anyhow::Result<Store> {
    let addresses = policy.addresses(&args.connection.addresses()).said(t)?;
    let Some(api_url) = addresses.api_url() else {
        bail!(tr!(t, "cli-say-which-mews"));
    };
    let (tokens, _) = args.profile.tokens(t).await?;
    let proxy = policy
        .proxy()
        .map(ProxyChoice::Configured)
        .unwrap_or_default();
    let rest = RestClient::with_proxy(&api_url, tokens, &[], &proxy).said(t)?;
    let rule = policy.ready_rule_or(args.rule());
    let hotel = rest.configuration().await.said(t)?;
    let zone = hotel.time_zone.as_deref();
    let day = match args.date {
        Some(date) => HotelDay::on(zone, date),
        None => HotelDay::containing(zone, Utc::now()),
    }
    .said(t)?;
    let stays = rest
        .reservations(ReservationQuery::StayingOn(day))
        .await
        .said(t)?;
    let rooms = rest.all_resources().await.said(t)?;
    let mut store = Store::default();
    store.alerts.rule = rule;
    store.seed_rooms(&rooms, Utc::now());
    store.seed_arrivals(day, &stays, Utc::now());
    if guests == Guests::Load {
        // The listed day's arrivals, whichever day it is.
        let arrivals: Vec<String> = store
            .arrivals(rule)
            .iter()
            .map(|arrival| arrival.id.to_owned())
            .collect();
        let asked = store
            .guests
            .take_unasked(arrivals.iter().map(String::as_str), Utc::now());
        match rest.customers(&asked).await {
            Ok(found) => {
                store.guests.learn_customers(&asked, found, Utc::now());
            }
            Err(error) => {
                let problem = t.rest_error(&error);
                eprintln!("{}", tr!(t, "cli-guests-unavailable", problem = problem));
                let why = error.to_string();
                store.guests.customers_failed(&asked, &why, Utc::now());
            }
        }
    }
    Ok(store)
}
