//! The system keyring: the one place token pairs are saved.
//!
//! This is the only module that talks to `keyring-core` and the platform
//! store crates. The store is chosen explicitly when [`CredentialStore::open_system`]
//! runs at start-up (the Secret Service on Linux, the Keychain on macOS, the
//! Credential Manager on Windows); nothing here falls back to a file.
//!
//! # Entry naming (stable: changing it loses saved tokens)
//!
//! One entry per profile, so a pair is saved and forgotten as a whole:
//!
//! - service: `mews-monitor` ([`KEYRING_SERVICE`])
//! - user: `<profile>/tokens`, e.g. `default/tokens`
//! - secret: UTF-8 text `<ClientToken>\n<AccessToken>` (tokens hold no whitespace).
//!
//! One entry per proxy login set in the app, holding its password:
//!
//! - service: `mews-monitor`
//! - user: `proxy/<user>@<host:port>`, e.g. `proxy/desk@10.0.0.5:3128`
//! - secret: the password as UTF-8 text.
//!
//! Every call blocks while the keyring answers (usually milliseconds; longer
//! if the system shows an unlock prompt).

mod error;
mod platform;

use std::cell::RefCell;
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore as Backend, Entry};

use super::{Password, Profile, ProxyLogin, SavedState, Token, TokenPair};

pub use error::KeyringError;

/// The keyring "service" under which every entry of this app is saved.
pub(crate) const KEYRING_SERVICE: &str = "mews-monitor";

/// The keyring "user" of the entry holding `profile`'s token pair.
pub(crate) fn keyring_user(profile: &Profile) -> String {
    format!("{}/tokens", profile.name())
}

/// The keyring "user" of the entry holding the password for `login`.
pub(crate) fn proxy_keyring_user(login: &ProxyLogin) -> String {
    format!("proxy/{}@{}", login.user, login.address)
}

/// A failure to inject into an in-memory store, to test the error paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimulatedFailure {
    /// The keyring is locked.
    Locked,
    /// The keyring refuses access.
    AccessDenied,
    /// The keyring stopped answering.
    Unavailable,
}

/// Saves, loads and forgets token pairs in one keyring, chosen once.
#[derive(Clone)]
pub struct CredentialStore {
    backend: Arc<Backend>,
    name: &'static str,
}

impl std::fmt::Debug for CredentialStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialStore")
            .field("backend", &self.name)
            .finish()
    }
}

impl CredentialStore {
    /// Opens this operating system's keyring; call once at start-up.
    ///
    /// Fails with [`KeyringError::NoService`] when the computer has none
    /// (on Linux: no session bus or no Secret Service on it).
    pub fn open_system() -> Result<CredentialStore, KeyringError> {
        let backend = platform::open().map_err(error::classify_open)?;
        tracing::debug!(backend = platform::BACKEND, "system keyring opened");
        Ok(CredentialStore {
            backend,
            name: platform::BACKEND,
        })
    }

    /// A keyring held in memory only, for tests and demos; forgets all on drop.
    pub fn in_memory() -> CredentialStore {
        let backend: Arc<Backend> = Arc::new(keyring_core::mock::Store {
            id: "mews-monitor in-memory keyring".to_owned(),
            inner: Mutex::new(RefCell::new(Vec::new())),
        });
        CredentialStore {
            backend,
            name: "in-memory test keyring",
        }
    }

    /// Saves `tokens` for `profile`, replacing what was saved.
    pub fn save(&self, profile: &Profile, tokens: &TokenPair) -> Result<SavedState, KeyringError> {
        let secret = format!("{}\n{}", tokens.client.expose(), tokens.access.expose());
        let scrub =
            |error: KeyringError| error.scrubbed(&[tokens.client.expose(), tokens.access.expose()]);
        let entry = self.entry(profile).map_err(scrub)?;
        entry
            .set_password(&secret)
            .map_err(|e| scrub(error::classify(e)))?;
        tracing::info!(profile = %profile, "tokens saved in the system keyring");
        Ok(SavedState::of(tokens))
    }

