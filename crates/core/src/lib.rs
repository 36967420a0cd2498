//! The pure core of Mews Monitor: what the Connector API sends and what the desk knows now.
//!
//! No sockets, no window, no disk, no clock: text in, typed values out, and a store built
//! by applying them. It depends on no tokio, egui, SQLite or HTTP crate, and the crates
//! above it (`monitor-engine`, then the app) depend on it, never the other way round.
//!
//! # Layout
//!
//! - [`protocol`]: wire types and a tolerant, pure parser for frames and REST responses,
//!   and the hotel's day.
//! - [`store`] → `protocol`: the live store (rooms, tables, bounded event log,
//!   alerts, arrivals); it reads neither the clock nor the machine's time zone (callers pass
//!   them in).

pub mod protocol;
pub mod store;

/// The recorded demo hotel's `resources/getAll` response, for the tests of this crate.
#[cfg(test)]
pub(crate) const DEMO_HOTEL_ROOMS: &str =
    include_str!("../../../assets/demo-hotel/resources-getall.json");
