//! A tolerant parser for one WebSocket text frame, `{"Events":[...]}`.
//!
//! One broken event costs only itself: it becomes a [`ParseProblem`] naming
//! its index and the reason, and the rest of the frame is kept. A frame that
//! is not JSON, or has no `Events` array, becomes one problem holding its
//! first bytes. No input can panic.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::event::{Event, EventBody};
use super::state::{CommandState, ReservationState, ResourceState};

/// How many bytes of a bad frame or event a problem keeps for the record.
pub(crate) const EXCERPT_BYTES: usize = 200;

/// What one frame held.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ParsedFrame {
    /// The events that parsed, in frame order.
    pub events: Vec<Event>,
    /// What could not be read.
    pub problems: Vec<ParseProblem>,
}

/// Something in a frame that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseProblem {
    /// The whole frame was unreadable: not JSON, or no `Events` array.
    MalformedFrame {
        /// Why, in plain words.
        reason: String,
        /// The first bytes of the frame.
        excerpt: String,
    },
    /// One event of an otherwise readable frame was unreadable.
    BrokenEvent {
        /// Zero-based position of the event in the frame's `Events` array.
        index: usize,
        /// Why, in plain words.
        reason: String,
        /// The first bytes of the event.
        excerpt: String,
    },
}

impl fmt::Display for ParseProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseProblem::MalformedFrame { reason, excerpt } => {
                write!(f, "Unreadable message from Mews ({reason}): {excerpt}")
            }
            ParseProblem::BrokenEvent {
                index,
                reason,
                excerpt,
            } => write!(
                f,
                "Skipped event #{} of a message ({reason}): {excerpt}",
                index + 1
            ),
        }
    }
}

#[derive(Deserialize)]
struct WireFrame<'a> {
    #[serde(rename = "Events", borrow)]
    events: Option<Vec<&'a RawValue>>,
}

/// A string field of an event: borrowed from the frame unless it holds escapes.
/// (serde borrows a `Cow<str>` only where it is a field's whole type; inside an
/// `Option` it would copy every string.)
#[derive(Deserialize)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

#[derive(Deserialize)]
struct WireEvent<'a> {
    #[serde(rename = "Type", borrow)]
    kind: Option<Text<'a>>,
    #[serde(rename = "Id", borrow, default)]
    id: Option<Text<'a>>,
    #[serde(rename = "State", borrow, default)]
    state: Option<Text<'a>>,
    #[serde(rename = "StartUtc", borrow, default)]
    start_utc: Option<Text<'a>>,
    #[serde(rename = "EndUtc", borrow, default)]
    end_utc: Option<Text<'a>>,
    #[serde(rename = "AssignedResourceId", borrow, default)]
    assigned_resource_id: Option<Text<'a>>,
    #[serde(rename = "RateId", borrow, default)]
    rate_id: Option<Text<'a>>,
    #[serde(rename = "ResourceCategoryId", borrow, default)]
    resource_category_id: Option<Text<'a>>,
}

/// Parses one text frame into its events and problems.
pub fn parse_frame(text: &str) -> ParsedFrame {
    let frame: WireFrame<'_> = match serde_json::from_str(text) {
        Ok(frame) => frame,
        Err(error) => {
            return ParsedFrame::malformed(format!("not valid JSON: {error}"), text);
        }
    };
    let Some(raw_events) = frame.events else {
        return ParsedFrame::malformed("it has no Events list".into(), text);
    };
    let mut parsed = ParsedFrame {
        events: Vec::with_capacity(raw_events.len()),
        problems: Vec::new(),
    };
    for (index, raw) in raw_events.into_iter().enumerate() {
        match parse_event(raw) {
            Ok(event) => parsed.events.push(event),
            Err(reason) => parsed.problems.push(ParseProblem::BrokenEvent {
                index,
                reason,
                excerpt: excerpt(raw.get()),
            }),
        }
    }
    parsed
}

/// Parses one event object; the error is a plain-words reason.
pub fn parse_event(raw: &RawValue) -> Result<Event, String> {
    let wire: WireEvent<'_> =
        serde_json::from_str(raw.get()).map_err(|error| format!("unexpected shape: {error}"))?;
    let kind = text(&wire.kind).ok_or("it has no Type")?;
    let body = match kind {
        "DeviceCommand" => EventBody::DeviceCommand {
            id: required(&wire.id, "Id")?.to_owned(),
            state: CommandState::from_wire(required(&wire.state, "State")?),
        },
        "Reservation" => EventBody::Reservation {
            id: required(&wire.id, "Id")?.to_owned(),
            state: ReservationState::from_wire(required(&wire.state, "State")?),
            start_utc: time(&wire.start_utc, "StartUtc")?,
            end_utc: time(&wire.end_utc, "EndUtc")?,
            assigned_resource_id: optional(&wire.assigned_resource_id),
        },
        "Resource" => EventBody::Resource {
            id: required(&wire.id, "Id")?.to_owned(),
            state: ResourceState::from_wire(required(&wire.state, "State")?),
        },
        "PriceUpdate" => EventBody::PriceUpdate {
            id: required(&wire.id, "Id")?.to_owned(),
            start_utc: time(&wire.start_utc, "StartUtc")?,
            end_utc: time(&wire.end_utc, "EndUtc")?,
            rate_id: optional(&wire.rate_id),
            resource_category_id: optional(&wire.resource_category_id),
        },
        other => EventBody::Unknown {
            type_name: other.to_owned(),
            id: optional(&wire.id),
        },
    };
    Ok(Event {
        body,
        raw: raw.get().into(),
    })
}

