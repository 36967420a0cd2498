//! What the keyring holds for a profile, as staff may see it: a hint, never a token.

use std::fmt;

use super::TokenPair;

/// Whether tokens are saved for a profile, with the AccessToken's hint if so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedState {
    /// A token pair is saved.
    Saved {
        /// The last characters of the saved AccessToken, like `…9F453D`.
        hint: String,
    },
    /// Nothing is saved for the profile.
    NotSaved,
}

impl SavedState {
    /// The state after saving `tokens`.
    pub fn of(tokens: &TokenPair) -> SavedState {
        SavedState::Saved {
            hint: tokens.access.hint(),
        }
    }

    /// Whether a token pair is saved.
    pub fn is_saved(&self) -> bool {
        matches!(self, SavedState::Saved { .. })
    }
}

impl fmt::Display for SavedState {
    /// `Saved in the system keyring · …9F453D` or `Not saved on this computer`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedState::Saved { hint } => write!(f, "Saved in the system keyring · {hint}"),
            SavedState::NotSaved => f.write_str("Not saved on this computer"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Token;

    #[test]
    fn the_saved_state_shows_only_the_access_token_hint() {
        let tokens = TokenPair {
            client: Token::new("CLIENT-SECRET-111111").expect("valid"),
            access: Token::new("ACCESS-SECRET-9F453D").expect("valid"),
        };
        let text = SavedState::of(&tokens).to_string();
        assert_eq!(text, "Saved in the system keyring · …9F453D");
        assert_eq!(
            SavedState::NotSaved.to_string(),
            "Not saved on this computer"
        );
    }
}
