//! The simulator's Connector REST operations, answered from the simulated hotel.

use std::sync::atomic::Ordering;

use chrono::{DateTime, SecondsFormat, Utc};
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{HeaderValue, RETRY_AFTER};
use hyper::{Response, StatusCode};
use serde_json::{Map, Value, json};

use super::controls::{RestCall, Shared, lock};
use super::guests::SimCustomer;
use super::reply::reply;
use super::world::{DEVICES, RATES, SERVICE_ID, SimReservation, World};
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
    if lock(&shared.refused).contains(operation) {
        return error(StatusCode::FORBIDDEN, &refusal(operation));
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
        "customers/getAll" => customers(&world, &request),
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

/// The message of a 403 for an operation a test has refused, in the words Mews uses.
fn refusal(operation: &str) -> String {
    match operation.split('/').next() {
        Some("customers") => {
            "The customers of this enterprise cannot be read with this access token.".to_owned()
        }
        _ => format!("The operation {operation} is not permitted with this access token."),
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
                "UpdatedUtc": record.updated_utc.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true)),
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

/// The items after the one whose id is the request's cursor (from the first when there
/// is none), at most `count` of them; an unknown cursor is an error.
fn page<'a, T>(
    matching: impl Iterator<Item = &'a T>,
    id: impl Fn(&T) -> &str,
    request: &Map<String, Value>,
    count: usize,
) -> Result<Vec<&'a T>, Refusal> {
    let after = cursor(request);
    let mut rest = matching.skip_while(|item| after.is_some_and(|after| id(item) != after));
    if after.is_some() && rest.next().is_none() {
        return Err((StatusCode::BAD_REQUEST, "Unknown cursor"));
    }
    Ok(rest.take(count).collect())
}

/// The cursor to answer with: the id of the page's last item, `null` for an empty page.
fn last_id(page: &[Value]) -> Value {
    page.last().map_or(Value::Null, |last| last["Id"].clone())
}

