//! Settings hotel IT pushes to reception computers: where to connect, the proxy, what
//! "ready" means, how long history is kept, and whether staff may change where it connects.
//!
//! On Windows they are registry values under `Software\Policies\Mews Monitor`, set by
//! Group Policy or Intune, in `HKEY_LOCAL_MACHINE` and `HKEY_CURRENT_USER` ([`registry`]);
//! elsewhere the same names in `/etc/mews-monitor/policy.json` ([`file`]). The computer's
//! value wins over the user's, and both win over what staff set in the window.
//!
//! [`read`] turns the raw values into a [`Policy`]; a value that makes no sense becomes a
//! [`PolicyProblem`], shown in the Problems window, and is ignored. This module then says
//! what the policy does to the settings ([`Policy::enforce`]) and to an address given on
//! the command line ([`Policy::addresses`]).

pub mod file;
pub mod read;
#[cfg(windows)]
mod registry;

pub use read::{Layer, PolicyProblem, RawValue, Scope};

use crate::settings::{ConnectionSettings, Place, Settings};
use monitor_core::store::ReadyRule;
use monitor_engine::net::{Addresses, Environment, Proxy};

/// The names of every value a policy may hold, as IT writes them.
pub const VALUE_NAMES: [&str; 7] = [
    "Environment",
    "WebSocketUrl",
    "ApiUrl",
    "ProxyAddress",
    "ReadyRule",
    "HistoryDays",
    "LockConnection",
];

/// Where a policy sends the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyConnection {
    /// A Mews environment (`Environment`).
    Environment(Environment),
    /// Addresses of their own (`WebSocketUrl`, and `ApiUrl` when set).
    Custom {
        /// The WebSocket address.
        ws_url: String,
        /// The REST address; empty when the policy gives none.
        api_url: String,
    },
}

impl PolicyConnection {
    /// The same as the window's connection settings hold it.
    fn apply(&self, connection: &mut ConnectionSettings) {
        match self {
            PolicyConnection::Environment(env) => connection.place = Place::of(*env),
            PolicyConnection::Custom { ws_url, api_url } => {
                connection.place = Place::Custom;
                connection.custom_ws_url = ws_url.clone();
                connection.custom_api_url = api_url.clone();
            }
        }
    }

    /// The same as the command line would say it.
    fn addresses(&self) -> Addresses {
        match self {
            PolicyConnection::Environment(env) => Addresses::of(*env),
            PolicyConnection::Custom { ws_url, api_url } => Addresses::typed(ws_url, api_url),
        }
    }
}

/// What the organisation set, each value already checked; `None` where it set nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// Where to connect.
    pub connection: Option<PolicyConnection>,
    /// The proxy to use, as `host:port`.
    pub proxy_address: Option<String>,
    /// What "ready for check-in" means.
    pub ready_rule: Option<ReadyRule>,
    /// Days of history kept on disk.
    pub history_days: Option<u32>,
    /// Staff cannot change where the app connects.
    pub lock_connection: bool,
    /// Values that were set but make no sense, each ignored.
    pub problems: Vec<PolicyProblem>,
}

/// Why an address on the command line is not used.
#[derive(Debug, thiserror::Error)]
#[error(
    "Your organisation has fixed where Mews Monitor connects on this computer (LockConnection), so {0} cannot be used. Leave it out to connect where the organisation says."
)]
pub struct Locked(pub &'static str);

impl Locked {
    /// The refusal for the problems list, in the desk's language.
    pub fn trouble(&self) -> monitor_engine::trouble::Trouble {
        crate::i18n::problems::worded("policy-locked", vec![("option", self.0.to_owned())])
    }
}

impl Policy {
    /// This computer's policy: the registry on Windows, `/etc/mews-monitor/policy.json`
    /// elsewhere. Nothing set is an empty policy; what cannot be read is a problem in it.
    pub fn load() -> Policy {
        #[cfg(windows)]
        let layers = registry::layers();
        #[cfg(not(windows))]
        let layers = file::layers(std::path::Path::new(file::POLICY_PATH));
        read::policy(layers)
    }

    /// Whether the organisation set anything at all.
    pub fn is_empty(&self) -> bool {
        self.connection.is_none()
            && self.proxy_address.is_none()
            && self.ready_rule.is_none()
            && self.history_days.is_none()
            && !self.lock_connection
    }

    /// Whether staff may change where the app connects (the place and its addresses).
    pub fn sets_connection(&self) -> bool {
        self.connection.is_some() || self.lock_connection
    }

    /// Whether staff may change the proxy.
    pub fn sets_proxy(&self) -> bool {
        self.proxy_address.is_some() || self.lock_connection
    }

    /// Writes what the organisation set over `settings`.
    pub fn enforce(&self, settings: &mut Settings) {
        if let Some(connection) = &self.connection {
            connection.apply(&mut settings.connection);
        }
        if let Some(proxy) = &self.proxy_address {
            settings.connection.proxy_address = proxy.clone();
        }
        if let Some(rule) = self.ready_rule {
            settings.ready_rule = rule;
        }
        if let Some(days) = self.history_days {
            settings.keep_days = days;
        }
    }

    /// Refuses a place to connect named on the command line (`demo`: `--demo`) when the
    /// organisation has locked the connection.
    pub fn allows(&self, asked: &Addresses, demo: bool) -> Result<(), Locked> {
        if !self.lock_connection {
            return Ok(());
        }
        let option = if demo {
            "--demo"
        } else if asked.ws_url.is_some() {
            "--ws-url"
        } else if asked.api_url.is_some() {
            "--api-url"
        } else if asked.env.is_some() {
            "--env"
        } else {
            return Ok(());
        };
        Err(Locked(option))
    }

    /// Where a command connects: the addresses on its command line, else the policy's.
    /// With `LockConnection`, addresses on the command line are refused.
    pub fn addresses(&self, asked: &Addresses) -> Result<Addresses, Locked> {
        self.allows(asked, false)?;
        if asked.env.is_some() || asked.ws_url.is_some() || asked.api_url.is_some() {
            return Ok(asked.clone());
        }
        Ok(self
            .connection
            .as_ref()
            .map(PolicyConnection::addresses)
            .unwrap_or_default())
    }

    /// The proxy the policy names, if any (checked when the policy was read).
    pub fn proxy(&self) -> Option<Proxy> {
        let address = self.proxy_address.as_deref()?;
        Proxy::parse(address, "your organisation's policy").ok()
    }

    /// The ready rule a command uses: the policy's, else `asked`.
    pub fn ready_rule_or(&self, asked: ReadyRule) -> ReadyRule {
        self.ready_rule.unwrap_or(asked)
    }
}

#[cfg(test)]
mod tests;
