//! One result on its way from another thread or task, taken without waiting
//! (history being read, the demo hotel starting, a room's timeline).

use std::sync::mpsc;

/// The other side ended without sending its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Gone;

/// Where the result is sent from.
pub(crate) type Sender<T> = mpsc::SyncSender<T>;

/// A result to come.
#[derive(Debug)]
pub(crate) struct Pending<T> {
    result: mpsc::Receiver<T>,
}

/// A sender for one result, and where it arrives.
pub(crate) fn channel<T>() -> (Sender<T>, Pending<T>) {
    let (sender, result) = mpsc::sync_channel(1);
    (sender, Pending { result })
}

impl<T> Pending<T> {
    /// The result once it has come; `None` while it has not.
    pub fn try_take(&self) -> Option<Result<T, Gone>> {
        match self.result.try_recv() {
            Ok(result) => Some(Ok(result)),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(Gone)),
        }
    }

    /// Waits for the result (for callers with nothing else to do; never the UI thread).
    pub(crate) fn wait(self) -> Result<T, Gone> {
        self.result.recv().map_err(|_| Gone)
    }
}