fn reservations(world: &World, request: &Map<String, Value>) -> Result<Value, Refusal> {
    let count = limit(request)?;
    let ids = id_list(request, "ReservationIds");
    let states = id_list(request, "States");
    let scheduled = interval(request, "ScheduledStartUtc")?;
    let updated = interval(request, "UpdatedUtc")?;
    let colliding = interval(request, "CollidingUtc")?;
    if ids.is_empty() && scheduled.is_none() && updated.is_none() && colliding.is_none() {
        return Err((
            StatusCode::BAD_REQUEST,
            "Give ReservationIds or a time filter",
        ));
    }
    let within = |at: DateTime<Utc>, window: Option<Interval>| {
        window.is_none_or(|(start, end)| start <= at && at <= end)
    };
    let overlaps = |stay: &SimReservation| {
        colliding.is_none_or(|(start, end)| stay.start <= end && stay.end >= start)
    };
    let matching = world.reservations.iter().filter(|reservation| {
        (ids.is_empty() || ids.contains(&reservation.id))
            && (states.is_empty() || states.iter().any(|s| s == reservation.state.as_wire()))
            && within(reservation.start, scheduled)
            && within(reservation.updated, updated)
            && overlaps(reservation)
    });
    let time = |t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
    let page: Vec<Value> = page(matching, |r| &r.id, request, count)?
        .into_iter()
        .map(|reservation| {
            json!({
                "Id": reservation.id,
                "ServiceId": SERVICE_ID,
                "AccountId": reservation.customer,
                "AccountType": "Customer",
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
    let next = last_id(&page);
    Ok(json!({"Reservations": page, "Cursor": next}))
}

/// `customers/getAll`: `Extent` and `Limitation` required, at most 1,000 `CustomerIds`;
/// unknown ids are simply absent (as deleted or merged customers are in Mews).
fn customers(world: &World, request: &Map<String, Value>) -> Result<Value, Refusal> {
    if request.get("Extent").is_none_or(Value::is_null) {
        return Err((StatusCode::BAD_REQUEST, "Extent is required"));
    }
    let count = limit(request)?;
    if request
        .get("CustomerIds")
        .and_then(Value::as_array)
        .is_some_and(|ids| ids.len() > 1000)
    {
        return Err((
            StatusCode::BAD_REQUEST,
            "CustomerIds may list at most 1000 ids",
        ));
    }
    let ids = request
        .get("CustomerIds")
        .filter(|ids| !ids.is_null())
        .map(|_| id_list(request, "CustomerIds"));
    let matching = world
        .customers
        .iter()
        .filter(|guest| ids.as_ref().is_none_or(|ids| ids.contains(&guest.id)));
    let page: Vec<Value> = page(matching, |guest| &guest.id, request, count)?
        .into_iter()
        .map(customer)
        .collect();
    let next = last_id(&page);
    Ok(json!({"Customers": page, "Documents": null, "Cursor": next}))
}

/// One customer as `customers/getAll` gives it (personal details the simulator has not invented are null).
fn customer(guest: &SimCustomer) -> Value {
    json!({
        "Id": guest.id,
        "FirstName": guest.first_name,
        "LastName": guest.last_name,
        "SecondLastName": null,
        "Title": null,
        "Email": null,
        "Phone": null,
        "LanguageCode": null,
        "NationalityCode": null,
        "Classifications": guest.classifications,
        "Options": [],
        "IsActive": true,
    })
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

#[cfg(test)]
mod tests {
    use futures_util::FutureExt;
    use http_body_util::BodyExt;

    use super::*;
    use crate::sim::world::{Stay, test_day, test_rooms, test_world};
    use crate::sim::{DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SimControls, controls_with};
    use monitor_core::protocol::ReservationState;

    /// Calls `operation` with `fields` plus the demo tokens and a client name.
    fn call(sim: &SimControls, operation: &str, fields: Value) -> (StatusCode, Value) {
        let mut body = json!({
            "ClientToken": DEMO_CLIENT_TOKEN,
            "AccessToken": DEMO_ACCESS_TOKEN,
            "Client": "Monitor tests 1.0",
        });
        if let (Some(body), Value::Object(fields)) = (body.as_object_mut(), fields) {
            body.extend(fields);
        }
        let response = answer(operation, body.to_string().as_bytes(), &sim.shared);
        let status = response.status();
        let bytes = response
            .into_body()
            .collect()
            .now_or_never()
            .expect("a full body is ready")
            .expect("infallible")
            .to_bytes();
        (status, serde_json::from_slice(&bytes).expect("JSON"))
    }

    const EXTENT: &str = r#"{"Customers": true, "Documents": false, "Addresses": false}"#;

    fn customers_of(sim: &SimControls, fields: Value) -> (StatusCode, Value) {
        call(sim, "customers/getAll", fields)
    }

    fn extent() -> Value {
        serde_json::from_str(EXTENT).expect("JSON")
    }

    #[test]
    fn customers_need_an_extent_a_limitation_and_at_most_1000_ids() {
        let sim = controls_with(test_world(1));
        let (status, body) = customers_of(&sim, json!({"Limitation": {"Count": 10}}));
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body["Message"], "Extent is required");
        let (status, _) = customers_of(&sim, json!({"Extent": null, "Limitation": {"Count": 10}}));
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = customers_of(&sim, json!({"Extent": extent()}));
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let ids: Vec<String> = (0..1001).map(|n| format!("id-{n}")).collect();
        let (status, _) = customers_of(
            &sim,
            json!({"Extent": extent(), "CustomerIds": ids, "Limitation": {"Count": 1000}}),
        );
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn customers_are_filtered_by_id_and_unknown_ids_are_absent() {
        let world = test_world(1);
        let wanted = [world.customers[3].id.clone(), world.customers[8].id.clone()];
        let sim = controls_with(world);
        let (status, body) = customers_of(
            &sim,
            json!({
                "Extent": extent(),
                "CustomerIds": [wanted[0], "00000000-0000-4000-8000-000000000000", wanted[1]],
                "Limitation": {"Count": 100},
            }),
        );
        assert_eq!(status, StatusCode::OK);
        let ids: Vec<&str> = body["Customers"]
            .as_array()
            .expect("customers")
            .iter()
            .filter_map(|c| c["Id"].as_str())
            .collect();
        assert_eq!(ids, wanted);
        assert!(body["Customers"][0]["FirstName"].is_string());
        assert!(body["Customers"][0]["Classifications"].is_array());
        assert_eq!(body["Cursor"], wanted[1].as_str());
        assert_eq!(sim.recent_rest_calls().last().map(|call| call.ids), Some(3));
    }

    #[test]
    fn customer_pages_always_carry_a_cursor_and_reach_every_guest() {
        let world = test_world(1);
        let total = world.customers.len();
        let sim = controls_with(world);
        let mut seen = Vec::new();
        let mut cursor = Value::Null;
        loop {
            let (status, body) = customers_of(
                &sim,
                json!({"Extent": extent(), "Limitation": {"Count": 10, "Cursor": cursor}}),
            );
            assert_eq!(status, StatusCode::OK);
            let page = body["Customers"].as_array().expect("customers").clone();
            if page.is_empty() {
                assert!(body["Cursor"].is_null());
                break;
            }
            assert_eq!(
                body["Cursor"],
                page[page.len() - 1]["Id"],
                "even on the last page"
            );
            seen.extend(page.iter().map(|c| c["Id"].clone()));
            cursor = body["Cursor"].clone();
        }
        assert_eq!(seen.len(), total);
    }

    #[test]
    fn a_refused_operation_answers_403_and_the_others_go_on() {
        let sim = controls_with(test_world(1));
        sim.refuse("customers/getAll", true);
        let (status, body) = customers_of(
            &sim,
            json!({"Extent": extent(), "Limitation": {"Count": 10}}),
        );
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(
            body["Message"]
                .as_str()
                .is_some_and(|m| m.contains("customers"))
        );
        let (status, _) = call(
            &sim,
            "resources/getAll",
            json!({"Limitation": {"Count": 10}}),
        );
        assert_eq!(status, StatusCode::OK);
        sim.refuse("customers/getAll", false);
        let (status, _) = customers_of(
            &sim,
            json!({"Extent": extent(), "Limitation": {"Count": 10}}),
        );
        assert_eq!(status, StatusCode::OK);
    }

    /// A hotel of 3 rooms with stays around the test day: one left yesterday, one departs
    /// today, one stays on, one arrives today and one arrives tomorrow.
    fn stays_around_the_day() -> World {
        let (day, _) = test_day();
        let hours = |h: i64| day.start_utc + chrono::Duration::hours(h);
        let mut world = World::new(&test_rooms(3), 1);
        let stays = [
            (hours(-72), hours(-14), ReservationState::Processed, "left"),
            (
                hours(-48),
                hours(10),
                ReservationState::Started,
                "departing",
            ),
            (hours(-24), hours(34), ReservationState::Started, "staying"),
            (
                hours(15),
                hours(58),
                ReservationState::Confirmed,
                "arriving",
            ),
            (
                hours(39),
                hours(82),
                ReservationState::Confirmed,
                "tomorrow",
            ),
        ];
        for (start, end, state, customer) in stays {
            let customer = customer.to_owned();
            let stay = Stay {
                start,
                end,
                state,
                room: None,
                customer,
            };
            world.reserve(stay, start);
        }
        world
    }

    fn colliding_with_the_day(sim: &SimControls, states: &[&str]) -> Vec<String> {
        let (day, _) = test_day();
        let time = |t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
        let (status, body) = call(
            sim,
            "reservations/getAll/2023-06-06",
            json!({
                "CollidingUtc": {"StartUtc": time(day.start_utc), "EndUtc": time(day.end_utc)},
                "States": states,
                "Limitation": {"Count": 100},
            }),
        );
        assert_eq!(status, StatusCode::OK, "{body}");
        body["Reservations"]
            .as_array()
            .expect("reservations")
            .iter()
            .filter_map(|r| r["AccountId"].as_str().map(str::to_owned))
            .collect()
    }

    #[test]
    fn colliding_utc_selects_the_stays_in_house_during_the_day() {
        let sim = controls_with(stays_around_the_day());
        assert_eq!(
            colliding_with_the_day(&sim, &[]),
            ["departing", "staying", "arriving"]
        );
        assert_eq!(
            colliding_with_the_day(&sim, &["Started"]),
            ["departing", "staying"]
        );
    }

    #[test]
    fn colliding_utc_spans_at_most_three_months() {
        let sim = controls_with(stays_around_the_day());
        let (status, _) = call(
            &sim,
            "reservations/getAll/2023-06-06",
            json!({
                "CollidingUtc": {"StartUtc": "2025-01-01T00:00:00Z", "EndUtc": "2025-06-01T00:00:00Z"},
                "Limitation": {"Count": 100},
            }),
        );
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn reservations_name_their_guest_as_a_customer_account() {
        let world = test_world(5);
        let first = world.reservations[0].clone();
        let sim = controls_with(world);
        let (status, body) = call(
            &sim,
            "reservations/getAll/2023-06-06",
            json!({"ReservationIds": [first.id], "Limitation": {"Count": 10}}),
        );
        assert_eq!(status, StatusCode::OK);
        let reservation = &body["Reservations"][0];
        assert_eq!(reservation["AccountId"], first.customer.as_str());
        assert_eq!(reservation["AccountType"], "Customer");
        let (_, body) = customers_of(
            &sim,
            json!({"Extent": extent(), "CustomerIds": [first.customer], "Limitation": {"Count": 1}}),
        );
        assert_eq!(body["Customers"][0]["Id"], first.customer.as_str());
    }
}
