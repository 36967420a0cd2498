//! How the desk reads a guest: the name (or why it is missing) and the VIP
//! mark, always in words with a symbol, never by colour alone.
//!
//! Names are personal data: they are drawn and never logged or saved.

use monitor_core::protocol::Classification;
use monitor_core::store::{Arrival, Guest, GuestView, Unavailable};

use super::style;
use crate::i18n::Translator;
use crate::tr;

/// What the card says in place of the guest's name. `Debug` hides the name.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum NameLine {
    /// The guest's name as Mews holds it.
    Name(String),
    /// Asked for, no answer yet.
    Loading,
    /// No name came back; the words say why (for the hover text).
    Unavailable(String),
    /// Nothing to say: the reservation names no guest (the number stands alone).
    Nothing,
}

impl std::fmt::Debug for NameLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NameLine::Name(_) => f.write_str("Name(…)"),
            NameLine::Loading => f.write_str("Loading"),
            NameLine::Unavailable(why) => f.debug_tuple("Unavailable").field(why).finish(),
            NameLine::Nothing => f.write_str("Nothing"),
        }
    }
}

/// The line of the guest's name for `guest`.
pub(crate) fn name_line(guest: GuestView<'_>, t: &Translator) -> NameLine {
    match guest {
        GuestView::Known(known) => known.name().map_or_else(
            || NameLine::Unavailable(tr!(t, "guest-no-name")),
            NameLine::Name,
        ),
        GuestView::Loading => NameLine::Loading,
        GuestView::Unavailable(why) => NameLine::Unavailable(unavailable_reason(why, t)),
        GuestView::Unknown => NameLine::Nothing,
    }
}

/// Why a name could not be shown, in the desk's words.
fn unavailable_reason(why: &Unavailable, t: &Translator) -> String {
    match why {
        Unavailable::NotInMews => tr!(t, "guest-not-in-mews"),
        Unavailable::NotLoaded(reason) => tr!(t, "guest-not-loaded", reason = reason.as_str()),
    }
}

/// Draws the name line: strong name, "Name loading…", or "Name unavailable" with why.
pub(crate) fn name_ui(ui: &mut egui::Ui, line: &NameLine, t: &Translator) {
    match line {
        NameLine::Name(name) => {
            ui.label(egui::RichText::new(name).strong().size(15.0));
        }
        NameLine::Loading => {
            ui.weak(tr!(t, "guest-name-loading"));
        }
        NameLine::Unavailable(why) => {
            ui.weak(tr!(t, "guest-name-unavailable")).on_hover_text(why);
        }
        NameLine::Nothing => {}
    }
}

/// The VIP badge's words and hover text, e.g. ("★★ VIP+", "Very important guest (VIP+)").
pub(crate) fn vip_badge(guest: &Guest, t: &Translator) -> Option<(String, String)> {
    match guest.vip()? {
        Classification::VeryImportant => Some((
            format!("{} {}", style::VERY_VIP_MARK, tr!(t, "guest-very-vip")),
            tr!(t, "guest-very-vip-hover"),
        )),
        _ => Some((
            format!("{} {}", style::VIP_MARK, tr!(t, "guest-vip")),
            tr!(t, "guest-vip-hover"),
        )),
    }
}

/// Draws the VIP badge, if the guest is one: framed, strong, in words.
pub(crate) fn vip_ui(ui: &mut egui::Ui, guest: GuestView<'_>, t: &Translator) {
    let Some((words, hover)) = guest.guest().and_then(|guest| vip_badge(guest, t)) else {
        return;
    };
    egui::Frame::new()
        .stroke(ui.visuals().widgets.noninteractive.fg_stroke)
        .inner_margin(egui::Margin::symmetric(4, 0))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(words).strong())
                .on_hover_text(hover);
        });
}

/// Who the arrival is, in one line for lists: the name, else the reservation
/// number ("Jiřina Nováková (4712)" or "Reservation 4712").
pub(crate) fn who(arrival: &Arrival<'_>, t: &Translator) -> String {
    let number = arrival.display_number();
    match arrival.guest.name() {
        Some(name) => tr!(t, "guest-who", name = name, number = number),
        None => tr!(t, "guest-reservation", number = number),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_name_says_why() {
        let t = &Translator::default();
        let gone = Unavailable::NotInMews;
        let failed = Unavailable::NotLoaded("timed out".to_owned());
        assert!(matches!(
            name_line(GuestView::Unavailable(&gone), t),
            NameLine::Unavailable(why) if why.contains("did not return")
        ));
        assert!(matches!(
            name_line(GuestView::Unavailable(&failed), t),
            NameLine::Unavailable(why) if why.contains("timed out")
        ));
        assert_eq!(name_line(GuestView::Loading, t), NameLine::Loading);
        assert_eq!(name_line(GuestView::Unknown, t), NameLine::Nothing);
        let czech = &Translator::new(crate::i18n::Language::Czech);
        assert!(matches!(
            name_line(GuestView::Unavailable(&failed), czech),
            NameLine::Unavailable(why) if why == "Hosta se nepodařilo načíst: timed out"
        ));
    }

    #[test]
    fn a_guest_without_a_name_is_their_reservation() {
        let state = monitor_core::protocol::ReservationState::Confirmed;
        let arrival = Arrival {
            id: "reservation-4712",
            number: Some("4712"),
            arrival_utc: None,
            state: &state,
            room_id: None,
            room: None,
            readiness: monitor_core::store::Readiness::NoRoom,
            changed_offline: false,
            guest: GuestView::Unknown,
            waiting_since: None,
            queued: false,
        };
        assert_eq!(who(&arrival, &Translator::default()), "Reservation 4712");
        let czech = Translator::new(crate::i18n::Language::Czech);
        assert_eq!(who(&arrival, &czech), "Rezervace 4712");
    }
}
