//! The operating system's own proxy setting, used when neither the app nor the
//! environment names one. [`super::choose`] asks hyper-util's matcher, which reads it:
//!
//! - Windows: the proxy that browsers use (Settings → Network → Proxy, stored by
//!   WinINet under `HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings`:
//!   `ProxyEnable`, `ProxyServer`, `ProxyOverride`). Automatic configuration scripts
//!   (PAC, WPAD) are not followed.
//! - macOS: the network's proxy settings.
//! - Linux and the BSDs: nothing besides the environment, which desktops fill in.

use hyper::Uri;

use super::Proxy;

/// Where a proxy from the system came from, for diagnostics.
const SOURCE: &str = if cfg!(windows) {
    "Windows proxy settings"
} else {
    "system proxy settings"
};

/// The proxy at `uri`, as the system's setting names it.
pub(super) fn proxy_at(uri: &Uri) -> Option<Proxy> {
    let host = uri.host()?;
    let address = match uri.port_u16() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    };
    match Proxy::parse(&address, SOURCE) {
        Ok(proxy) => Some(proxy),
        Err(error) => {
            tracing::warn!(%error, "the system's proxy setting cannot be used");
            None
        }
    }
}
