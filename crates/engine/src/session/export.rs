//! The event log as shown (filtered) written to CSV or JSON Lines.

use std::io::Write;

pub use crate::history::ExportFormat;
use crate::history::HistoryError;
use crate::history::export::{ExportRow, write_rows};
use monitor_core::store::{LogView, Store};

/// Writes the events `view` shows of `store`'s log to `out`; returns how many.
pub fn write_shown(
    store: &Store,
    view: &LogView,
    format: ExportFormat,
    out: impl Write,
) -> Result<u64, HistoryError> {
    let rows = (0..view.len(&store.log))
        .filter_map(|row| view.entry(row, &store.log))
        .map(ExportRow::from);
    write_rows(format, rows, out)
}
