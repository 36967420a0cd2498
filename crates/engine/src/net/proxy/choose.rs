//! Which proxy the socket takes when the app names none: the one the environment or the
//! system names for the host, as decided by hyper-util's matcher — the very one reqwest
//! uses for REST, so the socket and REST always agree (`HTTPS_PROXY` for `wss://`,
//! `HTTP_PROXY` for `ws://`, else `ALL_PROXY`, unless `NO_PROXY` names the host; else,
//! on Windows, the system's proxy setting, [`super::system`]).
//!
//! The address the environment names is also read here with [`Proxy::parse`]: for the
//! user name and password it may carry, for where it came from (diagnostics), and to say
//! plainly when it cannot be used rather than quietly going direct.

use hyper::Uri;
use hyper_util::client::proxy::matcher::Matcher;

use super::{Proxy, ProxyError, system};

/// The environment variables that name a proxy, in order of preference, for each scheme.
const SECURE_VARS: [&str; 4] = ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"];
const PLAIN_VARS: [&str; 4] = ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];

/// The proxy for `scheme://host` (`ws` or `wss`), reading variables through `env`.
pub(super) fn for_host(
    scheme: &str,
    host: &str,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Option<Proxy>, ProxyError> {
    let secure = scheme.eq_ignore_ascii_case("wss") || scheme.eq_ignore_ascii_case("https");
    let named = named_proxy(if secure { &SECURE_VARS } else { &PLAIN_VARS }, &env)?;
    let web_scheme = if secure { "https" } else { "http" };
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_owned()
    };
    let Ok(destination) = format!("{web_scheme}://{host}/").parse::<Uri>() else {
        return Ok(None);
    };
    let matcher = match &named {
        Some(proxy) => environment_matcher(proxy, &env),
        None => Matcher::from_system(),
    };
    let Some(intercept) = matcher.intercept(&destination) else {
        return Ok(None);
    };
    Ok(match named {
        Some(proxy) => Some(proxy),
        None => system::proxy_at(intercept.uri()),
    })
}

/// The first variable of `vars` that names a proxy, read; an address that cannot be used
/// is an error, in words.
fn named_proxy(
    vars: &[&str],
    env: &impl Fn(&str) -> Option<String>,
) -> Result<Option<Proxy>, ProxyError> {
    let named = vars.iter().find_map(|var| {
        env(var)
            .filter(|value| !value.trim().is_empty())
            .map(|value| (*var, value))
    });
    named
        .map(|(var, value)| Proxy::parse(&value, var))
        .transpose()
}

/// The matcher for `proxy`, the one the environment named, with the environment's
/// `NO_PROXY`. The proxy is given by its address only (its credentials stay with it), so
/// the matcher passes it over only when `NO_PROXY` names the host, never because it reads
/// the address differently.
fn environment_matcher(proxy: &Proxy, env: &impl Fn(&str) -> Option<String>) -> Matcher {
    let no_proxy = ["NO_PROXY", "no_proxy"]
        .iter()
        .find_map(|name| env(name))
        .unwrap_or_default();
    Matcher::builder()
        .all(format!("http://{}", proxy.address()))
        .no(no_proxy)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn the_environment_is_read_as_curl_and_rest_read_it() {
        let vars = [
            ("HTTPS_PROXY", "http://desk:s%40cret@10.0.0.5:3128"),
            ("ALL_PROXY", "10.0.0.9:8080"),
        ];
        let found = for_host("wss", "ws.mews.com", env(&vars)).expect("valid");
        let proxy = found.expect("a proxy");
        assert_eq!(proxy.address(), "10.0.0.5:3128");
        assert_eq!(proxy.user(), Some("desk"));
        assert_eq!(proxy.password(), Some("s@cret"));
        assert_eq!(
            proxy.to_string(),
            "http://desk@10.0.0.5:3128 (from HTTPS_PROXY)"
        );
        let found = for_host("ws", "ws.mews.com", env(&vars)).expect("valid");
        assert_eq!(found.expect("ALL_PROXY").address(), "10.0.0.9:8080");
    }

    #[test]
    fn no_proxy_names_hosts_domains_addresses_or_everything() {
        for (no_proxy, host, bypassed) in [
            ("mews.com", "ws.mews.com", true),
            (".mews.com", "ws.mews.com", true),
            ("notmews.com", "ws.mews.com", false),
            ("s.mews.com", "ws.mews.com", false),
            ("localhost, 127.0.0.1", "127.0.0.1", true),
            ("10.0.0.0/8", "10.1.2.3", true),
            ("::1", "::1", true),
            ("::1", "[::1]", true),
            ("*", "anything", true),
            ("", "ws.mews.com", false),
        ] {
            let vars = [("HTTPS_PROXY", "10.0.0.5:3128"), ("NO_PROXY", no_proxy)];
            let proxy = for_host("wss", host, env(&vars)).expect("valid");
            assert_eq!(proxy.is_none(), bypassed, "{no_proxy} / {host}");
        }
    }

    #[test]
    fn a_proxy_the_environment_names_is_used_whatever_its_password_holds() {
        for vars in [
            [("HTTPS_PROXY", ""), ("https_proxy", "http://10.0.0.5:3128")],
            [
                ("HTTPS_PROXY", "http://desk:p#ss w?rd@10.0.0.5:3128"),
                ("x", ""),
            ],
        ] {
            let proxy = for_host("wss", "ws.mews.com", env(&vars)).expect("valid");
            let proxy = proxy.expect("a proxy");
            assert_eq!(proxy.address(), "10.0.0.5:3128", "{vars:?}");
        }
    }

    #[test]
    fn an_unusable_proxy_in_the_environment_is_said_not_skipped() {
        let vars = [("HTTPS_PROXY", "socks5://desk:hunter2@10.0.0.5:1080")];
        let error = for_host("wss", "ws.mews.com", env(&vars)).expect_err("refused");
        assert!(matches!(error, ProxyError::Address(_)), "{error:?}");
        assert!(!error.to_string().contains("hunter2"), "{error}");
    }

    /// Linux has no system proxy setting besides the environment (Windows' is tested
    /// under Wine, in the app's `windows_program` tests).
    #[test]
    #[cfg(target_os = "linux")]
    fn without_a_proxy_in_the_environment_the_socket_goes_direct() {
        assert_eq!(for_host("wss", "ws.mews.com", env(&[])), Ok(None));
    }
}
