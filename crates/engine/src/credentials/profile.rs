//! Connection profiles: the name under which a token pair is kept.
//!
//! A front desk usually has one profile, `default`. IT staff who connect the
//! same computer to several hotels or environments give each its own name
//! (for example `demo` or `production`), so each keeps its own tokens.

use std::fmt;
use std::str::FromStr;

/// The longest profile name accepted.
pub const MAX_PROFILE_NAME_LEN: usize = 64;

/// Why a text cannot be a profile name. Messages are for IT staff typing one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    /// Nothing was given.
    #[error("the profile name is empty")]
    Empty,
    /// The name is longer than [`MAX_PROFILE_NAME_LEN`].
    #[error("the profile name is longer than {MAX_PROFILE_NAME_LEN} characters")]
    TooLong,
    /// The name has a character other than a letter, digit, `-`, `_` or `.`.
    #[error("the profile name may only use letters, digits, '-', '_' and '.'")]
    BadCharacter,
}

/// The name of a connection profile (environment and addresses), `default` unless chosen.
///
/// Only ASCII letters, digits, `-`, `_` and `.` (at most 64), so the name is
/// safe in keyring entry names and file names on every system.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Profile(String);

impl Profile {
    /// The name of the profile used when none is chosen.
    pub const DEFAULT_NAME: &'static str = "default";

    /// Checks `name` (surrounding whitespace is trimmed).
    pub fn new(name: &str) -> Result<Profile, ProfileError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ProfileError::Empty);
        }
        if name.len() > MAX_PROFILE_NAME_LEN {
            return Err(ProfileError::TooLong);
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        if !name.chars().all(allowed) {
            return Err(ProfileError::BadCharacter);
        }
        Ok(Profile(name.to_owned()))
    }

    /// The name as given.
    pub fn name(&self) -> &str {
        &self.0
    }
}

impl Default for Profile {
    fn default() -> Self {
        Profile(Profile::DEFAULT_NAME.to_owned())
    }
}

impl FromStr for Profile {
    type Err = ProfileError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Profile::new(name)
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_profile_is_called_default() {
        assert_eq!(Profile::default().name(), "default");
        assert_eq!(Profile::new(" default "), Ok(Profile::default()));
    }

    #[test]
    fn profile_names_that_could_confuse_a_keyring_are_refused() {
        assert_eq!(Profile::new(""), Err(ProfileError::Empty));
        assert_eq!(Profile::new("a/b"), Err(ProfileError::BadCharacter));
        assert_eq!(Profile::new("a b"), Err(ProfileError::BadCharacter));
        assert_eq!(Profile::new("hôtel"), Err(ProfileError::BadCharacter));
        assert_eq!(Profile::new(&"x".repeat(65)), Err(ProfileError::TooLong));
        assert!(Profile::new("hotel-1.prod_2").is_ok());
    }
}
