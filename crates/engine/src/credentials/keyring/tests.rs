//! The keyring module against keyring-core's in-memory mock store.

use super::*;

const CLIENT: &str = "CLIENT-SECRET-0A1B2C";
const ACCESS: &str = "ACCESS-SECRET-9F453D";

fn pair(client: &str, access: &str) -> TokenPair {
    TokenPair {
        client: Token::new(client).expect("valid"),
        access: Token::new(access).expect("valid"),
    }
}

fn profile(name: &str) -> Profile {
    Profile::new(name).expect("valid profile")
}

fn assert_no_secret(error: &KeyringError) {
    let text = format!("{error} {error:?}");
    assert!(!text.contains("SECRET"), "a token leaked: {text}");
}

#[test]
fn a_saved_pair_loads_back_and_shows_only_its_hint() {
    let store = CredentialStore::in_memory();
    let saved = store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect("saved");
    assert_eq!(saved.to_string(), "Saved in the system keyring · …9F453D");
    let loaded = store.load(&Profile::default()).expect("loaded");
    assert_eq!(loaded, Some(pair(CLIENT, ACCESS)));
    assert_eq!(store.status(&Profile::default()).expect("status"), saved);
}

#[test]
fn nothing_saved_loads_as_none_and_reports_not_saved() {
    let store = CredentialStore::in_memory();
    assert_eq!(store.load(&Profile::default()).expect("loaded"), None);
    assert_eq!(
        store.status(&Profile::default()).expect("status"),
        SavedState::NotSaved
    );
}

#[test]
fn forgetting_removes_the_pair_and_forgetting_twice_is_harmless() {
    let store = CredentialStore::in_memory();
    store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect("saved");
    assert!(store.forget(&Profile::default()).expect("forgotten"));
    assert_eq!(store.load(&Profile::default()).expect("loaded"), None);
    assert!(
        !store
            .forget(&Profile::default())
            .expect("nothing to forget")
    );
}

#[test]
fn saving_again_replaces_the_pair() {
    let store = CredentialStore::in_memory();
    store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect("saved");
    store
        .save(&Profile::default(), &pair("C-2", "A-222222"))
        .expect("saved");
    assert_eq!(
        store.load(&Profile::default()).expect("loaded"),
        Some(pair("C-2", "A-222222"))
    );
}

#[test]
fn profiles_keep_separate_pairs() {
    let store = CredentialStore::in_memory();
    store
        .save(&profile("demo"), &pair("C-DEMO", "A-DEMO"))
        .expect("saved");
    store
        .save(&profile("production"), &pair("C-PROD", "A-PROD"))
        .expect("saved");
    assert_eq!(
        store.load(&profile("demo")).expect("loaded"),
        Some(pair("C-DEMO", "A-DEMO"))
    );
    store.forget(&profile("demo")).expect("forgotten");
    assert_eq!(store.load(&profile("demo")).expect("loaded"), None);
    assert_eq!(
        store.load(&profile("production")).expect("loaded"),
        Some(pair("C-PROD", "A-PROD"))
    );
    assert_eq!(store.load(&Profile::default()).expect("loaded"), None);
}

#[test]
fn entries_are_named_mews_monitor_and_profile_slash_tokens() {
    assert_eq!(KEYRING_SERVICE, "mews-monitor");
    assert_eq!(keyring_user(&profile("demo")), "demo/tokens");
}

#[test]
fn a_proxy_password_is_kept_per_proxy_login_apart_from_the_tokens() {
    let store = CredentialStore::in_memory();
    let login = |user: &str, address: &str| ProxyLogin {
        user: user.to_owned(),
        address: address.to_owned(),
    };
    let desk = login("desk", "10.0.0.5:3128");
    assert_eq!(proxy_keyring_user(&desk), "proxy/desk@10.0.0.5:3128");
    let password = Password::new("PROXY-SECRET").expect("not empty");
    store.save_proxy_password(&desk, &password).expect("saved");
    store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect("tokens saved");
    assert_eq!(
        store.load_proxy_password(&desk).expect("loaded"),
        Some(password)
    );
    // Another user or another proxy has no password yet.
    assert_eq!(
        store
            .load_proxy_password(&login("night", "10.0.0.5:3128"))
            .expect("loaded"),
        None
    );
    assert_eq!(
        store
            .load_proxy_password(&login("desk", "10.0.0.6:3128"))
            .expect("loaded"),
        None
    );
    assert!(store.load(&Profile::default()).expect("tokens").is_some());
}

