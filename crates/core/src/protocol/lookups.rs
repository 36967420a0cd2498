//! REST responses that turn ids into names: reservations, customers, commands,
//! services and rates.
//!
//! Each list is read leniently: an entry without an `Id` is skipped, missing
//! fields stay `None`, and `Cursor` says whether another page follows.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::resources::ResponseError;
use super::state::{Classification, CommandState, ReservationState};

/// One page of a list response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T> {
    /// The entries that could be read.
    pub items: Vec<T>,
    /// Where the next page starts; `None` on the last page.
    pub cursor: Option<String>,
}

/// A reservation as `reservations/getAll/2023-06-06` describes it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ReservationRecord {
    /// The reservation id events carry.
    #[serde(rename = "Id")]
    pub id: String,
    /// The confirmation number staff quote (e.g. "1234").
    #[serde(rename = "Number", default)]
    pub number: Option<String>,
    /// The current state.
    #[serde(rename = "State", default, deserialize_with = "reservation_state")]
    pub state: Option<ReservationState>,
    /// The assigned room.
    #[serde(rename = "AssignedResourceId", default)]
    pub assigned_resource_id: Option<String>,
    /// The rate booked.
    #[serde(rename = "RateId", default)]
    pub rate_id: Option<String>,
    /// Scheduled arrival.
    #[serde(rename = "ScheduledStartUtc", default)]
    pub scheduled_start_utc: Option<DateTime<Utc>>,
    /// Scheduled departure.
    #[serde(rename = "ScheduledEndUtc", default)]
    pub scheduled_end_utc: Option<DateTime<Utc>>,
    /// The guest's customer id (`AccountId`), which `customers/getAll` names;
    /// `None` when the account is a company (`AccountType` other than `Customer`).
    #[serde(rename = "AccountId", default)]
    pub account_id: Option<String>,
}

/// A guest as `customers/getAll` describes them. Names and classifications are
/// personal data: `Debug` shows neither, so no log or crash report can carry them.
#[derive(Clone, PartialEq, Eq)]
pub struct CustomerRecord {
    /// The customer id reservations name as `AccountId`.
    pub id: String,
    /// First name as Mews holds it.
    pub first_name: Option<String>,
    /// Last name as Mews holds it.
    pub last_name: Option<String>,
    /// Classifications, unknown values kept.
    pub classifications: Vec<Classification>,
}

impl std::fmt::Debug for CustomerRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CustomerRecord")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// A device command as `commands/getAllActive` or `commands/getAllByIds` describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandRecord {
    /// The command id events carry.
    pub id: String,
    /// The current state.
    pub state: Option<CommandState>,
    /// The device's name (e.g. "Key cutter 1").
    pub device_name: Option<String>,
    /// The device's type (e.g. "KeyCutter").
    pub device_type: Option<String>,
    /// When the command was created.
    pub created_utc: Option<DateTime<Utc>>,
}

/// A rate's display name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateRecord {
    /// The rate id price updates carry.
    pub id: String,
    /// The name in the preferred language, else any language, else the deprecated `Name`.
    pub name: String,
}

fn reservation_state<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<ReservationState>, D::Error> {
    let text: Option<String> = Option::deserialize(deserializer)?;
    Ok(text.as_deref().map(ReservationState::from_wire))
}

/// Reads the array `field` of a list response, keeping the entries `read` accepts.
fn read_list<T>(
    body: &str,
    field: &str,
    read: impl Fn(serde_json::Value) -> Option<T>,
) -> Result<Page<T>, ResponseError> {
    let mut value: serde_json::Value = serde_json::from_str(body)?;
    let items = match value.get_mut(field).map(serde_json::Value::take) {
        Some(serde_json::Value::Array(items)) => items,
        _ => Vec::new(),
    };
    let cursor = value
        .get("Cursor")
        .and_then(serde_json::Value::as_str)
        .filter(|cursor| !cursor.is_empty())
        .map(str::to_owned);
    Ok(Page {
        items: items.into_iter().filter_map(read).collect(),
        cursor,
    })
}

