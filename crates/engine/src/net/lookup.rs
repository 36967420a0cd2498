//! The lookup task: resync after every connect (rooms, open commands, rate
//! names and the stays of the hotel's day), reservations changed while out of
//! touch, ids turned into names in batches, and the day's guests.
//!
//! It owns the [`RestClient`]. Consumers send [`LookupRequest`]s (cheap,
//! never blocking); ids are collected for a short debounce and sent up to
//! 1,000 per request, a 408 answer halves the batch, and every result comes
//! back as a [`LookupEvent`] through a channel with a wake-up call, like the
//! connection engine's. It knows nothing of the store or of egui.

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::json;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::Wake;
use super::rest::{BudgetUse, MAX_PAGE, RESERVATIONS, ReservationQuery, RestClient, RestError};
use crate::trouble::{Lookup, Trouble};
use monitor_core::protocol::lookups::{
    parse_commands, parse_rates, parse_reservations, parse_service_ids,
};
use monitor_core::protocol::{
    CommandRecord, CustomerRecord, HotelConfiguration, HotelDay, RateRecord, ReservationRecord,
    ResourceRecord,
};

/// How long ids are collected before a batch goes out.
pub const DEBOUNCE: Duration = Duration::from_millis(300);

/// What a consumer asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupRequest {
    /// Reload hotel, rooms (states and names), open commands, rate names and today's arrivals.
    Resync,
    /// Reload the arrivals of the hotel's day as it is now (after local midnight).
    Arrivals,
    /// Reload every reservation Mews changed since this instant (after being out of touch).
    ChangedSince(DateTime<Utc>),
    /// Details of these reservations.
    Reservations(Vec<String>),
    /// Details of these device commands.
    Commands(Vec<String>),
    /// Names and classifications of these customers (the day's guests).
    Customers(Vec<String>),
}

/// What the lookup task found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupEvent {
    /// The hotel's name and time zone.
    Hotel(HotelConfiguration),
    /// Every room with its current state, as of `at`.
    Rooms {
        /// The rooms.
        records: Vec<ResourceRecord>,
        /// When the answer arrived.
        at: DateTime<Utc>,
    },
    /// Rate names.
    Rates(Vec<RateRecord>),
    /// Device commands (open ones after a resync, or those asked for).
    Commands(Vec<CommandRecord>),
    /// Reservations asked for.
    Reservations(Vec<ReservationRecord>),
    /// Customers asked for: personal data, for memory only.
    Customers {
        /// The customer ids asked for.
        asked: Vec<String>,
        /// Those Mews returned, or why none could be loaded (in words; also a [`LookupEvent::Problem`]).
        found: Result<Vec<CustomerRecord>, String>,
    },
    /// The stays of the hotel's day `day`, as of `at`.
    Arrivals {
        /// The hotel's day.
        day: HotelDay,
        /// Confirmed, optional and checked-in reservations touching that day:
        /// its arrivals, guests in house and departures.
        records: Vec<ReservationRecord>,
        /// When the answer arrived.
        at: DateTime<Utc>,
    },
    /// Reservations Mews changed since `since`, as of `at`.
    Changed {
        /// The start of the interval asked about.
        since: DateTime<Utc>,
        /// The reservations as they are now.
        records: Vec<ReservationRecord>,
        /// When the answer arrived.
        at: DateTime<Utc>,
    },
    /// How much of the request budget is in use.
    Budget(BudgetUse),
    /// A lookup failed (Mews rejecting the tokens for REST, a 401, stops lookups
    /// until the next resync).
    Problem(Trouble),
}

/// Sends requests to the lookup task. Dropping it ends the task.
#[derive(Debug)]
pub struct LookupHandle {
    requests: mpsc::UnboundedSender<LookupRequest>,
    _task: JoinHandle<()>,
}

impl LookupHandle {
    /// Asks for something; never blocks.
    pub fn request(&self, request: LookupRequest) {
        let _ = self.requests.send(request);
    }
}

/// The consumer's end.
#[derive(Debug)]
pub struct LookupEvents {
    receiver: mpsc::UnboundedReceiver<LookupEvent>,
}

impl LookupEvents {
    /// The next result if one is waiting; never blocks.
    pub fn try_next(&mut self) -> Option<LookupEvent> {
        self.receiver.try_recv().ok()
    }

    /// Waits for the next result; `None` once the task has ended.
    pub async fn next(&mut self) -> Option<LookupEvent> {
        self.receiver.recv().await
    }
}

