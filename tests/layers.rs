//! The layout `src/lib.rs` states, checked against the code.
//!
//! `lib.rs` lists the top-level modules lowest layer first, each with the
//! modules it may use (`- [`ui`] → `session`, ...: what it is`). This test
//! reads every file under `src/`, collects the `crate::`, `super::` and
//! `self::` paths in it (code only: comments, strings and `#[cfg(test)]`
//! blocks inside a file are left out) and fails when
//! - a module uses a module its line does not name, or names one listed after it;
//! - a module of the crate is missing from the list;
//! - files import each other in a circle.
//!
//! A module declaring its own children and re-exporting their items (`mod a;
//! pub use a::A;`) is the module's public face, not an import, and is not counted.

// Test code: a failed expectation is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path inside the crate, e.g. `["ui", "board"]`; `[]` is `lib.rs`.
type ModPath = Vec<String>;

/// One line of the layout: a module and the modules it may use.
#[derive(Debug)]
struct Layer {
    module: String,
    uses: BTreeSet<String>,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file of the library with its module path (`main.rs`, the binary, left out).
fn files() -> BTreeMap<ModPath, String> {
    let mut found = BTreeMap::new();
    let mut folders = vec![src()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src()).expect("below src");
            let mut parts: ModPath = relative
                .with_extension("")
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts == ["main"] {
                continue;
            }
            if parts == ["lib"] || parts.last().is_some_and(|last| last == "mod") {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).expect("source is text");
            found.insert(parts, text);
        }
    }
    found
}

/// The character `n` after `at`, if there is one.
fn peek(chars: &[char], at: usize, n: usize) -> Option<char> {
    chars.get(at + n).copied()
}

/// The text with comments and string and character literals blanked out.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < chars.len() {
        match chars[at] {
            '/' if peek(&chars, at, 1) == Some('/') => {
                while at < chars.len() && chars[at] != '\n' {
                    at += 1;
                }
            }
            '/' if peek(&chars, at, 1) == Some('*') => {
                let mut depth = 0;
                while at < chars.len() {
                    if chars[at] == '/' && peek(&chars, at, 1) == Some('*') {
                        depth += 1;
                        at += 2;
                    } else if chars[at] == '*' && peek(&chars, at, 1) == Some('/') {
                        depth -= 1;
                        at += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        at += 1;
                    }
                }
                out.push(' ');
            }
            'r' if matches!(peek(&chars, at, 1), Some('#') | Some('"'))
                && !chars[..at]
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                let mut hashes = 0;
                let mut scan = at + 1;
                while chars.get(scan) == Some(&'#') {
                    hashes += 1;
                    scan += 1;
                }
                if chars.get(scan) != Some(&'"') {
                    out.push('r');
                    at += 1;
                    continue;
                }
                scan += 1;
                loop {
                    match chars.get(scan) {
                        None => break,
                        Some('"') if (1..=hashes).all(|n| chars.get(scan + n) == Some(&'#')) => {
                            scan += 1 + hashes;
                            break;
                        }
                        _ => scan += 1,
                    }
                }
                at = scan;
                out.push_str("\"\"");
            }
            '"' => {
                at += 1;
                while at < chars.len() && chars[at] != '"' {
                    at += if chars[at] == '\\' { 2 } else { 1 };
                }
                at += 1;
                out.push_str("\"\"");
            }
            '\'' if peek(&chars, at, 1) == Some('\\') => {
                at += 2;
                while at < chars.len() && chars[at] != '\'' {
                    at += 1;
                }
                at += 1;
                out.push_str("' '");
            }
            '\'' if peek(&chars, at, 2) == Some('\'') => {
                at += 3;
                out.push_str("' '");
            }
            c => {
                out.push(c);
                at += 1;
            }
        }
    }
    out
}

/// The code with `#[cfg(test)] mod name { ... }` blocks removed.
fn without_test_blocks(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "#[cfg(test)]".len()..];
        let trimmed = after.trim_start();
        let is_block = trimmed.starts_with("mod ")
            && trimmed
                .find(['{', ';'])
                .is_some_and(|end| trimmed.as_bytes()[end] == b'{');
        if !is_block {
            rest = after;
            continue;
        }
        let open = after.find('{').expect("a block");
        let mut depth = 0;
        let mut end = after.len();
        for (offset, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + offset + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Reads an identifier at the start of `text`.
fn ident(text: &str) -> Option<(&str, &str)> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    (end > 0).then(|| (&text[..end], &text[end..]))
}

