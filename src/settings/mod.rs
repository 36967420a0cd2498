//! Settings that are not secret: where to connect, what "ready" means, and
//! how the window looks (tab, filters, zoom, light or dark, language). Saved in their own
//! file. Labels are message ids, put into words by [`crate::i18n`].
//!
//! Tokens are never here: they live in the system keyring ([`monitor_engine::credentials`]).
//! [`file`] keeps them on disk so that a crash never loses or breaks them.

pub mod file;

use crate::i18n::Language;
use monitor_core::store::{BoardFilter, LogFilter, ReadyRule};
use monitor_engine::credentials::{Profile, ProxyLogin};
use monitor_engine::net::{
    AddressError, Addresses, Environment, Proxy, ProxyChoice, ProxyError, WsUrl,
};
use monitor_engine::session::Target;

/// Which Mews to connect to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Place {
    /// The simulated demo hotel built into this app (no account, no internet).
    #[default]
    BuiltInDemo,
    /// Mews' public demo environment.
    MewsDemo,
    /// Mews production.
    Production,
    /// Addresses typed in by IT.
    Custom,
}

impl Place {
    /// Every place, in the order the connection screen lists them.
    pub(crate) const ALL: [Place; 4] = [
        Place::BuiltInDemo,
        Place::MewsDemo,
        Place::Production,
        Place::Custom,
    ];

    /// The place of a Mews environment.
    pub(crate) fn of(env: Environment) -> Place {
        match env {
            Environment::Demo => Place::MewsDemo,
            Environment::Production => Place::Production,
        }
    }

    /// The message naming the choice ([`crate::i18n`]).
    pub(crate) fn label(self) -> &'static str {
        match self {
            Place::BuiltInDemo => "place-built-in-demo",
            Place::MewsDemo => "place-mews-demo",
            Place::Production => "place-production",
            Place::Custom => "place-custom",
        }
    }
}

/// Where to connect, as saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ConnectionSettings {
    /// Which Mews.
    pub place: Place,
    /// WebSocket address for [`Place::Custom`].
    pub custom_ws_url: String,
    /// REST address for [`Place::Custom`].
    pub custom_api_url: String,
    /// A proxy set by IT as `host:port`, used instead of this computer's; empty: none.
    pub proxy_address: String,
    /// The user name that proxy wants, if any; its password is kept in the keyring.
    pub proxy_user: String,
}

/// Why the saved connection cannot be used.
#[derive(Debug, thiserror::Error)]
pub(crate) enum TargetError {
    /// The WebSocket address is not usable.
    #[error("The WebSocket address cannot be used: {0}")]
    WsUrl(#[from] AddressError),
    /// The proxy set in the connection settings is not usable.
    #[error("{0}")]
    Proxy(#[from] ProxyError),
    /// The built-in demo hotel is chosen; its addresses come from the running simulator.
    #[error("The built-in demo hotel is not running.")]
    DemoNotRunning,
}

impl ConnectionSettings {
    /// The keyring profile for this connection: one token pair per environment and address.
    pub fn profile(&self) -> Profile {
        let name = match self.place {
            Place::BuiltInDemo => "built-in-demo".to_owned(),
            Place::MewsDemo => "mews-demo".to_owned(),
            Place::Production => Profile::DEFAULT_NAME.to_owned(),
            Place::Custom => {
                let host: String = self
                    .custom_ws_url
                    .trim()
                    .trim_start_matches("wss://")
                    .trim_start_matches("ws://")
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '.' {
                            c
                        } else {
                            '-'
                        }
                    })
                    .take(48)
                    .collect();
                format!("custom-{host}")
            }
        };
        Profile::new(&name).unwrap_or_default()
    }

    /// The connection asked for on the command line (`--env`, `--ws-url`,
    /// `--api-url`), if any: an environment alone is that place, any address a custom one.
    pub(crate) fn asked_for(addresses: &Addresses) -> Option<ConnectionSettings> {
        if addresses.ws_url.is_none() && addresses.api_url.is_none() {
            return addresses.env.map(|env| ConnectionSettings {
                place: Place::of(env),
                ..ConnectionSettings::default()
            });
        }
        Some(ConnectionSettings::custom(addresses))
    }

    fn custom(addresses: &Addresses) -> ConnectionSettings {
        ConnectionSettings {
            place: Place::Custom,
            custom_ws_url: addresses.ws_text().unwrap_or_default(),
            custom_api_url: addresses.api_url().unwrap_or_default(),
            ..ConnectionSettings::default()
        }
    }

