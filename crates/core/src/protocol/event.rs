//! One Connector event as the monitor understands it, with the text Mews sent.
//!
//! The typed part (`EventBody`) carries the fields the monitor models; `raw`
//! keeps the event's JSON exactly as received, unknown fields included, so it
//! can be shown in a detail view or printed by `tail` without loss.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::state::{CommandState, ReservationState, ResourceState};

/// The four documented event types, plus everything else.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum EventKind {
    /// A device command changed state.
    DeviceCommand,
    /// A reservation changed.
    Reservation,
    /// A resource (room) changed housekeeping state.
    Resource,
    /// Prices changed for a rate or category over a period.
    PriceUpdate,
    /// A `Type` the documentation does not list.
    Unknown,
}

impl EventKind {
    /// Every kind, in the order tables and filters list them.
    pub const ALL: [EventKind; 5] = [
        EventKind::Resource,
        EventKind::Reservation,
        EventKind::DeviceCommand,
        EventKind::PriceUpdate,
        EventKind::Unknown,
    ];

    /// Position in [`EventKind::ALL`], for per-kind counters.
    pub(crate) fn index(self) -> usize {
        match self {
            EventKind::Resource => 0,
            EventKind::Reservation => 1,
            EventKind::DeviceCommand => 2,
            EventKind::PriceUpdate => 3,
            EventKind::Unknown => 4,
        }
    }
}

/// The fields of an event that the monitor models.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventBody {
    /// `Type: "DeviceCommand"`.
    DeviceCommand {
        /// The command's id.
        id: String,
        /// Its new state.
        state: CommandState,
    },
    /// `Type: "Reservation"`.
    Reservation {
        /// The reservation's id.
        id: String,
        /// Its new state.
        state: ReservationState,
        /// Scheduled start, when sent.
        start_utc: Option<DateTime<Utc>>,
        /// Scheduled end, when sent.
        end_utc: Option<DateTime<Utc>>,
        /// The room assigned, if any.
        assigned_resource_id: Option<String>,
    },
    /// `Type: "Resource"`.
    Resource {
        /// The resource's (room's) id.
        id: String,
        /// Its new housekeeping state.
        state: ResourceState,
    },
    /// `Type: "PriceUpdate"`.
    PriceUpdate {
        /// The price update's own id.
        id: String,
        /// First day affected, when sent.
        start_utc: Option<DateTime<Utc>>,
        /// Last day affected, when sent.
        end_utc: Option<DateTime<Utc>>,
        /// The rate concerned, when sent.
        rate_id: Option<String>,
        /// The resource category concerned, when sent.
        resource_category_id: Option<String>,
    },
    /// Any other `Type`, kept with whatever id it carried.
    Unknown {
        /// The `Type` as sent.
        type_name: String,
        /// The `Id`, when it was a string.
        id: Option<String>,
    },
}

/// A parsed event and the JSON text it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// What the monitor understood.
    pub body: EventBody,
    /// The event's JSON exactly as received (unknown fields included); shared, not
    /// copied, with those who keep it (history).
    pub raw: Arc<str>,
}

impl Event {
    /// Which kind of event this is.
    pub fn kind(&self) -> EventKind {
        match self.body {
            EventBody::DeviceCommand { .. } => EventKind::DeviceCommand,
            EventBody::Reservation { .. } => EventKind::Reservation,
            EventBody::Resource { .. } => EventKind::Resource,
            EventBody::PriceUpdate { .. } => EventKind::PriceUpdate,
            EventBody::Unknown { .. } => EventKind::Unknown,
        }
    }

    /// The `Type` as Mews spells it.
    pub fn type_name(&self) -> &str {
        match &self.body {
            EventBody::DeviceCommand { .. } => "DeviceCommand",
            EventBody::Reservation { .. } => "Reservation",
            EventBody::Resource { .. } => "Resource",
            EventBody::PriceUpdate { .. } => "PriceUpdate",
            EventBody::Unknown { type_name, .. } => type_name,
        }
    }

    /// The event's `Id` (the entity for most types), when it has one.
    pub fn id(&self) -> Option<&str> {
        match &self.body {
            EventBody::DeviceCommand { id, .. }
            | EventBody::Reservation { id, .. }
            | EventBody::Resource { id, .. }
            | EventBody::PriceUpdate { id, .. } => Some(id),
            EventBody::Unknown { id, .. } => id.as_deref(),
        }
    }

    /// The state the event reports, as Mews spells it, when it has one.
    pub fn state_wire(&self) -> Option<&str> {
        match &self.body {
            EventBody::DeviceCommand { state, .. } => Some(state.as_wire()),
            EventBody::Reservation { state, .. } => Some(state.as_wire()),
            EventBody::Resource { state, .. } => Some(state.as_wire()),
            EventBody::PriceUpdate { .. } | EventBody::Unknown { .. } => None,
        }
    }

    /// The state the event reports, in staff words, when it has one.
    pub fn state_label(&self) -> Option<&str> {
        match &self.body {
            EventBody::DeviceCommand { state, .. } => Some(state.label()),
            EventBody::Reservation { state, .. } => Some(state.label()),
            EventBody::Resource { state, .. } => Some(state.label()),
            EventBody::PriceUpdate { .. } | EventBody::Unknown { .. } => None,
        }
    }
}
