//! A `CONNECT` tunnel through a proxy, made by hyper-util's `Tunnel` connector over a TCP
//! connection of our own, so that each failure keeps its plain words: the proxy's name
//! not found (DNS), nothing answering, a password wanted (407), a refusal.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use hyper::Uri;
use hyper::header::HeaderValue;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use super::{Proxy, ProxyError};

/// How hyper-util's tunnel fails (its enum is not exported by name).
type TunnelError = <Tunnel<ToProxy> as tower_service::Service<Uri>>::Error;

/// How long the proxy may take to set the tunnel up.
const PATIENCE: Duration = Duration::from_secs(30);

impl Proxy {
    /// Opens a tunnel to `host:port` through the proxy (`CONNECT`).
    pub(crate) async fn tunnel(&self, host: &str, port: u16) -> Result<TcpStream, ProxyError> {
        let address = self.address();
        let target = if host.contains(':') {
            format!("[{host}]:{port}")
        } else {
            format!("{host}:{port}")
        };
        let bad = || ProxyError::BadAnswer(address.clone());
        let destination: Uri = format!("http://{target}/").parse().map_err(|_| bad())?;
        let proxy_uri: Uri = format!("http://{address}/").parse().map_err(|_| bad())?;
        let mut tunnel = Tunnel::new(proxy_uri, ToProxy(self.clone()));
        if let Some(user) = &self.user {
            let pair = format!("{user}:{}", self.password.as_deref().unwrap_or_default());
            let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
            let auth = HeaderValue::from_str(&format!("Basic {encoded}")).map_err(|_| bad())?;
            tunnel = tunnel.with_auth(auth);
        }
        let made = tokio::time::timeout(
            PATIENCE,
            tower_service::Service::call(&mut tunnel, destination),
        )
        .await
        .map_err(|_| bad())?;
        match made {
            Ok(stream) => Ok(stream.into_inner()),
            Err(TunnelError::ConnectFailed(error)) => Err(match error.downcast::<ProxyError>() {
                Ok(error) => *error,
                Err(_) => ProxyError::Unreachable(address),
            }),
            Err(TunnelError::ProxyAuthRequired) => Err(ProxyError::AuthRequired {
                address,
                sent: self.user.is_some(),
            }),
            Err(TunnelError::TunnelUnsuccessful) => Err(ProxyError::Refused { address, target }),
            Err(_) => Err(bad()),
        }
    }
}

/// Connects to the proxy itself, saying why in [`ProxyError`] words when it cannot.
struct ToProxy(Proxy);

impl tower_service::Service<Uri> for ToProxy {
    type Response = TokioIo<TcpStream>;
    type Error = ProxyError;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, ProxyError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ProxyError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _proxy: Uri) -> Self::Future {
        let proxy = self.0.clone();
        Box::pin(async move {
            let addrs: Vec<_> = tokio::net::lookup_host((proxy.host.as_str(), proxy.port))
                .await
                .map_err(|_| ProxyError::Dns(proxy.host.clone()))?
                .collect();
            for addr in addrs {
                if let Ok(stream) = TcpStream::connect(addr).await {
                    let _ = stream.set_nodelay(true);
                    return Ok(TokioIo::new(stream));
                }
            }
            Err(ProxyError::Unreachable(proxy.address()))
        })
    }
}
