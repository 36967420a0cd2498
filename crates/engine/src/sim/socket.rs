//! The simulator's `/ws/connector`: the cookie check, the upgrade, and one task per socket.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use futures_util::{SinkExt, StreamExt};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONNECTION, COOKIE, SEC_WEBSOCKET_ACCEPT, SEC_WEBSOCKET_KEY, UPGRADE};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::Role;

use super::controls::{Frame, Handshake, Outgoing, Shared, lock};
use super::reply::reply;

/// Answers a handshake: 101 and a socket task when the cookie matches, else 401.
pub(super) fn upgrade(
    mut request: Request<Incoming>,
    shared: &Arc<Shared>,
) -> Response<Full<Bytes>> {
    let cookie = request
        .headers()
        .get(COOKIE)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
    let accepted = !shared.reject.load(Ordering::SeqCst)
        && cookie.as_deref() == Some(shared.expected_cookie.as_str());
    lock(&shared.handshakes).push(Handshake {
        cookie,
        accepted,
        path: request.uri().path().to_owned(),
    });
    if !accepted {
        return reply(StatusCode::UNAUTHORIZED, r#"{"Message":"Invalid tokens"}"#);
    }
    let is_upgrade = request
        .headers()
        .get(UPGRADE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.eq_ignore_ascii_case("websocket"));
    let Some(key) = request.headers().get(SEC_WEBSOCKET_KEY).cloned() else {
        return reply(
            StatusCode::BAD_REQUEST,
            r#"{"Message":"Not a WebSocket handshake"}"#,
        );
    };
    if !is_upgrade {
        return reply(
            StatusCode::BAD_REQUEST,
            r#"{"Message":"Not a WebSocket handshake"}"#,
        );
    }
    let pending = hyper::upgrade::on(&mut request);
    // Registered before the 101 goes out: a client that sees its handshake succeed can be
    // sure that every switch pulled from then on reaches its socket, in order.
    let registration = Registration::new(shared);
    tokio::spawn(async move {
        if let Ok(upgraded) = pending.await {
            let socket =
                WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, None).await;
            serve(socket, registration).await;
        }
    });
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let headers = response.headers_mut();
    headers.insert(
        CONNECTION,
        hyper::header::HeaderValue::from_static("Upgrade"),
    );
    headers.insert(
        UPGRADE,
        hyper::header::HeaderValue::from_static("websocket"),
    );
    if let Ok(accept) = derive_accept_key(key.as_bytes()).parse() {
        headers.insert(SEC_WEBSOCKET_ACCEPT, accept);
    }
    response
}

/// The most frames written before one flush: a burst goes out in large writes,
/// and a lone frame at once.
const FRAMES_PER_FLUSH: usize = 256;

/// Writes `first` and the frames queued behind it (up to [`FRAMES_PER_FLUSH`]),
/// then flushes once. Returns whether to go on: not when a `Drop` came next.
async fn send_queued<W>(
    sink: &mut W,
    outgoing: &mut mpsc::UnboundedReceiver<Outgoing>,
    shared: &Shared,
    first: Frame,
) -> Result<bool, W::Error>
where
    W: futures_util::Sink<Message> + Unpin,
{
    let mut next = Some(first);
    let mut written = 0;
    let mut go_on = true;
    while let Some(Frame { text, events }) = next.take() {
        sink.feed(Message::text(text)).await?;
        shared.frames_sent.fetch_add(1, Ordering::SeqCst);
        shared.events_sent.fetch_add(events, Ordering::SeqCst);
        written += 1;
        if written < FRAMES_PER_FLUSH {
            match outgoing.try_recv() {
                Ok(Outgoing::Frame(frame)) => next = Some(frame),
                Ok(Outgoing::Drop) => go_on = false,
                Err(_) => {}
            }
        }
    }
    sink.flush().await?;
    Ok(go_on)
}

/// One connection in the simulator's list of open sockets, from the accepted handshake
/// until its task ends (or the upgrade fails); dropping it takes the connection off the list.
struct Registration {
    id: u64,
    outgoing: mpsc::UnboundedReceiver<Outgoing>,
    shared: Arc<Shared>,
}

impl Registration {
    fn new(shared: &Arc<Shared>) -> Self {
        let (sender, outgoing) = mpsc::unbounded_channel();
        let id = shared.next_connection.fetch_add(1, Ordering::SeqCst);
        lock(&shared.connections).push((id, sender));
        shared.open.send_modify(|open| *open += 1);
        Self {
            id,
            outgoing,
            shared: Arc::clone(shared),
        }
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        lock(&self.shared.connections).retain(|(open, _)| *open != self.id);
        self.shared
            .open
            .send_modify(|open| *open = open.saturating_sub(1));
    }
}

/// Serves one socket until the client leaves or the simulator drops it.
async fn serve<S>(socket: WebSocketStream<S>, mut registration: Registration)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let shared = Arc::clone(&registration.shared);
    let mut silent = shared.silent.subscribe();
    let (mut sink, mut stream) = socket.split();
    loop {
        let quiet = *silent.borrow_and_update();
        tokio::select! {
            next = registration.outgoing.recv() => match next {
                Some(Outgoing::Frame(_)) if quiet => {}
                Some(Outgoing::Frame(frame)) => {
                    let sent = send_queued(&mut sink, &mut registration.outgoing, &shared, frame);
                    if !matches!(sent.await, Ok(true)) {
                        break;
                    }
                }
                Some(Outgoing::Drop) | None => break,
            },
            message = stream.next(), if !quiet => match message {
                Some(Ok(Message::Ping(payload))) => {
                    if sink.send(Message::Pong(payload)).await.is_err() {
                        break;
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => {
                    let _ = sink.close().await;
                    break;
                }
                Some(Ok(_)) => {}
            },
            changed = silent.changed() => {
                if changed.is_err() {
                    break;
                }
            }
        }
    }
}
