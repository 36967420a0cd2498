//! The problems and diagnostics window: what went wrong, when, and how much
//! of Mews' request budget is in use.

use chrono::{DateTime, Utc};

use monitor_core::store::{EventLog, HotelClock, Problems};
use monitor_engine::net::rest::BudgetUse;
use monitor_engine::session::Route;

use super::status_bar::thousands;

/// What the problems window shows, taken from the session and store for one frame.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Diagnostics<'a> {
    /// Mews requests against the budget, once one was made.
    pub budget: Option<&'a BudgetUse>,
    /// The proxy and trust store of the connection, once it has one.
    pub route: Option<&'a Route>,
    /// Why alerts do not appear as desktop notifications, if they do not.
    pub notifications: Option<&'a str>,
    /// What the last resync found, and when.
    pub last_resync: Option<&'a (DateTime<Utc>, String)>,
    /// What the last load of guests' names found (counts or why), and when.
    pub last_guests: Option<&'a (DateTime<Utc>, String)>,
    /// The event log (for its size and what it dropped).
    pub log: &'a EventLog,
    /// The problems met so far.
    pub problems: &'a Problems,
}

/// The problems and diagnostics window, while `open`.
pub(crate) fn problems_window(
    ctx: &egui::Context,
    diagnostics: &Diagnostics<'_>,
    clock: &HotelClock,
    open: &mut bool,
) {
    egui::Window::new("Problems and diagnostics")
        .open(open)
        .default_width(560.0)
        // Centred: never over the tabs, wherever the room panel lies.
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            ui.strong("Diagnostics");
            match diagnostics.budget {
                Some(budget) => ui.label(format!(
                    "Mews requests: {} of {} allowed in the last 30 s · {} in all · {} throttled",
                    budget.in_window,
                    budget.limit,
                    thousands(budget.total),
                    budget.throttled
                )),
                None => ui.label("Mews requests: none yet"),
            };
            if let Some(route) = diagnostics.route {
                ui.label(format!("Proxy: {}", route.proxy));
                ui.label(format!("Certificates checked by {}", route.trust));
            }
            ui.label(
                diagnostics
                    .notifications
                    .unwrap_or("Alerts also appear as desktop notifications."),
            );
            if let Some((at, resync)) = diagnostics.last_resync {
                ui.label(format!("Last resync at {}: {resync}", clock.time(*at)));
            }
            if let Some((at, guests)) = diagnostics.last_guests {
                ui.label(format!("Guests at {}: {guests}", clock.time(*at)));
            }
            ui.label(format!(
                "Event log: {} kept of at most {}; {} older dropped",
                thousands(diagnostics.log.len() as u64),
                thousands(diagnostics.log.capacity() as u64),
                thousands(diagnostics.log.dropped())
            ));
            ui.separator();
            ui.strong(format!(
                "Problems ({})",
                thousands(diagnostics.problems.total())
            ));
            if diagnostics.problems.total() == 0 {
                ui.label("Nothing has gone wrong.");
            }
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for problem in diagnostics.problems.iter().rev() {
                        ui.horizontal_wrapped(|ui| {
                            ui.monospace(clock.time(problem.at));
                            ui.label(&problem.message);
                        });
                    }
                });
        });
}
