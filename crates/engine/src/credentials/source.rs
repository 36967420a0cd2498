//! Where a run's tokens come from: the environment first, else the keyring.
//!
//! `MEWS_CLIENT_TOKEN` and `MEWS_ACCESS_TOKEN` win when both are set (CI,
//! scripts, a computer without a keyring); otherwise the pair saved for the
//! profile is used. Messages name both ways, never a token.

use std::fmt;

use super::{CredentialStore, KeyringError, Profile, Token, TokenError, TokenPair};

/// Environment variable holding the ClientToken.
pub const CLIENT_TOKEN_VAR: &str = "MEWS_CLIENT_TOKEN";
/// Environment variable holding the AccessToken.
pub const ACCESS_TOKEN_VAR: &str = "MEWS_ACCESS_TOKEN";

/// The two token variables as found in the environment.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct EnvTokens {
    /// `MEWS_CLIENT_TOKEN`, if set and not empty.
    pub client: Option<String>,
    /// `MEWS_ACCESS_TOKEN`, if set and not empty.
    pub access: Option<String>,
}

impl fmt::Debug for EnvTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |value: &Option<String>| value.as_ref().map(|_| "***");
        f.debug_struct("EnvTokens")
            .field("client", &shown(&self.client))
            .field("access", &shown(&self.access))
            .finish()
    }
}

impl EnvTokens {
    /// Reads both variables from this process's environment.
    pub fn from_process() -> EnvTokens {
        let read = |var: &str| {
            std::env::var(var)
                .ok()
                .filter(|value| !value.trim().is_empty())
        };
        EnvTokens {
            client: read(CLIENT_TOKEN_VAR),
            access: read(ACCESS_TOKEN_VAR),
        }
    }
}

/// Where the tokens in use came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenSource {
    /// `MEWS_CLIENT_TOKEN` and `MEWS_ACCESS_TOKEN`.
    Environment,
    /// The system keyring, saved for this profile.
    Keyring(Profile),
}

/// Why no tokens could be found. Messages say both ways to provide them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// Only one of the two variables is set.
    #[error(
        "{set} is set but {missing} is not: set both, or neither to use the tokens \
         saved for profile '{profile}'"
    )]
    PartialEnvironment {
        /// The variable that is set.
        set: &'static str,
        /// The variable that is missing.
        missing: &'static str,
        /// The profile that would be used otherwise.
        profile: Profile,
    },
    /// A variable holds something that is not a token.
    #[error("{var} does not hold a valid token: {error}")]
    InvalidEnvironment {
        /// The variable.
        var: &'static str,
        /// What is wrong with it.
        error: TokenError,
    },
    /// Neither variables nor saved tokens.
    #[error(
        "no tokens for profile '{profile}': set {CLIENT_TOKEN_VAR} and {ACCESS_TOKEN_VAR}, \
         or save them once with `mews-monitor tokens set --profile {profile}` \
         (the ClientToken and the AccessToken as two lines on standard input)"
    )]
    NotSaved {
        /// The profile looked up.
        profile: Profile,
    },
    /// The keyring could not be used.
    #[error(
        "{error} (Without the keyring, set {CLIENT_TOKEN_VAR} and {ACCESS_TOKEN_VAR} instead.)"
    )]
    Keyring {
        /// The profile looked up.
        profile: Profile,
        /// Why the keyring failed.
        error: KeyringError,
    },
}

