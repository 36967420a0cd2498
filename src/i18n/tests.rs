//! The catalog is complete: every message in every language, no translation drops a
//! variable, every file reads cleanly, every id the code asks for exists; and the
//! language is chosen as the computer or the user says.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message (and attribute) of `text` with the variables it uses.
fn messages(text: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{file} does not read: {errors:?}"),
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    found.insert(id.clone(), variables).is_none(),
                    "{file}: {id} twice"
                );
            }
            ast::Entry::Junk { content } => panic!("{file} has text Fluent cannot read: {content}"),
            _ => {}
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, found);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        _ => {}
    }
}

/// Every message of `language`, all its files together.
fn catalog_of(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (file, text) in catalog::files(language) {
        for (id, variables) in messages(text, &format!("{}/{file}", language.code())) {
            assert!(
                all.insert(id.clone(), variables).is_none(),
                "{}: {id} in two files",
                language.code()
            );
        }
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = catalog_of(Language::English);
    assert!(english.len() > 100, "{} messages", english.len());
    for language in Language::ALL {
        let files: Vec<_> = catalog::files(language).map(|(name, _)| name).collect();
        let english_files: Vec<_> = catalog::files(Language::English)
            .map(|(name, _)| name)
            .collect();
        assert_eq!(
            files,
            english_files,
            "{} has the same files",
            language.code()
        );
        let translated = catalog_of(language);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
        assert!(
            extra.is_empty(),
            "{} has unknown {extra:?}",
            language.code()
        );
        for (id, variables) in &english {
            assert_eq!(
                &translated[id],
                variables,
                "{} {id}: the same variables as English",
                language.code()
            );
        }
    }
}

#[test]
fn every_date_and_time_pattern_formats() {
    for language in Language::ALL {
        let t = Translator::new(language);
        for id in [
            "format-time",
            "format-time-seconds",
            "format-date",
            "format-day-time",
            "format-weekday-time",
        ] {
            let pattern = t.text(id);
            assert!(
                dates::formats(&pattern),
                "{} {id}: {pattern}",
                language.code()
            );
        }
    }
}

/// The message ids the code names: `tr!(t, "id"` and `worded("id"` anywhere in `src`,
/// and the labels the settings give.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                // Code only: a doc comment's example names no real message.
                let text: String = text
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                // `tr!(t, "id"` and `worded("id"`.
                let is_id = |id: &str| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                };
                for (marker, before_id) in [("tr!(", ","), ("worded(", "")] {
                    for call in text.split(marker).skip(1) {
                        let mut parts = call.split('"');
                        let before = parts.next().unwrap_or_default().trim();
                        if let Some(id) = parts.next()
                            && before.ends_with(before_id)
                            && (before_id.is_empty() == before.is_empty())
                            && is_id(id)
                        {
                            ids.insert(id.to_owned());
                        }
                    }
                }
            }
        }
    }
    use crate::settings::{Appearance, Place, Tab};
    ids.extend(Tab::ALL.map(|tab| tab.title().to_owned()));
    ids.extend(Place::ALL.map(|place| place.label().to_owned()));
    ids.extend(Appearance::ALL.map(|look| look.label().to_owned()));
    ids.extend(words::ids().map(str::to_owned));
    ids
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let english = catalog_of(Language::English);
    let ids = ids_in_code();
    assert!(ids.len() > 50, "{ids:?}");
    let missing: Vec<_> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "not in assets/i18n/en: {missing:?}");
}

#[test]
fn plurals_follow_each_language() {
    let czech = Translator::new(Language::Czech);
    let events = |count: u64| tr!(czech, "status-events", count = count);
    assert_eq!(events(1), "1 událost");
    assert_eq!(events(3), "3 události");
    assert_eq!(events(5), "5 událostí");
    let english = Translator::default();
    assert_eq!(tr!(english, "status-problems", count = 0), "No problems");
    assert_eq!(tr!(english, "status-problems", count = 1), "1 problem");
    assert_eq!(
        tr!(english, "status-events", count = 1_234_567_u64),
        "1,234,567 events"
    );
    let german = Translator::new(Language::German);
    assert_eq!(
        tr!(german, "status-events", count = 1_376_u64),
        "1.376 Ereignisse"
    );
}

