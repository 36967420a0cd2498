//! Colours and marks for states: the colours staff know from Mews, always
//! paired with words, so colour is never the only signal.

use egui::Color32;

use crate::net::ConnectionStatus;
use crate::protocol::ResourceState;

/// Fill and text colour of a room tile in `state`.
pub fn room_colours(state: Option<&ResourceState>) -> (Color32, Color32) {
    match state {
        Some(ResourceState::Dirty) => (Color32::from_rgb(0xF2, 0x8C, 0x28), Color32::BLACK),
        Some(ResourceState::Clean) => (Color32::from_rgb(0x2F, 0x6F, 0xD6), Color32::WHITE),
        Some(ResourceState::Inspected) => (Color32::from_rgb(0x2E, 0x9E, 0x5B), Color32::WHITE),
        Some(ResourceState::OutOfService) => (Color32::from_rgb(0xC6, 0x28, 0x28), Color32::WHITE),
        Some(ResourceState::OutOfOrder) => (Color32::from_rgb(0xF5, 0xD0, 0x1E), Color32::BLACK),
        Some(ResourceState::Other(_)) | None => (Color32::from_gray(0x8A), Color32::WHITE),
    }
}

/// A short mark shown beside the state's name on tiles and chips.
pub fn room_mark(state: Option<&ResourceState>) -> &'static str {
    match state {
        Some(ResourceState::Dirty) => "⚑",
        Some(ResourceState::Clean) => "○",
        Some(ResourceState::Inspected) => "✔",
        Some(ResourceState::OutOfService) => "⚠",
        Some(ResourceState::OutOfOrder) => "⛔",
        Some(ResourceState::Other(_)) | None => "?",
    }
}

/// The colour of the connection's state in the status bar.
pub fn status_colour(status: Option<&ConnectionStatus>) -> Color32 {
    match status {
        Some(ConnectionStatus::Connected { .. }) => Color32::from_rgb(0x2E, 0x9E, 0x5B),
        Some(ConnectionStatus::Connecting { .. } | ConnectionStatus::Reconnecting { .. }) => {
            Color32::from_rgb(0xE0, 0x8A, 0x00)
        }
        Some(ConnectionStatus::Rejected { .. }) => Color32::from_rgb(0xC6, 0x28, 0x28),
        Some(ConnectionStatus::Stopped) | None => Color32::from_gray(0x80),
    }
}

/// The background of alert notices.
pub const ALERT_FILL: Color32 = Color32::from_rgb(0xFF, 0xF4, 0xC2);

/// The outline of a room with an open alert.
pub const ALERT_OUTLINE: Color32 = Color32::from_rgb(0xFF, 0x3D, 0xB8);

/// The colour of the brief highlight on a room that just changed.
pub const CHANGE_HIGHLIGHT: Color32 = Color32::from_rgb(0xFF, 0xE0, 0x40);
