//! Export of events to CSV or JSON Lines, from history or from the in-memory log.
//!
//! An export from history marks each gap (events history missed while it could
//! not be written) where it falls: in CSV a row of type `HistoryGap` whose
//! `event_json` is `{"missed":N,"first_seq":A,"last_seq":B,"until_utc":"…"}`, in
//! JSON Lines a line with `"gap"` in place of `"event"`.

use std::io::Write;

use chrono::{DateTime, Utc};

use super::{Gap, HistoryError, HistoryReader, utc_text};
use monitor_core::store::LogEntry;

/// The file formats offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated values with a header row, for spreadsheets.
    Csv,
    /// One JSON object per line, as `tail` prints them.
    Jsonl,
}

/// Which stored events to export.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Received at or after this moment.
    pub since: Option<DateTime<Utc>>,
    /// Received before this moment.
    pub until: Option<DateTime<Utc>>,
    /// Only these `Type`s (as Mews spells them); empty means all.
    pub types: Vec<String>,
}

/// One exported event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ExportRow {
    /// Local sequence number.
    pub seq: u64,
    /// Receive time, RFC 3339 UTC.
    pub received_utc: String,
    /// `Type` as sent.
    pub type_name: String,
    /// `Id`, when present.
    pub id: Option<String>,
    /// `State` as sent, when present.
    pub state: Option<String>,
    /// The event's JSON as received.
    pub raw: String,
}

impl From<&LogEntry> for ExportRow {
    fn from(entry: &LogEntry) -> Self {
        ExportRow {
            seq: entry.seq,
            received_utc: utc_text(entry.received),
            type_name: entry.event.type_name().to_owned(),
            id: entry.event.id().map(str::to_owned),
            state: entry.event.state_wire().map(str::to_owned),
            raw: entry.event.raw.to_string(),
        }
    }
}

/// One line of an export: an event, or a gap where history missed events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ExportLine {
    /// An event.
    Event(ExportRow),
    /// Events history missed.
    Gap(Gap),
}

impl ExportLine {
    fn seq(&self) -> u64 {
        match self {
            ExportLine::Event(row) => row.seq,
            ExportLine::Gap(gap) => gap.first_seq,
        }
    }
}

/// A gap's details, as JSON.
fn gap_json(gap: &Gap) -> String {
    format!(
        r#"{{"missed":{},"first_seq":{},"last_seq":{},"until_utc":"{}"}}"#,
        gap.missed,
        gap.first_seq,
        gap.last_seq,
        utc_text(gap.until)
    )
}

/// Writes the events `rows` to `out`; returns how many were written.
pub(crate) fn write_rows(
    format: ExportFormat,
    rows: impl IntoIterator<Item = ExportRow>,
    out: impl Write,
) -> Result<u64, HistoryError> {
    write_lines(format, rows.into_iter().map(ExportLine::Event), out)
}

/// Writes `lines` to `out`; returns how many events were written.
fn write_lines(
    format: ExportFormat,
    lines: impl IntoIterator<Item = ExportLine>,
    out: impl Write,
) -> Result<u64, HistoryError> {
    let fail = |error: &dyn std::fmt::Display| HistoryError::Export(error.to_string());
    let mut count = 0;
    match format {
        ExportFormat::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer
                .write_record(["seq", "received_utc", "type", "id", "state", "event_json"])
                .map_err(|e| fail(&e))?;
            for line in lines {
                match line {
                    ExportLine::Event(row) => {
                        writer
                            .write_record([
                                row.seq.to_string().as_str(),
                                &row.received_utc,
                                &row.type_name,
                                row.id.as_deref().unwrap_or(""),
                                row.state.as_deref().unwrap_or(""),
                                &row.raw,
                            ])
                            .map_err(|e| fail(&e))?;
                        count += 1;
                    }
                    ExportLine::Gap(gap) => writer
                        .write_record([
                            gap.first_seq.to_string().as_str(),
                            &utc_text(gap.from),
                            "HistoryGap",
                            "",
                            "",
                            &gap_json(&gap),
                        ])
                        .map_err(|e| fail(&e))?,
                }
            }
            writer.flush().map_err(|e| fail(&e))?;
        }
        ExportFormat::Jsonl => {
            let mut out = std::io::BufWriter::new(out);
            for line in lines {
                match line {
                    ExportLine::Event(row) => {
                        writeln!(
                            out,
                            r#"{{"seq":{},"received_utc":"{}","event":{}}}"#,
                            row.seq, row.received_utc, row.raw
                        )
                        .map_err(|e| fail(&e))?;
                        count += 1;
                    }
                    ExportLine::Gap(gap) => writeln!(
                        out,
                        r#"{{"seq":{},"received_utc":"{}","gap":{}}}"#,
                        gap.first_seq,
                        utc_text(gap.from),
                        gap_json(&gap)
                    )
                    .map_err(|e| fail(&e))?,
                }
            }
            out.flush().map_err(|e| fail(&e))?;
        }
    }
    Ok(count)
}

impl HistoryReader {
    /// Writes the stored events matching `filter`, oldest first, with the gaps in
    /// that period where they fall; returns how many events were written.
    pub fn export(
        &self,
        filter: &ExportFilter,
        format: ExportFormat,
        out: impl Write,
    ) -> Result<u64, HistoryError> {
        let mut statement = self.connection().prepare(
            "SELECT seq, received, raw FROM events
             WHERE received >= ?1 AND received < ?2 ORDER BY seq",
        )?;
        let since = filter.since.map_or(i64::MIN, |at| at.timestamp_millis());
        let until = filter.until.map_or(i64::MAX, |at| at.timestamp_millis());
        let rows = statement.query_map([since, until], |row| {
            Ok(super::stored_event(row)?.map(|entry| ExportRow::from(&entry)))
        })?;
        let wanted = |row: &ExportRow| {
            filter.types.is_empty()
                || filter
                    .types
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case(&row.type_name))
        };
        let since = filter.since.unwrap_or(DateTime::<Utc>::MIN_UTC);
        let until = filter.until.unwrap_or(DateTime::<Utc>::MAX_UTC);
        let mut gaps = self.gaps(since, until)?.into_iter().peekable();
        let mut failure = None;
        let mut rows = rows
            .map_while(|row| row.map_err(|error| failure = Some(error)).ok())
            .flatten()
            .filter(wanted)
            .map(ExportLine::Event)
            .peekable();
        // Each gap goes before the first event numbered after it; the rest at the end.
        let merged = std::iter::from_fn(|| match (gaps.peek(), rows.peek()) {
            (Some(gap), Some(line)) if gap.first_seq < line.seq() => {
                gaps.next().map(ExportLine::Gap)
            }
            (_, Some(_)) => rows.next(),
            (Some(_), None) => gaps.next().map(ExportLine::Gap),
            (None, None) => None,
        });
        let count = write_lines(format, merged, out)?;
        match failure {
            Some(error) => Err(error.into()),
            None => Ok(count),
        }
    }
}
