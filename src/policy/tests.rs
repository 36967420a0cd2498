//! The policy as IT writes it: layers, precedence, nonsense named and ignored.

use super::*;
use crate::settings::Tab;

fn layer(scope: Scope, values: &[(&str, RawValue)]) -> Layer {
    let mut layer = Layer::new(scope);
    layer.values = values
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect();
    layer
}

fn text(value: &str) -> RawValue {
    RawValue::Text(value.to_owned())
}

#[test]
fn nothing_set_is_an_empty_policy_that_changes_nothing() {
    let policy = read::policy(Vec::new());
    assert!(policy.is_empty());
    assert!(policy.problems.is_empty());
    let mut settings = Settings::default();
    policy.enforce(&mut settings);
    assert_eq!(settings, Settings::default());
}

#[test]
fn the_computers_value_wins_over_the_users_and_both_over_the_window() {
    let computer = layer(
        Scope::Computer,
        &[
            ("Environment", text("production")),
            ("ReadyRule", text("clean")),
        ],
    );
    let user = layer(
        Scope::User,
        &[
            ("Environment", text("demo")),
            ("HistoryDays", RawValue::Number(30)),
            ("ProxyAddress", text("10.0.0.5:3128")),
        ],
    );
    let policy = read::policy(vec![computer, user]);
    assert!(policy.problems.is_empty(), "{:?}", policy.problems);
    assert_eq!(
        policy.connection,
        Some(PolicyConnection::Environment(Environment::Production))
    );
    let mut settings = Settings {
        tab: Tab::Log,
        keep_days: 400,
        ..Settings::default()
    };
    settings.connection.place = Place::BuiltInDemo;
    policy.enforce(&mut settings);
    assert_eq!(settings.connection.place, Place::Production);
    assert_eq!(settings.ready_rule, ReadyRule::CleanOrInspected);
    assert_eq!(settings.keep_days, 30);
    assert_eq!(settings.connection.proxy_address, "10.0.0.5:3128");
    assert_eq!(settings.tab, Tab::Log, "what policies do not name stays");
}

#[test]
fn custom_addresses_win_over_an_environment() {
    let policy = read::policy(vec![layer(
        Scope::Computer,
        &[
            ("environment", text("Demo")),
            ("WebSocketUrl", text(" wss://ws.example.com ")),
            ("ApiUrl", text("https://api.example.com")),
            ("ProxyAddress", text("  ")),
        ],
    )]);
    assert!(policy.problems.is_empty(), "{:?}", policy.problems);
    assert_eq!(policy.proxy_address, None, "a blank value is no value");
    let mut settings = Settings::default();
    policy.enforce(&mut settings);
    assert_eq!(settings.connection.place, Place::Custom);
    assert_eq!(settings.connection.custom_ws_url, "wss://ws.example.com");
    assert_eq!(
        settings.connection.custom_api_url,
        "https://api.example.com"
    );
}

#[test]
fn a_value_that_makes_no_sense_is_named_then_ignored_for_the_next_layers() {
    let computer = layer(
        Scope::Computer,
        &[
            ("ReadyRule", text("sometimes")),
            ("HistoryDays", RawValue::Number(0)),
            ("WebSocketUrl", text("ws://ws.example.com")),
            ("ProxyAddress", text("desk:secret@10.0.0.5:3128")),
            ("LockConnection", RawValue::Number(7)),
            ("ReadyRules", text("clean")),
            ("Environment", RawValue::Other("binary")),
        ],
    );
    let user = layer(Scope::User, &[("ReadyRule", text("inspected"))]);
    let policy = read::policy(vec![computer, user]);
    assert_eq!(policy.ready_rule, Some(ReadyRule::Inspected), "the user's");
    assert_eq!(policy.history_days, None);
    assert_eq!(policy.connection, None);
    assert_eq!(policy.proxy_address, None);
    assert!(!policy.lock_connection);
    let said: Vec<String> = policy.problems.iter().map(ToString::to_string).collect();
    assert_eq!(said.len(), 7, "{said:#?}");
    let all = said.join("\n");
    for named in [
        "ReadyRule (computer policy) is \"sometimes\", which cannot be used: it should be inspected or clean. It is ignored.",
        "HistoryDays (computer policy) is 0",
        "WebSocketUrl (computer policy)",
        "ProxyAddress (computer policy)",
        "LockConnection (computer policy) is 7",
        "setting ReadyRules that this version of Mews Monitor does not know",
        "Environment (computer policy) is a binary value",
    ] {
        assert!(all.contains(named), "{named} in:\n{all}");
    }
    assert!(
        !all.contains("secret"),
        "a proxy password is never repeated:\n{all}"
    );
}

