//! Pacing of the repaints no input asked for: new events, a highlight ending,
//! a minute rolling over.
//!
//! Such a repaint comes at most once per [`MIN_GAP`] and never later than
//! [`MIN_GAP`] after it was asked for: at 20 events a second the window paints
//! about four times a second, not twenty (and not forty: egui paints twice for
//! a zero-delay request, so none is made here). Input does not pass through
//! here; egui repaints at once for it. The engine's wake-up calls
//! [`Pacer::waker`] from its own thread, the app calls [`Pacer::painting`] at
//! the start of every frame.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use monitor_engine::session::Wake;

/// The shortest time between two repaints no input asked for, and the longest an
/// event waits to be drawn.
pub const MIN_GAP: Duration = Duration::from_millis(225);

/// The shortest delay asked of egui (a zero delay makes it paint twice).
const LEAST_DELAY: Duration = Duration::from_millis(1);

/// Decides when the next unprompted repaint happens; clones share one state.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pacer {
    state: Arc<Mutex<State>>,
}

#[derive(Debug, Default)]
struct State {
    /// When the last frame started.
    last_frame: Option<Instant>,
    /// The repaint asked of the window since that frame, if any.
    due: Option<Instant>,
}

impl Pacer {
    /// A frame starts at `now`: what asked before it is drawn by it.
    ///
    /// Whatever was still due is forgotten, as the window may have dropped it
    /// for this earlier frame; the frame asks again for what it still needs.
    pub(crate) fn painting(&self, now: Instant) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.last_frame = Some(now);
        state.due = None;
    }

    /// Something seen at `now` should be on screen from `when`: returns the
    /// delay to ask the window for, or `None` when a repaint already asked
    /// for will show it.
    pub(crate) fn ask(&self, now: Instant, when: Instant) -> Option<Duration> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let earliest = state.last_frame.map_or(now, |last| last + MIN_GAP);
        let at = when.max(earliest).max(now);
        if state.due.is_some_and(|due| due <= at) {
            return None;
        }
        state.due = Some(at);
        Some(at.saturating_duration_since(now).max(LEAST_DELAY))
    }

    /// Asks `ctx` for a repaint at `when`, paced.
    pub(crate) fn request(&self, ctx: &egui::Context, when: Instant) {
        if let Some(delay) = self.ask(Instant::now(), when) {
            ctx.request_repaint_after(delay);
        }
    }

    /// A wake-up for the engine and lookups: each call asks for a paced repaint now.
    pub fn waker(&self, ctx: &egui::Context) -> Wake {
        let (pacer, ctx) = (self.clone(), ctx.clone());
        Arc::new(move || pacer.request(&ctx, Instant::now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A window as eframe keeps one: a single wake-up time, the earliest asked
    /// for, which paints when it comes and is then gone.
    #[derive(Default)]
    struct Window {
        next: Option<Instant>,
        frames: Vec<Instant>,
    }

    impl Window {
        fn ask(&mut self, now: Instant, delay: Option<Duration>) {
            if let Some(delay) = delay {
                let at = now + delay;
                self.next = Some(self.next.map_or(at, |next| next.min(at)));
            }
        }

        /// Paints every wake-up due by `now`.
        fn run_until(&mut self, pacer: &Pacer, now: Instant) {
            while let Some(at) = self.next.filter(|at| *at <= now) {
                self.next = None;
                pacer.painting(at);
                self.frames.push(at);
            }
        }
    }

    /// Feeds `count` events spread evenly over `span`; returns the window and the event times.
    fn feed(count: u32, span: Duration) -> (Window, Vec<Instant>) {
        let pacer = Pacer::default();
        let mut window = Window::default();
        let start = Instant::now();
        let events: Vec<Instant> = (0..count).map(|i| start + span * i / count).collect();
        for &at in &events {
            window.run_until(&pacer, at);
            window.ask(at, pacer.ask(at, at));
        }
        window.run_until(&pacer, start + span * 10);
        (window, events)
    }

    #[test]
    fn two_hundred_events_in_one_second_cause_at_most_six_repaints() {
        let (window, _) = feed(200, Duration::from_secs(1));
        // One at once, then one per MIN_GAP: 0, 225, 450, 675, 900 and 1,125 ms.
        assert!(
            window.frames.len() <= 6,
            "{} repaints for 200 events in a second",
            window.frames.len()
        );
        for pair in window.frames.windows(2) {
            assert!(pair[1] - pair[0] >= MIN_GAP, "repaints too close together");
        }
    }

    #[test]
    fn every_event_is_drawn_within_the_gap() {
        for (count, span) in [(200, 1_000), (20, 1_000), (5, 1_000), (3, 10_000)] {
            let (window, events) = feed(count, Duration::from_millis(span));
            for event in events {
                let drawn = window
                    .frames
                    .iter()
                    .find(|frame| **frame >= event)
                    .expect("a frame after every event");
                assert!(
                    *drawn - event <= MIN_GAP,
                    "an event waited {:?}",
                    *drawn - event
                );
            }
        }
    }

    #[test]
    fn an_event_after_a_quiet_spell_is_drawn_at_once_without_a_double_frame() {
        let pacer = Pacer::default();
        let now = Instant::now();
        pacer.painting(now);
        let later = now + Duration::from_secs(5);
        assert_eq!(pacer.ask(later, later), Some(LEAST_DELAY));
        assert_eq!(pacer.ask(later, later), None, "already asked for");
    }

    #[test]
    fn a_later_wish_waits_for_it_and_an_earlier_one_replaces_it() {
        let pacer = Pacer::default();
        let now = Instant::now();
        pacer.painting(now);
        let minute = now + Duration::from_secs(40);
        assert_eq!(pacer.ask(now, minute), Some(Duration::from_secs(40)));
        assert_eq!(pacer.ask(now, now), Some(MIN_GAP));
        assert_eq!(
            pacer.ask(now, minute),
            None,
            "the earlier repaint comes first"
        );
        pacer.painting(now + MIN_GAP);
        assert!(
            pacer.ask(now + MIN_GAP, minute).is_some(),
            "asked again after the frame"
        );
    }
}
