//! The problems and diagnostics window: what went wrong, when, and how much
//! of Mews' request budget is in use.

use chrono::{DateTime, Utc};

use monitor_core::store::{EventLog, HotelClock, Problems};
use monitor_engine::net::rest::BudgetUse;
use monitor_engine::session::Route;

use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;

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
    t: &Translator,
    open: &mut bool,
) {
    let time = |at| t.time(clock, at, Pattern::TimeSeconds);
    egui::Window::new(tr!(t, "problems-title"))
        .open(open)
        .default_width(560.0)
        // Centred: never over the tabs, wherever the room panel lies.
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            ui.strong(tr!(t, "problems-diagnostics"));
            match diagnostics.budget {
                Some(budget) => ui.label(tr!(
                    t,
                    "problems-requests",
                    used = budget.in_window,
                    limit = budget.limit,
                    total = budget.total,
                    throttled = budget.throttled
                )),
                None => ui.label(tr!(t, "problems-requests-none")),
            };
            if let Some(route) = diagnostics.route {
                ui.label(tr!(t, "problems-proxy", proxy = route.proxy.to_string()));
                ui.label(tr!(t, "problems-trust", trust = route.trust.to_string()));
            }
            match diagnostics.notifications {
                Some(unavailable) => ui.label(unavailable),
                None => ui.label(tr!(t, "problems-notifications")),
            };
            if let Some((at, resync)) = diagnostics.last_resync {
                let at = time(*at);
                ui.label(tr!(
                    t,
                    "problems-last-resync",
                    time = at,
                    resync = resync.as_str()
                ));
            }
            if let Some((at, guests)) = diagnostics.last_guests {
                let at = time(*at);
                ui.label(tr!(
                    t,
                    "problems-last-guests",
                    time = at,
                    guests = guests.as_str()
                ));
            }
            ui.label(tr!(
                t,
                "problems-log",
                kept = diagnostics.log.len(),
                capacity = diagnostics.log.capacity(),
                dropped = diagnostics.log.dropped()
            ));
            ui.separator();
            ui.strong(tr!(
                t,
                "problems-heading",
                count = diagnostics.problems.total()
            ));
            if diagnostics.problems.total() == 0 {
                ui.label(tr!(t, "problems-none"));
            }
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for problem in diagnostics.problems.iter().rev() {
                        ui.horizontal_wrapped(|ui| {
                            ui.monospace(time(problem.at));
                            ui.label(&problem.message);
                        });
                    }
                });
        });
}
