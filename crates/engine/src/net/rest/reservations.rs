//! Reservations by time filter: the stays of the hotel's day (arrivals, guests
//! in house, departures), and those changed while the monitor was out of
//! touch (`reservations/getAll/2023-06-06`, every page).

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::{MAX_PAGE, RestClient, RestError};
use monitor_core::protocol::lookups::parse_reservations;
use monitor_core::protocol::{HotelDay, ReservationRecord};

/// The operation, in the version that has `ScheduledStartUtc`.
pub const RESERVATIONS: &str = "reservations/getAll/2023-06-06";

/// The longest interval a time filter may span, as Mews documents it (3 months).
const LONGEST_INTERVAL_DAYS: i64 = 90;

/// Which reservations to ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReservationQuery {
    /// The stays touching this hotel day (`CollidingUtc`): confirmed, optional
    /// or checked in. Its arrivals, departures and stayovers all come from these.
    StayingOn(HotelDay),
    /// Every reservation Mews changed between these instants.
    UpdatedBetween(DateTime<Utc>, DateTime<Utc>),
}

impl ReservationQuery {
    /// Reservations changed since `since`, up to `now`, shortened to the
    /// longest interval Mews accepts.
    pub(crate) fn updated_since(since: DateTime<Utc>, now: DateTime<Utc>) -> ReservationQuery {
        let earliest = now - Duration::days(LONGEST_INTERVAL_DAYS);
        ReservationQuery::UpdatedBetween(since.max(earliest).min(now), now)
    }

    /// The request body for one page (without tokens).
    fn body(&self, cursor: Option<&str>) -> Value {
        let time = |at: DateTime<Utc>| at.to_rfc3339_opts(SecondsFormat::Millis, true);
        let limitation = json!({"Count": MAX_PAGE, "Cursor": cursor});
        match self {
            ReservationQuery::StayingOn(day) => json!({
                "CollidingUtc": {"StartUtc": time(day.start_utc), "EndUtc": time(day.end_utc)},
                "States": ["Confirmed", "Optional", "Started"],
                "Limitation": limitation,
            }),
            ReservationQuery::UpdatedBetween(start, end) => json!({
                "UpdatedUtc": {"StartUtc": time(*start), "EndUtc": time(*end)},
                "Limitation": limitation,
            }),
        }
    }

    /// Whether a returned record belongs to the answer (Mews' interval ends are
    /// inclusive; the hotel's day ends just before the next midnight).
    fn keeps(&self, record: &ReservationRecord) -> bool {
        match self {
            ReservationQuery::StayingOn(day) => {
                record
                    .scheduled_start_utc
                    .is_none_or(|start| start < day.end_utc)
                    && record
                        .scheduled_end_utc
                        .is_none_or(|end| end >= day.start_utc)
            }
            ReservationQuery::UpdatedBetween(..) => true,
        }
    }
}

impl RestClient {
    /// Every reservation the query names, page by page.
    pub async fn reservations(
        &self,
        query: ReservationQuery,
    ) -> Result<Vec<ReservationRecord>, RestError> {
        let mut found = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let body = self
                .call(RESERVATIONS, query.body(cursor.as_deref()))
                .await?;
            let page = parse_reservations(&body)?;
            let full = page.items.len() >= MAX_PAGE;
            found.extend(page.items.into_iter().filter(|record| query.keeps(record)));
            match page.cursor {
                Some(next) if full && cursor.as_deref() != Some(next.as_str()) => {
                    cursor = Some(next)
                }
                _ => return Ok(found),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().expect("valid time")
    }

    #[test]
    fn the_days_stays_ask_for_everything_colliding_with_the_hotel_day() {
        let day = HotelDay::containing(Some("Pacific/Auckland"), utc("2026-11-30T12:00:00Z"))
            .expect("zone");
        let query = ReservationQuery::StayingOn(day);
        let body = query.body(Some("c-1"));
        assert_eq!(body["CollidingUtc"]["StartUtc"], "2026-11-30T11:00:00.000Z");
        assert_eq!(body["CollidingUtc"]["EndUtc"], "2026-12-01T11:00:00.000Z");
        let stay = |start: &str, end: &str| ReservationRecord {
            id: "r".into(),
            number: None,
            state: None,
            assigned_resource_id: None,
            rate_id: None,
            scheduled_start_utc: Some(utc(start)),
            scheduled_end_utc: Some(utc(end)),
            account_id: None,
        };
        assert!(query.keeps(&stay("2026-11-28T12:00:00Z", "2026-11-30T22:00:00Z")));
        assert!(query.keeps(&stay("2026-12-01T10:00:00Z", "2026-12-03T10:00:00Z")));
        assert!(!query.keeps(&stay("2026-12-01T11:00:00Z", "2026-12-03T10:00:00Z")));
        assert!(!query.keeps(&stay("2026-11-28T12:00:00Z", "2026-11-30T10:00:00Z")));
        assert_eq!(body["States"], json!(["Confirmed", "Optional", "Started"]));
        assert_eq!(body["Limitation"], json!({"Count": 1000, "Cursor": "c-1"}));
    }

    #[test]
    fn a_long_absence_asks_for_at_most_three_months() {
        let now = utc("2026-12-01T00:00:00Z");
        let ReservationQuery::UpdatedBetween(start, end) =
            ReservationQuery::updated_since(utc("2026-01-01T00:00:00Z"), now)
        else {
            panic!("an updated-since query");
        };
        assert_eq!((start, end), (now - Duration::days(90), now));
        let body = ReservationQuery::updated_since(utc("2026-11-30T23:00:00Z"), now).body(None);
        assert_eq!(body["UpdatedUtc"]["StartUtc"], "2026-11-30T23:00:00.000Z");
        assert!(body.get("States").is_none());
    }
}
