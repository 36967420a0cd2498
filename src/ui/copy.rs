//! Copying for support tickets: context-menu entries on any row or id.

use monitor_core::store::{HotelClock, Room};

use super::action::Action;

/// "Copy id" and "Copy ticket line" entries for a context menu.
pub(crate) fn copy_menu(
    ui: &mut egui::Ui,
    id: &str,
    ticket: impl FnOnce() -> String,
    actions: &mut Vec<Action>,
) {
    if ui.button("Copy id").clicked() {
        actions.push(Action::Copy {
            text: id.to_owned(),
            what: "id",
        });
        ui.close();
    }
    if ui.button("Copy ticket line").clicked() {
        actions.push(Action::Copy {
            text: ticket(),
            what: "ticket line",
        });
        ui.close();
    }
}

/// The ticket line of a room's current state.
pub(crate) fn room_ticket(room: &Room, clock: &HotelClock) -> String {
    let mut parts = vec![format!("Resource {}", room.id)];
    if let Some(state) = &room.state {
        parts.push(format!("state {}", state.as_wire()));
    }
    parts.push(format!("resource {}", room.display_name()));
    if let Some(floor) = &room.floor {
        parts.push(format!("floor {floor}"));
    }
    if let Some(since) = room.since {
        parts.push(format!("since {}", clock.full(since)));
    }
    parts.join(" · ")
}
