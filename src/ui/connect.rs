//! The connection screen: where to connect, the two tokens (masked,
//! checked as typed), "Remember on this computer", the saved state,
//! "Forget tokens", "Test connection" and Connect, and a proxy set by IT
//! ([`super::proxy_form`]).
//!
//! Keyring calls and the test request run off the UI thread (poll-promise);
//! the form wakes the window when they finish.

use poll_promise::Promise;

use crate::i18n::Translator;
use crate::policy::Policy;
use crate::settings::{ConnectionSettings, Place, Settings};
use crate::tr;
use monitor_engine::credentials::{
    CredentialStore, KeyringError, Profile, SavedState, Token, TokenPair,
};
use monitor_engine::session::demo::demo_tokens;
use monitor_engine::session::probe::{self, CLIENT_NAME};
use monitor_engine::session::{ConnectionStatus, Target};
use monitor_engine::trouble::RestFailure;

use super::action::Action;
use super::background::off_the_ui_thread;
use super::fields::{address_field, set_by_organisation};
use super::proxy_form::ProxyForm;

type KeyringResult<T> = Result<T, KeyringError>;

/// What the form shows besides itself, for one frame.
#[derive(Clone, Copy)]
pub(crate) struct Around<'a> {
    /// What the organisation sets.
    pub policy: &'a Policy,
    /// The desk's language.
    pub t: &'a Translator,
    /// The connection's state, once a connection was made.
    pub status: Option<&'a ConnectionStatus>,
    /// Whether a session is linked (the monitor can be gone back to).
    pub linked: bool,
}

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
    test: Option<Promise<Result<String, RestFailure>>>,
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
    pub(crate) fn poll(&mut self, settings: &Settings, t: &Translator) -> Option<Action> {
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
            self.test_result = Some(result.clone().map_err(|why| t.rest_failure(&why)));
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
        around: &Around<'_>,
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
                            self.card_ui(ui, settings, around, actions);
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
        around: &Around<'_>,
        actions: &mut Vec<Action>,
    ) {
        let Around {
            policy,
            t,
            status,
            linked,
        } = *around;
        self.title_ui(ui, t);
        ui.add_space(12.0);
        if let Some(status @ ConnectionStatus::Rejected { .. }) = status {
            ui.colored_label(ui.visuals().error_fg_color, t.status(status));
            ui.add_space(6.0);
        }
        ui.strong(tr!(t, "connect-where"));
        let mut edited = false;
        if policy.sets_connection() {
            where_fixed_ui(ui, &settings.connection, t);
        } else {
            edited |= where_ui(ui, &mut settings.connection, t);
        }
        ui.add_space(8.0);
        if settings.connection.place == Place::BuiltInDemo {
            ui.label(tr!(t, "connect-demo-note"));
        } else {
            edited |= self.tokens_ui(ui, settings, t);
            ui.add_space(4.0);
            edited |= self
                .proxy
                .ui(ui, &mut settings.connection, policy.sets_proxy(), t);
        }
        if edited {
            actions.push(Action::SettingsEdited);
        }
        ui.add_space(4.0);
        ui.weak(tr!(t, "connect-client", client = CLIENT_NAME));
        ui.add_space(12.0);
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        self.buttons_ui(ui, settings, linked, t, actions);
        if self.test.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!(t, "connect-testing"));
            });
        }
        match &self.test_result {
            Some(Ok(hotel)) => {
                ui.colored_label(
                    super::style::good_colour(ui.visuals()),
                    tr!(t, "connect-test-works", hotel = hotel.as_str()),
                );
            }
            Some(Err(problem)) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    tr!(t, "connect-test-failed", problem = problem.as_str()),
                );
            }
            None => {}
        }
    }

    /// The app's icon and name, and what it does.
    fn title_ui(&mut self, ui: &mut egui::Ui, t: &Translator) {
        let icon = self.icon.get_or_insert_with(|| {
            let icon = crate::desktop::icon::window_icon();
            let size = [icon.width as usize, icon.height as usize];
            let image = egui::ColorImage::from_rgba_unmultiplied(size, &icon.rgba);
            ui.ctx()
                .load_texture("app-icon", image, egui::TextureOptions::LINEAR)
        });
        ui.horizontal(|ui| {
            ui.add(
                egui::Image::new((icon.id(), egui::vec2(56.0, 56.0)))
                    .alt_text(tr!(t, "connect-icon")),
            );
            ui.vertical(|ui| {
                ui.label(egui::RichText::new("Mews Monitor").size(26.0).strong());
                ui.label(tr!(t, "connect-tagline"));
            });
        });
        ui.add_space(8.0);
        ui.heading(tr!(t, "connect-heading"));
    }

    /// Connect (the primary button), Test connection and Back to the monitor.
    fn buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &Settings,
        linked: bool,
        t: &Translator,
        actions: &mut Vec<Action>,
    ) {
        ui.horizontal(|ui| {
            let tokens = self.usable_tokens(settings);
            let (fill, text) = super::style::primary_colours(ui.visuals());
            let label = egui::RichText::new(tr!(t, "connect-button"))
                .strong()
                .color(text);
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
                egui::Button::new(tr!(t, "connect-test-button")).min_size(egui::vec2(0.0, 30.0)),
            );
            if test.clicked()
                && let Some(tokens) = tokens
            {
                self.proxy.take_typed(&self.keyring);
                self.start_test(settings, tokens, t);
            }
            if linked && ui.button(tr!(t, "connect-back")).clicked() {
                actions.push(Action::CloseConnectionScreen);
            }
        });
    }

    /// The token fields and what the keyring holds; true when "Remember" was changed.
    fn tokens_ui(&mut self, ui: &mut egui::Ui, settings: &mut Settings, t: &Translator) -> bool {
        ui.strong(tr!(t, "connect-tokens"));
        ui.label(tr!(t, "connect-tokens-note"));
        token_field(ui, "ClientToken", &mut self.client, t);
        token_field(ui, "AccessToken", &mut self.access, t);
        match &self.saved {
            Saved::Loading(_) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!(t, "connect-looking-for-tokens"));
                });
            }
            Saved::Known(Some(tokens)) => {
                let mut forget = false;
                ui.horizontal(|ui| {
                    ui.label(t.saved_state(&SavedState::of(tokens)));
                    forget = ui.button(tr!(t, "connect-forget")).clicked();
                });
                if forget {
                    self.forget();
                    return false;
                }
                if self.client.trim().is_empty() && self.access.trim().is_empty() {
                    ui.weak(tr!(t, "connect-use-saved"));
                }
            }
            Saved::Known(None) => {
                ui.weak(t.saved_state(&SavedState::NotSaved));
            }
            Saved::Failed(error) => {
                ui.colored_label(ui.visuals().warn_fg_color, t.keyring_error(error));
                if error.offers_retry() && ui.button(tr!(t, "connect-keyring-retry")).clicked() {
                    self.load();
                }
            }
        }
        let mut edited = false;
        if self.keyring.is_ok() {
            edited = ui
                .checkbox(&mut settings.remember_tokens, tr!(t, "connect-remember"))
                .changed();
        } else {
            // Nothing can be remembered: shown unticked, with why, whatever the setting says.
            ui.horizontal_wrapped(|ui| {
                ui.add_enabled(
                    false,
                    egui::Checkbox::new(&mut false, tr!(t, "connect-remember")),
                );
                ui.weak(tr!(t, "connect-remember-impossible"));
            });
        }
        if let Some(problem) = &self.save_problem {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(t, "connect-not-saved", problem = t.keyring_error(problem)),
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

    fn start_test(&mut self, settings: &Settings, tokens: TokenPair, t: &Translator) {
        self.test_result = None;
        if settings.connection.place == Place::BuiltInDemo {
            self.test_result = Some(Ok(tr!(t, "connect-test-demo")));
            return;
        }
        let mut target = match settings.connection.target(None) {
            Ok(target) => target,
            Err(error) => {
                self.test_result = Some(Err(t.target_error(&error)));
                return;
            }
        };
        self.proxy.complete(&mut target);
        let proxy = target.proxy;
        let Some(api_url) = target.api_url else {
            self.test_result = Some(Err(tr!(t, "connect-test-no-rest")));
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
fn where_ui(ui: &mut egui::Ui, connection: &mut ConnectionSettings, t: &Translator) -> bool {
    let mut edited = false;
    for place in Place::ALL {
        edited |= ui
            .radio_value(&mut connection.place, place, t.text(place.label()))
            .changed();
    }
    if connection.place == Place::Custom {
        edited |= address_field(
            ui,
            tr!(t, "connect-ws-address"),
            &mut connection.custom_ws_url,
            "wss://ws.mews.com",
        );
        edited |= address_field(
            ui,
            tr!(t, "connect-rest-address"),
            &mut connection.custom_api_url,
            "https://api.mews.com",
        );
    }
    edited
}

/// Where the organisation's policy makes the app connect, shown without a choice.
fn where_fixed_ui(ui: &mut egui::Ui, connection: &ConnectionSettings, t: &Translator) {
    ui.label(t.text(connection.place.label()));
    if connection.place == Place::Custom {
        let address = connection.custom_ws_url.as_str();
        ui.weak(tr!(t, "connect-ws-address-shown", address = address));
        if !connection.custom_api_url.is_empty() {
            let address = connection.custom_api_url.as_str();
            ui.weak(tr!(t, "connect-rest-address-shown", address = address));
        }
    }
    set_by_organisation(ui, t);
}

/// A masked token field with its check shown as the user types.
fn token_field(ui: &mut egui::Ui, name: &str, text: &mut String, t: &Translator) {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        ui.add(
            egui::TextEdit::singleline(text)
                .password(true)
                .desired_width(380.0)
                .hint_text(tr!(t, "connect-token-hint")),
        )
        .labelled_by(label.id);
    });
    // Spaces and line breaks around a pasted token are dropped without a word.
    if !text.trim().is_empty()
        && let Err(problem) = Token::new(text)
    {
        ui.colored_label(
            ui.visuals().error_fg_color,
            tr!(
                t,
                "connect-token-wrong",
                name = name,
                problem = t.token_error(&problem)
            ),
        );
    }
}
