//! Following the desktop's light or dark preference through a real D-Bus bus:
//! a private `dbus-daemon` with a stand-in for the XDG desktop portal on it.
//! Needs `dbus-daemon` (apt: `dbus-daemon`), so it is ignored unless run with
//! `--include-ignored` (as `.ci/run` does).
#![cfg(target_os = "linux")]

use std::sync::mpsc;
use std::time::Duration;

use crate::support::{Sandbox, SessionBus};
use mews_monitor::desktop::theme::{Scheme, watch_on};
use zbus::zvariant::{OwnedValue, Value};

const PATH: &str = "/org/freedesktop/portal/desktop";
const LIMIT: Duration = Duration::from_secs(10);

/// The portal's Settings interface, holding one `color-scheme` value.
struct Settings {
    color_scheme: u32,
}

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Settings {
    fn read_one(&self, namespace: &str, key: &str) -> zbus::fdo::Result<OwnedValue> {
        if (namespace, key) == ("org.freedesktop.appearance", "color-scheme") {
            Ok(OwnedValue::from(self.color_scheme))
        } else {
            Err(zbus::fdo::Error::Failed(format!("no {namespace} {key}")))
        }
    }
}

#[test]
#[ignore = "needs dbus-daemon (.ci/run installs it)"]
fn the_look_follows_the_portals_color_scheme_and_its_changes() {
    let sandbox = Sandbox::new("theme-portal");
    let bus = SessionBus::start(&sandbox);
    let address = bus.address.clone();
    let portal = zbus::blocking::connection::Builder::address(address.as_str())
        .unwrap()
        .name("org.freedesktop.portal.Desktop")
        .unwrap()
        .serve_at(PATH, Settings { color_scheme: 1 })
        .unwrap()
        .build()
        .expect("the stand-in portal is on the bus");
    let app_side = zbus::blocking::connection::Builder::address(address.as_str())
        .unwrap()
        .build()
        .expect("the app reaches the bus");

    let (seen, schemes) = mpsc::channel();
    watch_on(app_side, move |scheme| {
        let _ = seen.send(scheme);
    });
    assert_eq!(
        schemes.recv_timeout(LIMIT),
        Ok(Scheme::Dark),
        "1 means dark"
    );
    for (value, scheme) in [(2u32, Scheme::Light), (1, Scheme::Dark)] {
        portal
            .emit_signal(
                None::<&str>,
                PATH,
                "org.freedesktop.portal.Settings",
                "SettingChanged",
                &(
                    "org.freedesktop.appearance",
                    "color-scheme",
                    Value::U32(value),
                ),
            )
            .expect("signal sent");
        assert_eq!(schemes.recv_timeout(LIMIT), Ok(scheme), "after {value}");
    }
    // Another setting changes nothing: the next scheme seen is the one sent after it.
    for (namespace, key, value) in [
        (
            "org.gnome.desktop.interface",
            "clock-format",
            Value::from("24h"),
        ),
        ("org.freedesktop.appearance", "color-scheme", Value::U32(2)),
    ] {
        portal
            .emit_signal(
                None::<&str>,
                PATH,
                "org.freedesktop.portal.Settings",
                "SettingChanged",
                &(namespace, key, value),
            )
            .expect("signal sent");
    }
    assert_eq!(schemes.recv_timeout(LIMIT), Ok(Scheme::Light));
    drop(portal);
    drop(bus);
}
