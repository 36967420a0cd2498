//! Times and dates in the desk's language, on the hotel's clock.
//!
//! Each language's patterns are messages of its own (`time-short`, `date-long`, ... in
//! `app.ftl`), so a language says whether it has a 24-hour or 12-hour clock and where the
//! day goes; chrono fills in the day and month names of the language's locale.

use chrono::{DateTime, Utc};
use monitor_core::store::HotelClock;

use super::{Language, Translator};

/// chrono's locale for the language's day and month names.
fn locale(language: Language) -> chrono::Locale {
    match language {
        Language::English => chrono::Locale::en_GB,
        Language::German => chrono::Locale::de_DE,
        Language::French => chrono::Locale::fr_FR,
        Language::Spanish => chrono::Locale::es_ES,
        Language::Italian => chrono::Locale::it_IT,
        Language::Portuguese => chrono::Locale::pt_PT,
        Language::Dutch => chrono::Locale::nl_NL,
        Language::Czech => chrono::Locale::cs_CZ,
        Language::Polish => chrono::Locale::pl_PL,
        Language::Japanese => chrono::Locale::ja_JP,
    }
}

/// Which pattern: each is a message holding a chrono format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// Hours and minutes: "14:05".
    Time,
    /// With seconds: "14:05:09".
    TimeSeconds,
    /// A day: "Fri 04 Dec 2026".
    Date,
    /// A day and time, short: "04 Dec 14:05:09".
    DayTime,
    /// A weekday, day and time: "Fri 04 Dec 14:05:09".
    WeekdayTime,
}

impl Pattern {
    /// The message that holds the pattern.
    fn id(self) -> &'static str {
        match self {
            Pattern::Time => "format-time",
            Pattern::TimeSeconds => "format-time-seconds",
            Pattern::Date => "format-date",
            Pattern::DayTime => "format-day-time",
            Pattern::WeekdayTime => "format-weekday-time",
        }
    }

    /// The English pattern, used when a translation's would not format.
    fn fallback(self) -> &'static str {
        match self {
            Pattern::Time => "%H:%M",
            Pattern::TimeSeconds => "%H:%M:%S",
            Pattern::Date => "%a %d %b %Y",
            Pattern::DayTime => "%d %b %H:%M:%S",
            Pattern::WeekdayTime => "%a %d %b %H:%M:%S",
        }
    }
}

/// Whether chrono can format with `format` (an unknown `%` item would make it fail).
pub(crate) fn formats(format: &str) -> bool {
    chrono::format::StrftimeItems::new(format)
        .all(|item| !matches!(item, chrono::format::Item::Error))
}

impl Translator {
    /// The chrono format of `pattern` in this language.
    fn pattern(&self, pattern: Pattern) -> String {
        let format = self.text(pattern.id());
        if formats(&format) {
            format
        } else {
            pattern.fallback().to_owned()
        }
    }

    /// `at` on the hotel's clock, as `pattern` says in this language.
    pub fn time(&self, clock: &HotelClock, at: DateTime<Utc>, pattern: Pattern) -> String {
        clock
            .local(at)
            .format_localized(&self.pattern(pattern), locale(self.language))
            .to_string()
    }

    /// A calendar day, as [`Pattern::Date`] says in this language.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        date.format_localized(&self.pattern(Pattern::Date), locale(self.language))
            .to_string()
    }
}
