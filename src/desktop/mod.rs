//! Living on a reception computer: the window icon, the menu entry and one calm instance.
//!
//! This module owns what the operating system's desktop sees of the app: the embedded icon,
//! the freedesktop menu and autostart entries (written and removed on request), and the
//! rule that a user has one Mews Monitor open at a time, and whether the desktop prefers a
//! light or a dark look. It knows nothing of Mews, the
//! store or the window's contents; the app wiring decides what "come to the front" means.

pub mod console;
pub(crate) mod entry;
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub(crate) mod glibc;
pub(crate) mod icon;
pub(crate) mod install;
pub mod single_instance;
pub mod theme;
#[cfg(windows)]
pub(crate) mod win32;

/// The application id: the window's app id / `WM_CLASS`, the icon name and the entry's file name.
pub(crate) const APP_ID: &str = "mews-monitor";

/// The name people see in menus and task bars.
pub(crate) const APP_NAME: &str = "Mews Monitor";

/// The Windows AppUserModelID: on the Start-menu shortcut the installer writes, and on
/// desktop notifications, which Windows shows only for an id a shortcut carries.
#[cfg(windows)]
pub(crate) const APP_USER_MODEL_ID: &str = "MewsMonitor.Desktop";