/// The tokens for a run, from the environment if both variables are set,
/// else from the keyring opened by `open_keyring` (called only then).
pub fn resolve_tokens(
    env: EnvTokens,
    profile: &Profile,
    open_keyring: impl FnOnce() -> Result<CredentialStore, KeyringError>,
) -> Result<(TokenPair, TokenSource), ResolveError> {
    let token = |var: &'static str, value: &str| {
        Token::new(value).map_err(|error| ResolveError::InvalidEnvironment { var, error })
    };
    match (env.client, env.access) {
        (Some(client), Some(access)) => {
            let tokens = TokenPair {
                client: token(CLIENT_TOKEN_VAR, &client)?,
                access: token(ACCESS_TOKEN_VAR, &access)?,
            };
            Ok((tokens, TokenSource::Environment))
        }
        (Some(_), None) => Err(ResolveError::PartialEnvironment {
            set: CLIENT_TOKEN_VAR,
            missing: ACCESS_TOKEN_VAR,
            profile: profile.clone(),
        }),
        (None, Some(_)) => Err(ResolveError::PartialEnvironment {
            set: ACCESS_TOKEN_VAR,
            missing: CLIENT_TOKEN_VAR,
            profile: profile.clone(),
        }),
        (None, None) => {
            let keyring_error = |error| ResolveError::Keyring {
                profile: profile.clone(),
                error,
            };
            let store = open_keyring().map_err(keyring_error)?;
            match store.load(profile).map_err(keyring_error)? {
                Some(tokens) => Ok((tokens, TokenSource::Keyring(profile.clone()))),
                None => Err(ResolveError::NotSaved {
                    profile: profile.clone(),
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: &str = "CLIENT-SECRET-0A1B2C";
    const ACCESS: &str = "ACCESS-SECRET-9F453D";

    fn env(client: Option<&str>, access: Option<&str>) -> EnvTokens {
        EnvTokens {
            client: client.map(str::to_owned),
            access: access.map(str::to_owned),
        }
    }

    fn saved_store() -> CredentialStore {
        let store = CredentialStore::in_memory();
        let tokens = TokenPair {
            client: Token::new("C-SAVED").expect("valid"),
            access: Token::new("A-SAVED").expect("valid"),
        };
        store.save(&Profile::default(), &tokens).expect("saved");
        store
    }

    #[test]
    fn both_variables_win_and_the_keyring_is_not_opened() {
        let (tokens, source) =
            resolve_tokens(env(Some(CLIENT), Some(ACCESS)), &Profile::default(), || {
                panic!("the keyring must not be opened")
            })
            .expect("resolved");
        assert_eq!(source, TokenSource::Environment);
        assert_eq!(tokens.access.expose(), ACCESS);
    }

    #[test]
    fn without_variables_the_saved_pair_of_the_profile_is_used() {
        let store = saved_store();
        let (tokens, source) =
            resolve_tokens(env(None, None), &Profile::default(), || Ok(store)).expect("resolved");
        assert_eq!(source, TokenSource::Keyring(Profile::default()));
        assert_eq!(tokens.client.expose(), "C-SAVED");
    }

    #[test]
    fn with_nothing_anywhere_the_message_names_both_ways() {
        let profile = Profile::new("demo").expect("valid");
        let error = resolve_tokens(env(None, None), &profile, || Ok(saved_store()))
            .expect_err("nothing saved for demo");
        let text = error.to_string();
        assert!(text.contains("MEWS_CLIENT_TOKEN"), "{text}");
        assert!(
            text.contains("mews-monitor tokens set --profile demo"),
            "{text}"
        );
    }

    #[test]
    fn one_variable_alone_is_refused_without_showing_it() {
        let error = resolve_tokens(env(Some(CLIENT), None), &Profile::default(), || {
            Ok(saved_store())
        })
        .expect_err("partial");
        let text = format!("{error} {error:?}");
        assert!(text.contains("MEWS_ACCESS_TOKEN is not"), "{text}");
        assert!(!text.contains("SECRET"), "{text}");
    }

    #[test]
    fn an_invalid_variable_is_named_but_not_echoed() {
        let error = resolve_tokens(
            env(Some("SECRET WITH SPACE"), Some(ACCESS)),
            &Profile::default(),
            || Ok(saved_store()),
        )
        .expect_err("invalid");
        let text = format!("{error} {error:?}");
        assert!(text.contains("MEWS_CLIENT_TOKEN"), "{text}");
        assert!(!text.contains("SECRET"), "{text}");
    }

    #[test]
    fn a_missing_keyring_service_says_to_use_the_variables() {
        let error = resolve_tokens(env(None, None), &Profile::default(), || {
            Err(KeyringError::NoService)
        })
        .expect_err("no service");
        let text = error.to_string();
        assert!(text.contains("no system keyring service"), "{text}");
        assert!(text.contains("MEWS_ACCESS_TOKEN"), "{text}");
    }

    #[test]
    fn environment_tokens_never_print() {
        let text = format!("{:?}", env(Some(CLIENT), Some(ACCESS)));
        assert!(!text.contains("SECRET"), "{text}");
    }
}
