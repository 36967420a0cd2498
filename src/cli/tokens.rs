//! `mews-monitor tokens set|status|forget`: the keyring from the command line.
//!
//! For IT staff preparing reception computers. `set` reads the ClientToken
//! and then the AccessToken as two lines on standard input (never from
//! arguments, which other users of the computer can read); every output
//! shows at most the AccessToken's hint, like `…9F453D`.

use std::io::{self, BufRead, IsTerminal, Write};

use anyhow::{Context, bail};

use super::profile::ProfileArgs;
use super::tail::{ACCESS_TOKEN_VAR, CLIENT_TOKEN_VAR};
use crate::i18n::Translator;
use crate::tr;
use monitor_engine::credentials::{
    CredentialStore, KeyringError, Profile, SavedState, Token, TokenPair,
};

/// Arguments of `tokens`.
#[derive(Clone, Debug, clap::Args)]
pub struct TokensArgs {
    /// What to do with the saved tokens.
    #[command(subcommand)]
    pub action: TokensAction,
}

/// The `tokens` subcommands.
#[derive(Clone, Debug, clap::Subcommand)]
pub enum TokensAction {
    /// Save the tokens: the ClientToken, then the AccessToken, as two lines on standard input.
    Set(ProfileArgs),
    /// Say whether tokens are saved, showing only the AccessToken's last characters.
    Status(ProfileArgs),
    /// Remove the saved tokens from the system keyring.
    Forget(ProfileArgs),
}

/// Opens the system keyring for `tokens`; the error says, in `t`'s language, how to
/// do without it.
pub fn open_store(t: &Translator) -> anyhow::Result<CredentialStore> {
    CredentialStore::open_system().map_err(without_keyring(t))
}

/// A keyring error for the command line, where "this session only" means the variables.
fn without_keyring(t: &Translator) -> impl Fn(KeyringError) -> anyhow::Error + '_ {
    move |error| {
        anyhow::anyhow!(
            "{}\n{}",
            t.keyring_error(&error),
            tr!(
                t,
                "tokens-session-only",
                client = CLIENT_TOKEN_VAR,
                access = ACCESS_TOKEN_VAR
            )
        )
    }
}

/// Runs `tokens` with `store`, reading `input` and writing confirmations to `out`
/// in `t`'s language.
pub fn run(
    args: &TokensArgs,
    store: &CredentialStore,
    t: &Translator,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let said = |state: &SavedState, profile: &Profile| {
        tr!(
            t,
            "tokens-state",
            state = t.saved_state(state),
            profile = profile.to_string()
        )
    };
    match &args.action {
        TokensAction::Set(ProfileArgs { profile }) => {
            let tokens = read_pair(input, t)?;
            let state = store.save(profile, &tokens).map_err(without_keyring(t))?;
            writeln!(out, "{}", said(&state, profile))?;
        }
        TokensAction::Status(ProfileArgs { profile }) => {
            let state = store.status(profile).map_err(without_keyring(t))?;
            writeln!(out, "{}", said(&state, profile))?;
        }
        TokensAction::Forget(ProfileArgs { profile }) => {
            if store.forget(profile).map_err(without_keyring(t))? {
                let profile = profile.to_string();
                writeln!(out, "{}", tr!(t, "tokens-removed", profile = profile))?;
            } else {
                writeln!(out, "{}", said(&SavedState::NotSaved, profile))?;
            }
        }
    }
    Ok(())
}

/// Reads exactly two lines, the ClientToken then the AccessToken, and checks them.
pub(crate) fn read_pair(input: &mut impl BufRead, t: &Translator) -> anyhow::Result<TokenPair> {
    let prompt = io::stdin().is_terminal();
    let client = read_token(input, "ClientToken", prompt, t)?;
    let access = read_token(input, "AccessToken", prompt, t)?;
    Ok(TokenPair { client, access })
}

