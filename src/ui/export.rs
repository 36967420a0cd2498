//! The export window: the event log as currently filtered, to CSV or JSON
//! Lines, written to a file the user names (in the Documents folder by default).

use std::path::PathBuf;

use chrono::Utc;

use crate::i18n::Translator;
use crate::tr;
use monitor_core::store::{LogView, Store};
use monitor_engine::session::export::{ExportFormat, write_shown};

/// The export window's state.
#[derive(Debug)]
pub(crate) struct ExportDialog {
    /// Whether the window is open.
    pub open: bool,
    format: ExportFormat,
    path: String,
    result: Option<Result<String, String>>,
}

impl Default for ExportDialog {
    fn default() -> Self {
        ExportDialog {
            open: false,
            format: ExportFormat::Csv,
            path: String::new(),
            result: None,
        }
    }
}

impl ExportDialog {
    /// Opens the window with a fresh file name.
    pub fn show(&mut self) {
        self.open = true;
        self.result = None;
        self.path = default_path(self.format).display().to_string();
    }

    /// Draws the window; writes the file when asked.
    pub fn ui(&mut self, ctx: &egui::Context, store: &Store, view: &LogView, t: &Translator) {
        let mut open = self.open;
        egui::Window::new(tr!(t, "export-title"))
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            // Centred: never over the tabs, wherever the room panel lies.
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .show(ctx, |ui| {
                let rows = view.len(&store.log);
                ui.label(tr!(t, "export-what", count = rows));
                ui.horizontal(|ui| {
                    let before = self.format;
                    ui.radio_value(&mut self.format, ExportFormat::Csv, tr!(t, "export-csv"));
                    ui.radio_value(
                        &mut self.format,
                        ExportFormat::Jsonl,
                        tr!(t, "export-jsonl"),
                    );
                    if self.format != before {
                        self.path = swap_extension(&self.path, self.format);
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label(tr!(t, "export-file"));
                    ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(400.0))
                        .labelled_by(label.id);
                });
                if ui.button(tr!(t, "export-save")).clicked() {
                    self.result = Some(self.write(store, view, t));
                }
                match &self.result {
                    Some(Ok(done)) => {
                        ui.label(done);
                    }
                    Some(Err(problem)) => {
                        ui.colored_label(ui.visuals().error_fg_color, problem);
                    }
                    None => {}
                }
            });
        self.open = open;
    }

    fn write(&self, store: &Store, view: &LogView, t: &Translator) -> Result<String, String> {
        let path = PathBuf::from(self.path.trim());
        if path.as_os_str().is_empty() {
            return Err(tr!(t, "export-no-file"));
        }
        let shown = path.display().to_string();
        let not_written = |problem: String| {
            tr!(
                t,
                "export-not-written",
                path = shown.as_str(),
                problem = problem
            )
        };
        let file = std::fs::File::create(&path).map_err(|error| not_written(error.to_string()))?;
        let count = write_shown(store, view, self.format, file)
            .map_err(|error| t.export_error(&shown, &error))?;
        Ok(tr!(t, "export-written", count = count, path = shown))
    }
}

fn extension(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Csv => "csv",
        ExportFormat::Jsonl => "jsonl",
    }
}

/// `<Documents>/mews-events-YYYYMMDD-HHMM.csv` (the home folder when there is no Documents folder).
fn default_path(format: ExportFormat) -> PathBuf {
    let folder = directories::UserDirs::new()
        .and_then(|dirs| {
            dirs.document_dir()
                .map(ToOwned::to_owned)
                .or_else(|| Some(dirs.home_dir().to_owned()))
        })
        .unwrap_or_default();
    let name = format!(
        "mews-events-{}.{}",
        Utc::now().format("%Y%m%d-%H%M"),
        extension(format)
    );
    folder.join(name)
}

fn swap_extension(path: &str, format: ExportFormat) -> String {
    PathBuf::from(path)
        .with_extension(extension(format))
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitor_core::protocol::parse_frame;
    use monitor_core::store::LogFilter;

    #[test]
    fn the_filtered_log_is_written_and_reads_back() {
        let mut store = Store::default();
        let frame = parse_frame(
            r#"{"Events":[{"Type":"Resource","Id":"r1","State":"Clean"},{"Type":"DeviceCommand","Id":"c1","State":"Pending"}]}"#,
        );
        store.apply_batch(Utc::now(), frame.events);
        let mut view = LogView::default();
        let filter = LogFilter {
            text: "r1".into(),
            ..LogFilter::default()
        };
        view.refresh(&filter, &store, 100);
        let folder = tempfile::tempdir().expect("temp dir");
        let dialog = ExportDialog {
            format: ExportFormat::Jsonl,
            path: folder.path().join("out.jsonl").display().to_string(),
            ..ExportDialog::default()
        };
        let done = dialog
            .write(&store, &view, &Translator::default())
            .expect("written");
        assert!(done.starts_with("1 event written"), "{done}");
        let text = std::fs::read_to_string(folder.path().join("out.jsonl")).expect("file");
        let line: serde_json::Value = serde_json::from_str(text.trim()).expect("one JSON line");
        assert_eq!(line["event"]["Id"], "r1");
        assert_eq!(swap_extension("/x/a.jsonl", ExportFormat::Csv), "/x/a.csv");
    }

    /// A file that opens but cannot be written (`/dev/full`: every write finds the disk
    /// full) is said in the desk's language, with the file's name.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_failed_write_is_said_in_the_desks_language() {
        let mut store = Store::default();
        let frame = parse_frame(r#"{"Events":[{"Type":"Resource","Id":"r1","State":"Clean"}]}"#);
        store.apply_batch(Utc::now(), frame.events);
        let mut view = LogView::default();
        view.refresh(&LogFilter::default(), &store, 100);
        let dialog = ExportDialog {
            path: "/dev/full".into(),
            ..ExportDialog::default()
        };
        let german = Translator::new(crate::i18n::Language::German);
        let problem = dialog
            .write(&store, &view, &german)
            .expect_err("/dev/full takes no bytes");
        assert!(
            problem.starts_with("/dev/full konnte nicht geschrieben werden: "),
            "{problem}"
        );
        assert!(
            !problem.contains("the export could not be written"),
            "{problem}"
        );
    }
}
