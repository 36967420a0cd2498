//! The `--profile NAME` option shared by `tail`, `arrivals`, `rooms` and
//! `tokens`, and the tokens it names.

use super::said::Said;
use crate::i18n::Translator;
use crate::tr;
use monitor_engine::credentials::{
    CredentialStore, EnvTokens, Profile, TokenPair, TokenSource, resolve_tokens,
};

/// Which connection profile's saved tokens to use.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ProfileArgs {
    /// Connection profile whose tokens are saved in the system keyring.
    #[arg(long, value_name = "NAME", default_value_t = Profile::default())]
    pub profile: Profile,
}

impl ProfileArgs {
    /// The tokens from the environment variables, else this profile's in the
    /// keyring, and which it was. Call inside a tokio runtime: the keyring
    /// answers over D-Bus (or the OS) and blocks, so it is asked off the
    /// runtime's threads. Why none were found is said in `t`'s language.
    pub(crate) async fn tokens(&self, t: &Translator) -> anyhow::Result<(TokenPair, TokenSource)> {
        let profile = self.profile.clone();
        let env = EnvTokens::from_process();
        tokio::task::spawn_blocking(move || {
            resolve_tokens(env, &profile, CredentialStore::open_system)
        })
        .await
        .map_err(|error| {
            anyhow::Error::msg(tr!(t, "cli-tokens-stopped", detail = error.to_string()))
        })?
        .said(t)
    }
}