#[test]
fn a_rest_address_alone_is_named_and_the_environment_still_applies() {
    let policy = read::policy(vec![layer(
        Scope::Computer,
        &[
            ("ApiUrl", text("https://api.example.com")),
            ("Environment", text("demo")),
        ],
    )]);
    assert_eq!(policy.problems, vec![PolicyProblem::ApiUrlAlone]);
    assert_eq!(
        policy.connection,
        Some(PolicyConnection::Environment(Environment::Demo))
    );
}

#[test]
fn commands_connect_where_the_policy_says_unless_told_otherwise() {
    let policy = read::policy(vec![layer(
        Scope::Computer,
        &[
            ("WebSocketUrl", text("ws://127.0.0.1:9/ws/connector")),
            ("ApiUrl", text("http://127.0.0.1:9")),
            ("ReadyRule", text("clean")),
        ],
    )]);
    let nothing = Addresses::default();
    let used = policy.addresses(&nothing).expect("not locked");
    assert_eq!(
        used.ws_text().as_deref(),
        Some("ws://127.0.0.1:9/ws/connector")
    );
    assert_eq!(used.api_url().as_deref(), Some("http://127.0.0.1:9"));
    let asked = Addresses::of(Environment::Demo);
    assert_eq!(policy.addresses(&asked).expect("not locked"), asked);
    assert_eq!(
        policy.ready_rule_or(ReadyRule::Inspected),
        ReadyRule::CleanOrInspected
    );
    assert_eq!(
        Policy::default().addresses(&nothing).expect("no policy"),
        nothing
    );
}

#[test]
fn a_locked_connection_refuses_addresses_on_the_command_line() {
    let policy = read::policy(vec![layer(
        Scope::User,
        &[
            ("Environment", text("production")),
            ("LockConnection", text("1")),
        ],
    )]);
    assert!(policy.lock_connection && policy.sets_connection() && policy.sets_proxy());
    let refused = policy
        .addresses(&Addresses::typed("wss://elsewhere.example", ""))
        .expect_err("locked");
    assert!(
        refused.to_string().contains("--ws-url cannot be used"),
        "{refused}"
    );
    assert_eq!(
        policy
            .addresses(&Addresses::default())
            .expect("no address asked"),
        Addresses::of(Environment::Production)
    );
}

#[test]
fn the_policy_file_reads_like_the_registry() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("policy.json");
    assert!(file::layers(&path).is_empty(), "no file, no policy");

    std::fs::write(
        &path,
        r#"{"Environment": "demo", "LockConnection": true, "HistoryDays": "45", "ReadyRule": 3}"#,
    )
    .expect("written");
    let policy = read::policy(file::layers(&path));
    assert_eq!(
        policy.connection,
        Some(PolicyConnection::Environment(Environment::Demo))
    );
    assert!(policy.lock_connection);
    assert_eq!(policy.history_days, Some(45));
    assert_eq!(policy.ready_rule, None);
    assert_eq!(policy.problems.len(), 1, "{:?}", policy.problems);

    std::fs::write(&path, "Environment=demo").expect("written");
    let policy = read::policy(file::layers(&path));
    assert!(policy.is_empty());
    let said = policy.problems[0].to_string();
    assert!(
        said.contains("policy.json") && said.contains("not a JSON object"),
        "{said}"
    );
}

#[test]
fn the_group_policy_template_sets_exactly_the_values_the_app_reads() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging/windows/policy/MewsMonitor.admx");
    let admx = std::fs::read_to_string(&path).expect("the template is in the repository");
    let mut named: Vec<&str> = admx
        .split("valueName=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    named.sort_unstable();
    named.dedup();
    let mut known = VALUE_NAMES.to_vec();
    known.sort_unstable();
    assert_eq!(named, known);
    assert!(admx.contains(r#"key="Software\Policies\Mews Monitor""#));
}