    /// The addresses of the chosen place; `None` for the built-in demo hotel,
    /// whose addresses come from the running simulator.
    pub(crate) fn addresses(&self) -> Option<Addresses> {
        match self.place {
            Place::BuiltInDemo => None,
            Place::MewsDemo => Some(Addresses::of(Environment::Demo)),
            Place::Production => Some(Addresses::of(Environment::Production)),
            Place::Custom => Some(Addresses::typed(&self.custom_ws_url, &self.custom_api_url)),
        }
    }

    /// The addresses to use; `demo` gives the running built-in simulator's.
    pub(crate) fn target(&self, demo: Option<&Target>) -> Result<Target, TargetError> {
        let Some(addresses) = self.addresses() else {
            return demo.cloned().ok_or(TargetError::DemoNotRunning);
        };
        // Typed addresses always have a WebSocket address, if only an empty one.
        let ws_url = addresses.ws_url().unwrap_or_else(|| WsUrl::parse(""))?;
        let mut target = Target::new(ws_url, addresses.api_url());
        if let Some(proxy) = self.proxy()? {
            target.proxy = ProxyChoice::Configured(proxy);
        }
        Ok(target)
    }

    /// The proxy set here, without its password; `None` when none is set.
    pub(crate) fn proxy(&self) -> Result<Option<Proxy>, ProxyError> {
        let address = self.proxy_address.trim();
        if address.is_empty() {
            return Ok(None);
        }
        if address.contains('@') {
            return Err(ProxyError::CredentialsInAddress);
        }
        let proxy = Proxy::parse(address, "connection settings")?;
        Ok(Some(proxy.with_user(&self.proxy_user)))
    }

    /// The login whose password the keyring keeps: when a proxy and its user are set.
    pub fn proxy_login(&self) -> Option<ProxyLogin> {
        let proxy = self.proxy().ok()??;
        Some(ProxyLogin {
            user: proxy.user()?.to_owned(),
            address: proxy.address(),
        })
    }
}

/// Which view fills the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    /// The housekeeping board.
    #[default]
    Board,
    /// The rooms table.
    Rooms,
    /// Reservations.
    Reservations,
    /// Device commands.
    Commands,
    /// Price updates.
    Prices,
    /// Every event.
    Log,
}

impl Tab {
    /// Every tab, in order.
    pub(crate) const ALL: [Tab; 6] = [
        Tab::Board,
        Tab::Rooms,
        Tab::Reservations,
        Tab::Commands,
        Tab::Prices,
        Tab::Log,
    ];

    /// The message of the tab's title ([`crate::i18n`]).
    pub(crate) fn title(self) -> &'static str {
        match self {
            Tab::Board => "tab-board",
            Tab::Rooms => "tab-rooms",
            Tab::Reservations => "tab-reservations",
            Tab::Commands => "tab-commands",
            Tab::Prices => "tab-prices",
            Tab::Log => "tab-log",
        }
    }
}

/// Light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Appearance {
    /// As the computer is set.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Appearance {
    /// Every choice, in menu order.
    pub(crate) const ALL: [Appearance; 3] =
        [Appearance::System, Appearance::Light, Appearance::Dark];

    /// The message naming the choice ([`crate::i18n`]).
    pub(crate) fn label(self) -> &'static str {
        match self {
            Appearance::System => "settings-look-system",
            Appearance::Light => "settings-look-light",
            Appearance::Dark => "settings-look-dark",
        }
    }
}

/// Everything the app remembers between runs, except tokens.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Where to connect.
    pub connection: ConnectionSettings,
    /// Connect at start with the saved tokens (set after a successful connect).
    pub connect_on_start: bool,
    /// Save tokens in the system keyring.
    pub remember_tokens: bool,
    /// What "ready for check-in" means in this hotel.
    pub ready_rule: ReadyRule,
    /// Rooms staff pinned to the watch list (ids).
    pub pinned_rooms: Vec<String>,
    /// The open tab.
    pub tab: Tab,
    /// Board filters.
    pub board: BoardFilter,
    /// Event log filters.
    pub log: LogFilter,
    /// Extra zoom on top of the system's scale (1.0 = as the system says).
    pub zoom: f32,
    /// Days of history kept on disk.
    pub keep_days: u32,
    /// Light, dark, or as the computer is set.
    pub appearance: Appearance,
    /// Whether the Arrivals panel is open beside the tabs.
    pub show_arrivals: bool,
    /// The window's language; `None`: the computer's.
    pub language: Option<Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            connection: ConnectionSettings::default(),
            connect_on_start: false,
            remember_tokens: true,
            ready_rule: ReadyRule::default(),
            pinned_rooms: Vec::new(),
            tab: Tab::default(),
            board: BoardFilter::default(),
            log: LogFilter::default(),
            zoom: 1.0,
            keep_days: monitor_engine::history::retention::DEFAULT_KEEP_DAYS,
            appearance: Appearance::default(),
            show_arrivals: true,
            language: None,
        }
    }
}

