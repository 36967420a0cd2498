//! Noticing that the computer slept, so a link that died meanwhile is opened
//! again at once rather than after the silence limit.
//!
//! The engine's timers run on the monotonic clock, which on Linux stands still
//! while the computer sleeps: after an hour asleep the keep-alive still thinks
//! a few seconds have passed, and the server (or the hotel's router) has long
//! forgotten the link. The wall clock does move on. At each ping the engine
//! compares how far each clock went since the last look: when the wall clock
//! went further by more than a ping interval, the computer slept, and the link
//! is replaced (a reconnect, then the usual resync) within one ping interval
//! of waking.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::time::Instant;

/// Where the engine reads the time of day; the system clock unless a test sets another.
#[derive(Clone)]
pub struct WallClock(Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>);

impl WallClock {
    /// A clock that reads `now`.
    pub fn new(now: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Self {
        WallClock(Arc::new(now))
    }

    /// The time of day now.
    pub fn now(&self) -> DateTime<Utc> {
        (self.0)()
    }
}

impl Default for WallClock {
    fn default() -> Self {
        WallClock::new(Utc::now)
    }
}

impl fmt::Debug for WallClock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WallClock")
    }
}

/// Both clocks at the last look.
#[derive(Debug)]
pub(crate) struct SleepWatch {
    wall: DateTime<Utc>,
    monotonic: Instant,
}

impl SleepWatch {
    pub(crate) fn new(wall: DateTime<Utc>, monotonic: Instant) -> Self {
        SleepWatch { wall, monotonic }
    }

    /// How long the computer slept since the last look, if the wall clock went
    /// further than the monotonic clock by more than `tolerance`. A wall clock set
    /// back (or forward by less) is taken as it is.
    pub(crate) fn look(
        &mut self,
        wall: DateTime<Utc>,
        monotonic: Instant,
        tolerance: Duration,
    ) -> Option<Duration> {
        let on_the_wall = (wall - self.wall).to_std().unwrap_or_default();
        let counted = monotonic.saturating_duration_since(self.monotonic);
        *self = SleepWatch::new(wall, monotonic);
        let missing = on_the_wall.saturating_sub(counted);
        (missing > tolerance).then_some(missing)
    }
}

/// "45 s", "12 min", "2 h 5 min".
pub(crate) fn asleep_for(slept: Duration) -> String {
    let minutes = slept.as_secs() / 60;
    match (minutes / 60, minutes % 60) {
        (0, 0) => format!("{} s", slept.as_secs()),
        (0, minutes) => format!("{minutes} min"),
        (hours, 0) => format!("{hours} h"),
        (hours, minutes) => format!("{hours} h {minutes} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PING: Duration = Duration::from_secs(30);

    #[test]
    fn a_wall_clock_far_ahead_of_the_monotonic_one_means_the_computer_slept() {
        let (wall, monotonic) = (Utc::now(), Instant::now());
        let mut watch = SleepWatch::new(wall, monotonic);
        // Awake: both clocks move 30 s.
        let (wall, monotonic) = (wall + chrono::Duration::seconds(30), monotonic + PING);
        assert_eq!(watch.look(wall, monotonic, PING), None);
        // Asleep two hours: the monotonic clock moved 30 s, the wall clock two hours more.
        let wall = wall + chrono::Duration::seconds(7_230);
        let slept = watch.look(wall, monotonic + PING, PING);
        assert_eq!(slept, Some(Duration::from_secs(7_200)));
        // Looked again at once: nothing new.
        assert_eq!(watch.look(wall, monotonic + PING, PING), None);
    }

    #[test]
    fn small_corrections_and_a_clock_set_back_are_not_sleep() {
        let (wall, monotonic) = (Utc::now(), Instant::now());
        let mut watch = SleepWatch::new(wall, monotonic);
        let corrected = wall + chrono::Duration::seconds(50);
        assert_eq!(watch.look(corrected, monotonic + PING, PING), None);
        let set_back = corrected - chrono::Duration::hours(1);
        assert_eq!(watch.look(set_back, monotonic + PING * 2, PING), None);
    }

    #[test]
    fn sleep_reads_in_hours_and_minutes() {
        assert_eq!(asleep_for(Duration::from_secs(45)), "45 s");
        assert_eq!(asleep_for(Duration::from_secs(720)), "12 min");
        assert_eq!(asleep_for(Duration::from_secs(7_200)), "2 h");
        assert_eq!(asleep_for(Duration::from_secs(7_500)), "2 h 5 min");
    }
}
