//! The simulator's Connector REST operations, answered from the simulated hotel.

use std::sync::atomic::Ordering;

use chrono::{DateTime, SecondsFormat, Utc};
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{HeaderValue, RETRY_AFTER};
use hyper::{Response, StatusCode};
use serde_json::{Map, Value, json};

use super::controls::{RestCall, Shared, lock};
use super::reply::reply;
use super::world::{DEVICES, RATES, SERVICE_ID, World};
use monitor_core::protocol::CommandState;

/// A refusal: the status and Mews-style message to answer with.
type Refusal = (StatusCode, &'static str);

fn error(status: StatusCode, message: &str) -> Response<Full<Bytes>> {
    let request_id = format!("sim-{}", Utc::now().timestamp_micros());
    reply(
        status,
        json!({"Message": message, "RequestId": request_id}).to_string(),
    )
}

/// Answers one REST call.
pub(super) fn answer(operation: &str, body: &[u8], shared: &Shared) -> Response<Full<Bytes>> {
    lock(&shared.rest_calls).note(RestCall {
        operation: operation.to_owned(),
        ids: count_ids(body),
        filters: time_filters(body),
    });
    if shared
        .throttle
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
            left.checked_sub(1)
        })
        .is_ok()
    {
        let mut response = error(StatusCode::TOO_MANY_REQUESTS, "Too many requests");
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from_static("1"));
        return response;
    }
    let Ok(Value::Object(request)) = serde_json::from_slice::<Value>(body) else {
        return error(StatusCode::BAD_REQUEST, "The body must be a JSON object");
    };
    let text = |field: &str| request.get(field).and_then(Value::as_str);
    if text("ClientToken") != Some(shared.client_token.as_str())
        || text("AccessToken") != Some(shared.access_token.as_str())
    {
        return error(
            StatusCode::UNAUTHORIZED,
            "Invalid ClientToken or AccessToken",
        );
    }
    if text("Client").is_none_or(str::is_empty) {
        return error(StatusCode::BAD_REQUEST, "Client is required");
    }
    let world = lock(&shared.world);
    let result = match operation {
        "configuration/get" => Ok(json!({
            "NowUtc": Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            "Enterprise": {
                "Id": "851df8c8-90f2-4c4a-8e01-a4fc46b25178",
                "Name": shared.hotel_name,
                "TimeZoneIdentifier": shared.time_zone,
            },
        })),
        "resources/getAll" => resources(&world, &request),
        "reservations/getAll/2023-06-06" => reservations(&world, &request),
        "services/getAll" => Ok(
            json!({"Services": [{"Id": SERVICE_ID, "Name": "Accommodation", "IsActive": true}], "Cursor": null}),
        ),
        "rates/getAll" => Ok(json!({
            "Rates": RATES.iter().map(|(id, name)| json!({"Id": id, "ServiceId": SERVICE_ID, "Names": {"en-US": name}})).collect::<Vec<_>>(),
            "Cursor": null,
        })),
        "commands/getAllActive" => Ok(commands(
            &world,
            |state| matches!(state, CommandState::Pending | CommandState::Received),
            None,
        )),
        "commands/getAllByIds" => {
            let ids = id_list(&request, "CommandIds");
            Ok(commands(&world, |_| true, Some(&ids)))
        }
        _ => Err((StatusCode::NOT_FOUND, "Unknown operation")),
    };
    match result {
        Ok(value) => reply(StatusCode::OK, value.to_string()),
        Err((status, message)) => error(status, message),
    }
}

/// `Limitation.Count` (1..=1000), or the error to answer.
fn limit(request: &Map<String, Value>) -> Result<usize, Refusal> {
    request
        .get("Limitation")
        .and_then(|limitation| limitation.get("Count"))
        .and_then(Value::as_u64)
        .filter(|count| (1..=1000).contains(count))
        .map(|count| count as usize)
        .ok_or((
            StatusCode::BAD_REQUEST,
            "Limitation.Count must be between 1 and 1000",
        ))
}

fn cursor(request: &Map<String, Value>) -> Option<&str> {
    request
        .get("Limitation")
        .and_then(|limitation| limitation.get("Cursor"))
        .and_then(Value::as_str)
}

/// How many ids a request body lists in its `...Ids` arrays.
fn count_ids(body: &[u8]) -> usize {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(request)) => request
            .iter()
            .filter(|(field, _)| field.ends_with("Ids"))
            .filter_map(|(_, ids)| ids.as_array())
            .map(Vec::len)
            .sum(),
        _ => 0,
    }
}

/// The names of the time filters (`…Utc` objects) a request body uses.
fn time_filters(body: &[u8]) -> Vec<String> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(request)) => request
            .iter()
            .filter(|(field, value)| field.ends_with("Utc") && value.is_object())
            .map(|(field, _)| field.clone())
            .collect(),
        _ => Vec::new(),
    }
}

