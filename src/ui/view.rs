//! What every panel of the monitor draws from, borrowed for one frame: the
//! store, the hotel's clock, the time and the selected room.

use chrono::{DateTime, Utc};

use crate::i18n::Translator;
use monitor_core::store::{HotelClock, Store};

/// The read-only part of a frame, handed to each panel.
#[derive(Clone, Copy, Debug)]
pub(crate) struct View<'a> {
    /// What the monitor knows.
    pub store: &'a Store,
    /// Times in the hotel's zone.
    pub clock: &'a HotelClock,
    /// This frame's time.
    pub now: DateTime<Utc>,
    /// The room whose details are open, if one is.
    pub selected_room: Option<&'a str>,
    /// The desk's language.
    pub t: &'a Translator,
}
