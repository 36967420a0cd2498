//! The REST responses the monitor reads: `resources/getAll` and `configuration/get`.
//!
//! Real hotels are untidy: names with trailing spaces, duplicate names, floors
//! such as `"C"`, deprecated arrays set to `null`. Everything here is optional
//! on the wire; a resource without an id is skipped and counted.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::state::ResourceState;

/// One resource (room, bed, ...) as `resources/getAll` describes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResourceRecord {
    /// The resource id, as events carry it.
    pub id: String,
    /// The name staff use (e.g. "101"), trimmed; empty when Mews has none.
    pub name: String,
    /// The floor as the hotel wrote it (e.g. "1", "C", "Second Floor"), trimmed.
    pub floor: Option<String>,
    /// Current housekeeping state, when given.
    pub state: Option<ResourceState>,
    /// The parent resource (e.g. the building), when given.
    pub parent_id: Option<String>,
    /// Whether the resource is in use.
    pub is_active: bool,
    /// When Mews last changed the resource (its state, say): the best
    /// estimate of since when a room is in its state when no event said so.
    pub updated_utc: Option<DateTime<Utc>>,
}

/// One page of a `resources/getAll` response.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResourcesPage {
    /// The resources that could be read, in response order.
    pub resources: Vec<ResourceRecord>,
    /// Entries skipped because they had no id.
    pub skipped: usize,
    /// Where the next page starts; `None` on the last page.
    pub cursor: Option<String>,
}

/// The hotel as `configuration/get` describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HotelConfiguration {
    /// The enterprise's name.
    pub name: String,
    /// IANA time zone, e.g. `Europe/Prague`.
    pub time_zone: Option<String>,
}

/// Why a REST response could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ResponseError {
    /// The body was not the JSON shape expected.
    #[error("the response from Mews could not be read: {0}")]
    Shape(#[from] serde_json::Error),
}

#[derive(Deserialize)]
struct WirePage {
    #[serde(rename = "Resources", default)]
    resources: Option<Vec<WireResource>>,
    #[serde(rename = "Cursor", default)]
    cursor: Option<String>,
}

#[derive(Deserialize)]
struct WireResource {
    #[serde(rename = "Id", default)]
    id: Option<String>,
    #[serde(rename = "Name", default)]
    name: Option<String>,
    #[serde(rename = "State", default)]
    state: Option<String>,
    #[serde(rename = "ParentResourceId", default)]
    parent_id: Option<String>,
    #[serde(rename = "IsActive", default)]
    is_active: Option<bool>,
    #[serde(rename = "UpdatedUtc", default)]
    updated_utc: Option<DateTime<Utc>>,
    #[serde(rename = "Data", default)]
    data: Option<WireData>,
}

#[derive(Deserialize)]
struct WireData {
    #[serde(rename = "Value", default)]
    value: Option<WireSpace>,
}

#[derive(Deserialize)]
struct WireSpace {
    #[serde(rename = "FloorNumber", default)]
    floor_number: Option<serde_json::Value>,
}

/// Reads one page of `resources/getAll`.
pub fn parse_resources_page(body: &str) -> Result<ResourcesPage, ResponseError> {
    let wire: WirePage = serde_json::from_str(body)?;
    let mut page = ResourcesPage {
        cursor: wire.cursor.filter(|cursor| !cursor.is_empty()),
        ..ResourcesPage::default()
    };
    for resource in wire.resources.unwrap_or_default() {
        match resource.into_record() {
            Some(record) => page.resources.push(record),
            None => page.skipped += 1,
        }
    }
    Ok(page)
}

impl WireResource {
    fn into_record(self) -> Option<ResourceRecord> {
        let id = self.id.filter(|id| !id.trim().is_empty())?;
        let floor = self
            .data
            .and_then(|data| data.value)
            .and_then(|space| space.floor_number)
            .and_then(|floor| match floor {
                serde_json::Value::String(text) => Some(text.trim().to_owned()),
                serde_json::Value::Number(number) => Some(number.to_string()),
                _ => None,
            })
            .filter(|floor| !floor.is_empty());
        Some(ResourceRecord {
            id,
            name: self.name.unwrap_or_default().trim().to_owned(),
            floor,
            state: self.state.as_deref().map(ResourceState::from_wire),
            parent_id: self.parent_id,
            is_active: self.is_active.unwrap_or(true),
            updated_utc: self.updated_utc,
        })
    }
}

