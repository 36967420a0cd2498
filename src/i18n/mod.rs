//! Every word a user reads, in the desk's language.
//!
//! The words are Fluent messages in `assets/i18n/<language>/*.ftl`, compiled into the
//! program ([`catalog`]). A [`Translator`] holds one language's messages; the window asks
//! it for each text by message id, with the [`tr!`](crate::tr) macro, and gets plurals
//! and placeables as the language has them ("1 room", "5 rooms"; Czech's three forms).
//! Times use the language's day and month names ([`dates`]); the time zone stays the
//! hotel's.
//!
//! Which language: `--lang` for one run, else *Settings → Language*, else the
//! computer's ([`system`]), each narrowed to one this app speaks, with English last
//! ([`Language::best`]).
//!
//! Machine formats (`tail`, `arrivals`, `rooms` and `export` output, the event JSON, the
//! ticket line's field names) never go through here: they stay the same in every language.

pub mod access;
pub mod catalog;
pub mod dates;
pub mod failures;
pub mod problems;
pub mod status;
pub mod system;
pub mod words;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// A language the window speaks.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
pub enum Language {
    /// English.
    #[default]
    #[serde(rename = "en")]
    #[value(name = "en")]
    English,
    /// German.
    #[serde(rename = "de")]
    #[value(name = "de")]
    German,
    /// French.
    #[serde(rename = "fr")]
    #[value(name = "fr")]
    French,
    /// Spanish.
    #[serde(rename = "es")]
    #[value(name = "es")]
    Spanish,
    /// Italian.
    #[serde(rename = "it")]
    #[value(name = "it")]
    Italian,
    /// Portuguese.
    #[serde(rename = "pt")]
    #[value(name = "pt")]
    Portuguese,
    /// Dutch.
    #[serde(rename = "nl")]
    #[value(name = "nl")]
    Dutch,
    /// Czech.
    #[serde(rename = "cs")]
    #[value(name = "cs")]
    Czech,
    /// Polish.
    #[serde(rename = "pl")]
    #[value(name = "pl")]
    Polish,
    /// Japanese.
    #[serde(rename = "ja")]
    #[value(name = "ja")]
    Japanese,
}

impl Language {
    /// Every language, in the order the menu lists them.
    pub const ALL: [Language; 10] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Dutch,
        Language::Czech,
        Language::Polish,
        Language::Japanese,
    ];

    /// The language's code (BCP 47), also its folder under `assets/i18n`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Portuguese => "pt",
            Language::Dutch => "nl",
            Language::Czech => "cs",
            Language::Polish => "pl",
            Language::Japanese => "ja",
        }
    }

    /// The language's name in itself, as a menu of languages shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
            Language::Italian => "Italiano",
            Language::Portuguese => "Português",
            Language::Dutch => "Nederlands",
            Language::Czech => "Čeština",
            Language::Polish => "Polski",
            Language::Japanese => "日本語",
        }
    }

    /// What separates groups of three digits in large numbers: 12,345 / 12.345 / 12 345.
    pub fn digit_group_separator(self) -> char {
        match self {
            Language::English | Language::Japanese => ',',
            Language::German | Language::Spanish | Language::Italian | Language::Dutch => '.',
            Language::French | Language::Portuguese | Language::Czech | Language::Polish => ' ',
        }
    }

    /// What separates a number's whole part from its decimals: 2.5 / 2,5.
    pub fn decimal_separator(self) -> char {
        match self {
            Language::English | Language::Japanese => '.',
            _ => ',',
        }
    }

    /// The language of a tag such as `de-AT`, `de_AT.UTF-8` or `pt-BR`: its region and
    /// encoding are dropped (de-AT → de); `None` when this app does not speak it.
    pub fn of_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|language| language.code() == primary)
    }

    /// The language to speak: `one_run`'s (`--lang`), else `chosen` (*Settings →
    /// Language*), else the computer's.
    pub fn resolve(one_run: Option<Language>, chosen: Option<Language>) -> Language {
        one_run
            .or(chosen)
            .unwrap_or_else(|| Language::best(system::preferred().iter().map(String::as_str)))
    }

    /// The first of `tags` (most preferred first) that this app speaks; else English.
    pub fn best<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(Language::of_tag)
            .unwrap_or_default()
    }
}

/// One language's messages, with English behind them for any message a language lacks
/// (the catalog test keeps that from happening).
pub struct Translator {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
    words: words::Words,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Default for Translator {
    fn default() -> Self {
        Translator::new(Language::English)
    }
}

impl Translator {
    /// The messages of `language`.
    pub fn new(language: Language) -> Translator {
        let mut translator = Translator {
            language,
            bundle: catalog::bundle(language),
            english: (language != Language::English).then(|| catalog::bundle(Language::English)),
            words: words::Words::default(),
        };
        translator.words = words::Words::new(&translator);
        translator
    }

    /// The names of states and kinds, made once for this language.
    pub fn words(&self) -> &words::Words {
        &self.words
    }

    /// The language spoken.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id`, which has no placeables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with `args` in its placeables. A message missing everywhere
    /// shows its id, so that it is seen and reported rather than left blank.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        [Some(&self.bundle), self.english.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                Some(text.into_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }
}

/// A message in the translator's language: `tr!(t, "id")`, or with placeables
/// `tr!(t, "rooms-ready", count = 5, room = name)`.
#[macro_export]
macro_rules! tr {
    ($t:expr, $id:literal) => {
        $t.text($id)
    };
    ($t:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $t.format($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
