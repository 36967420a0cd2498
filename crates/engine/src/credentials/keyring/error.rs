//! Why the system keyring could not be used, in words a receptionist can act on.
//!
//! Every message says what to do next. None holds a token: the keyring
//! library's own errors can carry secret bytes (bad encodings, ambiguous
//! entries), so they are classified here and never shown as they are.

use std::error::Error as StdError;

use super::platform;

/// Why the system keyring could not be used.
///
/// [`KeyringError::offers_retry`] says when trying again can help; in every
/// case the app can offer to keep the tokens for this session only, in memory.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    /// This computer has no keyring service (for example no Secret Service on Linux).
    #[error(
        "This computer has no system keyring service, so the tokens cannot be saved. \
         Ask IT to set one up, or use the tokens for this session only."
    )]
    NoService,
    /// The keyring is locked; unlocking it (often by logging in again) fixes this.
    #[error(
        "The system keyring is locked. Unlock it (for example by logging in again) \
         and try again, or use the tokens for this session only."
    )]
    Locked,
    /// The keyring refused this app access.
    #[error(
        "The system keyring refused access to Mews Monitor. Allow access when the \
         computer asks, or ask IT; meanwhile you can use the tokens for this session only."
    )]
    AccessDenied,
    /// Something is saved for the profile but it is not a token pair.
    #[error(
        "The saved tokens could not be read. Forget them and enter the ClientToken \
         and AccessToken again."
    )]
    Unreadable,
    /// Any other keyring failure; `detail` names the failure, never a token.
    #[error(
        "The system keyring did not work ({detail}). Try again, or use the tokens \
         for this session only."
    )]
    Other {
        /// A short technical description for IT staff.
        detail: String,
    },
}

impl KeyringError {
    /// Whether "Try again" may help (after unlocking the keyring).
    pub fn offers_retry(&self) -> bool {
        matches!(self, KeyringError::Locked | KeyringError::Other { .. })
    }

    /// Replaces any of `secrets` in the detail with `***`.
    pub(super) fn scrubbed(self, secrets: &[&str]) -> KeyringError {
        match self {
            KeyringError::Other { mut detail } => {
                for secret in secrets.iter().filter(|secret| !secret.is_empty()) {
                    detail = detail.replace(secret, "***");
                }
                KeyringError::Other { detail }
            }
            other => other,
        }
    }
}

/// Classifies an error from an operation on an entry.
pub(super) fn classify(error: keyring_core::Error) -> KeyringError {
    use keyring_core::Error as E;
    // Only these two carry the platform's own error, which names D-Bus or OS
    // errors; the others may carry secret bytes and are never logged.
    if let E::NoStorageAccess(source) | E::PlatformFailure(source) = &error {
        tracing::debug!(cause = %source, "the system keyring failed");
    }
    match error {
        E::NoStorageAccess(source) => {
            platform::classify_no_access(source.as_ref()).unwrap_or_else(|| {
                if mentions_lock(source.as_ref()) {
                    KeyringError::Locked
                } else {
                    KeyringError::AccessDenied
                }
            })
        }
        E::PlatformFailure(source) => {
            platform::classify_failure(source.as_ref()).unwrap_or_else(|| other(source.as_ref()))
        }
        E::BadEncoding(_) | E::BadDataFormat(..) => KeyringError::Unreadable,
        E::NoDefaultStore => KeyringError::NoService,
        E::Ambiguous(entries) => KeyringError::Other {
            detail: format!("{} saved entries match one profile", entries.len()),
        },
        E::NoEntry => KeyringError::Other {
            detail: "the entry vanished".into(),
        },
        E::BadStoreFormat(_) => KeyringError::Other {
            detail: "the keyring's data is damaged".into(),
        },
        E::TooLong(name, limit) => KeyringError::Other {
            detail: format!("{name} is longer than the keyring's limit of {limit}"),
        },
        E::Invalid(name, _) => KeyringError::Other {
            detail: format!("the keyring refused the {name}"),
        },
        E::NotSupportedByStore(_) => KeyringError::Other {
            detail: "the keyring does not support this".into(),
        },
        _ => KeyringError::Other {
            detail: "unknown failure".into(),
        },
    }
}

/// Classifies an error from opening the platform's store.
pub(super) fn classify_open(error: keyring_core::Error) -> KeyringError {
    match classify(error) {
        KeyringError::Other { .. } | KeyringError::Unreadable => KeyringError::NoService,
        known => known,
    }
}

fn mentions_lock(error: &(dyn StdError + 'static)) -> bool {
    error.to_string().to_ascii_lowercase().contains("locked")
}

/// A platform failure's own text: names D-Bus or OS errors, never secrets.
fn other(error: &(dyn StdError + 'static)) -> KeyringError {
    KeyringError::Other {
        detail: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxed(text: &str) -> keyring_core::error::PlatformError {
        Box::new(std::io::Error::other(text.to_owned()))
    }

    #[test]
    fn a_no_access_error_that_mentions_a_lock_means_locked() {
        let error = classify(keyring_core::Error::NoStorageAccess(boxed("object locked")));
        assert_eq!(error, KeyringError::Locked);
        assert!(error.offers_retry());
    }

    #[test]
    fn any_other_no_access_error_means_access_denied() {
        let error = classify(keyring_core::Error::NoStorageAccess(boxed("not allowed")));
        assert_eq!(error, KeyringError::AccessDenied);
        assert!(!error.offers_retry());
    }

    #[test]
    fn secret_bytes_in_a_bad_encoding_never_reach_the_message() {
        let error = classify(keyring_core::Error::BadEncoding(b"SECRET\xff".to_vec()));
        assert_eq!(error, KeyringError::Unreadable);
        assert!(!format!("{error} {error:?}").contains("SECRET"));
    }

    #[test]
    fn a_store_that_cannot_open_means_no_keyring_service() {
        let error = classify_open(keyring_core::Error::PlatformFailure(boxed("no bus")));
        assert_eq!(error, KeyringError::NoService);
        assert!(error.to_string().contains("no system keyring service"));
    }

    #[test]
    fn scrubbing_removes_secrets_from_details() {
        let error = KeyringError::Other {
            detail: "bad value SECRET-1".into(),
        }
        .scrubbed(&["SECRET-1"]);
        assert_eq!(error.to_string().matches("SECRET").count(), 0);
    }
}
