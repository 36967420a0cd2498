//! Labelled form fields shared by the connection screen's parts and the settings menu.

use crate::i18n::Translator;
use crate::tr;

/// A labelled address field; true when the user changed the text.
pub(crate) fn address_field(
    ui: &mut egui::Ui,
    name: String,
    text: &mut String,
    hint: &str,
) -> bool {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(380.0)
                .hint_text(hint),
        )
        .labelled_by(label.id)
        .changed()
    })
    .inner
}

/// The mark beside a setting the organisation's policy fixes ([`crate::policy`]).
pub(crate) fn set_by_organisation(ui: &mut egui::Ui, t: &Translator) {
    ui.weak(tr!(t, "set-by-organisation"))
        .on_hover_text(tr!(t, "set-by-organisation-hover"));
}
