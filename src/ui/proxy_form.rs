//! The connection screen's advanced part: a proxy set by IT, with its user
//! name and its password.
//!
//! The address and user are ordinary settings; the password is a secret like
//! the tokens: typed into a masked field, saved only in the system keyring
//! under the proxy it belongs to (or kept in memory for this session when
//! there is no keyring), and never shown again. Keyring calls run off the UI
//! thread (poll-promise), like the tokens'.

use poll_promise::Promise;

use crate::settings::ConnectionSettings;
use monitor_engine::credentials::{CredentialStore, KeyringError, Password, ProxyLogin};
use monitor_engine::session::{ProxyChoice, Target};

use super::background::off_the_ui_thread;
use super::fields::{address_field, set_by_organisation};
use crate::i18n::Translator;
use crate::tr;

type KeyringResult<T> = Result<T, KeyringError>;

/// What is known of the password for the proxy login now set.
enum Known {
    /// Nothing to know: no proxy with a user is set.
    NoLogin,
    /// Being read from the keyring.
    Loading(Promise<KeyringResult<Option<Password>>>),
    /// Read (or typed this session): this password, or none.
    Ready(Option<Password>),
    /// The keyring could not be read.
    Failed(KeyringError),
}

/// The proxy fields' state; the typed password lives here until Connect.
pub(crate) struct ProxyForm {
    typed: String,
    login: Option<ProxyLogin>,
    known: Known,
    saving: Option<Promise<KeyringResult<()>>>,
    save_problem: Option<KeyringError>,
    ctx: egui::Context,
}

impl ProxyForm {
    /// A form for the proxy in `connection`; starts reading its password.
    pub fn new(
        connection: &ConnectionSettings,
        keyring: Option<&CredentialStore>,
        ctx: &egui::Context,
    ) -> Self {
        let mut form = ProxyForm {
            typed: String::new(),
            login: None,
            known: Known::NoLogin,
            saving: None,
            save_problem: None,
            ctx: ctx.clone(),
        };
        form.follow(connection, keyring);
        form
    }

    /// Reads the password again when the proxy or its user changed; collects finished work.
    pub(crate) fn poll(
        &mut self,
        connection: &ConnectionSettings,
        keyring: &KeyringResult<CredentialStore>,
    ) {
        self.follow(connection, keyring.as_ref().ok());
        if let Known::Loading(promise) = &self.known
            && let Some(result) = promise.ready()
        {
            self.known = match result {
                Ok(password) => Known::Ready(password.clone()),
                Err(error) => Known::Failed(error.clone()),
            };
        }
        if let Some(result) = self.saving.as_ref().and_then(|promise| promise.ready()) {
            self.save_problem = result.as_ref().err().cloned();
            self.saving = None;
        }
    }

    /// Whether the password is still being read (a connection waits for it).
    pub(crate) fn is_loading(&self) -> bool {
        matches!(self.known, Known::Loading(_))
    }

    fn follow(&mut self, connection: &ConnectionSettings, keyring: Option<&CredentialStore>) {
        let login = connection.proxy_login();
        if login == self.login {
            return;
        }
        self.login = login;
        self.save_problem = None;
        self.known = match (&self.login, keyring) {
            (None, _) => Known::NoLogin,
            (Some(_), None) => Known::Ready(None),
            (Some(login), Some(store)) => {
                let (store, login) = (store.clone(), login.clone());
                Known::Loading(off_the_ui_thread(
                    "keyring-proxy-load",
                    &self.ctx,
                    move || store.load_proxy_password(&login),
                ))
            }
        };
    }

    /// The proxy's address, user and password fields, with their checks; true when the
    /// user changed the address or the user.
    /// With `fixed`, the organisation's policy sets the address: it is shown, not edited.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        connection: &mut ConnectionSettings,
        fixed: bool,
        t: &Translator,
    ) -> bool {
        let mut edited = false;
        egui::CollapsingHeader::new(tr!(t, "proxy-heading"))
            .default_open(!connection.proxy_address.trim().is_empty())
            .show(ui, |ui| {
                ui.weak(tr!(t, "proxy-note"));
                ui.add_enabled_ui(!fixed, |ui| {
                    edited |= address_field(
                        ui,
                        tr!(t, "proxy-address"),
                        &mut connection.proxy_address,
                        "10.0.0.5:3128",
                    );
                });
                if fixed {
                    set_by_organisation(ui, t);
                }
                if let Err(problem) = connection.proxy() {
                    ui.colored_label(ui.visuals().error_fg_color, t.proxy_error(&problem));
                }
                if connection.proxy_address.trim().is_empty() {
                    return;
                }
                edited |= address_field(
                    ui,
                    tr!(t, "proxy-user"),
                    &mut connection.proxy_user,
                    &tr!(t, "proxy-user-hint"),
                );
                if connection.proxy_login().is_some() {
                    self.password_ui(ui, t);
                }
            });
        edited
    }

    fn password_ui(&mut self, ui: &mut egui::Ui, t: &Translator) {
        ui.horizontal(|ui| {
            let label = ui.label(tr!(t, "proxy-password"));
            ui.add(
                egui::TextEdit::singleline(&mut self.typed)
                    .password(true)
                    .desired_width(380.0)
                    .hint_text(tr!(t, "proxy-password-hint")),
            )
            .labelled_by(label.id);
        });
        match &self.known {
            Known::NoLogin => {}
            Known::Loading(_) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!(t, "proxy-looking"));
                });
            }
            Known::Ready(Some(_)) if self.typed.is_empty() => {
                ui.weak(tr!(t, "proxy-password-saved"));
            }
            Known::Ready(_) => {}
            Known::Failed(error) => {
                ui.colored_label(ui.visuals().warn_fg_color, t.keyring_error(error));
            }
        }
        if let Some(problem) = &self.save_problem {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(t, "proxy-not-saved", problem = t.keyring_error(problem)),
            );
        }
    }

    /// On Connect: a typed password replaces the known one and is saved in the keyring.
    pub(crate) fn take_typed(&mut self, keyring: &KeyringResult<CredentialStore>) {
        let Some(password) = Password::new(&self.typed) else {
            return;
        };
        self.typed.clear();
        if let Err(error) = keyring {
            // Said as any failed save is: kept in memory for this session only.
            self.save_problem = Some(error.clone());
        }
        if let (Some(login), Ok(store)) = (&self.login, keyring) {
            let (store, login, saved) = (store.clone(), login.clone(), password.clone());
            self.saving = Some(off_the_ui_thread(
                "keyring-proxy-save",
                &self.ctx,
                move || store.save_proxy_password(&login, &saved),
            ));
        }
        self.known = Known::Ready(Some(password));
    }

    /// Gives the proxy set in the settings its password, when one is known.
    pub(crate) fn complete(&self, target: &mut Target) {
        if let (ProxyChoice::Configured(proxy), Known::Ready(Some(password))) =
            (&mut target.proxy, &self.known)
        {
            *proxy = proxy.clone().with_password(Some(password.expose()));
        }
    }
}
