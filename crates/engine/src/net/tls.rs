//! TLS for `wss://` and REST: rustls with the `ring` provider, certificates
//! checked by this computer's own trust store, always on.
//!
//! The operating system's verifier (`rustls-platform-verifier`: CryptoAPI on
//! Windows, the Security framework on macOS, the system store on Linux, where
//! `SSL_CERT_FILE`/`SSL_CERT_DIR` name it) trusts what IT installed there,
//! such as a hotel network's own root. Only a computer that has no
//! certificates at all falls back to the bundled Mozilla list, and says so.
//! The client configuration names its crypto provider explicitly, so no
//! process-wide default is needed and none can be missing.

use std::fmt;
use std::sync::Arc;

use rustls::client::danger::ServerCertVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::CertificateDer;
use rustls::{CertificateError, ClientConfig, RootCertStore};

/// Why TLS could not be configured.
#[derive(Debug, thiserror::Error)]
pub enum TlsSetupError {
    /// The TLS library refused the configuration.
    #[error("secure connections could not be set up: {0}")]
    Config(#[from] rustls::Error),
}

/// Which certificates decide whether a server is trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrustStore {
    /// This computer's own trust store.
    System,
    /// The list built into the program (this computer has none).
    Bundled,
}

impl fmt::Display for TrustStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TrustStore::System => "this computer's trust store",
            TrustStore::Bundled => {
                "the list built into Mews Monitor (this computer's trust store has no certificates)"
            }
        })
    }
}

/// A client configuration trusting this computer's store plus `extra_roots`
/// (for a private test server).
pub(crate) fn client_config(
    extra_roots: &[CertificateDer<'static>],
) -> Result<Arc<ClientConfig>, TlsSetupError> {
    client_config_with_trust(extra_roots).map(|(config, _)| config)
}

/// As [`client_config`], also saying which store answers.
pub(crate) fn client_config_with_trust(
    extra_roots: &[CertificateDer<'static>],
) -> Result<(Arc<ClientConfig>, TrustStore), TlsSetupError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let (verifier, trust) = verifier(extra_roots, &provider)?;
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok((Arc::new(config), trust))
}

fn verifier(
    extra_roots: &[CertificateDer<'static>],
    provider: &Arc<CryptoProvider>,
) -> Result<(Arc<dyn ServerCertVerifier>, TrustStore), TlsSetupError> {
    let system = rustls_platform_verifier::Verifier::new_with_extra_roots(
        extra_roots.iter().cloned(),
        Arc::clone(provider),
    );
    if let Ok(system) = system {
        return Ok((Arc::new(system), TrustStore::System));
    }
    tracing::warn!("this computer's trust store has no certificates; using the built-in list");
    let mut roots = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    for root in extra_roots {
        roots.add(root.clone())?;
    }
    let bundled = rustls::client::WebPkiServerVerifier::builder_with_provider(
        Arc::new(roots),
        Arc::clone(provider),
    )
    .build()
    .map_err(|error| rustls::Error::General(error.to_string()))?;
    Ok((bundled, TrustStore::Bundled))
}

/// A certificate problem in a few words: "issued by an unknown authority", "expired", ...
pub(crate) fn certificate_problem(problem: &CertificateError) -> String {
    match problem {
        CertificateError::UnknownIssuer => "issued by an authority this computer does not know",
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => "expired",
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            "not valid yet"
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            "made out for another name"
        }
        CertificateError::Revoked => "revoked",
        CertificateError::BadSignature => "with a bad signature",
        _ => return format!("rejected: {problem:?}"),
    }
    .to_owned()
}

/// Installs `ring` as the process-wide provider, for libraries that ask for
/// the default. Call once at start-up; a second call changes nothing.
pub fn install_default_crypto_provider() {
    // An error means a provider is already installed, which is what we want.
    let _ = rustls::crypto::ring::default_provider().install_default();
}
