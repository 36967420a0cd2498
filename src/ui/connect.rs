//! The connection screen: where to connect, the two tokens (masked,
//! checked as typed), "Remember on this computer", the saved state,
//! "Forget tokens", "Test connection" and Connect, and a proxy set by IT
//! ([`super::proxy_form`]).
//!
//! Keyring calls and the test request run off the UI thread (poll-promise);
//! the form wakes the window when they finish.

use poll_promise::Promise;

use crate::policy::Policy;
use crate::settings::{ConnectionSettings, Place, Settings};
use monitor_engine::credentials::{
    CredentialStore, KeyringError, Profile, SavedState, Token, TokenPair,
};
use monitor_engine::session::demo::demo_tokens;
use monitor_engine::session::probe::{self, CLIENT_NAME};
use monitor_engine::session::{ConnectionStatus, Target};

use super::action::Action;
use super::background::off_the_ui_thread;
use super::fields::{address_field, set_by_organisation};
use super::proxy_form::ProxyForm;

type KeyringResult<T> = Result<T, KeyringError>;

/// How wide the connection card is at most.
const CARD_WIDTH: f32 = 560.0;

/// What the keyring holds for the chosen connection.
enum Saved {
    /// Being read.
    Loading(Promise<KeyringResult<Option<TokenPair>>>),
    /// Read: these tokens (or none).
    Known(Option<TokenPair>),
    /// The keyring could not be read.
    Failed(KeyringError),
}

/// The form's state. Typed tokens live here only until they are used.
pub(crate) struct ConnectForm {
    client: String,
    access: String,
    keyring: KeyringResult<CredentialStore>,
    profile: Profile,
    saved: Saved,
    proxy: ProxyForm,
    saving: Option<Promise<KeyringResult<SavedState>>>,
    save_problem: Option<KeyringError>,
    test: Option<Promise<Result<String, String>>>,
    test_result: Option<Result<String, String>>,
    error: Option<String>,
    auto_connect: bool,
    icon: Option<egui::TextureHandle>,
    card_height: f32,
    ctx: egui::Context,
    runtime: tokio::runtime::Handle,
}

impl ConnectForm {
    /// A form for the saved connection; starts reading the keyring.
    pub fn new(
        settings: &Settings,
        keyring: KeyringResult<CredentialStore>,
        ctx: &egui::Context,
        runtime: &tokio::runtime::Handle,
    ) -> Self {
        let profile = settings.connection.profile();
        let proxy = ProxyForm::new(&settings.connection, keyring.as_ref().ok(), ctx);
        let mut form = ConnectForm {
            client: String::new(),
            access: String::new(),
            keyring,
            saved: Saved::Known(None),
            proxy,
            profile,
            saving: None,
            save_problem: None,
            test: None,
            test_result: None,
            error: None,
            auto_connect: settings.connect_on_start,
            icon: None,
            card_height: 0.0,
            ctx: ctx.clone(),
            runtime: runtime.clone(),
        };
        form.load();
        form
    }

    /// Stops the form from connecting by itself with saved tokens (a connection was made).
    pub(crate) fn cancel_auto_connect(&mut self) {
        self.auto_connect = false;
    }

    /// Shows a problem above the Connect button.
    pub(crate) fn set_error(&mut self, message: String) {
        self.error = Some(message);
    }

    fn load(&mut self) {
        self.in_keyring("keyring-load", |store, profile| store.load(profile));
    }

    fn forget(&mut self) {
        self.in_keyring("keyring-forget", |store, profile| {
            store.forget(profile).map(|_| None)
        });
    }

    /// Runs `task` on the keyring off the UI thread; what it returns is what is saved after it.
    fn in_keyring(
        &mut self,
        name: &str,
        task: impl FnOnce(&CredentialStore, &Profile) -> KeyringResult<Option<TokenPair>>
        + Send
        + 'static,
    ) {
        self.saved = match &self.keyring {
            Ok(store) => {
                let (store, profile) = (store.clone(), self.profile.clone());
                Saved::Loading(off_the_ui_thread(name, &self.ctx, move || {
                    task(&store, &profile)
                }))
            }
            Err(error) => Saved::Failed(error.clone()),
        };
    }