fn id_list(request: &Map<String, Value>, field: &str) -> Vec<String> {
    request
        .get(field)
        .and_then(Value::as_array)
        .map(|ids| {
            ids.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn resources(world: &World, request: &Map<String, Value>) -> Result<Value, Refusal> {
    let count = limit(request)?;
    let start = match cursor(request) {
        Some(after) => match world.rooms.iter().position(|room| room.record.id == after) {
            Some(at) => at + 1,
            None => return Err((StatusCode::BAD_REQUEST, "Unknown cursor")),
        },
        None => 0,
    };
    let page: Vec<Value> = world
        .rooms
        .iter()
        .skip(start)
        .take(count)
        .map(|room| {
            let record = &room.record;
            json!({
                "Id": record.id,
                "IsActive": record.is_active,
                "ParentResourceId": record.parent_id,
                "Name": record.name,
                "State": record.state.as_ref().map(|state| state.as_wire().to_owned()),
                "Descriptions": {},
                "Data": {"Discriminator": "Space", "Value": {"FloorNumber": record.floor, "LocationNotes": null}},
            })
        })
        .collect();
    let next = (start + page.len() < world.rooms.len())
        .then(|| {
            page.last()
                .and_then(|last| last["Id"].as_str().map(str::to_owned))
        })
        .flatten();
    Ok(json!({"Resources": page, "Cursor": next}))
}

/// A time filter's ends, both inclusive.
type Interval = (DateTime<Utc>, DateTime<Utc>);

/// A time filter `{"StartUtc": …, "EndUtc": …}`, or the error to answer.
fn interval(request: &Map<String, Value>, field: &str) -> Result<Option<Interval>, Refusal> {
    let Some(filter) = request.get(field).filter(|value| !value.is_null()) else {
        return Ok(None);
    };
    let end_of = |name: &str| {
        filter
            .get(name)
            .and_then(Value::as_str)
            .and_then(|text| text.parse::<DateTime<Utc>>().ok())
    };
    match (end_of("StartUtc"), end_of("EndUtc")) {
        (Some(start), Some(end)) if start <= end && end - start <= chrono::Duration::days(93) => {
            Ok(Some((start, end)))
        }
        (Some(_), Some(_)) => Err((
            StatusCode::BAD_REQUEST,
            "A time filter may span at most 3 months, and must not end before it starts",
        )),
        _ => Err((
            StatusCode::BAD_REQUEST,
            "A time filter needs StartUtc and EndUtc in ISO 8601",
        )),
    }
}

fn reservations(world: &World, request: &Map<String, Value>) -> Result<Value, Refusal> {
    let count = limit(request)?;
    let ids = id_list(request, "ReservationIds");
    let states = id_list(request, "States");
    let scheduled = interval(request, "ScheduledStartUtc")?;
    let updated = interval(request, "UpdatedUtc")?;
    if ids.is_empty() && scheduled.is_none() && updated.is_none() {
        return Err((
            StatusCode::BAD_REQUEST,
            "Give ReservationIds or a time filter",
        ));
    }
    let within = |at: DateTime<Utc>, window: Option<Interval>| {
        window.is_none_or(|(start, end)| start <= at && at <= end)
    };
    let matching = world.reservations.iter().filter(|reservation| {
        (ids.is_empty() || ids.contains(&reservation.id))
            && (states.is_empty() || states.iter().any(|s| s == reservation.state.as_wire()))
            && within(reservation.start, scheduled)
            && within(reservation.updated, updated)
    });
    // The cursor is the id of the last reservation of the page before.
    let after = cursor(request);
    let mut matching =
        matching.skip_while(|reservation| after.is_some_and(|after| reservation.id != after));
    if after.is_some() && matching.next().is_none() {
        return Err((StatusCode::BAD_REQUEST, "Unknown cursor"));
    }
    let time = |t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
    let page: Vec<Value> = matching
        .take(count)
        .map(|reservation| {
            json!({
                "Id": reservation.id,
                "ServiceId": SERVICE_ID,
                "Number": reservation.number.to_string(),
                "State": reservation.state.as_wire(),
                "AssignedResourceId": reservation.room.map(|room| world.rooms[room].record.id.clone()),
                "RateId": RATES[reservation.rate].0,
                "ScheduledStartUtc": time(reservation.start),
                "ScheduledEndUtc": time(reservation.end),
                "UpdatedUtc": time(reservation.updated),
            })
        })
        .collect();
    let next = page
        .last()
        .and_then(|last| last["Id"].as_str().map(str::to_owned));
    Ok(json!({"Reservations": page, "Cursor": next}))
}

fn commands(
    world: &World,
    wanted: impl Fn(&CommandState) -> bool,
    ids: Option<&[String]>,
) -> Value {
    let found: Vec<Value> = world
        .commands
        .iter()
        .filter(|command| wanted(&command.state))
        .filter(|command| ids.is_none_or(|ids| ids.contains(&command.id)))
        .map(|command| {
            let (device_id, name, kind) = DEVICES[command.device];
            json!({
                "Id": command.id,
                "State": command.state.as_wire(),
                "CreatedUtc": command.created.to_rfc3339_opts(SecondsFormat::Secs, true),
                "Device": {"Id": device_id, "Name": name, "Type": kind},
            })
        })
        .collect();
    json!({"Commands": found, "Cursor": null})
}
