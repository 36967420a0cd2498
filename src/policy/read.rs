//! From raw values, as the registry or the policy file hold them, to a checked [`Policy`].
//!
//! Each value is looked for in the computer's layer first, then the user's. A value that
//! makes no sense is a [`PolicyProblem`] and is ignored, so the next layer's value (or
//! none) applies; a name the app does not know is a problem too, so a typo is seen.

use std::fmt;

use super::{Policy, PolicyConnection, VALUE_NAMES};
use crate::i18n::problems::worded;
use monitor_core::store::ReadyRule;
use monitor_engine::net::{Environment, Proxy, WsUrl};
use monitor_engine::trouble::Trouble;

/// The most days of history a policy may ask to keep (as the window's setting allows).
const MAX_HISTORY_DAYS: u32 = 3650;

/// Whose policy a value is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The computer's, for every user (`HKEY_LOCAL_MACHINE`, or the policy file).
    Computer,
    /// This user's (`HKEY_CURRENT_USER`).
    User,
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Scope::Computer => "computer policy",
            Scope::User => "user policy",
        })
    }
}

/// One value as it is stored: text (`REG_SZ`, a JSON string) or a number (`REG_DWORD`,
/// a JSON number or true/false).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RawValue {
    /// Text.
    Text(String),
    /// A whole number.
    Number(u64),
    /// A kind of value no setting holds (a binary registry value, say), named.
    Other(&'static str),
}

impl fmt::Display for RawValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RawValue::Text(text) => write!(f, "\"{text}\""),
            RawValue::Number(number) => write!(f, "{number}"),
            RawValue::Other(kind) => write!(f, "a {kind} value"),
        }
    }
}

/// The values one scope holds, and the problems met reading them.
#[derive(Clone, Debug)]
pub struct Layer {
    /// Whose values these are.
    pub scope: Scope,
    /// Name and value, as stored.
    pub values: Vec<(String, RawValue)>,
    /// What could not be read at all.
    pub problems: Vec<PolicyProblem>,
}

impl Layer {
    /// An empty layer of `scope`.
    pub fn new(scope: Scope) -> Layer {
        Layer {
            scope,
            values: Vec::new(),
            problems: Vec::new(),
        }
    }

    fn get(&self, name: &str) -> Option<&RawValue> {
        self.values
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }
}

/// A policy value that cannot be used. The app names it in the Problems window and
/// goes on without it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PolicyProblem {
    /// The value is set, but not to anything the app can use.
    #[error(
        "Your organisation's setting {name} ({scope}) is {value}, which cannot be used: {expected}. It is ignored."
    )]
    Invalid {
        /// The value's name.
        name: &'static str,
        /// Whose policy it is.
        scope: Scope,
        /// What it holds.
        value: RawValue,
        /// What it should hold, in words.
        expected: String,
    },
    /// A name the app does not know (a typo, or a setting of a newer version).
    #[error(
        "Your organisation's policy ({scope}) has a setting {name} that this version of Mews Monitor does not know. It is ignored."
    )]
    Unknown {
        /// The name as written.
        name: String,
        /// Whose policy it is.
        scope: Scope,
    },
    /// A REST address without the WebSocket address it goes with.
    #[error(
        "Your organisation's policy sets ApiUrl but no WebSocketUrl; Mews Monitor needs both to use addresses of their own. ApiUrl is ignored."
    )]
    ApiUrlAlone,
    /// The policy could not be read at all.
    #[error("Your organisation's policy ({scope}) could not be read: {why}. It is ignored.")]
    Unreadable {
        /// Whose policy it is.
        scope: Scope,
        /// Why, in words (with the file's path where there is one).
        why: String,
    },
}

impl PolicyProblem {
    /// The problem for the problems list: said in the desk's language, kept in
    /// English in history. (`expected` and `why` stay in English.)
    pub fn trouble(&self) -> Trouble {
        let scope = |scope: &Scope| match scope {
            Scope::Computer => "computer".to_owned(),
            Scope::User => "user".to_owned(),
        };
        match self {
            PolicyProblem::Invalid {
                name,
                scope: whose,
                value,
                expected,
            } => worded(
                "policy-invalid",
                vec![
                    ("name", (*name).to_owned()),
                    ("scope", scope(whose)),
                    ("value", value.to_string()),
                    ("expected", expected.clone()),
                ],
            ),
            PolicyProblem::Unknown { name, scope: whose } => worded(
                "policy-unknown",
                vec![("name", name.clone()), ("scope", scope(whose))],
            ),
            PolicyProblem::ApiUrlAlone => worded("policy-api-url-alone", Vec::new()),
            PolicyProblem::Unreadable { scope: whose, why } => worded(
                "policy-unreadable",
                vec![("scope", scope(whose)), ("why", why.clone())],
            ),
        }
    }
}