/// The paths a use tree or path starting at `text` names, as segment lists
/// (a `{a, b::c}` group gives one path per member).
fn paths_at(text: &str, prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut segments = prefix;
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start();
        if let Some(group) = trimmed.strip_prefix('{') {
            let mut inner = group;
            loop {
                let used = paths_at(inner, segments.clone(), out);
                inner = inner[used..].trim_start();
                match inner.strip_prefix(',') {
                    Some(next) => inner = next,
                    None => break,
                }
                if inner.trim_start().starts_with('}') {
                    inner = inner.trim_start();
                    break;
                }
            }
            let inner = inner.strip_prefix('}').unwrap_or(inner);
            return text.len() - inner.len();
        }
        match ident(trimmed) {
            Some(("self", after)) if !segments.is_empty() => {
                rest = after;
            }
            Some((name, after)) => {
                segments.push(name.to_owned());
                rest = after;
            }
            None => {
                // `*` or the end of the path.
                rest = trimmed.strip_prefix('*').unwrap_or(trimmed);
                out.push(segments);
                return text.len() - rest.len();
            }
        }
        match rest.strip_prefix("::") {
            Some(next) => rest = next,
            None => {
                out.push(segments);
                return text.len() - rest.len();
            }
        }
    }
}

/// The modules (file paths) that `module`'s code refers to.
fn imports(module: &ModPath, code: &str, modules: &BTreeSet<ModPath>) -> BTreeSet<ModPath> {
    // `super` of `a/b.rs` and of `a/b/mod.rs` alike is `a` (the module is `a::b`).
    let parent: ModPath = module[..module.len().saturating_sub(1)].to_vec();
    let mut found = BTreeSet::new();
    let bytes = code.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(offset) = code[from..].find(start) {
            let at = from + offset;
            from = at + start.len();
            let boundary = at == 0
                || !(bytes[at - 1].is_ascii_alphanumeric()
                    || bytes[at - 1] == b'_'
                    || bytes[at - 1] == b':');
            if !boundary {
                continue;
            }
            let mut base = match start {
                "crate::" => Vec::new(),
                "super::" => parent.clone(),
                _ => module.clone(),
            };
            let mut rest = &code[from..];
            while let Some(next) = rest.strip_prefix("super::") {
                base.pop();
                rest = next;
            }
            let mut paths = Vec::new();
            paths_at(rest, base, &mut paths);
            for path in paths {
                let target = (0..=path.len())
                    .rev()
                    .map(|len| path[..len].to_vec())
                    .find(|prefix| modules.contains(prefix));
                if let Some(target) = target
                    && !target.is_empty()
                    && &target != module
                {
                    found.insert(target);
                }
            }
        }
    }
    found
}

/// The layout list in `lib.rs`, in order (an item may go on over indented lines).
fn layout(lib: &str) -> Vec<Layer> {
    let mut items: Vec<String> = Vec::new();
    for line in lib.lines() {
        if let Some(item) = line.strip_prefix("//! - ") {
            items.push(item.to_owned());
        } else if let (Some(more), Some(last)) = (line.strip_prefix("//!   "), items.last_mut()) {
            last.push(' ');
            last.push_str(more);
        }
    }
    items
        .iter()
        .filter_map(|item| {
            let (module, rest) = item.strip_prefix("[`")?.split_once("`]")?;
            let rest = rest.trim_start().strip_prefix('→')?;
            let (uses, _) = rest.split_once(':')?;
            let uses = uses
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect();
            Some(Layer {
                module: module.to_owned(),
                uses,
            })
        })
        .collect()
}

/// Files in a circle of imports, if any (one circle, in order).
fn circle(edges: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Option<Vec<ModPath>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &ModPath,
        edges: &BTreeMap<ModPath, BTreeSet<ModPath>>,
        marks: &mut BTreeMap<ModPath, Mark>,
        stack: &mut Vec<ModPath>,
    ) -> Option<Vec<ModPath>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let start = stack.iter().position(|n| n == node).unwrap_or(0);
                return Some(stack[start..].to_vec());
            }
            None => {}
        }
        marks.insert(node.clone(), Mark::Open);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, marks, stack) {
                return Some(found);
            }
        }
        stack.pop();
        marks.insert(node.clone(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut marks, &mut Vec::new()))
}

