//! The policy on Linux and other systems without a registry: one JSON object in
//! [`POLICY_PATH`], with the value names the Windows registry uses, for example
//! `{"Environment": "production", "ReadyRule": "clean", "LockConnection": 1}`.
//!
//! Only root should be able to write it; the app only reads it. Numbers may be written as
//! numbers, `true`/`false` or text; every other value as text.

use std::io::ErrorKind;
use std::path::Path;

use super::read::{Layer, PolicyProblem, RawValue, Scope};

/// Where the computer's policy is.
pub const POLICY_PATH: &str = "/etc/mews-monitor/policy.json";

/// The policy file at `path` as a computer layer: none when there is no file.
pub fn layers(path: &Path) -> Vec<Layer> {
    let mut layer = Layer::new(Scope::Computer);
    match std::fs::read_to_string(path) {
        Ok(text) => read(&text, path, &mut layer),
        Err(error) if error.kind() == ErrorKind::NotFound => return Vec::new(),
        Err(error) => layer.problems.push(unreadable(path, &error.to_string())),
    }
    vec![layer]
}

fn read(text: &str, path: &Path, layer: &mut Layer) {
    let object = match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text) {
        Ok(object) => object,
        Err(error) => {
            let why = format!("it is not a JSON object of settings ({error})");
            layer.problems.push(unreadable(path, &why));
            return;
        }
    };
    for (name, value) in object {
        let raw = match value {
            serde_json::Value::String(text) => RawValue::Text(text),
            serde_json::Value::Bool(on) => RawValue::Number(u64::from(on)),
            serde_json::Value::Number(number) => match number.as_u64() {
                Some(number) => RawValue::Number(number),
                None => RawValue::Text(number.to_string()),
            },
            other => RawValue::Text(other.to_string()),
        };
        layer.values.push((name, raw));
    }
}

fn unreadable(path: &Path, why: &str) -> PolicyProblem {
    PolicyProblem::Unreadable {
        scope: Scope::Computer,
        why: format!("{}: {why}", path.display()),
    }
}
