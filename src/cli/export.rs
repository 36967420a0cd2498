//! `mews-monitor export`: stored events to CSV or JSON Lines.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};

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

/// Runs `export`; returns how many events were written.
pub fn run(args: ExportArgs) -> anyhow::Result<u64> {
    let path = match args.history {
        Some(path) => path,
        None => {
            history::default_path().context("this computer has no data directory for history")?
        }
    };
    anyhow::ensure!(
        path.exists(),
        "there is no history yet at {}",
        path.display()
    );
    let reader = HistoryReader::open(&path)?;
    let filter = ExportFilter {
        since: args.since,
        until: args.until,
        types: args.types,
    };
    let count = match args.output {
        Some(file) => {
            let out = std::fs::File::create(&file)
                .with_context(|| format!("{} could not be created", file.display()))?;
            reader.export(&filter, args.format, out)?
        }
        None => {
            let stdout = std::io::stdout().lock();
            let count = reader.export(&filter, args.format, stdout)?;
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
