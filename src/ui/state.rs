//! The app's two halves: what the window draws and saves ([`ViewState`]), and what runs
//! behind it ([`Services`]). `App` holds one of each; keeping them apart lets a panel
//! borrow the view state mutably while it reads the session.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::settings::Settings;
use monitor_core::store::TodaysArrivals;
use monitor_engine::credentials::TokenPair;
use monitor_engine::session::Session;
use monitor_engine::session::demo::{DemoHotel, StartingDemo};

use super::app::{Notifications, Screen};
use super::connect::ConnectForm;
use super::export::ExportDialog;
use super::notices::Notices;
use super::pace::Pacer;
use super::room::RoomPanel;
use super::saving::Saving;
use super::tabs::Tabs;
use crate::i18n::Translator;
use crate::policy::Policy;

/// What the window draws and keeps: the settings (saved) and each panel's view state.
pub(crate) struct ViewState {
    /// Saved settings; changed by actions, or by panels that then say so
    /// ([`super::Action::SettingsEdited`]).
    pub settings: Settings,
    /// What the organisation sets: shown, marked, and not changed here.
    pub policy: Policy,
    /// Every word shown, in the desk's language.
    pub t: Translator,
    /// Which screen fills the window.
    pub screen: Screen,
    /// Each tab's view state.
    pub tabs: Tabs,
    /// The selected room and its timeline.
    pub room: RoomPanel,
    /// Whether the problems window is open.
    pub show_problems: bool,
    /// The problems in the desk's words, for the problems window.
    pub problem_texts: super::problems::ProblemTexts,
    /// Short notices ("Copied id") shown for a moment.
    pub notices: Notices,
    /// The connection screen, with its keyring jobs.
    pub form: ConnectForm,
    /// The export window.
    pub export: ExportDialog,
    /// Today's arrivals, in the order the panel and status bar show them.
    pub arrivals: TodaysArrivals,
    /// What the desk typed in the Arrivals panel's search (memory only: it may be a name).
    pub arrivals_search: String,
    /// The hotel's day the search was typed on: a new day clears it.
    pub arrivals_search_day: Option<chrono::NaiveDate>,
    /// Why alerts cannot appear as desktop notifications, once the desktop said so.
    pub notification_note: Option<String>,
}

/// What runs behind the window.
pub(crate) struct Services {
    /// The live session: store, connection, lookups, history.
    pub session: Session,
    /// The built-in demo hotel, running or on its way up.
    pub demo: Demo,
    /// Desktop notifications, once start-up gave them.
    pub notifier: Option<Box<dyn Notifications>>,
    /// Keeps the settings on disk.
    pub saving: Saving,
    /// The keep-alive interval of the next connection.
    pub ping_interval: Duration,
    /// Paces repaints that no input asked for.
    pub pacer: Pacer,
    /// When the oldest event applied but not yet drawn was received (for the frame log).
    pub undrawn_since: Option<DateTime<Utc>>,
    /// The runtime that runs the connection and background jobs.
    pub runtime: tokio::runtime::Handle,
    /// The window's egui context (to wake it and reach the clipboard).
    pub ctx: egui::Context,
}

/// The built-in demo hotel.
#[derive(Default)]
pub(crate) struct Demo {
    /// The demo hotel, once it runs.
    pub hotel: Option<DemoHotel>,
    /// The demo hotel on its way up, and the tokens to connect with once it is.
    pub starting: Option<(StartingDemo, TokenPair)>,
}
