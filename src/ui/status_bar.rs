//! The status bar, always visible: the connection in words and colour, the
//! hotel and its local time, events received, time since the last event and
//! the problems count.

use chrono::{DateTime, Utc};

use monitor_core::store::clock::{elapsed_minutes, utc_text};
use monitor_core::store::{ArrivalCounts, HotelClock};
use monitor_engine::history::PauseState;
use monitor_engine::session::ConnectionStatus;

use super::action::Action;
use super::style;

/// The connection's state in words, with the hotel's clock.
pub(crate) fn status_text(
    status: Option<&ConnectionStatus>,
    clock: &HotelClock,
    now: DateTime<Utc>,
) -> String {
    match status {
        None => "Not connected".to_owned(),
        Some(ConnectionStatus::Connected { since }) => {
            format!("Connected since {}", clock.format(*since, "%H:%M"))
        }
        Some(ConnectionStatus::Reconnecting { at, reason, .. }) => {
            let seconds = (*at - now).num_seconds().max(0);
            format!("{reason}. Reconnecting in {seconds} s.")
        }
        Some(ConnectionStatus::Rejected { .. }) => {
            "Mews rejected the tokens. Enter new tokens from your Mews administrator.".to_owned()
        }
        Some(other) => other.summary(),
    }
}

/// What the status bar shows, taken from the session and store for one frame.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StatusLine<'a> {
    /// The connection's state, once a connection was made.
    pub status: Option<&'a ConnectionStatus>,
    /// The hotel's name, once known.
    pub hotel: Option<&'a str>,
    /// History is still being read.
    pub loading_history: bool,
    /// History cannot be written just now.
    pub history_paused: Option<PauseState>,
    /// Events received so far.
    pub total_events: u64,
    /// When the last event arrived.
    pub last_event_at: Option<DateTime<Utc>>,
    /// Today's arrivals by readiness, once they are loaded.
    pub arrivals: Option<ArrivalCounts>,
    /// Problems met so far.
    pub problems: u64,
}

/// The status bar: connection, hotel and its time, counts, and the problems button.
pub(crate) fn status_bar_ui(
    ui: &mut egui::Ui,
    line: &StatusLine<'_>,
    clock: &HotelClock,
    now: DateTime<Utc>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let status = line.status;
        let text = status_text(status, clock, now);
        let colour = style::status_colour(status, ui.visuals());
        let (dot, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().circle_filled(dot.center(), 5.0, colour);
        ui.label(egui::RichText::new(&text).strong().color(colour))
            .on_hover_text(status.map(ConnectionStatus::summary).unwrap_or_default());
        let fix = match status {
            Some(ConnectionStatus::Reconnecting { .. }) => Some(("Try now", Action::Reconnect)),
            Some(ConnectionStatus::Rejected { .. }) => {
                Some(("Enter tokens", Action::OpenConnectionScreen))
            }
            _ => None,
        };
        if let Some((label, action)) = fix
            && ui.button(label).clicked()
        {
            actions.push(action);
        }
        ui.separator();
        let hotel = line.hotel.unwrap_or("Hotel not known yet");
        ui.label(format!("{hotel} · {}", clock.format(now, "%H:%M")))
            .on_hover_text(format!("Times are shown in {}", clock.zone_name()));
        ui.separator();
        if line.loading_history {
            ui.label("Loading history…")
                .on_hover_text("Earlier events are being read from this computer's history");
            ui.separator();
        }
        if let Some(pause) = line.history_paused {
            history_paused_ui(ui, pause);
            ui.separator();
        }
        ui.label(format!("{} events", thousands(line.total_events)));
        let last = match line.last_event_at {
            Some(at) => format!("last {} ago", elapsed_minutes(at, now)),
            None => "no event yet".to_owned(),
        };
        let last = ui.label(last);
        if let Some(at) = line.last_event_at {
            last.on_hover_text(format!("Last event received {}", utc_text(at)));
        }
        if let Some(counts) = line.arrivals {
            ui.separator();
            ui.label(counts.summary())
                .on_hover_text("Today's arrivals whose room is ready, of those not yet checked in");
        }
        ui.separator();
        let label = match line.problems {
            0 => "No problems".to_owned(),
            1 => "1 problem".to_owned(),
            n => format!("{} problems", thousands(n)),
        };
        if ui
            .button(label)
            .on_hover_text("Show problems and diagnostics")
            .clicked()
        {
            actions.push(Action::ToggleProblems);
        }
    });
}

/// History paused: how many events wait to be written, and how many it missed.
fn history_paused_ui(ui: &mut egui::Ui, pause: PauseState) {
    let mut text = format!(
        "⏸ History paused: {} waiting",
        thousands(pause.waiting as u64)
    );
    if pause.missed > 0 {
        text.push_str(&format!(", {} missing", thousands(pause.missed)));
    }
    ui.label(egui::RichText::new(text).color(ui.visuals().warn_fg_color))
        .on_hover_text(
            "History cannot be written on this computer just now (see Problems). Events still show here, and history resumes by itself.",
        );
}

/// 1234567 → "1,234,567".
pub(crate) fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paused_history_shows_how_many_events_wait_and_are_missing() {
        let line = StatusLine {
            status: None,
            hotel: None,
            loading_history: false,
            history_paused: Some(PauseState {
                waiting: 1_234,
                missed: 5,
            }),
            total_events: 0,
            last_event_at: None,
            arrivals: None,
            problems: 1,
        };
        let mut harness = egui_kittest::Harness::new_ui(|ui| {
            status_bar_ui(
                ui,
                &line,
                &HotelClock::default(),
                Utc::now(),
                &mut Vec::new(),
            );
        });
        harness.run();
        egui_kittest::kittest::Queryable::get_by_label(
            &harness,
            "⏸ History paused: 1,234 waiting, 5 missing",
        );
    }

    #[test]
    fn large_counts_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_376), "1,376");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
