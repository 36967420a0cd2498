//! A Mews token that cannot hold a forged header and never prints itself.

use std::fmt;

/// Why a string cannot be a token. Messages are for staff typing a token.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Nothing was entered.
    #[error("the token is empty")]
    Empty,
    /// The text has a space, tab or line break (often a copy-paste slip).
    #[error("the token contains a space or line break; copy it again without them")]
    Whitespace,
    /// The text has a character a token never has.
    #[error("the token contains '{0}', which a Mews token never has")]
    Forbidden(char),
    /// The text has a control character.
    #[error("the token contains an invisible control character; copy it again")]
    Control,
}

/// A ClientToken or AccessToken.
///
/// Never empty; no whitespace, control characters, `;`, `=` or `,`, so it
/// is safe inside `Cookie: ClientToken=<ct>; AccessToken=<at>`.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Checks `text` (surrounding whitespace from pasting is trimmed).
    pub fn new(text: &str) -> Result<Token, TokenError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(TokenError::Empty);
        }
        for c in text.chars() {
            if c.is_whitespace() {
                return Err(TokenError::Whitespace);
            }
            if c.is_control() {
                return Err(TokenError::Control);
            }
            if !c.is_ascii() || matches!(c, ';' | '=' | ',' | '"') {
                return Err(TokenError::Forbidden(c));
            }
        }
        Ok(Token(text.to_owned()))
    }

    /// The secret itself. Call only where it leaves for Mews or the keyring.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The last six characters, for "Saved · …9F453D" style hints.
    ///
    /// Never the whole token: a short token shows at most half of itself.
    pub(crate) fn hint(&self) -> String {
        let shown = (self.0.len() / 2).min(6);
        format!("…{}", &self.0[self.0.len() - shown..])
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// The ClientToken (identifies the app) and AccessToken (identifies the hotel's grant).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenPair {
    /// Identifies the integration.
    pub client: Token,
    /// Identifies the hotel's grant to it.
    pub access: Token,
}

impl TokenPair {
    /// The handshake cookie, exactly `ClientToken=<ct>; AccessToken=<at>`.
    pub(crate) fn cookie(&self) -> String {
        format!(
            "ClientToken={}; AccessToken={}",
            self.client.expose(),
            self.access.expose()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_that_could_forge_a_header_are_refused() {
        assert_eq!(Token::new(""), Err(TokenError::Empty));
        assert_eq!(Token::new("   "), Err(TokenError::Empty));
        assert_eq!(Token::new("ab cd"), Err(TokenError::Whitespace));
        assert_eq!(Token::new("ab\r\nX: y"), Err(TokenError::Whitespace));
        assert_eq!(Token::new("ab;c"), Err(TokenError::Forbidden(';')));
        assert_eq!(Token::new("ab=c"), Err(TokenError::Forbidden('=')));
        assert_eq!(Token::new("ab,c"), Err(TokenError::Forbidden(',')));
        assert_eq!(Token::new("ab\u{7}c"), Err(TokenError::Control));
        assert_eq!(Token::new("abé"), Err(TokenError::Forbidden('é')));
    }

    #[test]
    fn pasted_tokens_are_trimmed_and_build_the_exact_cookie() {
        let pair = TokenPair {
            client: Token::new(" C-1\n").expect("valid"),
            access: Token::new("A-2").expect("valid"),
        };
        assert_eq!(pair.cookie(), "ClientToken=C-1; AccessToken=A-2");
    }

    #[test]
    fn whitespace_around_a_token_copied_from_an_email_is_trimmed_and_inside_is_refused() {
        let token = Token::new("\r\n\t  C66EF7B2-EA00F8FD \u{a0}\r\n").expect("trimmed");
        assert_eq!(token.expose(), "C66EF7B2-EA00F8FD");
        for inside in ["C66E F7B2", "C66E\tF7B2", "C66E\r\nF7B2", "C66E\u{a0}F7B2"] {
            assert_eq!(
                Token::new(inside),
                Err(TokenError::Whitespace),
                "{inside:?}"
            );
        }
    }

    #[test]
    fn tokens_never_print_their_secret() {
        let token = Token::new("SECRET-9F453D").expect("valid");
        assert_eq!(format!("{token}"), "***");
        assert_eq!(format!("{token:?}"), "Token(***)");
        let pair = TokenPair {
            client: token.clone(),
            access: token.clone(),
        };
        assert!(!format!("{pair:?}").contains("SECRET"));
        assert_eq!(token.hint(), "…9F453D");
    }

    #[test]
    fn a_short_token_hints_at_most_half_of_itself() {
        assert_eq!(Token::new("A-1").expect("valid").hint(), "…1");
        assert_eq!(Token::new("X").expect("valid").hint(), "…");
        assert_eq!(Token::new("ABCDEFGHIJ").expect("valid").hint(), "…FGHIJ");
    }
}
