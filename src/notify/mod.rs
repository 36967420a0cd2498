//! Desktop notifications for alerts, shown off the caller's thread.
//!
//! A [`Notifier`] owns one named thread (`mews-notify`) that talks to the
//! desktop's notification service, so the UI thread never waits on D-Bus.
//! The thread first asks whether the desktop has such a service at all; when
//! it has none, or a call takes longer than the answer limit, the app is told
//! once ([`Notifier::take_unavailable`]; it says so in the desk's words), and
//! alerts stay in the app only. It knows nothing of egui, nor of languages: the
//! app gives each notification's words; of the store it knows only [`Alert`].

mod desktop;

use std::sync::mpsc::{self, TrySendError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use monitor_core::store::Alert;
use monitor_engine::net::Wake;

pub use desktop::{Desktop, SystemDesktop};

/// How long a call to the desktop may take before it counts as no answer.
pub(crate) const ANSWER_LIMIT: Duration = Duration::from_secs(10);
/// Notifications waiting for the thread; more are dropped (the alert is in the app anyway).
const QUEUE: usize = 16;

/// Whether the desktop shows notifications, as far as is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Availability {
    /// The desktop has not answered yet.
    Unknown,
    /// A notification service answered.
    Available,
    /// None answered, one failed, or an answer took too long.
    Unavailable,
}

/// What the thread and the notifier share.
#[derive(Debug)]
struct Shared {
    state: Mutex<State>,
    settled: Condvar,
}

#[derive(Debug)]
struct State {
    availability: Availability,
    /// When the call to the desktop now under way started.
    busy_since: Option<Instant>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs one blocking call to the desktop, noting when it started.
    fn call<T>(&self, call: impl FnOnce() -> T) -> T {
        self.lock().busy_since = Some(Instant::now());
        let result = call();
        self.lock().busy_since = None;
        result
    }

    fn settle(&self, availability: Availability, wake: Option<&Wake>) {
        self.lock().availability = availability;
        self.settled.notify_all();
        if let Some(wake) = wake {
            wake();
        }
    }
}

/// One notification for the thread to show.
struct Job {
    urgent: bool,
    title: String,
    body: String,
}

/// Shows alerts as desktop notifications; every method returns at once.
/// Dropping it lets the thread finish the notification in hand and end.
#[derive(Debug)]
pub(crate) struct Notifier {
    jobs: mpsc::SyncSender<Job>,
    shared: Arc<Shared>,
    limit: Duration,
    told: bool,
}

impl Default for Notifier {
    fn default() -> Self {
        Notifier::new()
    }
}

impl Notifier {
    /// A notifier for this computer's desktop; it starts asking the desktop at once.
    pub fn new() -> Notifier {
        Notifier::with_desktop(SystemDesktop, ANSWER_LIMIT, None)
    }

    /// A notifier for `desktop`, counting calls longer than `limit` as no answer,
    /// calling `wake` when availability becomes known or changes.
    pub(crate) fn with_desktop(
        desktop: impl Desktop,
        limit: Duration,
        wake: Option<Wake>,
    ) -> Notifier {
        let (jobs, receiver) = mpsc::sync_channel(QUEUE);
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                availability: Availability::Unknown,
                busy_since: None,
            }),
            settled: Condvar::new(),
        });
        let thread_shared = Arc::clone(&shared);
        let started = std::thread::Builder::new()
            .name("mews-notify".into())
            .spawn(move || run(desktop, &receiver, &thread_shared, wake.as_ref()));
        if let Err(error) = started {
            tracing::warn!("desktop notifications are off: no thread for them ({error})");
            shared.settle(Availability::Unavailable, None);
        }
        Notifier {
            jobs,
            shared,
            limit,
            told: false,
        }
    }

    /// Whether the desktop shows notifications, as far as is known now.
    pub(crate) fn availability(&self) -> Availability {
        let state = self.shared.lock();
        let stuck = state
            .busy_since
            .is_some_and(|since| since.elapsed() >= self.limit);
        if stuck {
            Availability::Unavailable
        } else {
            state.availability
        }
    }

    /// Shows `alert` on the desktop, titled `title` with the line `body`, both in the
    /// desk's language (never a guest's name: the system may keep notifications, and
    /// shows them where guests can see), unless the desktop is known to show nothing.
    /// An alert for a waiting guest is urgent: it asks for the desktop's sound.
    pub fn show(&self, alert: &Alert, title: String, body: String) {
        if self.availability() == Availability::Unavailable {
            return;
        }
        let job = Job {
            urgent: alert.waiting.is_some(),
            title,
            body,
        };
        match self.jobs.try_send(job) {
            Ok(()) | Err(TrySendError::Disconnected(_)) => {}
            Err(TrySendError::Full(_)) => {
                tracing::debug!("desktop notification skipped: too many waiting");
            }
        }
    }

    /// True once, when the desktop turned out to show no notifications (the app says
    /// so in the desk's words).
    pub(crate) fn take_unavailable(&mut self) -> bool {
        if self.told || self.availability() != Availability::Unavailable {
            return false;
        }
        self.told = true;
        true
    }

    /// Waits up to `limit` for the desktop's first answer. Blocks: for tests, never for
    /// the UI thread.
    #[cfg(test)]
    pub(crate) fn wait_until_known(&self, limit: Duration) -> Availability {
        let state = self.shared.lock();
        let waited = self
            .shared
            .settled
            .wait_timeout_while(state, limit, |state| {
                state.availability == Availability::Unknown
            })
            .map(|(state, _)| state.availability)
            .unwrap_or_else(|poisoned| poisoned.into_inner().0.availability);
        match self.availability() {
            Availability::Unavailable => Availability::Unavailable,
            _ => waited,
        }
    }
}

/// The thread: ask the desktop once, then show what comes until the notifier is dropped.
fn run(
    mut desktop: impl Desktop,
    jobs: &mpsc::Receiver<Job>,
    shared: &Shared,
    wake: Option<&Wake>,
) {
    if let Err(error) = shared.call(|| desktop.probe()) {
        tracing::info!("desktop notifications are off: {error}");
        shared.settle(Availability::Unavailable, wake);
        return;
    }
    shared.settle(Availability::Available, wake);
    while let Ok(job) = jobs.recv() {
        if let Err(error) = shared.call(|| desktop.show(&job.title, &job.body, job.urgent)) {
            tracing::warn!("desktop notifications are off: {error}");
            shared.settle(Availability::Unavailable, wake);
            return;
        }
    }
}

#[cfg(test)]
mod tests;
