//! The problems and diagnostics window: what went wrong, when, and how much
//! of Mews' request budget is in use.

use monitor_core::store::HotelClock;
use monitor_engine::session::Session;

use super::status_bar::thousands;

/// Draws the window while `open` is true.
pub(crate) fn problems_window(
    ctx: &egui::Context,
    session: &Session,
    notifications: Option<&str>,
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
            let store = session.store();
            ui.strong("Diagnostics");
            match session.budget() {
                Some(budget) => ui.label(format!(
                    "Mews requests: {} of {} allowed in the last 30 s · {} in all · {} throttled",
                    budget.in_window,
                    budget.limit,
                    thousands(budget.total),
                    budget.throttled
                )),
                None => ui.label("Mews requests: none yet"),
            };
            if let Some(route) = session.route() {
                ui.label(format!("Proxy: {}", route.proxy));
                ui.label(format!("Certificates checked by {}", route.trust));
            }
            ui.label(notifications.unwrap_or("Alerts also appear as desktop notifications."));
            if let Some((at, resync)) = session.last_resync() {
                ui.label(format!("Last resync at {}: {resync}", clock.time(*at)));
            }
            ui.label(format!(
                "Event log: {} kept of at most {}; {} older dropped",
                thousands(store.log.len() as u64),
                thousands(store.log.capacity() as u64),
                thousands(store.log.dropped())
            ));
            ui.separator();
            ui.strong(format!("Problems ({})", thousands(store.problems.total())));
            if store.problems.total() == 0 {
                ui.label("Nothing has gone wrong.");
            }
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for problem in store.problems.iter().rev() {
                        ui.horizontal_wrapped(|ui| {
                            ui.monospace(clock.time(problem.at));
                            ui.label(&problem.message);
                        });
                    }
                });
        });
}
