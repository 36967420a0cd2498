//! Wire types of the Mews Connector API and a tolerant, pure parser.
//!
//! Knows nothing of sockets, stores or windows: text in, typed values out.

pub(crate) mod event;
pub(crate) mod hotel_day;
pub mod lookups;
pub mod parse;
pub mod resources;
pub mod state;

pub use event::{Event, EventBody, EventKind};
pub use hotel_day::{HotelDay, HotelDayError};
pub use lookups::{CommandRecord, CustomerRecord, Page, RateRecord, ReservationRecord};
pub use parse::{ParseProblem, ParsedFrame, parse_frame};
pub use resources::{
    HotelConfiguration, ResourceRecord, ResourcesPage, parse_configuration, parse_resources_page,
};
pub use state::{Classification, CommandState, ReservationState, ResourceState};
