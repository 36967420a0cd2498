//! Noticing that the computer slept, so a link that died meanwhile is opened
//! again at once rather than after the silence limit.
//!
//! The engine's timers run on the monotonic clock, which on Linux stands still
//! while the computer sleeps: after an hour asleep the keep-alive still thinks
//! a few seconds have passed, and the server (or the hotel's router) has long
//! forgotten the link. A [`SleepClock`] goes on counting during sleep. At each
//! ping the engine compares how far each clock went since the last look: when
//! the sleep clock went further by more than a ping interval, the computer
//! slept, and the link is replaced (a reconnect, then the usual resync) within
//! one ping interval of waking.
//!
//! The sleep clock is `CLOCK_BOOTTIME` on Linux, which changes to the time of
//! day (by the user or NTP) do not move; elsewhere it is the time of day.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

/// A clock that goes on counting while the computer sleeps, from an arbitrary start.
#[derive(Clone)]
pub struct SleepClock(Arc<dyn Fn() -> Duration + Send + Sync>);

impl SleepClock {
    /// A clock that reads `now`.
    pub fn new(now: impl Fn() -> Duration + Send + Sync + 'static) -> Self {
        SleepClock(Arc::new(now))
    }

    /// The time on this clock now.
    pub fn now(&self) -> Duration {
        (self.0)()
    }
}

impl Default for SleepClock {
    /// This computer's clock that counts sleep.
    fn default() -> Self {
        SleepClock::new(counting_sleep)
    }
}

impl fmt::Debug for SleepClock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SleepClock")
    }
}

/// Time since boot, sleep included.
#[cfg(target_os = "linux")]
fn counting_sleep() -> Duration {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    Duration::new(
        u64::try_from(now.tv_sec).unwrap_or_default(),
        u32::try_from(now.tv_nsec).unwrap_or_default(),
    )
}

/// The time of day (Windows and macOS): their sleep moves it on too.
#[cfg(not(target_os = "linux"))]
fn counting_sleep() -> Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

/// Both clocks at the last look.
#[derive(Debug)]
pub(crate) struct SleepWatch {
    counting_sleep: Duration,
    monotonic: Instant,
}

impl SleepWatch {
    pub(crate) fn new(counting_sleep: Duration, monotonic: Instant) -> Self {
        SleepWatch {
            counting_sleep,
            monotonic,
        }
    }

    /// How long the computer slept since the last look, if the sleep clock went
    /// further than the monotonic clock by more than `tolerance`.
    pub(crate) fn look(
        &mut self,
        counting_sleep: Duration,
        monotonic: Instant,
        tolerance: Duration,
    ) -> Option<Duration> {
        let with_sleep = counting_sleep.saturating_sub(self.counting_sleep);
        let without = monotonic.saturating_duration_since(self.monotonic);
        *self = SleepWatch::new(counting_sleep, monotonic);
        let slept = with_sleep.saturating_sub(without);
        (slept > tolerance).then_some(slept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::DisconnectReason;

    const PING: Duration = Duration::from_secs(30);

    #[test]
    fn a_sleep_clock_far_ahead_of_the_monotonic_one_means_the_computer_slept() {
        let (counting, monotonic) = (Duration::from_secs(1_000), Instant::now());
        let mut watch = SleepWatch::new(counting, monotonic);
        // Awake: both clocks move 30 s (give or take a little).
        let (counting, monotonic) = (counting + PING, monotonic + PING);
        assert_eq!(watch.look(counting, monotonic, PING), None);
        // Asleep two hours: the monotonic clock moved 30 s, the sleep clock two hours more.
        let counting = counting + Duration::from_secs(7_230);
        let slept = watch.look(counting, monotonic + PING, PING);
        assert_eq!(slept, Some(Duration::from_secs(7_200)));
        // Looked again at once: nothing new.
        assert_eq!(watch.look(counting, monotonic + PING, PING), None);
    }

    #[test]
    fn a_clock_that_went_back_or_a_short_nap_is_not_sleep() {
        let (counting, monotonic) = (Duration::from_secs(10_000), Instant::now());
        let mut watch = SleepWatch::new(counting, monotonic);
        let nap = counting + Duration::from_secs(50);
        assert_eq!(watch.look(nap, monotonic + PING, PING), None);
        let back = nap - Duration::from_secs(3_600);
        assert_eq!(watch.look(back, monotonic + PING * 2, PING), None);
    }

    #[test]
    fn this_computers_sleep_clock_moves_with_the_monotonic_one_while_awake() {
        let clock = SleepClock::default();
        let mut watch = SleepWatch::new(clock.now(), Instant::now());
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(
            watch.look(clock.now(), Instant::now(), Duration::from_secs(1)),
            None
        );
    }

    #[test]
    fn sleep_reads_in_hours_and_minutes() {
        let said = |seconds| DisconnectReason::Slept(Duration::from_secs(seconds)).to_string();
        for (seconds, words) in [
            (45, "45 s"),
            (720, "12 min"),
            (7_200, "2 h"),
            (7_500, "2 h 5 min"),
        ] {
            assert!(
                said(seconds).starts_with(&format!("This computer was asleep for {words},")),
                "{}",
                said(seconds)
            );
        }
    }
}