    /// The token pair saved for `profile`, or `None` if nothing is saved.
    pub fn load(&self, profile: &Profile) -> Result<Option<TokenPair>, KeyringError> {
        let entry = self.entry(profile)?;
        let secret = match entry.get_password() {
            Ok(secret) => secret,
            Err(keyring_core::Error::NoEntry) => return Ok(None),
            Err(error) => return Err(error::classify(error)),
        };
        parse_secret(&secret).map(Some)
    }

    /// Whether tokens are saved for `profile`, with the AccessToken's hint.
    pub fn status(&self, profile: &Profile) -> Result<SavedState, KeyringError> {
        Ok(match self.load(profile)? {
            Some(tokens) => SavedState::of(&tokens),
            None => SavedState::NotSaved,
        })
    }

    /// Removes `profile`'s tokens; `Ok(false)` if none were saved.
    pub fn forget(&self, profile: &Profile) -> Result<bool, KeyringError> {
        let entry = self.entry(profile)?;
        match entry.delete_credential() {
            Ok(()) => {
                tracing::info!(profile = %profile, "tokens removed from the system keyring");
                Ok(true)
            }
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(error) => Err(error::classify(error)),
        }
    }

    /// Saves the password for `login`, replacing what was saved.
    pub fn save_proxy_password(
        &self,
        login: &ProxyLogin,
        password: &Password,
    ) -> Result<(), KeyringError> {
        let scrub = |error: KeyringError| error.scrubbed(&[password.expose()]);
        let entry = self.proxy_entry(login).map_err(scrub)?;
        entry
            .set_password(password.expose())
            .map_err(|e| scrub(error::classify(e)))?;
        tracing::info!(proxy = %login.address, "proxy password saved in the system keyring");
        Ok(())
    }

    /// The password saved for `login`, or `None` if nothing is saved.
    pub fn load_proxy_password(
        &self,
        login: &ProxyLogin,
    ) -> Result<Option<Password>, KeyringError> {
        match self.proxy_entry(login)?.get_password() {
            Ok(secret) => Ok(Password::new(&secret)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(error) => Err(error::classify(error)),
        }
    }

    /// Makes the next keyring call for `profile` fail; only in-memory stores can.
    ///
    /// Returns `false` (and changes nothing) for the system keyring.
    pub fn simulate_failure(&self, profile: &Profile, failure: SimulatedFailure) -> bool {
        let Ok(entry) = self.entry(profile) else {
            return false;
        };
        let Some(mock) = entry.as_any().downcast_ref::<keyring_core::mock::Cred>() else {
            return false;
        };
        mock.set_error(simulated(failure));
        true
    }

    fn entry(&self, profile: &Profile) -> Result<Entry, KeyringError> {
        self.backend
            .build(KEYRING_SERVICE, &keyring_user(profile), None)
            .map_err(error::classify)
    }

    fn proxy_entry(&self, login: &ProxyLogin) -> Result<Entry, KeyringError> {
        self.backend
            .build(KEYRING_SERVICE, &proxy_keyring_user(login), None)
            .map_err(error::classify)
    }
}

/// The error a platform store gives for `failure`.
fn simulated(failure: SimulatedFailure) -> keyring_core::Error {
    let text = match failure {
        SimulatedFailure::Locked => "the collection is locked",
        SimulatedFailure::AccessDenied => "permission refused",
        SimulatedFailure::Unavailable => "the keyring daemon went away",
    };
    let source = Box::new(std::io::Error::other(text));
    match failure {
        SimulatedFailure::Locked | SimulatedFailure::AccessDenied => {
            keyring_core::Error::NoStorageAccess(source)
        }
        SimulatedFailure::Unavailable => keyring_core::Error::PlatformFailure(source),
    }
}

/// Reads `<ClientToken>\n<AccessToken>`; anything else is unreadable.
fn parse_secret(secret: &str) -> Result<TokenPair, KeyringError> {
    let mut lines = secret.split('\n');
    let (Some(client), Some(access), None) = (lines.next(), lines.next(), lines.next()) else {
        return Err(KeyringError::Unreadable);
    };
    let token = |text: &str| Token::new(text).map_err(|_| KeyringError::Unreadable);
    Ok(TokenPair {
        client: token(client)?,
        access: token(access)?,
    })
}

#[cfg(test)]
mod tests;