/// The policy the layers make, the first layer winning; `layers` run from the
/// computer's to the user's.
pub fn policy(layers: Vec<Layer>) -> Policy {
    let mut policy = Policy::default();
    for layer in &layers {
        policy.problems.extend(layer.problems.iter().cloned());
        for (name, _) in &layer.values {
            if !VALUE_NAMES
                .iter()
                .any(|known| known.eq_ignore_ascii_case(name))
            {
                policy.problems.push(PolicyProblem::Unknown {
                    name: name.clone(),
                    scope: layer.scope.clone(),
                });
            }
        }
    }
    let mut reader = Reader {
        layers: &layers,
        problems: &mut policy.problems,
    };
    let environment = reader.first("Environment", environment);
    let ws_url = reader.first("WebSocketUrl", ws_url);
    let api_url = reader.first("ApiUrl", api_url);
    policy.proxy_address = reader.first("ProxyAddress", proxy_address);
    policy.ready_rule = reader.first("ReadyRule", ready_rule);
    policy.history_days = reader.first("HistoryDays", history_days);
    policy.lock_connection = reader.first("LockConnection", switch).unwrap_or(false);
    policy.connection = match (ws_url, api_url, environment) {
        (Some(ws_url), api_url, _) => Some(PolicyConnection::Custom {
            ws_url,
            api_url: api_url.unwrap_or_default(),
        }),
        (None, Some(_), env) => {
            // A REST address alone says nothing of where the events come from.
            policy.problems.push(PolicyProblem::ApiUrlAlone);
            env.map(PolicyConnection::Environment)
        }
        (None, None, env) => env.map(PolicyConnection::Environment),
    };
    policy
}

/// Looks values up layer by layer, noting the ones that make no sense.
struct Reader<'a> {
    layers: &'a [Layer],
    problems: &'a mut Vec<PolicyProblem>,
}

impl Reader<'_> {
    /// The first layer's usable value of `name`, read by `parse` (which says, when it
    /// cannot use a value, what the value should be).
    fn first<T>(
        &mut self,
        name: &'static str,
        parse: fn(&RawValue) -> Result<T, String>,
    ) -> Option<T> {
        for layer in self.layers {
            // A blank text is no value: Group Policy writes one for a box left empty.
            let Some(value) = layer.get(name).filter(|value| !is_blank(value)) else {
                continue;
            };
            match parse(value) {
                Ok(parsed) => return Some(parsed),
                Err(expected) => self.problems.push(PolicyProblem::Invalid {
                    name,
                    scope: layer.scope.clone(),
                    value: shown(value),
                    expected,
                }),
            }
        }
        None
    }
}

/// The value as a problem may repeat it: a user and password before an `@` (in a proxy
/// address, say) are left out.
fn shown(value: &RawValue) -> RawValue {
    match value {
        RawValue::Text(text) => match text.rsplit_once('@') {
            Some((_, host)) => RawValue::Text(format!("(a user and password)@{host}")),
            None => value.clone(),
        },
        other => other.clone(),
    }
}

fn is_blank(value: &RawValue) -> bool {
    matches!(value, RawValue::Text(text) if text.trim().is_empty())
}

/// Non-empty text, trimmed.
fn text(value: &RawValue) -> Option<&str> {
    match value {
        RawValue::Text(text) => Some(text.trim()).filter(|text| !text.is_empty()),
        RawValue::Number(_) | RawValue::Other(_) => None,
    }
}

fn environment(value: &RawValue) -> Result<Environment, String> {
    match text(value).map(str::to_ascii_lowercase).as_deref() {
        Some("demo") => Ok(Environment::Demo),
        Some("production") => Ok(Environment::Production),
        _ => Err("it should be demo or production".into()),
    }
}

fn ws_url(value: &RawValue) -> Result<String, String> {
    let url = text(value).ok_or("it should be a WebSocket address such as wss://ws.mews.com")?;
    WsUrl::parse(url).map_err(|error| error.to_string())?;
    Ok(url.to_owned())
}

fn api_url(value: &RawValue) -> Result<String, String> {
    match text(value) {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            Ok(url.to_owned())
        }
        _ => Err("it should be a REST address such as https://api.mews.com".into()),
    }
}

fn proxy_address(value: &RawValue) -> Result<String, String> {
    let address = text(value).ok_or("it should be a proxy address such as 10.0.0.5:3128")?;
    if address.contains('@') {
        return Err("it should hold no user name or password".into());
    }
    Proxy::parse(address, "the policy").map_err(|error| error.to_string())?;
    Ok(address.to_owned())
}

fn ready_rule(value: &RawValue) -> Result<ReadyRule, String> {
    match text(value).map(str::to_ascii_lowercase).as_deref() {
        Some("inspected") => Ok(ReadyRule::Inspected),
        Some("clean") => Ok(ReadyRule::CleanOrInspected),
        _ => Err("it should be inspected or clean".into()),
    }
}

fn history_days(value: &RawValue) -> Result<u32, String> {
    let days = match value {
        RawValue::Number(days) => Some(*days),
        RawValue::Text(text) => text.trim().parse().ok(),
        RawValue::Other(_) => None,
    };
    days.and_then(|days| u32::try_from(days).ok())
        .filter(|days| (1..=MAX_HISTORY_DAYS).contains(days))
        .ok_or_else(|| format!("it should be a number of days from 1 to {MAX_HISTORY_DAYS}"))
}

fn switch(value: &RawValue) -> Result<bool, String> {
    let number = match value {
        RawValue::Number(number) => Some(*number),
        RawValue::Text(text) => text.trim().parse().ok(),
        RawValue::Other(_) => None,
    };
    match number {
        Some(0) => Ok(false),
        Some(1) => Ok(true),
        _ => Err("it should be 1 (on) or 0 (off)".into()),
    }
}