/// Reads one page of `reservations/getAll/2023-06-06`.
pub fn parse_reservations(body: &str) -> Result<Page<ReservationRecord>, ResponseError> {
    read_list(body, "Reservations", |item| {
        let of_customer = item
            .get("AccountType")
            .and_then(serde_json::Value::as_str)
            .is_none_or(|kind| kind == "Customer");
        let mut record: ReservationRecord = serde_json::from_value(item).ok()?;
        if !of_customer {
            record.account_id = None;
        }
        Some(record)
    })
}

#[derive(Deserialize)]
struct WireCustomer {
    #[serde(rename = "Id")]
    id: String,
    #[serde(rename = "FirstName", default)]
    first_name: Option<String>,
    #[serde(rename = "LastName", default)]
    last_name: Option<String>,
    #[serde(rename = "Classifications", default)]
    classifications: Option<Vec<String>>,
}

/// Reads one page of `customers/getAll`; blank names count as missing.
pub fn parse_customers(body: &str) -> Result<Page<CustomerRecord>, ResponseError> {
    let present = |name: Option<String>| {
        name.map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty())
    };
    read_list(body, "Customers", |item| {
        let wire: WireCustomer = serde_json::from_value(item).ok()?;
        Some(CustomerRecord {
            id: wire.id,
            first_name: present(wire.first_name),
            last_name: present(wire.last_name),
            classifications: wire
                .classifications
                .unwrap_or_default()
                .iter()
                .map(|value| Classification::from_wire(value))
                .collect(),
        })
    })
}

#[derive(Deserialize)]
struct WireCommand {
    #[serde(rename = "Id")]
    id: String,
    #[serde(rename = "State", default)]
    state: Option<String>,
    #[serde(rename = "CreatedUtc", default)]
    created_utc: Option<DateTime<Utc>>,
    #[serde(rename = "Device", default)]
    device: Option<WireDevice>,
}

#[derive(Deserialize)]
struct WireDevice {
    #[serde(rename = "Name", default)]
    name: Option<String>,
    #[serde(rename = "Type", default)]
    kind: Option<String>,
}

/// Reads `commands/getAllActive` or `commands/getAllByIds`.
pub fn parse_commands(body: &str) -> Result<Page<CommandRecord>, ResponseError> {
    read_list(body, "Commands", |item| {
        let wire: WireCommand = serde_json::from_value(item).ok()?;
        let device = wire.device;
        Some(CommandRecord {
            id: wire.id,
            state: wire.state.as_deref().map(CommandState::from_wire),
            device_name: device.as_ref().and_then(|d| d.name.clone()),
            device_type: device.and_then(|d| d.kind),
            created_utc: wire.created_utc,
        })
    })
}

/// Reads the service ids of `services/getAll`.
pub fn parse_service_ids(body: &str) -> Result<Page<String>, ResponseError> {
    read_list(body, "Services", |item| {
        item.get("Id")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
    })
}

#[derive(Deserialize)]
struct WireRate {
    #[serde(rename = "Id")]
    id: String,
    #[serde(rename = "Names", default)]
    names: Option<BTreeMap<String, String>>,
    #[serde(rename = "Name", default)]
    name: Option<String>,
}