#[derive(Deserialize)]
struct WireConfiguration {
    #[serde(rename = "Enterprise")]
    enterprise: WireEnterprise,
}

#[derive(Deserialize)]
struct WireEnterprise {
    #[serde(rename = "Name", default)]
    name: Option<String>,
    #[serde(rename = "TimeZoneIdentifier", default)]
    time_zone: Option<String>,
}

/// Reads a `configuration/get` response.
pub fn parse_configuration(body: &str) -> Result<HotelConfiguration, ResponseError> {
    let wire: WireConfiguration = serde_json::from_str(body)?;
    Ok(HotelConfiguration {
        name: wire.enterprise.name.unwrap_or_default().trim().to_owned(),
        time_zone: wire.enterprise.time_zone.filter(|zone| !zone.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untidy_records_are_tidied_and_idless_ones_skipped() {
        let body = r#"{"Resources":[
            {"Id":"a","Name":"0. Sirius ","State":"Dirty","IsActive":true,
             "Data":{"Discriminator":"Space","Value":{"FloorNumber":" C ","LocationNotes":null}}},
            {"Id":"b","Name":null,"State":"Sparkling","Data":null},
            {"Id":"c","Name":"12","Data":{"Discriminator":"Space","Value":{"FloorNumber":3}}},
            {"Name":"ghost"}],
            "ResourceCategories":null,"Cursor":null}"#;
        let page = parse_resources_page(body).expect("page parses");
        assert_eq!(page.skipped, 1);
        assert_eq!(page.cursor, None);
        assert_eq!(page.resources[0].name, "0. Sirius");
        assert_eq!(page.resources[0].floor.as_deref(), Some("C"));
        assert_eq!(page.resources[1].name, "");
        assert_eq!(
            page.resources[1].state,
            Some(ResourceState::Other("Sparkling".into()))
        );
        assert_eq!(page.resources[2].floor.as_deref(), Some("3"));
    }

    #[test]
    fn the_recorded_demo_hotel_parses_with_its_untidiness_tidied() {
        let body = crate::DEMO_HOTEL_ROOMS;
        let raw: serde_json::Value = serde_json::from_str(body).expect("JSON");
        assert!(
            raw["ResourceCategories"].is_null(),
            "deprecated arrays are null"
        );
        let page = parse_resources_page(body).expect("fixture parses");
        assert_eq!(
            (page.resources.len(), page.skipped, page.cursor),
            (1_376, 0, None)
        );
        let dirty = page
            .resources
            .iter()
            .filter(|r| r.state == Some(ResourceState::Dirty))
            .count();
        assert_eq!(dirty, 1_350);
        let names: Vec<&str> = page.resources.iter().map(|r| r.name.as_str()).collect();
        assert!(names.contains(&"0. Sirius") && names.contains(&"DE 604"));
        assert!(names.iter().all(|name| *name == name.trim()));
        let twins = names.iter().filter(|name| **name == "0002").count();
        assert_eq!(twins, 2, "rooms sharing a name stay two rooms");
        for floor in ["C", "Vouch Room Floors", "1, 2, 3", "Second Floor"] {
            assert!(
                page.resources
                    .iter()
                    .any(|r| r.floor.as_deref() == Some(floor)),
                "{floor}"
            );
        }
    }

    #[test]
    fn configuration_gives_name_and_zone() {
        let body = r#"{"NowUtc":"2025-01-01T00:00:00Z","Enterprise":{"Id":"e","Name":"Hotel Mews ",
            "TimeZoneIdentifier":"Europe/Prague","Extra":[1]}}"#;
        let hotel = parse_configuration(body).expect("configuration parses");
        assert_eq!(hotel.name, "Hotel Mews");
        assert_eq!(hotel.time_zone.as_deref(), Some("Europe/Prague"));
        assert!(parse_configuration("{}").is_err());
    }
}
