//! The desktop's notification service: the only place that names `notify_rust`.
//!
//! Every call here may block (D-Bus on Linux and the BSDs, the OS elsewhere),
//! so only the notifier's own thread makes them.

/// Why the desktop showed nothing.
#[derive(Debug, thiserror::Error)]
pub enum DesktopError {
    /// No notification service answered (no session bus, no notification daemon, ...).
    /// Only a desktop that may have no service at all (Linux, the BSDs) says so.
    #[error("no desktop notification service answered: {0}")]
    #[cfg_attr(not(all(unix, not(target_os = "macos"))), allow(dead_code))]
    NoService(String),
    /// The service answered but refused or failed to show the notification.
    #[error("the desktop could not show the notification: {0}")]
    Failed(String),
}

/// Something that shows notifications; blocking calls, made off the UI thread.
pub trait Desktop: Send + 'static {
    /// Checks that a notification service is there.
    fn probe(&mut self) -> Result<(), DesktopError>;
    /// Shows one notification with a title and a line of text.
    /// `urgent` (a waiting guest's room is ready) asks for the desktop's sound and urgency.
    fn show(&mut self, title: &str, body: &str, urgent: bool) -> Result<(), DesktopError>;
}

/// The real desktop, through `notify-rust`.
#[derive(Debug, Default)]
pub struct SystemDesktop;

/// The application name the desktop shows beside notifications.
const APP_NAME: &str = "Mews Monitor";

impl Desktop for SystemDesktop {
    #[cfg(all(unix, not(target_os = "macos")))]
    fn probe(&mut self) -> Result<(), DesktopError> {
        notify_rust::get_server_information()
            .map(|_| ())
            .map_err(|error| DesktopError::NoService(error.to_string()))
    }

    /// macOS and Windows always have a notification centre.
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    fn probe(&mut self) -> Result<(), DesktopError> {
        Ok(())
    }

    fn show(&mut self, title: &str, body: &str, urgent: bool) -> Result<(), DesktopError> {
        let mut notification = notify_rust::Notification::new();
        // Windows shows a notification under the app whose Start-menu shortcut carries this id.
        #[cfg(target_os = "windows")]
        notification.app_id(crate::desktop::APP_USER_MODEL_ID);
        if urgent {
            // Stays on screen until dismissed; with the freedesktop sound theme's name for a
            // message that wants attention, and Windows' reminder sound.
            #[cfg(any(target_os = "windows", all(unix, not(target_os = "macos"))))]
            notification.urgency(notify_rust::Urgency::Critical);
            #[cfg(all(unix, not(target_os = "macos")))]
            notification.sound_name("message-new-instant");
            #[cfg(target_os = "windows")]
            notification.sound_name("Reminder");
        }
        notification
            .appname(APP_NAME)
            .summary(title)
            .body(body)
            .show()
            .map(|_| ())
            .map_err(|error| DesktopError::Failed(error.to_string()))
    }
}
