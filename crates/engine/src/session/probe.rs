//! "Test connection": asks Mews for the hotel's name with tokens, without
//! starting a session.

use crate::credentials::TokenPair;
use crate::net::ProxyChoice;
pub use crate::net::rest::CLIENT_NAME;
use crate::net::rest::RestClient;

/// The hotel's name as Mews at `api_url`, reached as `proxy` says, gives it for
/// `tokens`, or what went wrong, in words.
pub async fn hotel_name(
    api_url: String,
    tokens: TokenPair,
    proxy: ProxyChoice,
) -> Result<String, String> {
    let rest = RestClient::with_proxy(&api_url, tokens, &[], &proxy).map_err(|e| e.to_string())?;
    rest.configuration()
        .await
        .map(|hotel| hotel.name)
        .map_err(|e| e.to_string())
}
