//! Copying for support tickets: context-menu entries on any row or id.

use monitor_core::store::{HotelClock, Room};

use super::action::Action;
use crate::i18n::Translator;
use crate::tr;

/// What was copied, for the brief notice that says so ("Copied id").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// An id.
    Id,
    /// A ticket line (or several).
    TicketLine,
    /// A reservation number.
    ReservationNumber,
}

/// The brief notice after copying: "Copied id", "Copied ticket line", ...
pub(crate) fn copied_notice(what: Copied, t: &Translator) -> String {
    match what {
        Copied::Id => tr!(t, "copy-copied-id"),
        Copied::TicketLine => tr!(t, "copy-copied-ticket-line"),
        Copied::ReservationNumber => tr!(t, "copy-copied-reservation-number"),
    }
}

/// "Copy id" and "Copy ticket line" entries for a context menu.
pub(crate) fn copy_menu(
    ui: &mut egui::Ui,
    t: &Translator,
    id: &str,
    ticket: impl FnOnce() -> String,
    actions: &mut Vec<Action>,
) {
    if ui.button(tr!(t, "copy-id")).clicked() {
        actions.push(Action::Copy {
            text: id.to_owned(),
            what: Copied::Id,
        });
        ui.close();
    }
    if ui.button(tr!(t, "copy-ticket-line")).clicked() {
        actions.push(Action::Copy {
            text: ticket(),
            what: Copied::TicketLine,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn the_notice_says_what_was_copied() {
        let english = Translator::default();
        assert_eq!(copied_notice(Copied::Id, &english), "Copied id");
        assert_eq!(
            copied_notice(Copied::TicketLine, &english),
            "Copied ticket line"
        );
        assert_eq!(
            copied_notice(Copied::ReservationNumber, &english),
            "Copied reservation number"
        );
        let czech = Translator::new(Language::Czech);
        assert_eq!(copied_notice(Copied::Id, &czech), "ID zkopírováno");
    }
}
