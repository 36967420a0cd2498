//! The status bar, always visible: the connection in words and colour, the
//! hotel and its local time, events received, time since the last event and
//! the problems count.

use chrono::{DateTime, Utc};

use monitor_core::store::clock::utc_text;
use monitor_core::store::{ArrivalCounts, HotelClock};
use monitor_engine::history::PauseState;
use monitor_engine::session::ConnectionStatus;

use super::action::Action;
use super::style;
use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;

/// The connection's state in words, with the hotel's clock.
pub(crate) fn status_text(
    status: Option<&ConnectionStatus>,
    clock: &HotelClock,
    now: DateTime<Utc>,
    t: &Translator,
) -> String {
    match status {
        None => tr!(t, "status-not-connected"),
        Some(ConnectionStatus::Connected { since }) => {
            let time = t.time(clock, *since, Pattern::Time);
            tr!(t, "status-connected-since", time = time)
        }
        Some(ConnectionStatus::Reconnecting { at, reason, .. }) => {
            let seconds = (*at - now).num_seconds().max(0);
            tr!(
                t,
                "status-reconnecting",
                reason = t.disconnect(reason),
                seconds = seconds
            )
        }
        Some(ConnectionStatus::Rejected { .. }) => tr!(t, "status-rejected"),
        Some(other) => t.status(other),
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
    t: &Translator,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let status = line.status;
        let text = status_text(status, clock, now, t);
        let colour = style::status_colour(status, ui.visuals());
        let (dot, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().circle_filled(dot.center(), 5.0, colour);
        ui.label(egui::RichText::new(&text).strong().color(colour))
            .on_hover_text(status.map(|status| t.status(status)).unwrap_or_default());
        let fix = match status {
            Some(ConnectionStatus::Reconnecting { .. }) => {
                Some((tr!(t, "status-try-now"), Action::Reconnect))
            }
            Some(ConnectionStatus::Rejected { .. }) => {
                Some((tr!(t, "status-enter-tokens"), Action::OpenConnectionScreen))
            }
            _ => None,
        };
        if let Some((label, action)) = fix
            && ui.button(label).clicked()
        {
            actions.push(action);
        }
        ui.separator();
        let hotel = line
            .hotel
            .map_or_else(|| tr!(t, "status-hotel-unknown"), str::to_owned);
        let time = t.time(clock, now, Pattern::Time);
        ui.label(tr!(t, "status-hotel-time", hotel = hotel, time = time))
            .on_hover_text(tr!(t, "status-times-in", zone = clock.zone_name()));
        ui.separator();
        if line.loading_history {
            ui.label(tr!(t, "status-loading-history"))
                .on_hover_text(tr!(t, "status-loading-history-hover"));
            ui.separator();
        }
        if let Some(pause) = line.history_paused {
            history_paused_ui(ui, pause, t);
            ui.separator();
        }
        ui.label(tr!(t, "status-events", count = line.total_events));
        let last = match line.last_event_at {
            Some(at) => tr!(t, "status-last-event", ago = t.since(at, now)),
            None => tr!(t, "status-no-event"),
        };
        let last = ui.label(last);
        if let Some(at) = line.last_event_at {
            last.on_hover_text(tr!(t, "status-last-event-hover", at = utc_text(at)));
        }
        if let Some(counts) = line.arrivals {
            ui.separator();
            let mut summary = tr!(
                t,
                "status-arrivals",
                ready = counts.ready,
                waiting = counts.waiting
            );
            if counts.arrived > 0 {
                summary.push_str(&tr!(t, "status-arrivals-arrived", arrived = counts.arrived));
            }
            ui.label(summary)
                .on_hover_text(tr!(t, "status-arrivals-hover"));
        }
        ui.separator();
        let label = tr!(t, "status-problems", count = line.problems);
        if ui
            .button(label)
            .on_hover_text(tr!(t, "status-problems-hover"))
            .clicked()
        {
            actions.push(Action::ToggleProblems);
        }
    });
}

/// History paused: how many events wait to be written, and how many it missed.
fn history_paused_ui(ui: &mut egui::Ui, pause: PauseState, t: &Translator) {
    let text = if pause.missed > 0 {
        tr!(
            t,
            "status-history-paused-missing",
            waiting = pause.waiting,
            missing = pause.missed
        )
    } else {
        tr!(t, "status-history-paused", waiting = pause.waiting)
    };
    ui.label(egui::RichText::new(text).color(ui.visuals().warn_fg_color))
        .on_hover_text(tr!(t, "status-history-paused-hover"));
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
                &Translator::default(),
                &mut Vec::new(),
            );
        });
        harness.run();
        egui_kittest::kittest::Queryable::get_by_label(
            &harness,
            "⏸ History paused: 1,234 waiting, 5 missing",
        );
    }
}
