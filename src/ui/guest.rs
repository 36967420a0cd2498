//! How the desk reads a guest: the name (or why it is missing) and the VIP
//! mark, always in words with a symbol, never by colour alone.
//!
//! Names are personal data: they are drawn and never logged or saved.

use monitor_core::protocol::Classification;
use monitor_core::store::{Arrival, Guest, GuestView, Unavailable};

use super::style;

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
pub(crate) fn name_line(guest: GuestView<'_>) -> NameLine {
    match guest {
        GuestView::Known(known) => known
            .name()
            .map_or_else(|| NameLine::Unavailable(NO_NAME.to_owned()), NameLine::Name),
        GuestView::Loading => NameLine::Loading,
        GuestView::Unavailable(why) => NameLine::Unavailable(unavailable_reason(why)),
        GuestView::Unknown => NameLine::Nothing,
    }
}

/// Why a name is missing when Mews holds neither a first nor a last name.
const NO_NAME: &str = "Mews holds no name for this guest.";

/// Why a name could not be shown, in the desk's words.
fn unavailable_reason(why: &Unavailable) -> String {
    match why {
        Unavailable::NotInMews => {
            "Mews did not return this guest (the profile may have been removed or merged)."
                .to_owned()
        }
        Unavailable::NotLoaded(reason) => format!("The guest could not be loaded: {reason}"),
    }
}

/// Draws the name line: strong name, "Name loading…", or "Name unavailable" with why.
pub(crate) fn name_ui(ui: &mut egui::Ui, line: &NameLine) {
    match line {
        NameLine::Name(name) => {
            ui.label(egui::RichText::new(name).strong().size(15.0));
        }
        NameLine::Loading => {
            ui.weak("Name loading…");
        }
        NameLine::Unavailable(why) => {
            ui.weak("Name unavailable").on_hover_text(why);
        }
        NameLine::Nothing => {}
    }
}

/// The VIP badge's words and hover text, e.g. ("★★ VIP+", "Very important guest (VIP+)").
pub(crate) fn vip_badge(guest: &Guest) -> Option<(String, &'static str)> {
    match guest.vip()? {
        Classification::VeryImportant => Some((
            format!("{} VIP+", style::VERY_VIP_MARK),
            "Very important guest (VIP+), as classified in Mews",
        )),
        _ => Some((
            format!("{} VIP", style::VIP_MARK),
            "Important guest (VIP), as classified in Mews",
        )),
    }
}

/// Draws the VIP badge, if the guest is one: framed, strong, in words.
pub(crate) fn vip_ui(ui: &mut egui::Ui, guest: GuestView<'_>) {
    let Some((words, hover)) = guest.guest().and_then(vip_badge) else {
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
pub(crate) fn who(arrival: &Arrival<'_>) -> String {
    match arrival.guest.name() {
        Some(name) => format!("{name} ({})", arrival.display_number()),
        None => format!("Reservation {}", arrival.display_number()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_name_says_why() {
        let gone = Unavailable::NotInMews;
        let failed = Unavailable::NotLoaded("timed out".to_owned());
        assert!(matches!(
            name_line(GuestView::Unavailable(&gone)),
            NameLine::Unavailable(why) if why.contains("did not return")
        ));
        assert!(matches!(
            name_line(GuestView::Unavailable(&failed)),
            NameLine::Unavailable(why) if why.contains("timed out")
        ));
        assert_eq!(name_line(GuestView::Loading), NameLine::Loading);
        assert_eq!(name_line(GuestView::Unknown), NameLine::Nothing);
    }
}