    /// Collects finished background work; may ask to connect with saved tokens.
    pub(crate) fn poll(&mut self, settings: &Settings) -> Option<Action> {
        let profile = settings.connection.profile();
        if profile != self.profile {
            self.profile = profile;
            self.test_result = None;
            self.load();
        }
        if let Saved::Loading(promise) = &self.saved
            && let Some(result) = promise.ready()
        {
            self.saved = match result {
                Ok(tokens) => Saved::Known(tokens.clone()),
                Err(error) => Saved::Failed(error.clone()),
            };
        }
        self.proxy.poll(&settings.connection, &self.keyring);
        if let Some(result) = self.saving.as_ref().and_then(|promise| promise.ready()) {
            self.save_problem = result.as_ref().err().cloned();
            self.saving = None;
            self.load();
        }
        if let Some(result) = self.test.as_ref().and_then(|promise| promise.ready()) {
            self.test_result = Some(result.clone());
            self.test = None;
        }
        if self.auto_connect && !matches!(self.saved, Saved::Loading(_)) && !self.proxy.is_loading()
        {
            self.auto_connect = false;
            if let Some(tokens) = self.usable_tokens(settings) {
                return Some(Action::Connect(tokens));
            }
        }
        None
    }

    /// Gives a proxy set in the settings its password (typed or from the keyring).
    pub(crate) fn complete_proxy(&self, target: &mut Target) {
        self.proxy.complete(target);
    }

    /// Tokens to connect with: typed ones if both are valid, else saved ones.
    fn usable_tokens(&self, settings: &Settings) -> Option<TokenPair> {
        if settings.connection.place == Place::BuiltInDemo {
            return demo_tokens();
        }
        if let (Ok(client), Ok(access)) = (Token::new(&self.client), Token::new(&self.access)) {
            return Some(TokenPair { client, access });
        }
        match &self.saved {
            Saved::Known(Some(tokens))
                if self.client.trim().is_empty() && self.access.trim().is_empty() =>
            {
                Some(tokens.clone())
            }
            _ => None,
        }
    }

