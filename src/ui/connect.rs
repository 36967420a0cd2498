//! The connection screen: where to connect, the two tokens (masked,
//! checked as typed), "Remember on this computer", the saved state,
//! "Forget tokens", "Test connection" and Connect.
//!
//! Keyring calls and the test request run off the UI thread (poll-promise);
//! the form wakes the window when they finish.

use poll_promise::Promise;

use crate::credentials::{CredentialStore, KeyringError, Profile, SavedState, Token, TokenPair};
use crate::net::ConnectionStatus;
use crate::net::rest::{CLIENT_NAME, RestClient};
use crate::settings::{Place, Settings};
use crate::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN};

use super::app::Action;

type KeyringResult<T> = Result<T, KeyringError>;

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
pub struct ConnectForm {
    client: String,
    access: String,
    keyring: KeyringResult<CredentialStore>,
    profile: Profile,
    saved: Saved,
    saving: Option<Promise<KeyringResult<SavedState>>>,
    save_problem: Option<KeyringError>,
    test: Option<Promise<Result<String, String>>>,
    test_result: Option<Result<String, String>>,
    error: Option<String>,
    auto_connect: bool,
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
        let mut form = ConnectForm {
            client: String::new(),
            access: String::new(),
            keyring,
            saved: Saved::Known(None),
            profile,
            saving: None,
            save_problem: None,
            test: None,
            test_result: None,
            error: None,
            auto_connect: settings.connect_on_start,
            ctx: ctx.clone(),
            runtime: runtime.clone(),
        };
        form.load();
        form
    }

    /// Stops the form from connecting by itself with saved tokens (a connection was made).
    pub fn cancel_auto_connect(&mut self) {
        self.auto_connect = false;
    }

    /// Shows a problem above the Connect button.
    pub fn set_error(&mut self, message: String) {
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
                let (store, profile, ctx) = (store.clone(), self.profile.clone(), self.ctx.clone());
                Saved::Loading(Promise::spawn_thread(name, move || {
                    let saved = task(&store, &profile);
                    ctx.request_repaint();
                    saved
                }))
            }
            Err(error) => Saved::Failed(error.clone()),
        };
    }

    /// Collects finished background work; may ask to connect with saved tokens.
    pub fn poll(&mut self, settings: &Settings) -> Option<Action> {
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
        if let Some(result) = self.saving.as_ref().and_then(|promise| promise.ready()) {
            self.save_problem = result.as_ref().err().cloned();
            self.saving = None;
            self.load();
        }
        if let Some(result) = self.test.as_ref().and_then(|promise| promise.ready()) {
            self.test_result = Some(result.clone());
            self.test = None;
        }
        if self.auto_connect && !matches!(self.saved, Saved::Loading(_)) {
            self.auto_connect = false;
            if let Some(tokens) = self.usable_tokens(settings) {
                return Some(Action::Connect(tokens));
            }
        }
        None
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
            Saved::Known(Some(tokens)) if self.client.is_empty() && self.access.is_empty() => {
                Some(tokens.clone())
            }
            _ => None,
        }
    }

    /// Draws the form.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &mut Settings,
        status: Option<&ConnectionStatus>,
        linked: bool,
        actions: &mut Vec<Action>,
    ) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(620.0);
            ui.heading("Connect to Mews");
            ui.label("Mews Monitor shows live room states, reservations, device commands and price updates.");
            ui.add_space(8.0);
            if let Some(status @ ConnectionStatus::Rejected { .. }) = status {
                ui.colored_label(ui.visuals().error_fg_color, status.summary());
                ui.add_space(6.0);
            }
            ui.strong("Where");
            for place in Place::ALL {
                ui.radio_value(&mut settings.connection.place, place, place.label());
            }
            if settings.connection.place == Place::Custom {
                address_field(ui, "WebSocket address", &mut settings.connection.custom_ws_url, "wss://ws.mews.com");
                address_field(ui, "REST address", &mut settings.connection.custom_api_url, "https://api.mews.com");
            }
            ui.add_space(8.0);
            if settings.connection.place == Place::BuiltInDemo {
                ui.label("The demo hotel runs inside this app and uses its own demo tokens.");
            } else {
                self.tokens_ui(ui, settings);
            }
            ui.add_space(4.0);
            ui.weak(format!("Client: {CLIENT_NAME} (sent with every request to Mews)"));
            ui.add_space(8.0);
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.horizontal(|ui| {
                let tokens = self.usable_tokens(settings);
                let connect = ui.add_enabled(tokens.is_some(), egui::Button::new("Connect"));
                if connect.clicked()
                    && let Some(tokens) = tokens.clone()
                {
                    self.error = None;
                    self.remember(settings, &tokens);
                    actions.push(Action::Connect(tokens));
                }
                let test = ui.add_enabled(
                    tokens.is_some() && self.test.is_none(),
                    egui::Button::new("Test connection"),
                );
                if test.clicked()
                    && let Some(tokens) = tokens
                {
                    self.start_test(settings, tokens);
                }
                if linked && ui.button("Back to the monitor").clicked() {
                    actions.push(Action::CloseConnectionScreen);
                }
            });
            if self.test.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Asking Mews for the hotel's name…");
                });
            }
            match &self.test_result {
                Some(Ok(hotel)) => {
                    ui.colored_label(super::style::good_colour(ui.visuals()), format!("Connection works: {hotel}"));
                }
                Some(Err(problem)) => {
                    ui.colored_label(ui.visuals().error_fg_color, format!("Connection test failed: {problem}"));
                }
                None => {}
            }
        });
    }

    fn tokens_ui(&mut self, ui: &mut egui::Ui, settings: &mut Settings) {
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
                    return;
                }
                if self.client.is_empty() && self.access.is_empty() {
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
        let keyring_works = self.keyring.is_ok();
        ui.add_enabled(
            keyring_works,
            egui::Checkbox::new(&mut settings.remember_tokens, "Remember on this computer"),
        );
        if !keyring_works {
            ui.weak("The tokens will be used for this session only, held in memory.");
        }
        if let Some(problem) = &self.save_problem {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "The tokens were not saved: {problem} They are used for this session only."
                ),
            );
        }
    }

    fn remember(&mut self, settings: &Settings, tokens: &TokenPair) {
        let typed = !self.client.is_empty() || !self.access.is_empty();
        self.client.clear();
        self.access.clear();
        if !typed || !settings.remember_tokens || settings.connection.place == Place::BuiltInDemo {
            return;
        }
        if let Ok(store) = &self.keyring {
            let (store, profile, tokens, ctx) = (
                store.clone(),
                self.profile.clone(),
                tokens.clone(),
                self.ctx.clone(),
            );
            self.saving = Some(Promise::spawn_thread("keyring-save", move || {
                let saved = store.save(&profile, &tokens);
                ctx.request_repaint();
                saved
            }));
        }
    }

    fn start_test(&mut self, settings: &Settings, tokens: TokenPair) {
        self.test_result = None;
        if settings.connection.place == Place::BuiltInDemo {
            self.test_result = Some(Ok("the built-in demo hotel".into()));
            return;
        }
        let api_url = match settings.connection.target(None) {
            Ok(target) => target.api_url,
            Err(error) => {
                self.test_result = Some(Err(error.to_string()));
                return;
            }
        };
        let Some(api_url) = api_url else {
            self.test_result = Some(Err("there is no REST address to test".into()));
            return;
        };
        let ctx = self.ctx.clone();
        let _guard = self.runtime.enter();
        self.test = Some(Promise::spawn_async(async move {
            let result = async {
                let rest = RestClient::new(&api_url, tokens, &[]).map_err(|e| e.to_string())?;
                rest.configuration()
                    .await
                    .map(|hotel| hotel.name)
                    .map_err(|e| e.to_string())
            }
            .await;
            ctx.request_repaint();
            result
        }));
    }
}

/// The documented demo tokens the built-in demo hotel accepts.
pub fn demo_tokens() -> Option<TokenPair> {
    Some(TokenPair {
        client: Token::new(DEMO_CLIENT_TOKEN).ok()?,
        access: Token::new(DEMO_ACCESS_TOKEN).ok()?,
    })
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
    if !text.is_empty()
        && let Err(problem) = Token::new(text)
    {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("This {name} cannot be right: {problem}."),
        );
    }
}

/// A labelled address field.
fn address_field(ui: &mut egui::Ui, name: &str, text: &mut String, hint: &str) {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(380.0)
                .hint_text(hint),
        )
        .labelled_by(label.id);
    });
}
