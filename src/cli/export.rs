//! `mews-monitor export`: stored events to CSV or JSON Lines.

use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};

use super::said::Said;
use crate::i18n::Translator;
use crate::tr;
use monitor_engine::history::{self, ExportFilter, ExportFormat, HistoryReader};

/// Arguments of `export`.
#[derive(Clone, Debug, clap::Args)]
pub struct ExportArgs {
    /// Events received at or after this time (RFC 3339, or a date YYYY-MM-DD meaning midnight UTC).
    #[arg(long, value_parser = parse_moment)]
    pub since: Option<DateTime<Utc>>,
    /// Events received before this time (same forms as --since).
    #[arg(long, value_parser = parse_moment)]
    pub until: Option<DateTime<Utc>>,
    /// Only events of this Type (e.g. Resource); repeat for several.
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The history database (default: the app's data directory).
    #[arg(long, value_name = "FILE")]
    pub history: Option<PathBuf>,
}

/// Reads `2025-12-04T08:00:00Z` or `2025-12-04` (midnight UTC).
pub(crate) fn parse_moment(text: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(moment) = DateTime::parse_from_rfc3339(text) {
        return Ok(moment.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map(|midnight| midnight.and_utc())
        .ok_or_else(|| {
            format!("'{text}' is neither a date (2025-12-04) nor a time (2025-12-04T08:00:00Z)")
        })
}

/// Runs `export`; returns how many events were written. Why it failed is said in `t`'s
/// language.
pub fn run(args: ExportArgs, t: &Translator) -> anyhow::Result<u64> {
    let path = match args.history {
        Some(path) => path,
        None => history::default_path()
            .ok_or_else(|| anyhow::Error::msg(tr!(t, "cli-no-data-folder")))?,
    };
    anyhow::ensure!(
        path.exists(),
        tr!(t, "cli-no-history", path = path.display().to_string())
    );
    let reader = HistoryReader::open(&path).said(t)?;
    let filter = ExportFilter {
        since: args.since,
        until: args.until,
        types: args.types,
    };
    let count = match args.output {
        Some(file) => {
            let out = std::fs::File::create(&file).map_err(|error| {
                anyhow::Error::msg(tr!(
                    t,
                    "cli-not-created",
                    path = file.display().to_string(),
                    detail = error.to_string()
                ))
            })?;
            reader.export(&filter, args.format, out).map_err(|error| {
                anyhow::Error::msg(t.export_error(&file.display().to_string(), &error))
            })?
        }
        None => {
            let stdout = std::io::stdout().lock();
            let count = reader.export(&filter, args.format, stdout).said(t)?;
            std::io::stdout().flush()?;
            count
        }
    };
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_accept_dates_and_times_and_explain_mistakes() {
        assert_eq!(
            parse_moment("2025-12-04").map(|t| t.to_rfc3339()),
            Ok("2025-12-04T00:00:00+00:00".into())
        );
        assert_eq!(
            parse_moment("2025-12-04T08:30:00+01:00").map(|t| t.to_rfc3339()),
            Ok("2025-12-04T07:30:00+00:00".into())
        );
        assert!(
            parse_moment("yesterday")
                .unwrap_err()
                .contains("neither a date")
        );
    }
}