    /// Draws the form as a card in the middle of the window.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &mut Settings,
        policy: &Policy,
        status: Option<&ConnectionStatus>,
        linked: bool,
        actions: &mut Vec<Action>,
    ) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            // Centre the card: last frame's height tells how much space to leave above it.
            let above = ((ui.available_height() - self.card_height) / 2.0).max(0.0);
            ui.add_space(above);
            ui.vertical_centered(|ui| {
                let card = egui::Frame::window(ui.style())
                    .inner_margin(24.0)
                    .show(ui, |ui| {
                        ui.set_width(CARD_WIDTH.min(ui.available_width()));
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            self.card_ui(ui, settings, policy, status, linked, actions);
                        });
                    });
                self.card_height = card.response.rect.height();
            });
        });
    }

    /// The card's contents: the app's name, where to connect, tokens, Connect.
    fn card_ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &mut Settings,
        policy: &Policy,
        status: Option<&ConnectionStatus>,
        linked: bool,
        actions: &mut Vec<Action>,
    ) {
        self.title_ui(ui);
        ui.add_space(12.0);
        if let Some(status @ ConnectionStatus::Rejected { .. }) = status {
            ui.colored_label(ui.visuals().error_fg_color, status.summary());
            ui.add_space(6.0);
        }
        ui.strong("Where");
        let mut edited = false;
        if policy.sets_connection() {
            where_fixed_ui(ui, &settings.connection);
        } else {
            edited |= where_ui(ui, &mut settings.connection);
        }
        ui.add_space(8.0);
        if settings.connection.place == Place::BuiltInDemo {
            ui.label("The demo hotel runs inside this app and uses its own demo tokens.");
        } else {
            edited |= self.tokens_ui(ui, settings);
            ui.add_space(4.0);
            edited |= self
                .proxy
                .ui(ui, &mut settings.connection, policy.sets_proxy());
        }
        if edited {
            actions.push(Action::SettingsEdited);
        }
        ui.add_space(4.0);
        ui.weak(format!(
            "Client: {CLIENT_NAME} (sent with every request to Mews)"
        ));
        ui.add_space(12.0);
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        self.buttons_ui(ui, settings, linked, actions);
        if self.test.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Asking Mews for the hotel's name…");
            });
        }
        match &self.test_result {
            Some(Ok(hotel)) => {
                ui.colored_label(
                    super::style::good_colour(ui.visuals()),
                    format!("Connection works: {hotel}"),
                );
            }
            Some(Err(problem)) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("Connection test failed: {problem}"),
                );
            }
            None => {}
        }
    }

    /// The app's icon and name, and what it does.
    fn title_ui(&mut self, ui: &mut egui::Ui) {
        let icon = self.icon.get_or_insert_with(|| {
            let icon = crate::desktop::icon::window_icon();
            let size = [icon.width as usize, icon.height as usize];
            let image = egui::ColorImage::from_rgba_unmultiplied(size, &icon.rgba);
            ui.ctx()
                .load_texture("app-icon", image, egui::TextureOptions::LINEAR)
        });
        ui.horizontal(|ui| {
            ui.add(
                egui::Image::new((icon.id(), egui::vec2(56.0, 56.0))).alt_text("Mews Monitor icon"),
            );
            ui.vertical(|ui| {
                ui.label(egui::RichText::new("Mews Monitor").size(26.0).strong());
                ui.label("Live room states, reservations, device commands and price updates.");
            });
        });
        ui.add_space(8.0);
        ui.heading("Connect to Mews");
    }

    /// Connect (the primary button), Test connection and Back to the monitor.
    fn buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &Settings,
        linked: bool,
        actions: &mut Vec<Action>,
    ) {
        ui.horizontal(|ui| {
            let tokens = self.usable_tokens(settings);
            let (fill, text) = super::style::primary_colours(ui.visuals());
            let label = egui::RichText::new("Connect").strong().color(text);
            let connect = ui.add_enabled(
                tokens.is_some(),
                egui::Button::new(label)
                    .fill(fill)
                    .min_size(egui::vec2(120.0, 30.0)),
            );
            if connect.clicked()
                && let Some(tokens) = tokens.clone()
            {
                self.error = None;
                self.remember(settings, &tokens);
                self.proxy.take_typed(&self.keyring);
                actions.push(Action::Connect(tokens));
            }
            let test = ui.add_enabled(
                tokens.is_some() && self.test.is_none(),
                egui::Button::new("Test connection").min_size(egui::vec2(0.0, 30.0)),
            );
            if test.clicked()
                && let Some(tokens) = tokens
            {
                self.proxy.take_typed(&self.keyring);
                self.start_test(settings, tokens);
            }
            if linked && ui.button("Back to the monitor").clicked() {
                actions.push(Action::CloseConnectionScreen);
            }
        });
    }

    /// The token fields and what the keyring holds; true when "Remember" was changed.
    fn tokens_ui(&mut self, ui: &mut egui::Ui, settings: &mut Settings) -> bool {
        ui.strong("Tokens");
        ui.label(
            "From your Mews administrator. They are kept in the system keyring, never in a file.",
        );
        token_field(ui, "ClientToken", &mut self.client);
        token_field(ui, "AccessToken", &mut self.access);
        match &self.saved {
            Saved::Loading(_) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Looking for saved tokens in the system keyring…");
                });
            }
            Saved::Known(Some(tokens)) => {
                let mut forget = false;
                ui.horizontal(|ui| {
                    ui.label(SavedState::of(tokens).to_string());
                    forget = ui.button("Forget tokens").clicked();
                });
                if forget {
                    self.forget();
                    return false;
                }
                if self.client.trim().is_empty() && self.access.trim().is_empty() {
                    ui.weak("Leave the fields empty to use the saved tokens.");
                }
            }
            Saved::Known(None) => {
                ui.weak(SavedState::NotSaved.to_string());
            }
            Saved::Failed(error) => {
                ui.colored_label(ui.visuals().warn_fg_color, error.to_string());
                if error.offers_retry() && ui.button("Try the keyring again").clicked() {
                    self.load();
                }
            }
        }
        let mut edited = false;
        if self.keyring.is_ok() {
            edited = ui
                .checkbox(&mut settings.remember_tokens, "Remember on this computer")
                .changed();
        } else {
            // Nothing can be remembered: shown unticked, with why, whatever the setting says.
            ui.horizontal_wrapped(|ui| {
                ui.add_enabled(
                    false,
                    egui::Checkbox::new(&mut false, "Remember on this computer"),
                );
                ui.weak("Not possible: no system keyring. The tokens stay in memory for this session only.");
            });
        }
        if let Some(problem) = &self.save_problem {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "The tokens were not saved: {problem} They are used for this session only."
                ),
            );
        }
        edited
    }

    fn remember(&mut self, settings: &Settings, tokens: &TokenPair) {
        let typed = !self.client.trim().is_empty() || !self.access.trim().is_empty();
        self.client.clear();
        self.access.clear();
        if !typed || !settings.remember_tokens || settings.connection.place == Place::BuiltInDemo {
            return;
        }
        if let Ok(store) = &self.keyring {
            let (store, profile, tokens) = (store.clone(), self.profile.clone(), tokens.clone());
            self.saving = Some(off_the_ui_thread("keyring-save", &self.ctx, move || {
                store.save(&profile, &tokens)
            }));
        }
    }

    fn start_test(&mut self, settings: &Settings, tokens: TokenPair) {
        self.test_result = None;
        if settings.connection.place == Place::BuiltInDemo {
            self.test_result = Some(Ok("the built-in demo hotel".into()));
            return;
        }
        let mut target = match settings.connection.target(None) {
            Ok(target) => target,
            Err(error) => {
                self.test_result = Some(Err(error.to_string()));
                return;
            }
        };
        self.proxy.complete(&mut target);
        let proxy = target.proxy;
        let Some(api_url) = target.api_url else {
            self.test_result = Some(Err("there is no REST address to test".into()));
            return;
        };
        let ctx = self.ctx.clone();
        let _guard = self.runtime.enter();
        self.test = Some(Promise::spawn_async(async move {
            let result = probe::hotel_name(api_url, tokens, proxy).await;
            ctx.request_repaint();
            result
        }));
    }
}