impl Settings {
    /// Zoom kept within what stays usable.
    pub(crate) fn clamped_zoom(&self) -> f32 {
        if self.zoom.is_finite() {
            self.zoom.clamp(0.5, 3.0)
        } else {
            1.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_old_files_fill_in_defaults() {
        let mut settings = Settings::default();
        settings.connection.place = Place::Custom;
        settings.connection.custom_ws_url = "wss://ws.example.com".into();
        settings.pinned_rooms.push("room-1".into());
        let text = serde_json::to_string(&settings).expect("serialises");
        let back: Settings = serde_json::from_str(&text).expect("reads back");
        assert_eq!(back, settings);
        let partial: Settings = serde_json::from_str(r#"{"tab":"Log"}"#).expect("reads");
        assert_eq!(partial.tab, Tab::Log);
        assert!(partial.remember_tokens);
        assert!(!text.to_lowercase().contains("token\":\""));
    }

    #[test]
    fn each_connection_has_its_own_keyring_profile() {
        let mut connection = ConnectionSettings::default();
        assert_eq!(connection.profile().name(), "built-in-demo");
        connection.place = Place::Production;
        assert_eq!(connection.profile().name(), "default");
        connection.place = Place::Custom;
        connection.custom_ws_url = "wss://ws.example.com:443/x".into();
        assert_eq!(connection.profile().name(), "custom-ws.example.com-443-x");
    }

    #[test]
    fn targets_come_from_the_chosen_place() {
        let mut connection = ConnectionSettings {
            place: Place::Production,
            ..ConnectionSettings::default()
        };
        let target = connection.target(None).expect("production is known");
        assert_eq!(target.api_url.as_deref(), Some("https://api.mews.com"));
        connection.place = Place::BuiltInDemo;
        assert!(matches!(
            connection.target(None),
            Err(TargetError::DemoNotRunning)
        ));
        connection.place = Place::Custom;
        connection.custom_ws_url = "ws://ws.example.com".into();
        assert!(matches!(
            connection.target(None),
            Err(TargetError::WsUrl(_))
        ));
    }

    #[test]
    fn a_proxy_set_here_is_used_for_mews_but_never_for_the_demo_hotel() {
        let mut connection = ConnectionSettings {
            place: Place::Production,
            proxy_address: " 10.0.0.5:3128 ".into(),
            proxy_user: "desk".into(),
            ..ConnectionSettings::default()
        };
        let target = connection.target(None).expect("usable");
        let ProxyChoice::Configured(proxy) = &target.proxy else {
            panic!("the set proxy is used: {:?}", target.proxy);
        };
        assert_eq!(
            proxy.to_string(),
            "http://desk@10.0.0.5:3128 (from connection settings)"
        );
        let login = connection.proxy_login().expect("a login");
        assert_eq!(
            (login.user.as_str(), login.address.as_str()),
            ("desk", "10.0.0.5:3128")
        );

        connection.proxy_user.clear();
        assert!(
            connection.proxy_login().is_none(),
            "no user, no password to keep"
        );
        connection.proxy_address = "desk:hunter2@10.0.0.5:3128".into();
        let refused = connection
            .target(None)
            .expect_err("credentials belong in their fields");
        assert!(!refused.to_string().contains("hunter2"), "{refused}");
        assert!(matches!(
            refused,
            TargetError::Proxy(ProxyError::CredentialsInAddress)
        ));

        connection.place = Place::BuiltInDemo;
        let demo = Target::new(
            WsUrl::parse("ws://127.0.0.1:9/ws/connector").expect("url"),
            None,
        );
        let target = connection.target(Some(&demo)).expect("the demo");
        assert_eq!(target.proxy, ProxyChoice::default());
        let saved = serde_json::to_string(&connection).expect("serialises");
        assert!(saved.contains("\"proxy_user\""), "{saved}");
    }
}
