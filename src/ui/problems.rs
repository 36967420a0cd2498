//! The problems and diagnostics window: what went wrong, when, and how much
//! of Mews' request budget is in use.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};

use monitor_core::store::{EventLog, HotelClock};
use monitor_engine::net::rest::BudgetUse;
use monitor_engine::session::{Route, Summary};
use monitor_engine::trouble::Problems;

use crate::i18n::dates::Pattern;
use crate::i18n::{Language, Translator};
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
    pub last_resync: Option<&'a (DateTime<Utc>, Vec<Summary>)>,
    /// What the last load of guests' names found (counts or why), and when.
    pub last_guests: Option<&'a (DateTime<Utc>, Summary)>,
    /// The event log (for its size and what it dropped).
    pub log: &'a EventLog,
    /// The problems met so far.
    pub problems: &'a Problems,
}

/// The problems in the desk's words: each said once in a language, not on every
/// frame the window is open.
#[derive(Debug, Default)]
pub(crate) struct ProblemTexts {
    /// The language and the problem count they were made for.
    made_for: Option<(Language, u64)>,
    /// The kept problems' sentences, oldest first.
    texts: VecDeque<String>,
}

impl ProblemTexts {
    /// The kept problems' sentences, oldest first: the new ones said, those no
    /// longer kept dropped, all said again when the language changed.
    fn of(&mut self, problems: &Problems, t: &Translator) -> &VecDeque<String> {
        let (language, total) = (t.language(), problems.total());
        let new = match self.made_for {
            Some((made_in, made_at)) if made_in == language => total - made_at,
            _ => {
                self.texts.clear();
                total
            }
        };
        self.made_for = Some((language, total));
        let kept = problems.iter().len();
        let new = (new as usize).min(kept);
        let fresh = problems.iter().skip(kept - new);
        self.texts
            .extend(fresh.map(|problem| t.trouble(&problem.trouble)));
        let over = self.texts.len().saturating_sub(kept);
        self.texts.drain(..over);
        &self.texts
    }
}

/// The problems and diagnostics window, while `open`.
pub(crate) fn problems_window(
    ctx: &egui::Context,
    diagnostics: &Diagnostics<'_>,
    texts: &mut ProblemTexts,
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
                ui.label(tr!(t, "problems-proxy", proxy = t.route_proxy(route)));
                ui.label(tr!(t, "problems-trust", trust = t.route_trust(route)));
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
                    resync = t.summaries(resync)
                ));
            }
            if let Some((at, guests)) = diagnostics.last_guests {
                let at = time(*at);
                ui.label(tr!(
                    t,
                    "problems-last-guests",
                    time = at,
                    guests = t.summary(guests)
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
                    let said = texts.of(diagnostics.problems, t).iter().rev();
                    for (problem, text) in diagnostics.problems.iter().rev().zip(said) {
                        ui.horizontal_wrapped(|ui| {
                            ui.monospace(time(problem.at));
                            ui.label(text);
                        });
                    }
                });
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitor_engine::trouble::Trouble;

    #[test]
    fn problems_are_said_once_and_again_in_a_new_language() {
        let mut problems = Problems::default();
        let mut texts = ProblemTexts::default();
        let english = Translator::default();
        let at = Utc::now();
        problems.push(at, Trouble::HistoryStopped);
        assert_eq!(texts.of(&problems, &english).len(), 1);
        problems.push(at, Trouble::BinaryMessage { bytes: 7 });
        let said = texts.of(&problems, &english);
        assert_eq!(said.len(), 2);
        assert!(said[1].contains("7 bytes"), "{said:?}");
        let german = Translator::new(Language::German);
        let said = texts.of(&problems, &german);
        assert_eq!(said[0], german.trouble(&Trouble::HistoryStopped));
        assert_eq!(said.len(), 2);
    }
}
