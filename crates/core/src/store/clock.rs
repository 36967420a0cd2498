//! Times as the desk reads them: in the hotel's time zone once Mews tells
//! it, in this computer's zone until then. The caller says what this
//! computer's zone is: the store reads neither the clock nor the machine's settings.

use chrono::{DateTime, FixedOffset, Offset, Utc};
use chrono_tz::Tz;

/// Formats times in the hotel's zone (or this computer's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HotelClock {
    zone: Option<Tz>,
    /// This computer's offset from UTC, used until the hotel's zone is known.
    computer: FixedOffset,
}

impl Default for HotelClock {
    /// No hotel zone yet, and UTC for this computer.
    fn default() -> Self {
        HotelClock {
            zone: None,
            computer: Utc.fix(),
        }
    }
}

impl HotelClock {
    /// A clock for this IANA zone name (e.g. `Europe/Prague`); an unknown
    /// or missing name means this computer's zone, which is `computer` from UTC.
    pub fn for_zone(name: Option<&str>, computer: FixedOffset) -> Self {
        HotelClock {
            zone: name.and_then(|name| name.trim().parse::<Tz>().ok()),
            computer,
        }
    }

    /// The zone's name: the IANA name, or "this computer's time".
    pub fn zone_name(&self) -> String {
        match self.zone {
            Some(zone) => zone.name().to_owned(),
            None => "this computer's time".to_owned(),
        }
    }

    /// Formats `at` with a `chrono` pattern in the clock's zone.
    pub fn format(&self, at: DateTime<Utc>, pattern: &str) -> String {
        match self.zone {
            Some(zone) => at.with_timezone(&zone).format(pattern).to_string(),
            None => at.with_timezone(&self.computer).format(pattern).to_string(),
        }
    }

    /// "14:02:11".
    pub fn time(&self, at: DateTime<Utc>) -> String {
        self.format(at, "%H:%M:%S")
    }

    /// `at` on the hotel's clock, for formatting elsewhere (in the desk's language, say).
    pub fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        match self.zone {
            Some(zone) => at.with_timezone(&zone).fixed_offset(),
            None => at.with_timezone(&self.computer),
        }
    }

    /// "2026-11-23 14:02:11 CET" (the zone's abbreviation, or the offset).
    pub fn full(&self, at: DateTime<Utc>) -> String {
        match self.zone {
            Some(_) => self.format(at, "%Y-%m-%d %H:%M:%S %Z"),
            None => self.format(at, "%Y-%m-%d %H:%M:%S UTC%:z"),
        }
    }
}

/// UTC for tooltips: "2026-11-23 13:02:11.250 UTC".
pub fn utc_text(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S%.3f UTC").to_string()
}

/// A length of time in the words of a busy desk, in English (`tail`, history): "now",
/// "45 s", "12 min", "3 h 5 min", "2 d"; a negative one reads "now".
pub fn length_in_words(length: chrono::TimeDelta) -> String {
    let seconds = length.num_seconds().max(0);
    match seconds {
        0..5 => "now".to_owned(),
        5..60 => format!("{seconds} s"),
        60..3600 => format!("{} min", seconds / 60),
        3600..86_400 => match (seconds % 3600) / 60 {
            0 => format!("{} h", seconds / 3600),
            minutes => format!("{} h {minutes} min", seconds / 3600),
        },
        _ => format!("{} d", seconds / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("valid time")
            .with_timezone(&Utc)
    }

    #[test]
    fn times_show_in_the_hotels_zone_once_known() {
        let clock = HotelClock::for_zone(Some("Europe/Prague"), Utc.fix());
        assert!(clock.zone.is_some());
        let winter = at("2026-11-23T13:02:11Z");
        assert_eq!(clock.time(winter), "14:02:11");
        assert_eq!(clock.full(winter), "2026-11-23 14:02:11 CET");
        let summer = at("2026-07-01T13:02:11Z");
        assert_eq!(clock.full(summer), "2026-07-01 15:02:11 CEST");
        assert_eq!(utc_text(winter), "2026-11-23 13:02:11.000 UTC");
    }

    #[test]
    fn an_unknown_zone_falls_back_to_this_computer() {
        let clock = HotelClock::for_zone(Some("Mars/Olympus"), Utc.fix());
        assert!(clock.zone.is_none());
        assert_eq!(clock.zone_name(), "this computer's time");
        assert!(clock.full(at("2026-11-23T13:02:11Z")).contains("UTC"));
    }

    #[test]
    fn elapsed_time_reads_like_a_desk_would_say_it() {
        let start = at("2026-11-23T08:00:00Z");
        let later = |seconds: i64| start + chrono::Duration::seconds(seconds);
        let elapsed = |from, now| length_in_words(now - from);
        assert_eq!(elapsed(start, later(2)), "now");
        assert_eq!(elapsed(start, later(45)), "45 s");
        assert_eq!(elapsed(start, later(12 * 60 + 5)), "12 min");
        assert_eq!(elapsed(start, later(3 * 3600)), "3 h");
        assert_eq!(elapsed(start, later(3 * 3600 + 300)), "3 h 5 min");
        assert_eq!(elapsed(start, later(2 * 86_400 + 7)), "2 d");
        assert_eq!(elapsed(later(10), start), "now");
    }
}
