//! The hotel's day: a calendar date in the hotel's own time zone and the UTC
//! instants it spans.
//!
//! Mews counts arrivals by the day in `Enterprise.TimeZoneIdentifier`, never
//! by the UTC day or the day of the computer the monitor runs on. Pure: the
//! caller says what "now" is.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// Why the hotel's day cannot be worked out.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HotelDayError {
    /// Mews gave no time zone for the hotel.
    #[error("Mews did not say which time zone the hotel is in")]
    NoTimeZone,
    /// The time zone is not one this program knows.
    #[error("the hotel's time zone '{0}' is not one this computer knows")]
    UnknownTimeZone(String),
}

/// One day of the hotel: `[start_utc, end_utc)`, local midnight to local midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HotelDay {
    /// The date on the hotel's calendar.
    pub date: NaiveDate,
    /// The hotel's local midnight that starts the day, in UTC.
    pub start_utc: DateTime<Utc>,
    /// The hotel's local midnight that ends the day, in UTC.
    pub end_utc: DateTime<Utc>,
    zone: Tz,
}

impl HotelDay {
    /// The day `date` in the IANA zone `zone_name`.
    pub fn on(zone_name: Option<&str>, date: NaiveDate) -> Result<HotelDay, HotelDayError> {
        let zone = parse_zone(zone_name)?;
        Ok(HotelDay::in_zone(zone, date))
    }

    /// The hotel's day that contains the instant `now`.
    pub fn containing(
        zone_name: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<HotelDay, HotelDayError> {
        let zone = parse_zone(zone_name)?;
        Ok(HotelDay::in_zone(
            zone,
            now.with_timezone(&zone).date_naive(),
        ))
    }

    fn in_zone(zone: Tz, date: NaiveDate) -> HotelDay {
        let next = date.succ_opt().unwrap_or(date);
        HotelDay {
            date,
            start_utc: local_midnight(zone, date),
            end_utc: local_midnight(zone, next),
            zone,
        }
    }

    /// Whether `at` falls on this day.
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.start_utc <= at && at < self.end_utc
    }

    /// The hotel's next day.
    pub fn next(&self) -> HotelDay {
        HotelDay::in_zone(self.zone, self.date.succ_opt().unwrap_or(self.date))
    }

    /// The zone's IANA name.
    pub fn zone_name(&self) -> &'static str {
        self.zone.name()
    }
}

fn parse_zone(zone_name: Option<&str>) -> Result<Tz, HotelDayError> {
    let name = zone_name
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .ok_or(HotelDayError::NoTimeZone)?;
    name.parse::<Tz>()
        .map_err(|_| HotelDayError::UnknownTimeZone(name.to_owned()))
}

/// The first instant of `date` in `zone`. Where a daylight-saving change skips
/// midnight, the day starts at the first local time that exists.
fn local_midnight(zone: Tz, date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_time(chrono::NaiveTime::MIN);
    (0..=180)
        .step_by(15)
        .find_map(|minutes| {
            zone.from_local_datetime(&(midnight + Duration::minutes(minutes)))
                .earliest()
        })
        .map_or_else(|| midnight.and_utc(), |local| local.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().expect("valid time")
    }

    #[test]
    fn auckland_s_day_starts_the_utc_day_before() {
        // 1 December: New Zealand daylight time, UTC+13.
        let day = HotelDay::containing(Some("Pacific/Auckland"), utc("2026-11-30T12:00:00Z"))
            .expect("known zone");
        assert_eq!(
            day.date,
            NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
        );
        assert_eq!(day.start_utc, utc("2026-11-30T11:00:00Z"));
        assert_eq!(day.end_utc, utc("2026-12-01T11:00:00Z"));
        assert!(day.contains(utc("2026-11-30T11:00:00Z")));
        assert!(!day.contains(utc("2026-12-01T11:00:00Z")));
        assert_eq!(day.next().start_utc, day.end_utc);
    }

    #[test]
    fn a_day_with_a_daylight_saving_change_is_23_or_25_hours() {
        let spring = HotelDay::on(
            Some("Europe/Prague"),
            NaiveDate::from_ymd_opt(2026, 3, 29).expect("date"),
        )
        .expect("known zone");
        assert_eq!(spring.end_utc - spring.start_utc, Duration::hours(23));
        let autumn = HotelDay::on(
            Some("Europe/Prague"),
            NaiveDate::from_ymd_opt(2026, 10, 25).expect("date"),
        )
        .expect("known zone");
        assert_eq!(autumn.end_utc - autumn.start_utc, Duration::hours(25));
    }

    #[test]
    fn a_zone_that_skips_midnight_starts_the_day_at_its_first_hour() {
        // Santiago moves its clocks from 00:00 to 01:00 in September.
        let day = HotelDay::on(
            Some("America/Santiago"),
            NaiveDate::from_ymd_opt(2026, 9, 6).expect("date"),
        )
        .expect("known zone");
        assert_eq!(day.start_utc, utc("2026-09-06T04:00:00Z"));
    }

    #[test]
    fn a_missing_or_unknown_zone_is_said_plainly() {
        let now = utc("2026-11-30T12:00:00Z");
        assert_eq!(
            HotelDay::containing(None, now),
            Err(HotelDayError::NoTimeZone)
        );
        let error = HotelDay::containing(Some("Mars/Olympus"), now).expect_err("unknown");
        assert_eq!(
            error.to_string(),
            "the hotel's time zone 'Mars/Olympus' is not one this computer knows"
        );
    }
}
