//! A read-only client for the Connector REST API: names, floors, time zone,
//! guests, resync.
//!
//! Every request carries `ClientToken`, `AccessToken` and `Client` in its JSON
//! body, goes through the [`RequestBudget`], honours `Retry-After` on 429, and
//! reports 401 as rejected tokens without retrying. The monitor never calls a
//! writing operation.

pub mod budget;
pub mod customers;
pub mod reservations;

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;
use rustls::pki_types::CertificateDer;
use serde_json::{Value, json};
use tokio::sync::Mutex;
use tokio::time::Instant;

use super::proxy::{ProxyChoice, ProxyError};
use crate::credentials::TokenPair;
use crate::trouble::RestFailure;
use monitor_core::protocol::resources::ResponseError;
use monitor_core::protocol::{
    HotelConfiguration, ResourceRecord, parse_configuration, parse_resources_page,
};

pub use budget::{BudgetUse, RequestBudget};
pub use customers::CUSTOMERS;
pub use reservations::{RESERVATIONS, ReservationQuery};

/// The `Client` value sent with every request.
pub const CLIENT_NAME: &str = concat!("Mews Monitor ", env!("CARGO_PKG_VERSION"));
/// Largest page or id batch Mews accepts.
pub(crate) const MAX_PAGE: usize = 1000;
/// How often a 429 is retried before giving up.
const THROTTLE_RETRIES: u32 = 3;
/// The longest `Retry-After` honoured.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Why a REST request failed, in words for staff.
#[derive(Debug, thiserror::Error)]
pub enum RestError {
    /// 401: the tokens are invalid, expired, disabled or lack permission. Not retried.
    #[error("Mews rejected the tokens for this request (HTTP 401): {0}")]
    Rejected(String),
    /// 403: a Mews business rule refused the request.
    #[error("Mews refused the request: {0}")]
    Refused(String),
    /// 408: the request was too heavy; ask for less.
    #[error("the request was too large for Mews to answer in time")]
    TooHeavy,
    /// 429 after every retry.
    #[error("Mews asked the monitor to slow down and it gave up for now")]
    Throttled,
    /// Any other HTTP error.
    #[error("Mews answered with an error (HTTP {status}): {message}")]
    Http {
        /// The HTTP status.
        status: u16,
        /// Mews' `Message`, or the start of the body.
        message: String,
    },
    /// The request did not reach Mews or no answer came back.
    #[error("Mews could not be reached: {0}")]
    Network(String),
    /// The answer could not be read.
    #[error(transparent)]
    Response(#[from] ResponseError),
    /// The REST address is not usable.
    #[error("the REST address '{0}' must start with https:// (http:// only for this computer)")]
    Address(String),
}

impl From<&RestError> for RestFailure {
    fn from(error: &RestError) -> Self {
        match error {
            RestError::Rejected(message) => RestFailure::Rejected(message.clone()),
            RestError::Refused(message) => RestFailure::Refused(message.clone()),
            RestError::TooHeavy => RestFailure::TooHeavy,
            RestError::Throttled => RestFailure::Throttled,
            RestError::Http { status, message } => RestFailure::Http {
                status: *status,
                message: message.clone(),
            },
            RestError::Network(detail) => RestFailure::Network(detail.clone()),
            RestError::Response(ResponseError::Shape(error)) => {
                RestFailure::Unreadable(error.to_string())
            }
            RestError::Address(address) => RestFailure::Address(address.clone()),
        }
    }
}

/// A REST client bound to one platform address and token pair.
#[derive(Debug)]
pub struct RestClient {
    http: reqwest::Client,
    base: String,
    tokens: TokenPair,
    budget: Arc<Mutex<RequestBudget>>,
}

impl RestClient {
    /// A client for `api_url` (e.g. `https://api.mews.com`).
    pub fn new(
        api_url: &str,
        tokens: TokenPair,
        extra_roots: &[CertificateDer<'static>],
    ) -> Result<Self, RestError> {
        RestClient::with_proxy(api_url, tokens, extra_roots, &ProxyChoice::default())
    }

    /// A client for `api_url` reaching it as `proxy` says (reqwest reads the
    /// same `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY` and Windows proxy settings
    /// as the WebSocket).
    pub fn with_proxy(
        api_url: &str,
        tokens: TokenPair,
        extra_roots: &[CertificateDer<'static>],
        proxy: &ProxyChoice,
    ) -> Result<Self, RestError> {
        let base = api_url.trim().trim_end_matches('/').to_owned();
        let secure = base.starts_with("https://");
        let local = ["http://127.", "http://localhost", "http://[::1]"]
            .iter()
            .any(|prefix| base.starts_with(prefix));
        if !secure && !local {
            return Err(RestError::Address(base));
        }
        let tls = super::tls::client_config(extra_roots)
            .map_err(|error| RestError::Network(error.to_string()))?;
        let builder = match proxy {
            ProxyChoice::FromEnvironment => reqwest::Client::builder(),
            ProxyChoice::Direct => reqwest::Client::builder().no_proxy(),
            ProxyChoice::Configured(proxy) => {
                let mut through = reqwest::Proxy::all(format!("http://{}", proxy.address()))
                    .map_err(|_| {
                        RestError::Network(ProxyError::Address(proxy.to_string()).to_string())
                    })?;
                if let Some(user) = proxy.user() {
                    through = through.basic_auth(user, proxy.password().unwrap_or_default());
                }
                reqwest::Client::builder().proxy(through)
            }
        };
        let http = builder
            .tls_backend_preconfigured((*tls).clone())
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("mews-monitor/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| RestError::Network(error.to_string()))?;
        Ok(RestClient {
            http,
            base,
            tokens,
            budget: Arc::new(Mutex::new(RequestBudget::default())),
        })
    }

    /// How much of the request budget is in use.
    pub async fn budget_use(&self) -> BudgetUse {
        self.budget.lock().await.usage(Instant::now())
    }

    /// The hotel's name and time zone (`configuration/get`).
    pub async fn configuration(&self) -> Result<HotelConfiguration, RestError> {
        let body = self.call("configuration/get", json!({})).await?;
        Ok(parse_configuration(&body)?)
    }

    /// Every resource with name, floor and current state (`resources/getAll`, all pages).
    pub async fn all_resources(&self) -> Result<Vec<ResourceRecord>, RestError> {
        let mut resources = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let body = self
                .call(
                    "resources/getAll",
                    json!({
                        "Extent": {"Resources": true},
                        "Limitation": {"Count": MAX_PAGE, "Cursor": cursor},
                    }),
                )
                .await?;
            let page = parse_resources_page(&body)?;
            let short = page.resources.len() + page.skipped < MAX_PAGE;
            resources.extend(page.resources);
            match page.cursor {
                Some(next) if !short && cursor.as_deref() != Some(next.as_str()) => {
                    cursor = Some(next)
                }
                _ => return Ok(resources),
            }
        }
    }

    /// Posts one operation (e.g. `resources/getAll`) and returns the body text.
    pub(crate) async fn call(&self, operation: &str, mut body: Value) -> Result<String, RestError> {
        if let Value::Object(fields) = &mut body {
            fields.insert("ClientToken".into(), self.tokens.client.expose().into());
            fields.insert("AccessToken".into(), self.tokens.access.expose().into());
            fields.insert("Client".into(), CLIENT_NAME.into());
        }
        let url = format!("{}/api/connector/v1/{operation}", self.base);
        let mut attempt = 0;
        loop {
            self.take_slot().await;
            let response = self
                .http
                .post(&url)
                .json(&body)
                .send()
                .await
                .map_err(|error| RestError::Network(plain_network_error(&error)))?;
            let status = response.status();
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|value| value.to_str().ok())
                .and_then(|text| text.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            let text = response
                .text()
                .await
                .map_err(|error| RestError::Network(plain_network_error(&error)))?;
            match status {
                StatusCode::OK => return Ok(text),
                StatusCode::TOO_MANY_REQUESTS if attempt < THROTTLE_RETRIES => {
                    self.budget.lock().await.record_throttled();
                    let backoff = Duration::from_secs(1 << attempt);
                    tokio::time::sleep(retry_after.unwrap_or(backoff).min(MAX_RETRY_AFTER)).await;
                    attempt += 1;
                }
                StatusCode::TOO_MANY_REQUESTS => {
                    self.budget.lock().await.record_throttled();
                    return Err(RestError::Throttled);
                }
                StatusCode::UNAUTHORIZED => return Err(RestError::Rejected(message_of(&text))),
                StatusCode::FORBIDDEN => return Err(RestError::Refused(message_of(&text))),
                StatusCode::REQUEST_TIMEOUT => return Err(RestError::TooHeavy),
                other => {
                    return Err(RestError::Http {
                        status: other.as_u16(),
                        message: message_of(&text),
                    });
                }
            }
        }
    }

    async fn take_slot(&self) {
        loop {
            let wait = {
                let mut budget = self.budget.lock().await;
                let now = Instant::now();
                let wait = budget.wait_needed(now);
                if wait.is_zero() {
                    budget.record(now);
                    return;
                }
                wait
            };
            tokio::time::sleep(wait).await;
        }
    }
}

/// Mews' `Message` field, else the first bytes of the body.
fn message_of(body: &str) -> String {
    serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|value| {
            value
                .get("Message")
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| monitor_core::protocol::parse::excerpt(body))
}

/// A network error in plain words.
fn plain_network_error(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "no answer in time".into()
    } else if error.is_connect() {
        "no connection".into()
    } else {
        error.to_string()
    }
}
