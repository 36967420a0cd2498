//! The operating system's own proxy setting, used when neither the app nor the
//! environment names one.
//!
//! - Windows: the proxy that browsers use (Settings → Network → Proxy, stored by
//!   WinINet under `HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings`:
//!   `ProxyEnable`, `ProxyServer`, `ProxyOverride`). It is read by `hyper-util`'s
//!   matcher, the very one reqwest uses for REST, so the socket and REST always
//!   agree. Automatic configuration scripts (PAC, WPAD) are not followed.
//! - Elsewhere: nothing here; Linux desktops hand their proxy to programs through
//!   the environment, which [`super::Proxy::from_environment`] reads.

use super::Proxy;

/// Where a proxy from the system came from, for diagnostics.
#[cfg(windows)]
const SOURCE: &str = "Windows proxy settings";

/// The system's proxy for `scheme://host`, if it sets one that applies.
#[cfg(windows)]
pub(super) fn proxy_for(scheme: &str, host: &str) -> Option<Proxy> {
    use hyper_util::client::proxy::matcher::Matcher;
    use tokio_tungstenite::tungstenite::http::Uri;

    let web_scheme = if scheme.eq_ignore_ascii_case("wss") || scheme.eq_ignore_ascii_case("https") {
        "https"
    } else {
        "http"
    };
    let destination: Uri = format!("{web_scheme}://{host}/").parse().ok()?;
    let intercept = Matcher::from_system().intercept(&destination)?;
    let proxy = intercept.uri();
    let address = match proxy.port_u16() {
        Some(port) => format!("{}:{port}", proxy.host()?),
        None => proxy.host()?.to_owned(),
    };
    match Proxy::parse(&address, SOURCE) {
        Ok(proxy) => Some(proxy),
        Err(error) => {
            tracing::warn!(%error, "the Windows proxy setting cannot be used");
            None
        }
    }
}

/// The system's proxy for `scheme://host`: none outside Windows.
#[cfg(not(windows))]
pub(super) fn proxy_for(_scheme: &str, _host: &str) -> Option<Proxy> {
    None
}