fn text<'v>(value: &'v Option<Text<'_>>) -> Option<&'v str> {
    value.as_ref().map(|Text(text)| text.as_ref())
}

fn required<'v>(value: &'v Option<Text<'_>>, field: &str) -> Result<&'v str, String> {
    match text(value) {
        Some(text) if !text.is_empty() => Ok(text),
        _ => Err(format!("it has no {field}")),
    }
}

fn optional(value: &Option<Text<'_>>) -> Option<String> {
    text(value)
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
}

fn time(value: &Option<Text<'_>>, field: &str) -> Result<Option<DateTime<Utc>>, String> {
    text(value)
        .map(|text| {
            DateTime::parse_from_rfc3339(text)
                .map(|time| time.with_timezone(&Utc))
                .map_err(|_| format!("{field} is not a date and time: {}", excerpt(text)))
        })
        .transpose()
}

impl ParsedFrame {
    fn malformed(reason: String, text: &str) -> Self {
        ParsedFrame {
            events: Vec::new(),
            problems: vec![ParseProblem::MalformedFrame {
                reason,
                excerpt: excerpt(text),
            }],
        }
    }
}

/// The first [`EXCERPT_BYTES`] of `text`, cut on a character boundary.
pub fn excerpt(text: &str) -> String {
    if text.len() <= EXCERPT_BYTES {
        return text.to_owned();
    }
    let mut end = EXCERPT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::event::EventKind;

    /// The sample message of the Connector WebSocket documentation.
    const DOC_SAMPLE: &str = r#"{
        "Events": [
            {"Type": "DeviceCommand", "Id": "aa20961f-6d9e-4b35-ad25-071213530aec", "State": "Pending"},
            {"Type": "Reservation", "Id": "bfee2c44-1f84-4326-a862-5289598f6e2d", "State": "Processed",
             "StartUtc": "2016-02-20T13:00:00Z", "EndUtc": "2016-02-22T11:00:00Z",
             "AssignedResourceId": "5ee074b1-6c86-48e8-915f-c7aa4702086f"},
            {"Type": "Resource", "Id": "5ee074b1-6c86-48e8-915f-c7aa4702086f", "State": "Dirty"},
            {"Type": "PriceUpdate", "Id": "bd5f9d11-2b9c-4a3e-a7b4-a49a1e3a3fba",
             "StartUtc": "2019-09-07T22:00:00Z", "EndUtc": "2019-09-08T22:00:00Z",
             "RateId": "ed4b660b-19d0-434b-9360-a4de2ea42eda", "ResourceCategoryId": null}
        ]
    }"#;

    #[test]
    fn the_documented_sample_parses_into_four_events() {
        let parsed = parse_frame(DOC_SAMPLE);
        assert_eq!(parsed.problems, vec![]);
        let kinds: Vec<_> = parsed.events.iter().map(Event::kind).collect();
        assert_eq!(
            kinds,
            [
                EventKind::DeviceCommand,
                EventKind::Reservation,
                EventKind::Resource,
                EventKind::PriceUpdate
            ]
        );
        match &parsed.events[1].body {
            EventBody::Reservation {
                state,
                start_utc,
                assigned_resource_id,
                ..
            } => {
                assert_eq!(state, &ReservationState::Processed);
                assert_eq!(
                    start_utc.map(|t| t.to_rfc3339()),
                    Some("2016-02-20T13:00:00+00:00".into())
                );
                assert_eq!(
                    assigned_resource_id.as_deref(),
                    Some("5ee074b1-6c86-48e8-915f-c7aa4702086f")
                );
            }
            other => panic!("expected a reservation, got {other:?}"),
        }
        match &parsed.events[3].body {
            EventBody::PriceUpdate {
                resource_category_id,
                rate_id,
                ..
            } => {
                assert_eq!(resource_category_id, &None);
                assert!(rate_id.is_some());
            }
            other => panic!("expected a price update, got {other:?}"),
        }
    }

    #[test]
    fn unknown_fields_and_types_are_kept_verbatim() {
        let frame = r#"{"Events":[{"Type":"Space","Id":"x","State":"Dirty","Extra":{"A":1}},
            {"Type":"Resource","Id":"r","State":"Clean","Shiny":true}]}"#;
        let parsed = parse_frame(frame);
        assert!(parsed.problems.is_empty());
        assert_eq!(
            parsed.events[0].body,
            EventBody::Unknown {
                type_name: "Space".into(),
                id: Some("x".into())
            }
        );
        assert_eq!(
            &*parsed.events[0].raw,
            r#"{"Type":"Space","Id":"x","State":"Dirty","Extra":{"A":1}}"#
        );
        assert!(parsed.events[1].raw.contains(r#""Shiny":true"#));
    }

    #[test]
    fn one_broken_event_costs_only_itself() {
        let frame = r#"{"Events":[
            {"Type":"Resource","Id":"a","State":"Clean"},
            {"Type":"Resource","State":"Clean"},
            {"Type":"Reservation","Id":"b","State":"Started","StartUtc":"yesterday"},
            42,
            {"Type":"Resource","Id":"c","State":7},
            {"Type":"Resource","Id":"d","State":"Inspected"}]}"#;
        let parsed = parse_frame(frame);
        let ids: Vec<_> = parsed.events.iter().filter_map(Event::id).collect();
        assert_eq!(ids, ["a", "d"]);
        let indexes: Vec<_> = parsed
            .problems
            .iter()
            .map(|problem| match problem {
                ParseProblem::BrokenEvent { index, .. } => *index,
                other => panic!("expected a broken event, got {other:?}"),
            })
            .collect();
        assert_eq!(indexes, [1, 2, 3, 4]);
        assert!(parsed.problems[0].to_string().contains("has no Id"));
        assert!(parsed.problems[1].to_string().contains("StartUtc"));
    }

    #[test]
    fn a_frame_that_is_not_json_is_one_problem_with_its_first_bytes() {
        let garbage = format!("not json {}", "x".repeat(1000));
        let parsed = parse_frame(&garbage);
        assert!(parsed.events.is_empty());
        match &parsed.problems[..] {
            [ParseProblem::MalformedFrame { excerpt, .. }] => {
                assert!(excerpt.starts_with("not json"));
                assert!(excerpt.len() <= EXCERPT_BYTES + '…'.len_utf8());
            }
            other => panic!("expected one malformed frame, got {other:?}"),
        }
    }

    #[test]
    fn a_frame_without_events_is_one_problem() {
        for text in [r#"{"Evnts":[]}"#, r#"{"Events":null}"#, "[]", "\"x\"", ""] {
            let parsed = parse_frame(text);
            assert_eq!(parsed.problems.len(), 1, "{text}");
            assert!(matches!(
                parsed.problems[0],
                ParseProblem::MalformedFrame { .. }
            ));
        }
        assert_eq!(parse_frame(r#"{"Events":[]}"#), ParsedFrame::default());
    }

    #[test]
    fn escaped_strings_and_multibyte_text_are_read() {
        let frame = r#"{"Events":[{"Type":"Resource","Id":"r\u00e9\"1","State":"Clean"}]}"#;
        let parsed = parse_frame(frame);
        assert_eq!(parsed.events[0].id(), Some("ré\"1"));
        let long = format!("{{\"Events\":{}", "é".repeat(500));
        let parsed = parse_frame(&long);
        assert_eq!(parsed.problems.len(), 1);
    }

    #[test]
    fn plain_fields_are_borrowed_from_the_frame_and_escaped_ones_copied() {
        let wire: WireEvent<'_> =
            serde_json::from_str(r#"{"Type":"Resource","Id":"r\"1","State":"Clean"}"#)
                .expect("an event");
        assert!(matches!(wire.kind, Some(Text(Cow::Borrowed("Resource")))));
        assert!(matches!(wire.state, Some(Text(Cow::Borrowed("Clean")))));
        assert!(matches!(&wire.id, Some(Text(Cow::Owned(id))) if id == "r\"1"));
        assert!(wire.rate_id.is_none());
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let mut rng = fastrand::Rng::with_seed(7);
        let pieces = [
            "{",
            "}",
            "[",
            "]",
            "\"Events\"",
            ":",
            ",",
            "\"Type\"",
            "\"Resource\"",
            "\"Id\"",
            "null",
            "1",
            "\"",
            "\\",
            "é",
            "\"State\"",
        ];
        for _ in 0..20_000 {
            let len = rng.usize(0..24);
            let text: String = (0..len)
                .map(|_| pieces[rng.usize(0..pieces.len())])
                .collect();
            let _ = parse_frame(&text);
        }
    }
}