/// Reads `rates/getAll`, picking names in `language` (e.g. "en-US") when present.
pub fn parse_rates(body: &str, language: &str) -> Result<Page<RateRecord>, ResponseError> {
    read_list(body, "Rates", |item| {
        let wire: WireRate = serde_json::from_value(item).ok()?;
        let names = wire.names.unwrap_or_default();
        let prefix = language.split('-').next().unwrap_or(language);
        let name = names
            .get(language)
            .or_else(|| {
                names
                    .iter()
                    .find(|(key, _)| key.starts_with(prefix))
                    .map(|(_, v)| v)
            })
            .or_else(|| names.values().next())
            .cloned()
            .or(wire.name)
            .unwrap_or_default();
        Some(RateRecord {
            id: wire.id,
            name: name.trim().to_owned(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reservations_read_number_room_and_dates() {
        let body = r#"{"Reservations":[
            {"Id":"r1","Number":"52","State":"Enquired","AssignedResourceId":"room","RateId":"rate","AccountId":"c1",
             "ScheduledStartUtc":"2025-12-04T14:00:00Z","ScheduledEndUtc":null,"Extra":1},
            {"Id":"r2","AccountId":"company","AccountType":"Company"},
            {"Number":"no id"}],"Cursor":"abc"}"#;
        let page = parse_reservations(body).expect("parses");
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.items[1].account_id, None, "a company is no guest");
        assert_eq!(page.cursor.as_deref(), Some("abc"));
        let reservation = &page.items[0];
        assert_eq!(reservation.number.as_deref(), Some("52"));
        assert_eq!(reservation.state, Some(ReservationState::Inquired));
        assert!(reservation.scheduled_start_utc.is_some());
        assert_eq!(reservation.scheduled_end_utc, None);
        assert_eq!(reservation.account_id.as_deref(), Some("c1"));
    }

    #[test]
    fn customers_keep_unknown_classifications_and_never_show_names_in_debug() {
        let body = r#"{"Customers":[
            {"Id":"c1","FirstName":"Jiřina ","LastName":"Nováková","Classifications":["VeryImportant","WaitingForRoom","Cashlist"]},
            {"Id":"c2","FirstName":"","LastName":null,"Classifications":null},
            {"FirstName":"no id"}],"Documents":null,"Cursor":"c2"}"#;
        let page = parse_customers(body).expect("parses");
        assert_eq!(page.items.len(), 2);
        let guest = &page.items[0];
        assert_eq!(guest.first_name.as_deref(), Some("Jiřina"));
        assert_eq!(
            guest.classifications,
            [
                Classification::VeryImportant,
                Classification::WaitingForRoom,
                Classification::Other("Cashlist".into())
            ]
        );
        assert_eq!(page.items[1].first_name, None);
        assert!(page.items[1].classifications.is_empty());
        let shown = format!("{page:?}");
        assert!(
            !shown.contains("Nováková") && !shown.contains("Jiřina"),
            "{shown}"
        );
    }

    #[test]
    fn commands_read_the_device_name_and_type() {
        let body = r#"{"Commands":[{"Id":"c1","State":"Pending","CreatedUtc":"2025-12-04T14:00:00Z",
            "Device":{"Id":"d","Name":"Key cutter 1","Type":"KeyCutter"}},{"Id":"c2","Device":null}]}"#;
        let page = parse_commands(body).expect("parses");
        assert_eq!(page.items[0].device_name.as_deref(), Some("Key cutter 1"));
        assert_eq!(page.items[0].device_type.as_deref(), Some("KeyCutter"));
        assert_eq!(page.items[1].device_name, None);
        assert_eq!(page.cursor, None);
    }

    #[test]
    fn rates_prefer_the_language_then_any_name() {
        let body = r#"{"Rates":[
            {"Id":"a","Names":{"cs-CZ":"Flexibilní","en-GB":"Flexible "}},
            {"Id":"b","Names":{"de-DE":"Früh"}},
            {"Id":"c","Names":null,"Name":"Legacy"}]}"#;
        let page = parse_rates(body, "en-US").expect("parses");
        let names: Vec<_> = page.items.iter().map(|rate| rate.name.as_str()).collect();
        assert_eq!(names, ["Flexible", "Früh", "Legacy"]);
    }

    #[test]
    fn null_arrays_are_empty_lists() {
        assert!(
            parse_commands(r#"{"Commands":null}"#)
                .expect("parses")
                .items
                .is_empty()
        );
        assert!(parse_service_ids("{}").expect("parses").items.is_empty());
        assert!(parse_rates("[1]", "en").expect("parses").items.is_empty());
        assert!(parse_rates("not json", "en").is_err());
    }
}