#[test]
fn times_use_the_languages_day_and_month_names() {
    let clock = monitor_core::store::HotelClock::for_zone(
        Some("Europe/Prague"),
        chrono::FixedOffset::east_opt(0).expect("offset"),
    );
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-04T13:05:09Z")
        .expect("time")
        .to_utc();
    let english = Translator::default();
    assert_eq!(
        english.time(&clock, at, dates::Pattern::WeekdayTime),
        "Fri 04 Dec 14:05:09"
    );
    let german = Translator::new(Language::German);
    assert_eq!(german.time(&clock, at, dates::Pattern::Time), "14:05");
    assert!(
        german
            .time(&clock, at, dates::Pattern::WeekdayTime)
            .starts_with("Fr"),
        "German day names"
    );
}

#[test]
fn the_computers_language_falls_back_from_region_to_language_to_english() {
    assert_eq!(Language::of_tag("de-AT"), Some(Language::German));
    assert_eq!(Language::of_tag("cs_CZ.UTF-8"), Some(Language::Czech));
    assert_eq!(Language::of_tag("pt-BR"), Some(Language::Portuguese));
    assert_eq!(Language::of_tag("sv-SE"), None);
    assert_eq!(Language::best(["sv-SE", "de-AT", "en"]), Language::German);
    assert_eq!(Language::best(["sv-SE"]), Language::English);
    assert_eq!(Language::best([]), Language::English);
    assert_eq!(
        Language::resolve(Some(Language::Polish), Some(Language::French)),
        Language::Polish,
        "--lang over the settings"
    );
    assert_eq!(
        Language::resolve(None, Some(Language::French)),
        Language::French
    );
}

#[test]
fn linux_reads_language_then_lc_all_lc_messages_and_lang() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    };
    assert_eq!(
        system::from_environment(env(&[("LANG", "de_AT.UTF-8")])),
        ["de_AT.UTF-8"]
    );
    assert_eq!(
        system::from_environment(env(&[
            ("LANGUAGE", "cs:de"),
            ("LC_MESSAGES", "fr_FR.UTF-8"),
            ("LANG", "en_GB.UTF-8"),
        ])),
        ["cs", "de", "fr_FR.UTF-8"]
    );
    assert!(system::from_environment(env(&[("LANG", "C.UTF-8"), ("LANGUAGE", "de")])).is_empty());
    assert!(system::from_environment(env(&[])).is_empty());
}

#[test]
fn settings_keep_the_language_by_its_code() {
    let settings = crate::settings::Settings {
        language: Some(Language::Czech),
        ..Default::default()
    };
    let text = serde_json::to_string(&settings).expect("serialises");
    assert!(text.contains(r#""language":"cs""#), "{text}");
}

/// The Windows program follows the user's display language: run by
/// `packaging/windows/test` under Wine with a German locale (`LANG=de_DE.UTF-8`), which
/// names the language it set in `MEWS_EXPECT_LANGUAGE`.
#[cfg(windows)]
#[test]
#[ignore = "needs Wine with a set locale: packaging/windows/test runs it"]
fn the_windows_display_language_is_followed() {
    let expected = std::env::var("MEWS_EXPECT_LANGUAGE")
        .expect("MEWS_EXPECT_LANGUAGE names the locale's language (packaging/windows/test)");
    let preferred = system::preferred();
    let language = Language::best(preferred.iter().map(String::as_str));
    assert_eq!(
        language.code(),
        expected,
        "the display languages: {preferred:?}"
    );
    assert_eq!(Language::resolve(None, None), language);
}
