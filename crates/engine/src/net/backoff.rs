//! Reconnect delays: exponential backoff with full jitter.
//!
//! Attempt `n` waits a uniformly random time in `[0, min(cap, base · 2ⁿ)]`,
//! so the first retry comes within `base` and no wait exceeds `cap`. A
//! connection that stayed healthy for `healthy_after` resets the count.

use std::time::Duration;

/// The shape of the backoff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackoffPolicy {
    /// Upper bound of the first wait.
    pub base: Duration,
    /// No wait is longer than this.
    pub cap: Duration,
    /// A connection that lasted this long resets the backoff.
    pub healthy_after: Duration,
}

impl Default for BackoffPolicy {
    fn default() -> Self {
        BackoffPolicy {
            base: Duration::from_secs(1),
            cap: Duration::from_secs(60),
            healthy_after: Duration::from_secs(60),
        }
    }
}

/// Backoff state: how many attempts in a row have failed.
#[derive(Debug)]
pub(crate) struct Backoff {
    policy: BackoffPolicy,
    failures: u32,
    rng: fastrand::Rng,
}

impl Backoff {
    /// A fresh backoff; `seed` makes the jitter repeatable in tests.
    pub fn new(policy: BackoffPolicy, seed: Option<u64>) -> Self {
        Backoff {
            policy,
            failures: 0,
            rng: seed.map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed),
        }
    }

    /// The longest the next wait can be.
    pub(crate) fn ceiling(&self) -> Duration {
        let factor = 1u32.checked_shl(self.failures.min(31)).unwrap_or(u32::MAX);
        self.policy
            .base
            .checked_mul(factor)
            .map_or(self.policy.cap, |delay| delay.min(self.policy.cap))
    }

    /// The wait before the next attempt; counts one more failure.
    pub(crate) fn next_delay(&mut self) -> Duration {
        let ceiling = self.ceiling();
        self.failures = self.failures.saturating_add(1);
        let millis = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(self.rng.u64(0..=millis))
    }

    /// Tells how long the last connection stayed up; a healthy one resets the backoff.
    pub(crate) fn connection_lasted(&mut self, uptime: Duration) {
        if uptime >= self.policy.healthy_after {
            self.failures = 0;
        }
    }

    /// Failed attempts in a row.
    pub(crate) fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_stay_within_their_ceiling_and_the_cap() {
        for seed in 0..50 {
            let mut backoff = Backoff::new(BackoffPolicy::default(), Some(seed));
            for attempt in 0..40u32 {
                let ceiling =
                    Duration::from_secs(1u64 << attempt.min(6)).min(Duration::from_secs(60));
                assert_eq!(backoff.ceiling(), ceiling, "attempt {attempt}");
                let delay = backoff.next_delay();
                assert!(
                    delay <= ceiling,
                    "attempt {attempt}: {delay:?} > {ceiling:?}"
                );
            }
        }
    }

    #[test]
    fn first_retry_comes_within_a_second() {
        for seed in 0..200 {
            let mut backoff = Backoff::new(BackoffPolicy::default(), Some(seed));
            assert!(backoff.next_delay() <= Duration::from_secs(1));
        }
    }

    #[test]
    fn jitter_spreads_delays() {
        let mut backoff = Backoff::new(BackoffPolicy::default(), Some(1));
        for _ in 0..10 {
            backoff.next_delay();
        }
        let delays: Vec<_> = (0..20).map(|_| backoff.next_delay()).collect();
        let min = delays.iter().min().copied().unwrap_or_default();
        let max = delays.iter().max().copied().unwrap_or_default();
        assert!(max - min > Duration::from_secs(10), "{min:?}..{max:?}");
    }

    #[test]
    fn a_healthy_minute_resets_the_backoff_and_a_short_one_does_not() {
        let mut backoff = Backoff::new(BackoffPolicy::default(), Some(3));
        for _ in 0..5 {
            backoff.next_delay();
        }
        backoff.connection_lasted(Duration::from_secs(59));
        assert_eq!(backoff.failures(), 5);
        backoff.connection_lasted(Duration::from_secs(60));
        assert_eq!(backoff.failures(), 0);
        assert_eq!(backoff.ceiling(), Duration::from_secs(1));
    }
}
