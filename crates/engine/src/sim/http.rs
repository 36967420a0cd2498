//! The simulator's HTTP side: one port, WebSocket upgrades and REST calls.

use std::convert::Infallible;
use std::sync::Arc;

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};

use super::controls::Shared;
use super::reply::reply;
use super::{rest, socket};

/// The largest REST body the simulator reads.
const MAX_BODY: usize = 1024 * 1024;

/// Serves one accepted stream (plain TCP, or TLS set up by the caller).
pub(super) async fn serve_stream<S>(stream: S, shared: Arc<Shared>)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |request| {
        let shared = Arc::clone(&shared);
        async move { Ok::<_, Infallible>(route(request, shared).await) }
    });
    let _ = http1::Builder::new()
        .serve_connection(TokioIo::new(stream), service)
        .with_upgrades()
        .await;
}

async fn route(request: Request<Incoming>, shared: Arc<Shared>) -> Response<Full<Bytes>> {
    let path = request.uri().path().to_owned();
    if path == "/ws/connector" {
        return socket::upgrade(request, &shared);
    }
    let Some(operation) = path.strip_prefix("/api/connector/v1/") else {
        return reply(StatusCode::NOT_FOUND, r#"{"Message":"Not found"}"#);
    };
    if request.method() != Method::POST {
        return reply(StatusCode::METHOD_NOT_ALLOWED, r#"{"Message":"Use POST"}"#);
    }
    let operation = operation.to_owned();
    match Limited::new(request.into_body(), MAX_BODY).collect().await {
        Ok(body) => rest::answer(&operation, &body.to_bytes(), &shared),
        Err(_) => reply(StatusCode::BAD_REQUEST, r#"{"Message":"Unreadable body"}"#),
    }
}