/// Starts the lookup task on `runtime`.
pub fn spawn(
    rest: RestClient,
    language: String,
    wake: Wake,
    runtime: &tokio::runtime::Handle,
) -> (LookupHandle, LookupEvents) {
    let (requests, request_receiver) = mpsc::unbounded_channel();
    let (sender, receiver) = mpsc::unbounded_channel();
    let task = Lookups {
        rest,
        language,
        out: sender,
        wake,
        rejected: false,
        hotel: None,
    };
    let task = runtime.spawn(task.run(request_receiver));
    (
        LookupHandle {
            requests,
            _task: task,
        },
        LookupEvents { receiver },
    )
}

struct Lookups {
    rest: RestClient,
    language: String,
    out: mpsc::UnboundedSender<LookupEvent>,
    wake: Wake,
    rejected: bool,
    /// The hotel as the last resync found it (its time zone decides "today").
    hotel: Option<HotelConfiguration>,
}

#[derive(Default)]
struct Pending {
    resync: bool,
    arrivals: bool,
    changed_since: Option<DateTime<Utc>>,
    reservations: BTreeSet<String>,
    commands: BTreeSet<String>,
    customers: BTreeSet<String>,
}

impl Pending {
    fn add(&mut self, request: LookupRequest) {
        match request {
            LookupRequest::Resync => self.resync = true,
            LookupRequest::Arrivals => self.arrivals = true,
            LookupRequest::ChangedSince(since) => {
                self.changed_since = Some(self.changed_since.map_or(since, |at| at.min(since)));
            }
            LookupRequest::Reservations(ids) => self.reservations.extend(ids),
            LookupRequest::Commands(ids) => self.commands.extend(ids),
            LookupRequest::Customers(ids) => self.customers.extend(ids),
        }
    }
}

impl Lookups {
    async fn run(mut self, mut requests: mpsc::UnboundedReceiver<LookupRequest>) {
        while let Some(first) = requests.recv().await {
            let mut pending = Pending::default();
            pending.add(first);
            // Collect what else arrives during the debounce.
            let deadline = tokio::time::Instant::now() + DEBOUNCE;
            while let Ok(Some(more)) = tokio::time::timeout_at(deadline, requests.recv()).await {
                pending.add(more);
            }
            if pending.resync {
                self.rejected = false;
                self.resync().await;
            } else if pending.arrivals && !self.rejected {
                self.arrivals().await;
            }
            if let Some(since) = pending.changed_since
                && !self.rejected
            {
                self.changed_since(since).await;
            }
            if !self.rejected {
                self.reservations(pending.reservations.into_iter().collect())
                    .await;
                self.commands(pending.commands.into_iter().collect()).await;
            }
            self.customers(pending.customers.into_iter().collect())
                .await;
            let budget = self.rest.budget_use().await;
            self.send(LookupEvent::Budget(budget));
        }
    }

    async fn resync(&mut self) {
        match self.rest.configuration().await {
            Ok(hotel) => {
                self.hotel = Some(hotel.clone());
                self.send(LookupEvent::Hotel(hotel));
            }
            Err(error) => return self.failed(Lookup::Hotel, error),
        }
        match self.rest.all_resources().await {
            Ok(records) => self.send(LookupEvent::Rooms {
                records,
                at: Utc::now(),
            }),
            Err(error) => return self.failed(Lookup::Rooms, error),
        }
        match self.rest.call("commands/getAllActive", json!({})).await {
            Ok(body) => match parse_commands(&body) {
                Ok(page) => self.send(LookupEvent::Commands(page.items)),
                Err(error) => self.failed(Lookup::OpenCommands, error.into()),
            },
            Err(error) => self.failed(Lookup::OpenCommands, error),
        }
        if !self.rejected {
            self.rates().await;
        }
        if !self.rejected {
            self.arrivals().await;
        }
    }

    /// Loads the arrivals of the hotel's day as it is now.
    async fn arrivals(&mut self) {
        if self.hotel.is_none() {
            match self.rest.configuration().await {
                Ok(hotel) => self.hotel = Some(hotel),
                Err(error) => return self.failed(Lookup::Hotel, error),
            }
        }
        let zone = self
            .hotel
            .as_ref()
            .and_then(|hotel| hotel.time_zone.as_deref());
        let day = match HotelDay::containing(zone, Utc::now()) {
            Ok(day) => day,
            Err(error) => {
                return self.send(LookupEvent::Problem(Trouble::HotelDayUnknown {
                    detail: error.to_string(),
                }));
            }
        };
        match self
            .rest
            .reservations(ReservationQuery::StayingOn(day))
            .await
        {
            Ok(records) => self.send(LookupEvent::Arrivals {
                day,
                records,
                at: Utc::now(),
            }),
            Err(error) => self.failed(Lookup::Arrivals, error),
        }
    }

