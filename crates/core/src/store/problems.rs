//! Problems the monitor met: unreadable messages, skipped events, link trouble.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};

/// How many problems are kept for display; older ones are only counted.
pub(crate) const PROBLEMS_KEPT: usize = 1_000;

/// One problem, in words a receptionist can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What happened.
    pub message: String,
}

/// The newest problems and how many there were in all.
#[derive(Clone, Debug, Default)]
pub struct Problems {
    kept: VecDeque<Problem>,
    total: u64,
}

impl Problems {
    /// Records a problem.
    pub fn push(&mut self, at: DateTime<Utc>, message: String) {
        if self.kept.len() == PROBLEMS_KEPT {
            self.kept.pop_front();
        }
        self.kept.push_back(Problem { at, message });
        self.total += 1;
    }

    /// The kept problems, oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Problem> + ExactSizeIterator {
        self.kept.iter()
    }

    /// How many problems happened since start.
    pub fn total(&self) -> u64 {
        self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_and_counts_all() {
        let mut problems = Problems::default();
        let at = DateTime::from_timestamp(0, 0).expect("valid time");
        for n in 0..PROBLEMS_KEPT + 5 {
            problems.push(at, format!("p{n}"));
        }
        assert_eq!(problems.total(), (PROBLEMS_KEPT + 5) as u64);
        assert_eq!(problems.iter().len(), PROBLEMS_KEPT);
        assert_eq!(
            problems.iter().next().map(|p| p.message.as_str()),
            Some("p5")
        );
    }
}
