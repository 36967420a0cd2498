//! A real `wss://` handshake against the simulator behind a self-signed certificate.
//!
//! Guards the crypto-provider pitfall (the first TLS connect must not panic)
//! and proves certificate checks stay on.

// Test code: a failed expectation is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use common::*;
use mews_monitor::net::{ConnectionStatus, DisconnectReason, NetEvent};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

/// Starts the simulator behind TLS for `localhost`; returns the address and the certificate.
async fn tls_sim() -> (
    String,
    CertificateDer<'static>,
    Arc<mews_monitor::sim::Simulator>,
) {
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).expect("certificate");
    let cert_der = certified.cert.der().clone();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        certified.signing_key.serialize_der(),
    ));
    let server_config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("protocol versions")
    .with_no_client_auth()
    .with_single_cert(vec![cert_der.clone()], key)
    .expect("server config");
    let acceptor = TlsAcceptor::from(Arc::new(server_config));
    let sim = Arc::new(start_sim().await);
    let listener = TcpListener::bind(any_port()).await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let serving = Arc::clone(&sim);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let sim = Arc::clone(&serving);
            tokio::spawn(async move {
                if let Ok(stream) = acceptor.accept(stream).await {
                    sim.serve_stream(stream).await;
                }
            });
        }
    });
    (
        format!("wss://localhost:{port}/ws/connector"),
        cert_der,
        sim,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wss_handshake_succeeds_when_the_certificate_is_trusted() {
    let (url, cert, sim) = tls_sim().await;
    let mut config = engine_config(&url, demo_tokens());
    config.extra_root_certificates = vec![cert];
    let (_handle, mut events) = start_engine(config);
    wait_for_status(&mut events, connected).await;
    sim.controls().wait_for_connections(1).await;
    sim.controls()
        .send_frame(r#"{"Events":[{"Type":"Resource","Id":"tls","State":"Inspected"}]}"#.into());
    let NetEvent::Frame { events: got, .. } = wait_for_frame(&mut events).await else {
        unreachable!()
    };
    assert_eq!(got[0].id(), Some("tls"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_certificate_is_refused() {
    let (url, _cert, sim) = tls_sim().await;
    let (_handle, mut events) = start_engine(engine_config(&url, demo_tokens()));
    let status = wait_for_status(&mut events, |s| {
        matches!(s, ConnectionStatus::Reconnecting { .. })
    })
    .await;
    let ConnectionStatus::Reconnecting { reason, .. } = status else {
        unreachable!()
    };
    // A self-signed server is refused, in words that name the certificate problem.
    assert!(
        matches!(reason, DisconnectReason::UntrustedCertificate(_)),
        "{reason:?}"
    );
    assert!(reason.to_string().contains("Ask IT"), "{reason}");
    assert!(
        sim.controls().handshakes().is_empty(),
        "no cookie was sent to an untrusted server"
    );
}
