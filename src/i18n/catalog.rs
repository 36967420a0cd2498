//! The translations compiled into the program: every `assets/i18n/<language>/*.ftl`
//! (listed by `build.rs`, so a new file needs no change here), and the Fluent bundle of
//! one language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use super::Language;

include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// The files of `language`: (file name, text).
pub fn files(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES
        .iter()
        .filter(move |(code, _, _)| *code == language.code())
        .map(|(_, name, text)| (*name, *text))
}

/// The messages of `language`, ready to format. A file Fluent cannot fully read still
/// gives the messages it could (the catalog test keeps every file readable).
pub(crate) fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The window draws text as it is: no Unicode isolation marks around placeables
    // (egui lays out no right-to-left text, and the marks would show as boxes).
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language.digit_group_separator() {
        ',' => grouped_by_comma,
        '.' => grouped_by_dot,
        _ => grouped_by_space,
    }));
    for (_, text) in files(language) {
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A message defined twice keeps its first text.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Whole numbers of four digits or more with their digits grouped by `separator`
/// ("1,376"); other values as Fluent writes them.
fn grouped(value: &FluentValue, separator: char) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.fract() != 0.0 || number.value.abs() < 1_000.0 {
        return None;
    }
    Some(group_digits(&format!("{:.0}", number.value), separator))
}

/// `digits` (an optional sign, then digits) grouped in threes by `separator`.
pub(crate) fn group_digits(digits: &str, separator: char) -> String {
    let (sign, digits) = digits.split_at(usize::from(digits.starts_with('-')));
    let mut out = String::from(sign);
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

fn grouped_by_comma(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    grouped(value, ',')
}

fn grouped_by_dot(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    grouped(value, '.')
}

fn grouped_by_space(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    // A no-break space: a number never breaks across lines.
    grouped(value, '\u{a0}')
}
