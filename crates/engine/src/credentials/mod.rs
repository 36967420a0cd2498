//! Credentials: the token type, the token pair the Connector API needs, and
//! the system keyring where a pair is saved per connection profile.
//!
//! A proxy's password ([`Password`]) is kept the same way, under the proxy it opens.
//!
//! Tokens are checked once, at the edge, so no header or request can be
//! forged with them, and they never print: `Debug` and `Display` show `***`.
//! They are saved only in the operating system's keyring ([`CredentialStore`]),
//! never in a file.

pub(crate) mod keyring;
mod password;
mod profile;
mod saved;
pub mod source;
mod token;

pub use keyring::{CredentialStore, KeyringError, SimulatedFailure};
pub use password::{Password, ProxyLogin};
pub use profile::{MAX_PROFILE_NAME_LEN, Profile, ProfileError};
pub use saved::SavedState;
pub use source::{EnvTokens, ResolveError, TokenSource, resolve_tokens};
pub use token::{Token, TokenError, TokenPair};
