//! TLS for `wss://`: rustls with the `ring` provider and certificate checks always on.
//!
//! The client configuration names its crypto provider explicitly, so no
//! process-wide default is needed and none can be missing.

use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::{ClientConfig, RootCertStore};

/// Why TLS could not be configured.
#[derive(Debug, thiserror::Error)]
pub enum TlsSetupError {
    /// The TLS library refused the configuration.
    #[error("secure connections could not be set up: {0}")]
    Config(#[from] rustls::Error),
}

/// A client configuration trusting the public web roots plus `extra_roots`
/// (for a private test server).
pub fn client_config(
    extra_roots: &[CertificateDer<'static>],
) -> Result<Arc<ClientConfig>, TlsSetupError> {
    let mut roots = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    for root in extra_roots {
        roots.add(root.clone())?;
    }
    let config =
        ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth();
    Ok(Arc::new(config))
}

/// Installs `ring` as the process-wide provider, for libraries that ask for
/// the default. Call once at start-up; a second call changes nothing.
pub fn install_default_crypto_provider() {
    // An error means a provider is already installed, which is what we want.
    let _ = rustls::crypto::ring::default_provider().install_default();
}
