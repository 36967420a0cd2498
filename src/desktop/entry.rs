//! Freedesktop desktop entries as text: the menu entry and the autostart entry.
//!
//! This module writes the words of an entry and gets the quoting of the `Exec` line right
//! (Desktop Entry Specification 1.4, which `desktop-file-validate` accepts); it does not touch the file system.

use std::path::Path;

use super::{APP_ID, APP_NAME};

/// Why an entry could not be written for a program path.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub(crate) enum EntryError {
    /// Desktop entries are UTF-8 text; this path cannot be spelled in it.
    #[error("the program path {0} is not valid UTF-8, which desktop entries require")]
    NotUtf8(String),
    /// Control characters (a newline, say) cannot appear in an `Exec` line.
    #[error("the program path {0:?} contains a control character")]
    ControlCharacter(String),
}

/// The entry shown in application menus and launchers; `program` runs the app.
pub(crate) fn menu_entry(program: &Path) -> Result<String, EntryError> {
    render(program, &[])
}

/// The entry in the autostart folder: the same app, started when the user logs in.
pub(crate) fn autostart_entry(program: &Path) -> Result<String, EntryError> {
    render(program, &["X-GNOME-Autostart-enabled=true"])
}

fn render(program: &Path, extra: &[&str]) -> Result<String, EntryError> {
    let text = program
        .to_str()
        .ok_or_else(|| EntryError::NotUtf8(program.display().to_string()))?;
    if text.chars().any(char::is_control) {
        return Err(EntryError::ControlCharacter(text.to_owned()));
    }
    let mut lines = vec![
        "[Desktop Entry]".to_owned(),
        "Type=Application".to_owned(),
        "Version=1.4".to_owned(),
        format!("Name={APP_NAME}"),
        "GenericName=Hotel event monitor".to_owned(),
        "Comment=Live room, reservation and device events for the front desk".to_owned(),
        format!("Exec={}", escape_value(&exec_argument(text))),
        format!("TryExec={}", escape_value(text)),
        format!("Icon={APP_ID}"),
        "Terminal=false".to_owned(),
        "Categories=Office;".to_owned(),
        "Keywords=hotel;Mews;housekeeping;reception;front desk;".to_owned(),
        "StartupNotify=true".to_owned(),
        format!("StartupWMClass={APP_ID}"),
    ];
    lines.extend(extra.iter().map(|line| (*line).to_owned()));
    let mut out = lines.join("\n");
    out.push('\n');
    Ok(out)
}

/// Characters that oblige an `Exec` argument to be quoted.
const RESERVED: &[char] = &[
    ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')',
    '`',
];

/// One `Exec` argument: quoted when it holds a reserved character, `%` doubled.
fn exec_argument(arg: &str) -> String {
    let needs_quotes = arg.is_empty() || arg.contains(RESERVED);
    let mut out = String::with_capacity(arg.len() + 2);
    if needs_quotes {
        out.push('"');
    }
    for c in arg.chars() {
        match c {
            '%' => out.push_str("%%"),
            '"' | '`' | '$' | '\\' if needs_quotes => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    if needs_quotes {
        out.push('"');
    }
    out
}

/// A string value as the key file format stores it: backslashes doubled.
fn escape_value(value: &str) -> String {
    value.replace('\\', "\\\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
        entry
            .lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
    }

    #[test]
    fn menu_entry_is_an_application_with_exec_icon_category_and_window_class() {
        let entry = menu_entry(Path::new("/opt/mews/mews-monitor")).unwrap();
        assert!(entry.starts_with("[Desktop Entry]\n"));
        assert_eq!(value(&entry, "Type"), Some("Application"));
        assert_eq!(value(&entry, "Exec"), Some("/opt/mews/mews-monitor"));
        assert_eq!(value(&entry, "TryExec"), Some("/opt/mews/mews-monitor"));
        assert_eq!(value(&entry, "Icon"), Some("mews-monitor"));
        assert_eq!(value(&entry, "Categories"), Some("Office;"));
        assert_eq!(value(&entry, "StartupWMClass"), Some("mews-monitor"));
        assert_eq!(value(&entry, "X-GNOME-Autostart-enabled"), None);
    }

    #[test]
    fn autostart_entry_is_the_menu_entry_plus_the_autostart_flag() {
        let program = Path::new("/usr/bin/mews-monitor");
        let autostart = autostart_entry(program).unwrap();
        let menu = menu_entry(program).unwrap();
        assert!(autostart.starts_with(&menu));
        assert_eq!(value(&autostart, "X-GNOME-Autostart-enabled"), Some("true"));
    }

    #[test]
    fn a_path_with_spaces_is_quoted_in_exec_but_not_in_try_exec() {
        let entry = menu_entry(Path::new("/home/front desk/bin/mews-monitor")).unwrap();
        assert_eq!(
            value(&entry, "Exec"),
            Some("\"/home/front desk/bin/mews-monitor\"")
        );
        assert_eq!(
            value(&entry, "TryExec"),
            Some("/home/front desk/bin/mews-monitor")
        );
    }

    #[test]
    fn quotes_dollars_and_backslashes_are_escaped_twice_and_percent_doubled() {
        let entry = menu_entry(Path::new(r#"/x/"a"$b\c%d"#)).unwrap();
        // Quoting level: \" \$ \\ ; key-file level then doubles every backslash.
        assert_eq!(value(&entry, "Exec"), Some(r#""/x/\\"a\\"\\$b\\\\c%%d""#));
        assert_eq!(value(&entry, "TryExec"), Some(r#"/x/"a"$b\\c%d"#));
    }

    #[test]
    fn a_bare_program_name_stays_bare_for_system_packages() {
        let entry = menu_entry(Path::new("mews-monitor")).unwrap();
        assert_eq!(value(&entry, "Exec"), Some("mews-monitor"));
    }

    #[test]
    fn a_newline_in_the_path_is_refused() {
        assert!(matches!(
            menu_entry(Path::new("/tmp/evil\nExec=rm")),
            Err(EntryError::ControlCharacter(_))
        ));
    }

    #[test]
    fn the_packaged_entry_in_assets_is_the_one_written_for_a_program_on_the_path() {
        let packaged = include_str!("../../assets/mews-monitor.desktop");
        assert_eq!(packaged, menu_entry(Path::new("mews-monitor")).unwrap());
    }
}