#[test]
fn a_locked_keyring_is_reported_as_locked_with_a_retry() {
    let store = CredentialStore::in_memory();
    assert!(store.simulate_failure(&Profile::default(), SimulatedFailure::Locked));
    let error = store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect_err("locked");
    assert_eq!(error, KeyringError::Locked);
    assert!(error.offers_retry());
    assert!(error.to_string().contains("locked"));
    assert!(error.to_string().contains("this session only"));
    assert_no_secret(&error);
    // The failure was for one call: after unlocking, saving works.
    store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect("saved after unlocking");
}

#[test]
fn a_refused_keyring_is_reported_as_access_denied() {
    let store = CredentialStore::in_memory();
    store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect("saved");
    store.simulate_failure(&Profile::default(), SimulatedFailure::AccessDenied);
    let error = store.load(&Profile::default()).expect_err("refused");
    assert_eq!(error, KeyringError::AccessDenied);
    assert!(error.to_string().contains("refused access"));
    assert_no_secret(&error);
}

#[test]
fn a_vanished_keyring_is_an_other_error_without_the_tokens() {
    let store = CredentialStore::in_memory();
    store.simulate_failure(&Profile::default(), SimulatedFailure::Unavailable);
    let error = store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect_err("unavailable");
    assert!(matches!(error, KeyringError::Other { .. }));
    assert_no_secret(&error);
}

#[cfg(target_os = "linux")]
#[test]
fn secret_service_lock_errors_injected_into_the_mock_map_to_locked() {
    let store = CredentialStore::in_memory();
    let entry = store.entry(&Profile::default()).expect("entry");
    let mock: &keyring_core::mock::Cred = entry.as_any().downcast_ref().expect("mock");
    for cause in [
        secret_service::Error::Locked,
        secret_service::Error::Prompt,
        secret_service::Error::NoResult,
    ] {
        mock.set_error(keyring_core::Error::NoStorageAccess(Box::new(cause)));
        assert_eq!(store.load(&Profile::default()), Err(KeyringError::Locked));
    }
    mock.set_error(keyring_core::Error::NoStorageAccess(Box::new(
        secret_service::Error::Crypto("refused"),
    )));
    assert_eq!(
        store.load(&Profile::default()),
        Err(KeyringError::AccessDenied)
    );
    mock.set_error(keyring_core::Error::PlatformFailure(Box::new(
        secret_service::Error::Unavailable,
    )));
    assert_eq!(
        store.load(&Profile::default()),
        Err(KeyringError::NoService)
    );
}

#[test]
fn a_damaged_entry_is_unreadable_and_its_content_is_not_shown() {
    let store = CredentialStore::in_memory();
    let entry = store.entry(&Profile::default()).expect("entry");
    for damaged in ["SECRET-ONLY-ONE-LINE", "SECRET a\nb", "A\nB\nSECRET", ""] {
        entry.set_password(damaged).expect("written");
        let error = store.load(&Profile::default()).expect_err("damaged");
        assert_eq!(error, KeyringError::Unreadable);
        assert_no_secret(&error);
    }
    entry.set_secret(b"SECRET\xff\xfe").expect("written");
    let error = store.load(&Profile::default()).expect_err("not UTF-8");
    assert_eq!(error, KeyringError::Unreadable);
    assert_no_secret(&error);
}

#[test]
fn every_error_message_names_a_next_step_and_no_token() {
    let errors = [
        KeyringError::NoService,
        KeyringError::Locked,
        KeyringError::AccessDenied,
        KeyringError::Unreadable,
        KeyringError::Other { detail: "x".into() },
    ];
    for error in errors {
        let text = error.to_string();
        assert!(
            text.contains("this session only") || text.contains("enter the ClientToken"),
            "no next step in: {text}"
        );
    }
}

#[test]
fn the_store_debug_names_the_backend_only() {
    let store = CredentialStore::in_memory();
    store
        .save(&Profile::default(), &pair(CLIENT, ACCESS))
        .expect("saved");
    let text = format!("{store:?}");
    assert!(!text.contains("SECRET"));
    assert!(text.contains("in-memory"));
}

#[test]
fn the_store_can_move_to_a_background_thread() {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<CredentialStore>();
    let store = CredentialStore::in_memory();
    let copy = store.clone();
    std::thread::spawn(move || copy.save(&Profile::default(), &pair(CLIENT, ACCESS)))
        .join()
        .expect("joined")
        .expect("saved");
    assert!(
        store
            .status(&Profile::default())
            .expect("status")
            .is_saved()
    );
}