    /// Loads the reservations Mews changed since `since`.
    async fn changed_since(&mut self, since: DateTime<Utc>) {
        let now = Utc::now();
        let query = ReservationQuery::updated_since(since, now);
        match self.rest.reservations(query).await {
            Ok(records) => self.send(LookupEvent::Changed {
                since,
                records,
                at: Utc::now(),
            }),
            Err(error) => self.failed(Lookup::ChangedReservations, error),
        }
    }

    async fn rates(&mut self) {
        let services = match self
            .rest
            .call(
                "services/getAll",
                json!({"Limitation": {"Count": MAX_PAGE}}),
            )
            .await
        {
            Ok(body) => match parse_service_ids(&body) {
                Ok(page) => page.items,
                Err(error) => return self.failed(Lookup::Rates, error.into()),
            },
            Err(error) => return self.failed(Lookup::Rates, error),
        };
        if services.is_empty() {
            return;
        }
        let body = json!({"ServiceIds": services, "Limitation": {"Count": MAX_PAGE}});
        match self.rest.call("rates/getAll", body).await {
            Ok(body) => match parse_rates(&body, &self.language) {
                Ok(page) => self.send(LookupEvent::Rates(page.items)),
                Err(error) => self.failed(Lookup::Rates, error.into()),
            },
            Err(error) => self.failed(Lookup::Rates, error),
        }
    }

    async fn reservations(&mut self, ids: Vec<String>) {
        let found = self
            .in_batches(
                ids,
                RESERVATIONS,
                "ReservationIds",
                Lookup::Reservations,
                |body| parse_reservations(body).map(|page| page.items),
            )
            .await;
        if !found.is_empty() {
            self.send(LookupEvent::Reservations(found));
        }
    }

    async fn commands(&mut self, ids: Vec<String>) {
        let found = self
            .in_batches(
                ids,
                "commands/getAllByIds",
                "CommandIds",
                Lookup::Commands,
                |body| parse_commands(body).map(|page| page.items),
            )
            .await;
        if !found.is_empty() {
            self.send(LookupEvent::Commands(found));
        }
    }

    /// Loads the guests `ids` name. Every id asked for gets an answer, so none
    /// stays "loading": a name, absent (unavailable), or the failure.
    async fn customers(&mut self, ids: Vec<String>) {
        if ids.is_empty() {
            return;
        }
        let found = if self.rejected {
            Err("Mews rejected the tokens for REST requests".to_owned())
        } else {
            match self.rest.customers(&ids).await {
                Ok(found) => Ok(found),
                Err(error) => {
                    let words = error.to_string();
                    self.failed(Lookup::Guests, error);
                    Err(words)
                }
            }
        };
        self.send(LookupEvent::Customers { asked: ids, found });
    }

    /// Asks for `ids` in batches of up to 1,000, halving a batch Mews finds too heavy.
    async fn in_batches<T>(
        &mut self,
        mut ids: Vec<String>,
        operation: &str,
        field: &str,
        what: Lookup,
        parse: impl Fn(&str) -> Result<Vec<T>, monitor_core::protocol::resources::ResponseError>,
    ) -> Vec<T> {
        let mut found = Vec::new();
        let mut batch = MAX_PAGE;
        while !ids.is_empty() && !self.rejected {
            let take = batch.min(ids.len());
            let chunk: Vec<String> = ids.drain(..take).collect();
            let body = json!({field: chunk, "Limitation": {"Count": MAX_PAGE}});
            match self.rest.call(operation, body).await {
                Ok(body) => match parse(&body) {
                    Ok(items) => found.extend(items),
                    Err(error) => self.failed(what, error.into()),
                },
                Err(RestError::TooHeavy) if take > 1 => {
                    batch = take / 2;
                    ids.splice(0..0, chunk);
                }
                Err(error) => self.failed(what, error),
            }
        }
        found
    }

    fn failed(&mut self, what: Lookup, error: RestError) {
        let trouble = match &error {
            RestError::Rejected(message) => {
                self.rejected = true;
                Trouble::LookupsRejected {
                    message: message.clone(),
                }
            }
            other => Trouble::LookupFailed {
                what,
                why: other.into(),
            },
        };
        self.send(LookupEvent::Problem(trouble));
    }

    fn send(&self, event: LookupEvent) {
        if self.out.send(event).is_ok() {
            (self.wake)();
        }
    }
}
