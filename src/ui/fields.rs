//! Labelled form fields shared by the connection screen's parts.

/// A labelled address field; true when the user changed the text.
pub(crate) fn address_field(ui: &mut egui::Ui, name: &str, text: &mut String, hint: &str) -> bool {
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