/// The choice of where to connect; true when the user changed it.
fn where_ui(ui: &mut egui::Ui, connection: &mut ConnectionSettings) -> bool {
    let mut edited = false;
    for place in Place::ALL {
        edited |= ui
            .radio_value(&mut connection.place, place, place.label())
            .changed();
    }
    if connection.place == Place::Custom {
        edited |= address_field(
            ui,
            "WebSocket address",
            &mut connection.custom_ws_url,
            "wss://ws.mews.com",
        );
        edited |= address_field(
            ui,
            "REST address",
            &mut connection.custom_api_url,
            "https://api.mews.com",
        );
    }
    edited
}

/// Where the organisation's policy makes the app connect, shown without a choice.
fn where_fixed_ui(ui: &mut egui::Ui, connection: &ConnectionSettings) {
    ui.label(connection.place.label());
    if connection.place == Place::Custom {
        ui.weak(format!("WebSocket address: {}", connection.custom_ws_url));
        if !connection.custom_api_url.is_empty() {
            ui.weak(format!("REST address: {}", connection.custom_api_url));
        }
    }
    set_by_organisation(ui);
}

/// A masked token field with its check shown as the user types.
fn token_field(ui: &mut egui::Ui, name: &str, text: &mut String) {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        ui.add(
            egui::TextEdit::singleline(text)
                .password(true)
                .desired_width(380.0)
                .hint_text("paste here"),
        )
        .labelled_by(label.id);
    });
    // Spaces and line breaks around a pasted token are dropped without a word.
    if !text.trim().is_empty()
        && let Err(problem) = Token::new(text)
    {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("This {name} cannot be right: {problem}."),
        );
    }
}