fn read_token(
    input: &mut impl BufRead,
    name: &str,
    prompt: bool,
    t: &Translator,
) -> anyhow::Result<Token> {
    if prompt {
        eprint!("{name}: ");
    }
    let mut line = String::new();
    let read = input
        .read_line(&mut line)
        .with_context(|| tr!(t, "tokens-unreadable", name = name))?;
    if read == 0 {
        bail!(tr!(t, "tokens-missing", name = name));
    }
    // The token's own error names at most one character, never the token.
    Token::new(&line).map_err(|error| {
        let invalid = tr!(t, "tokens-invalid", name = name);
        anyhow::Error::msg(format!("{invalid}: {}", t.token_error(&error)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitor_engine::credentials::SimulatedFailure;

    const INPUT: &str = "CLIENT-SECRET-0A1B2C\n  ACCESS-SECRET-9F453D \n";

    fn args(action: fn(ProfileArgs) -> TokensAction, profile: &str) -> TokensArgs {
        TokensArgs {
            action: action(ProfileArgs {
                profile: Profile::new(profile).expect("valid"),
            }),
        }
    }

    fn run_text(store: &CredentialStore, args: &TokensArgs, input: &str) -> anyhow::Result<String> {
        let mut out = Vec::new();
        run(
            args,
            store,
            &Translator::default(),
            &mut input.as_bytes(),
            &mut out,
        )?;
        Ok(String::from_utf8(out)?)
    }

    #[test]
    fn set_saves_two_trimmed_lines_and_confirms_with_the_hint_only() {
        let store = CredentialStore::in_memory();
        let text = run_text(&store, &args(TokensAction::Set, "default"), INPUT).expect("set");
        assert_eq!(
            text,
            "Saved in the system keyring · …9F453D (profile default)\n"
        );
        let saved = store
            .load(&Profile::default())
            .expect("loaded")
            .expect("saved");
        assert_eq!(saved.access.expose(), "ACCESS-SECRET-9F453D");
    }

    #[test]
    fn status_and_forget_report_without_the_tokens() {
        let store = CredentialStore::in_memory();
        run_text(&store, &args(TokensAction::Set, "demo"), INPUT).expect("set");
        let status = run_text(&store, &args(TokensAction::Status, "demo"), "").expect("status");
        assert_eq!(
            status,
            "Saved in the system keyring · …9F453D (profile demo)\n"
        );
        let forget = run_text(&store, &args(TokensAction::Forget, "demo"), "").expect("forget");
        assert!(forget.starts_with("Tokens removed"), "{forget}");
        let status = run_text(&store, &args(TokensAction::Status, "demo"), "").expect("status");
        assert_eq!(status, "Not saved on this computer (profile demo)\n");
    }

    #[test]
    fn set_with_one_line_says_which_token_is_missing() {
        let store = CredentialStore::in_memory();
        let error = run_text(
            &store,
            &args(TokensAction::Set, "default"),
            "CLIENT-SECRET\n",
        )
        .expect_err("one line");
        let text = format!("{error:#}");
        assert!(text.contains("the AccessToken is missing"), "{text}");
        assert!(!text.contains("SECRET"), "{text}");
    }

    #[test]
    fn set_with_an_invalid_token_never_echoes_it() {
        let store = CredentialStore::in_memory();
        let error = run_text(
            &store,
            &args(TokensAction::Set, "default"),
            "CLIENT-SECRET\nACCESS SECRET;X\n",
        )
        .expect_err("invalid");
        let text = format!("{error:#} {error:?}");
        assert!(text.contains("the AccessToken is not valid"), "{text}");
        assert!(!text.contains("SECRET"), "{text}");
        assert_eq!(store.load(&Profile::default()).expect("loaded"), None);
    }

    #[test]
    fn set_on_a_locked_keyring_says_so_without_the_tokens() {
        let store = CredentialStore::in_memory();
        store.simulate_failure(&Profile::default(), SimulatedFailure::Locked);
        let error =
            run_text(&store, &args(TokensAction::Set, "default"), INPUT).expect_err("locked");
        let text = format!("{error:#} {error:?}");
        assert!(text.contains("locked"), "{text}");
        assert!(!text.contains("SECRET"), "{text}");
    }
}
