//! Credentials: the token type and the token pair the Connector API needs.
//!
//! Tokens are checked once, at the edge, so no header or request can be
//! forged with them, and they never print: `Debug` and `Display` show `***`.

mod token;

pub use token::{Token, TokenError, TokenPair};
