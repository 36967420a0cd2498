//! A request budget well inside Mews' limit of 200 requests per AccessToken per 30 s.
//!
//! The limit is a sliding window shared by every app using the token, so the
//! monitor keeps to a fraction of it: each request takes a slot, and a request
//! with no free slot waits until the oldest one leaves the window.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// Mews' window.
pub(crate) const WINDOW: Duration = Duration::from_secs(30);
/// Mews' limit per window and AccessToken.
pub(crate) const MEWS_LIMIT: usize = 200;
/// The monitor's share of it.
pub(crate) const DEFAULT_SHARE: usize = 40;
// Other integrations of the hotel share the same AccessToken: keep to a fifth of the limit.
const _: () = assert!(DEFAULT_SHARE * 5 <= MEWS_LIMIT);

/// Sliding-window request accounting.
#[derive(Debug)]
pub struct RequestBudget {
    limit: usize,
    window: Duration,
    sent: VecDeque<Instant>,
    total: u64,
    throttled: u64,
}

/// What the diagnostics view shows of the budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetUse {
    /// Requests sent in the last window.
    pub in_window: usize,
    /// The most the monitor allows itself per window.
    pub limit: usize,
    /// Requests sent since start.
    pub total: u64,
    /// Times Mews answered 429 (too many requests).
    pub throttled: u64,
}

impl Default for RequestBudget {
    fn default() -> Self {
        RequestBudget::new(DEFAULT_SHARE, WINDOW)
    }
}

impl RequestBudget {
    /// A budget of `limit` requests per `window`.
    pub fn new(limit: usize, window: Duration) -> Self {
        RequestBudget {
            limit: limit.max(1),
            window,
            sent: VecDeque::new(),
            total: 0,
            throttled: 0,
        }
    }

    /// How long until a request may go out (zero when a slot is free).
    pub(crate) fn wait_needed(&mut self, now: Instant) -> Duration {
        while self
            .sent
            .front()
            .is_some_and(|&at| now.duration_since(at) >= self.window)
        {
            self.sent.pop_front();
        }
        if self.sent.len() < self.limit {
            return Duration::ZERO;
        }
        self.sent.front().map_or(Duration::ZERO, |&oldest| {
            (oldest + self.window).saturating_duration_since(now)
        })
    }

    /// Records a request sent at `now`.
    pub fn record(&mut self, now: Instant) {
        self.sent.push_back(now);
        self.total += 1;
    }

    /// Records a 429 answer.
    pub(crate) fn record_throttled(&mut self) {
        self.throttled += 1;
    }

    /// The figures for display.
    pub(crate) fn usage(&mut self, now: Instant) -> BudgetUse {
        self.wait_needed(now);
        BudgetUse {
            in_window: self.sent.len(),
            limit: self.limit,
            total: self.total,
            throttled: self.throttled,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_never_allows_more_than_its_limit_per_window() {
        let start = Instant::now();
        let mut budget = RequestBudget::new(3, Duration::from_secs(30));
        for n in 0..3 {
            let now = start + Duration::from_secs(n);
            assert_eq!(budget.wait_needed(now), Duration::ZERO);
            budget.record(now);
        }
        let now = start + Duration::from_secs(5);
        assert_eq!(budget.wait_needed(now), Duration::from_secs(25));
        let later = start + Duration::from_secs(30);
        assert_eq!(budget.wait_needed(later), Duration::ZERO);
        assert_eq!(budget.usage(later).in_window, 2);
        assert_eq!(budget.usage(later).total, 3);
    }
}
