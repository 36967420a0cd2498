//! The computer's languages, most preferred first.
//!
//! On Windows, the user's display languages (`sys-locale`). Elsewhere the environment, as
//! gettext reads it: `LANGUAGE` (a list, `de_AT:de:en`) when a locale is set, then
//! `LC_ALL`, `LC_MESSAGES`, `LANG`; `C` and `POSIX` mean no preference.

/// The computer's preferred language tags, most preferred first (maybe none).
#[cfg(windows)]
pub fn preferred() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The computer's preferred language tags, most preferred first (maybe none).
#[cfg(not(windows))]
pub fn preferred() -> Vec<String> {
    from_environment(|name| std::env::var(name).ok())
}

/// The tags the locale variables give, read through `var`.
#[cfg_attr(windows, allow(dead_code))]
pub(crate) fn from_environment(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(set)
        .filter(|locale| !matches!(locale.as_str(), "C" | "POSIX") && !locale.starts_with("C."));
    let Some(locale) = locale else {
        // gettext ignores LANGUAGE when no locale is set at all.
        return Vec::new();
    };
    let mut tags: Vec<String> = set("LANGUAGE")
        .map(|list| list.split(':').map(str::to_owned).collect())
        .unwrap_or_default();
    tags.push(locale);
    tags
}
