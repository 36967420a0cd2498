//! "Test connection": asks Mews for the hotel's name with tokens, without
//! starting a session.

use crate::credentials::TokenPair;
use crate::net::ProxyChoice;
pub use crate::net::rest::CLIENT_NAME;
use crate::net::rest::RestClient;
use crate::trouble::RestFailure;

/// The hotel's name as Mews at `api_url`, reached as `proxy` says, gives it for
/// `tokens`, or what went wrong.
pub async fn hotel_name(
    api_url: String,
    tokens: TokenPair,
    proxy: ProxyChoice,
) -> Result<String, RestFailure> {
    let rest =
        RestClient::with_proxy(&api_url, tokens, &[], &proxy).map_err(|e| RestFailure::from(&e))?;
    rest.configuration()
        .await
        .map(|hotel| hotel.name)
        .map_err(|e| RestFailure::from(&e))
}
