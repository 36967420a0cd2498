//! How the app reaches Mews and keeps its tokens, in the desk's language: the
//! keyring's troubles, what is saved, proxies and the certificates trusted (plain
//! data from the engine). Addresses and the libraries' own words are shown as given.

use monitor_engine::credentials::{KeyringError, SavedState, TokenError};
use monitor_engine::net::{AddressError, ProxyError, TlsSetupError, TrustStore};
use monitor_engine::session::demo::DemoError;
use monitor_engine::session::{Route, RouteProxy, SessionError};

use super::Translator;
use crate::settings::TargetError;
use crate::tr;

impl Translator {
    /// Why the system keyring could not be used, and what to do.
    pub fn keyring_error(&self, error: &KeyringError) -> String {
        match error {
            KeyringError::NoService => tr!(self, "keyring-no-service"),
            KeyringError::Locked => tr!(self, "keyring-locked"),
            KeyringError::AccessDenied => tr!(self, "keyring-access-denied"),
            KeyringError::Unreadable => tr!(self, "keyring-unreadable"),
            KeyringError::Other { detail } => {
                tr!(self, "keyring-other", detail = detail.as_str())
            }
        }
    }

    /// Whether tokens are saved: "Saved in the system keyring · …9F453D".
    pub fn saved_state(&self, state: &SavedState) -> String {
        match state {
            SavedState::Saved { hint } => tr!(self, "keyring-saved", hint = hint.as_str()),
            SavedState::NotSaved => tr!(self, "keyring-not-saved"),
        }
    }

    /// Why a proxy could not be used.
    pub fn proxy_error(&self, error: &ProxyError) -> String {
        match error {
            ProxyError::Address(address) => {
                tr!(self, "proxy-error-address", address = address.as_str())
            }
            ProxyError::CredentialsInAddress => tr!(self, "proxy-error-credentials-in-address"),
            ProxyError::Dns(name) => tr!(self, "proxy-error-dns", name = name.as_str()),
            ProxyError::Unreachable(address) => {
                tr!(self, "proxy-error-unreachable", address = address.as_str())
            }
            ProxyError::AuthRequired { address, sent } => tr!(
                self,
                "proxy-error-auth-required",
                address = address.as_str(),
                sent = if *sent { "yes" } else { "no" }
            ),
            ProxyError::Refused { address, target } => tr!(
                self,
                "proxy-error-refused",
                address = address.as_str(),
                target = target.as_str()
            ),
            ProxyError::BadAnswer(address) => {
                tr!(self, "proxy-error-bad-answer", address = address.as_str())
            }
        }
    }

    /// The proxy a connection goes through, for diagnostics.
    pub fn route_proxy(&self, route: &Route) -> String {
        match &route.proxy {
            RouteProxy::Direct => tr!(self, "route-direct"),
            RouteProxy::Through(proxy) => proxy.clone(),
            RouteProxy::Unusable(error) => self.proxy_error(error),
        }
    }

    /// Which certificates are trusted, for diagnostics.
    pub fn route_trust(&self, route: &Route) -> String {
        match &route.trust {
            Ok(TrustStore::System) => tr!(self, "trust-system"),
            Ok(TrustStore::Bundled) => tr!(self, "trust-bundled"),
            Err(detail) => tr!(self, "trust-failed", detail = detail.as_str()),
        }
    }

    /// Why the connection settings cannot be used.
    pub(crate) fn target_error(&self, error: &TargetError) -> String {
        match error {
            TargetError::WsUrl(why) => {
                tr!(self, "target-ws-url", why = self.address_error(why))
            }
            TargetError::Proxy(why) => self.proxy_error(why),
            TargetError::DemoNotRunning => tr!(self, "target-demo-not-running"),
        }
    }

    /// Why an address cannot be used for the Connector socket.
    pub fn address_error(&self, error: &AddressError) -> String {
        match error {
            AddressError::Unreadable(address) => {
                tr!(self, "address-unreadable", address = address.as_str())
            }
            AddressError::Scheme(scheme) => {
                tr!(self, "address-scheme", scheme = scheme.as_str())
            }
            AddressError::PlainTextRemote => tr!(self, "address-plain-remote"),
            AddressError::NoHost => tr!(self, "address-no-host"),
        }
    }

    /// Why a connection could not be started.
    pub fn session_error(&self, error: &SessionError) -> String {
        match error {
            SessionError::Tls(TlsSetupError::Config(why)) => {
                tr!(self, "connect-tls-failed", detail = why.to_string())
            }
            SessionError::Rest(why) => self.rest_failure(&why.into()),
        }
    }

    /// Why the built-in demo hotel could not start.
    pub fn demo_error(&self, error: &DemoError) -> String {
        let detail = match error {
            DemoError::Simulator(why) => why.to_string(),
            DemoError::Address(why) => self.address_error(why),
            DemoError::Stopped => tr!(self, "demo-stopped"),
        };
        tr!(self, "demo-failed", detail = detail)
    }

    /// Why a typed token cannot be right.
    pub fn token_error(&self, error: &TokenError) -> String {
        match error {
            TokenError::Empty => tr!(self, "token-empty"),
            TokenError::Whitespace => tr!(self, "token-whitespace"),
            TokenError::Forbidden(character) => {
                tr!(self, "token-forbidden", character = character.to_string())
            }
            TokenError::Control => tr!(self, "token-control"),
        }
    }
}