fn show(path: &ModPath) -> String {
    if path.is_empty() {
        "lib".to_owned()
    } else {
        path.join("/")
    }
}

/// Every file's imports, by file.
fn import_graph() -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let files = files();
    let modules: BTreeSet<ModPath> = files.keys().cloned().collect();
    files
        .iter()
        .map(|(module, text)| {
            let code = without_test_blocks(&code_only(text));
            (module.clone(), imports(module, &code, &modules))
        })
        .collect()
}

#[test]
fn every_module_uses_only_the_lower_layers_lib_rs_names_for_it() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).expect("lib.rs");
    let layers = layout(&lib);
    let position: BTreeMap<&str, usize> = layers
        .iter()
        .enumerate()
        .map(|(at, layer)| (layer.module.as_str(), at))
        .collect();
    let mut wrong = Vec::new();
    for (at, layer) in layers.iter().enumerate() {
        for used in &layer.uses {
            match position.get(used.as_str()) {
                Some(&other) if other < at => {}
                Some(_) => wrong.push(format!(
                    "{} names {used}, which is listed after it",
                    layer.module
                )),
                None => wrong.push(format!(
                    "{} names {used}, which is not in the list",
                    layer.module
                )),
            }
        }
    }
    let graph = import_graph();
    let top_level: BTreeSet<&str> = graph
        .keys()
        .filter_map(|module| module.first().map(String::as_str))
        .collect();
    for module in &top_level {
        if !position.contains_key(module) {
            wrong.push(format!("{module} is not in lib.rs's layout list"));
        }
    }
    for (file, targets) in &graph {
        let Some(from) = file.first() else {
            continue;
        };
        let Some(layer) = layers.iter().find(|layer| &layer.module == from) else {
            continue;
        };
        for target in targets {
            let to = &target[0];
            if to != from && !layer.uses.contains(to) {
                wrong.push(format!(
                    "{} uses {} ({from} may use only {:?})",
                    show(file),
                    show(target),
                    layer.uses
                ));
            }
        }
    }
    assert!(
        layers.len() >= 10,
        "the layout list was not found: {layers:?}"
    );
    assert!(
        wrong.is_empty(),
        "the layers are broken:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let graph = import_graph();
    if let Some(circle) = circle(&graph) {
        let names: Vec<String> = circle.iter().map(show).collect();
        panic!(
            "these files import each other in a circle: {}",
            names.join(" → ")
        );
    }
}

#[test]
fn the_checker_reads_paths_as_rust_does() {
    let modules: BTreeSet<ModPath> = [
        vec![],
        vec!["a".to_owned()],
        vec!["a".to_owned(), "b".to_owned()],
        vec!["c".to_owned()],
        vec!["d".to_owned()],
    ]
    .into_iter()
    .collect();
    let code = code_only(
        "use crate::{a::{self, b::X}, c};\n// crate::d::Y\nlet s = \"crate::d\";\nlet r = r#\"crate::d\"#;\nsuper::Z;",
    );
    let found = imports(&vec!["a".to_owned(), "b".to_owned()], &code, &modules);
    let found: Vec<String> = found.iter().map(show).collect();
    assert_eq!(found, ["a", "c"]);
    let code = without_test_blocks("fn f() {}\n#[cfg(test)]\nmod tests { use crate::d; }\n");
    assert!(!code.contains("crate::d"), "{code}");
}

#[test]
fn the_store_and_the_parser_read_neither_the_clock_nor_the_time_zone() {
    let mut found = Vec::new();
    for (module, text) in files() {
        if !matches!(
            module.first().map(String::as_str),
            Some("store" | "protocol")
        ) {
            continue;
        }
        let code = without_test_blocks(&code_only(&text));
        for needle in ["Utc::now", "Local", "SystemTime", "Instant::now"] {
            if code.contains(needle) {
                found.push(format!("{} uses {needle}", show(&module)));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
