//! The desktop's light or dark preference, where the windowing system does not tell.
//!
//! On Windows and macOS the window library reports the system's theme itself. On
//! Linux under X11 it reports none; there the XDG desktop portal's setting
//! `org.freedesktop.appearance color-scheme` (GNOME, KDE and others keep it) tells.
//! [`watch`] reads it on its own thread and keeps listening for changes. Knows
//! nothing of egui: the caller decides what a preference changes.

/// A light or dark look, as the desktop prefers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// Dark text on light backgrounds.
    Light,
    /// Light text on dark backgrounds.
    Dark,
}

/// The scheme a portal `color-scheme` value stands for: 1 prefers dark, 2
/// prefers light, 0 (no preference) and anything else say nothing.
#[cfg(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    test
))]
pub(crate) fn scheme_of(value: u32) -> Option<Scheme> {
    match value {
        1 => Some(Scheme::Dark),
        2 => Some(Scheme::Light),
        _ => None,
    }
}

/// Calls `changed` with the desktop's preference now and after each change,
/// from a thread of its own (`mews-theme`); returns at once. Where the
/// platform reports the theme itself, or no portal answers, it never calls.
pub fn watch(changed: impl Fn(Scheme) + Send + 'static) {
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    portal::spawn(move || {
        zbus::blocking::Connection::session().and_then(|bus| portal::follow(&bus, &changed))
    });
    #[cfg(not(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")))]
    drop(changed);
}

#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
pub use portal::watch_on;

#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
mod portal {
    //! The XDG desktop portal's Settings interface, on a D-Bus bus.

    use zbus::blocking::{Connection, Proxy};
    use zbus::zvariant::{OwnedValue, Value};

    use super::{Scheme, scheme_of};

    /// The portal's settings namespace and key for the preference.
    const NAMESPACE: &str = "org.freedesktop.appearance";
    const KEY: &str = "color-scheme";

    /// As [`super::watch`], on the portal found on `bus` (the session bus, or a test's own).
    pub fn watch_on(bus: Connection, changed: impl Fn(Scheme) + Send + 'static) {
        spawn(move || follow(&bus, &changed));
    }

    /// Runs `follow` on the `mews-theme` thread; its end is only logged.
    pub(super) fn spawn(follow: impl FnOnce() -> zbus::Result<()> + Send + 'static) {
        let started = std::thread::Builder::new()
            .name("mews-theme".into())
            .spawn(move || {
                if let Err(error) = follow() {
                    tracing::debug!(%error, "the desktop portal gives no light or dark preference");
                }
            });
        if let Err(error) = started {
            tracing::warn!(%error, "the thread that follows the desktop's theme did not start");
        }
    }

    /// Reads the preference, then follows `SettingChanged` until the bus goes away.
    pub(super) fn follow(bus: &Connection, changed: &dyn Fn(Scheme)) -> zbus::Result<()> {
        let proxy = Proxy::new(
            bus,
            "org.freedesktop.portal.Desktop",
            "/org/freedesktop/portal/desktop",
            "org.freedesktop.portal.Settings",
        )?;
        // Listen first, so a change made while reading is not missed.
        let changes = proxy.receive_signal("SettingChanged")?;
        let now: OwnedValue = proxy
            .call("ReadOne", &(NAMESPACE, KEY))
            .or_else(|_| proxy.call("Read", &(NAMESPACE, KEY)))?;
        if let Some(scheme) = scheme_in(&now) {
            changed(scheme);
        }
        for message in changes {
            let (namespace, key, value): (String, String, OwnedValue) =
                message.body().deserialize()?;
            if namespace == NAMESPACE
                && key == KEY
                && let Some(scheme) = scheme_in(&value)
            {
                changed(scheme);
            }
        }
        Ok(())
    }

    /// The scheme in a value; the older `Read` wraps it in one more variant.
    fn scheme_in(value: &Value<'_>) -> Option<Scheme> {
        match value {
            Value::Value(inner) => scheme_in(inner),
            Value::U32(value) => scheme_of(*value),
            _ => None,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_value_wrapped_by_the_older_read_call_still_reads() {
            assert_eq!(scheme_in(&Value::U32(1)), Some(Scheme::Dark));
            let wrapped = Value::Value(Box::new(Value::U32(2)));
            assert_eq!(scheme_in(&wrapped), Some(Scheme::Light));
            assert_eq!(scheme_in(&Value::from("dark")), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_portal_values_map_to_schemes_and_no_preference_says_nothing() {
        assert_eq!(scheme_of(1), Some(Scheme::Dark));
        assert_eq!(scheme_of(2), Some(Scheme::Light));
        assert_eq!(scheme_of(0), None);
        assert_eq!(scheme_of(7), None);
    }
}
