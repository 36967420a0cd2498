//! The simulator behind TLS: a certificate authority of the test's own (as a hotel
//! network's inspection CA would be) and the simulator on a free loopback port with a
//! certificate for `localhost` signed by it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use monitor_engine::sim::Simulator;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use super::{serve_tls, start_sim};

/// A certificate authority, its certificate also written as PEM to `pem`.
pub struct Authority {
    issuer: CertifiedIssuer<'static, KeyPair>,
    /// The CA's certificate as a PEM file (to name in `SSL_CERT_FILE` or a trust store).
    pub pem: PathBuf,
}

impl Authority {
    /// A new CA called `name`, its PEM written to `folder/name.pem`.
    pub fn new(folder: &Path, name: &str) -> Authority {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, format!("{name} inspection CA"));
        let issuer =
            CertifiedIssuer::self_signed(params, KeyPair::generate().expect("key")).expect("CA");
        let pem = folder.join(format!("{name}.pem"));
        std::fs::write(&pem, issuer.pem()).expect("CA written");
        Authority { issuer, pem }
    }

    /// The CA's certificate, to trust in the engine's own configuration.
    pub fn certificate(&self) -> CertificateDer<'static> {
        self.issuer.der().clone()
    }
}

/// A quiet simulator behind TLS for `localhost` with a certificate from `ca`; returns its
/// `wss://` address and the simulator.
pub async fn tls_sim(ca: &Authority) -> (String, Arc<Simulator>) {
    let key = KeyPair::generate().expect("key");
    let leaf = CertificateParams::new(vec!["localhost".to_owned()])
        .expect("params")
        .signed_by(&key, &ca.issuer)
        .expect("leaf");
    let sim = Arc::new(start_sim().await);
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let port = serve_tls(Arc::clone(&sim), leaf.der().clone(), key).await;
    (format!("wss://localhost:{port}/ws/connector"), sim)
}
