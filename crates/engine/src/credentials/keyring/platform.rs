//! The store for this operating system, chosen at compile time, and what its errors mean.
//!
//! - Linux and the BSDs: the Secret Service over D-Bus (GNOME Keyring, KWallet, KeePassXC).
//! - macOS: the login Keychain.
//! - Windows: the Credential Manager.

#[cfg(not(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "macos",
    target_os = "windows"
)))]
compile_error!("mews-monitor keeps tokens only in a system keyring; this system has none it knows");

use std::error::Error as StdError;
use std::sync::Arc;

use keyring_core::CredentialStore;

use super::KeyringError;

/// The name of the store, for messages to IT staff.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
pub(super) const BACKEND: &str = "Secret Service";
/// The name of the store, for messages to IT staff.
#[cfg(target_os = "macos")]
pub(super) const BACKEND: &str = "macOS Keychain";
/// The name of the store, for messages to IT staff.
#[cfg(target_os = "windows")]
pub(super) const BACKEND: &str = "Windows Credential Manager";

/// Opens the Secret Service store (fails when there is no session bus or no service).
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
pub(super) fn open() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new()?;
    Ok(store)
}

/// Opens the login Keychain store.
#[cfg(target_os = "macos")]
pub(super) fn open() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new()?;
    Ok(store)
}

/// Opens the Credential Manager store.
#[cfg(target_os = "windows")]
pub(super) fn open() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new()?;
    Ok(store)
}

/// What a "no storage access" error from the Secret Service means, if known.
///
/// A locked collection, an unlock prompt that was dismissed or could not be
/// shown, or no usable default collection (`NoResult`: GNOME Keyring gives it
/// when the login keyring is missing or stays locked) means the keyring is
/// locked; anything else is a refusal.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
pub(super) fn classify_no_access(source: &(dyn StdError + 'static)) -> Option<KeyringError> {
    use secret_service::Error as Ss;
    match source.downcast_ref::<Ss>()? {
        Ss::Locked | Ss::Prompt | Ss::PromptDisconnected | Ss::NoResult => {
            Some(KeyringError::Locked)
        }
        _ => Some(KeyringError::AccessDenied),
    }
}

/// What a platform failure from the Secret Service means, if known.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
pub(super) fn classify_failure(source: &(dyn StdError + 'static)) -> Option<KeyringError> {
    use secret_service::Error as Ss;
    let text = source.to_string();
    match source.downcast_ref::<Ss>()? {
        Ss::Unavailable => Some(KeyringError::NoService),
        Ss::Locked | Ss::Prompt | Ss::PromptDisconnected => Some(KeyringError::Locked),
        _ if text.contains("IsLocked") => Some(KeyringError::Locked),
        _ if text.contains("AccessDenied") => Some(KeyringError::AccessDenied),
        _ if text.contains("ServiceUnknown") || text.contains("NameHasNoOwner") => {
            Some(KeyringError::NoService)
        }
        _ => None,
    }
}

/// What a "no storage access" error means here: left to the generic rules.
#[cfg(not(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")))]
pub(super) fn classify_no_access(_source: &(dyn StdError + 'static)) -> Option<KeyringError> {
    None
}

/// What a platform failure means here: left to the generic rules.
#[cfg(not(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")))]
pub(super) fn classify_failure(_source: &(dyn StdError + 'static)) -> Option<KeyringError> {
    None
}
