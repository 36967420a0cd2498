//! "Test connection": asks Mews for the hotel's name with tokens, without
//! starting a session.

use crate::credentials::TokenPair;
pub use crate::net::rest::CLIENT_NAME;
use crate::net::rest::RestClient;

/// The hotel's name as Mews at `api_url` gives it for `tokens`, or what went wrong, in words.
pub async fn hotel_name(api_url: String, tokens: TokenPair) -> Result<String, String> {
    let rest = RestClient::new(&api_url, tokens, &[]).map_err(|e| e.to_string())?;
    rest.configuration()
        .await
        .map(|hotel| hotel.name)
        .map_err(|e| e.to_string())
}
