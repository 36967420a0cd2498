//! A proxy password: a secret like the tokens, shown nowhere.
//!
//! It is saved only in the system keyring, under the proxy it belongs to
//! (its user and `host:port`), so a changed proxy never gets an old password.

use std::fmt;

/// A password whose `Debug` and `Display` show `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// A password; `None` when `text` is empty.
    pub fn new(text: &str) -> Option<Password> {
        (!text.is_empty()).then(|| Password(text.to_owned()))
    }

    /// The password itself, for the proxy and the keyring only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

impl fmt::Display for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Which proxy a password opens: its user and `host:port`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProxyLogin {
    /// The user name given to the proxy.
    pub user: String,
    /// The proxy's `host:port`.
    pub address: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_never_shows() {
        let password = Password::new("hunter2").expect("not empty");
        assert_eq!(format!("{password} {password:?}"), "*** Password(***)");
        assert_eq!(password.expose(), "hunter2");
        assert!(Password::new("").is_none());
    }
}
