//! A real `wss://` handshake against the simulator behind a certificate from a test CA.
//!
//! Guards the crypto-provider pitfall (the first TLS connect must not panic)
//! and proves certificate checks stay on.

// Test code: a failed expectation is a failed test.

use crate::support::tls::{Authority, tls_sim};
use crate::support::*;
use monitor_engine::net::{ConnectionStatus, DisconnectReason};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wss_handshake_succeeds_when_the_certificate_is_trusted() {
    let folder = tempfile::tempdir().expect("temp dir");
    let ca = Authority::new(folder.path(), "test");
    let (url, sim) = tls_sim(&ca).await;
    let mut config = engine_config(&url, demo_tokens());
    config.extra_root_certificates = vec![ca.certificate()];
    let (_handle, mut events) = start_engine(config);
    wait_for_status(&mut events, connected).await;
    one_event_arrives(&sim, &mut events, "tls").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_certificate_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (url, sim) = tls_sim(&Authority::new(folder.path(), "unknown")).await;
    let (_handle, mut events) = start_engine(engine_config(&url, demo_tokens()));
    let status = wait_for_status(&mut events, |s| {
        matches!(s, ConnectionStatus::Reconnecting { .. })
    })
    .await;
    let ConnectionStatus::Reconnecting { reason, .. } = status else {
        unreachable!()
    };
    // A server certified by an authority this computer does not know is refused, in words that name the certificate problem.
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
