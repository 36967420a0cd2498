//! State enumerations of the Connector API, tolerant of values Mews may add.
//!
//! Each enum lists every documented value and keeps anything else verbatim in
//! `Other`, so a new state is shown to staff instead of being dropped. The
//! enums know how they are spelled on the wire and how a receptionist reads
//! them; colours and symbols belong to the UI.

use std::fmt;

/// Declares a wire enumeration: its documented values, their wire spellings
/// (the first spelling is canonical, the rest are accepted aliases) and the
/// words shown to staff.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => [$wire:literal $(, $alias:literal)*], $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value the documentation does not list, kept as Mews sent it.
            Other(String),
        }

        impl $name {
            /// Every documented value, in the documentation's order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// Reads a wire value; anything undocumented becomes `Other`.
            pub fn from_wire(value: &str) -> Self {
                match value {
                    $( $wire $(| $alias)* => $name::$variant, )+
                    other => $name::Other(other.to_owned()),
                }
            }

            /// The canonical wire spelling.
            pub fn as_wire(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Other(value) => value,
                }
            }

            /// Plain words for staff, e.g. "Out of order".
            pub fn label(&self) -> &str {
                match self {
                    $( $name::$variant => $label, )+
                    $name::Other(value) => value,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

wire_enum! {
    /// Housekeeping state of a resource (room, bed, ...).
    ResourceState {
        /// Needs cleaning.
        Dirty => ["Dirty"], "Dirty";
        /// Cleaned, not yet inspected.
        Clean => ["Clean"], "Clean";
        /// Cleaned and inspected: ready for a guest.
        Inspected => ["Inspected"], "Inspected";
        /// Unusable but still counted as available.
        OutOfService => ["OutOfService"], "Out of service";
        /// Taken out of availability.
        OutOfOrder => ["OutOfOrder"], "Out of order";
    }
}

wire_enum! {
    /// State of a reservation. `Enquired` is the older spelling of `Inquired`.
    ReservationState {
        /// An enquiry, not yet a booking.
        Inquired => ["Inquired", "Enquired"], "Inquired";
        /// Requested by the guest, awaiting confirmation.
        Requested => ["Requested"], "Requested";
        /// Held without a guarantee.
        Optional => ["Optional"], "Optional";
        /// Confirmed booking.
        Confirmed => ["Confirmed"], "Confirmed";
        /// Guest checked in.
        Started => ["Started"], "Checked in";
        /// Guest checked out.
        Processed => ["Processed"], "Checked out";
        /// Cancelled booking (one L on the wire).
        Canceled => ["Canceled"], "Canceled";
    }
}

wire_enum! {
    /// State of a device command (key cards, printers, payment terminals, ...).
    CommandState {
        /// Created, not yet picked up by the device.
        Pending => ["Pending"], "Pending";
        /// Picked up by the device.
        Received => ["Received"], "Received";
        /// The device is working on it.
        Processing => ["Processing"], "Processing";
        /// Done.
        Processed => ["Processed"], "Processed";
        /// Cancelled (two Ls on the wire).
        Cancelled => ["Cancelled"], "Cancelled";
        /// The device reported a failure.
        Error => ["Error"], "Error";
    }
}

wire_enum! {
    /// A customer's classification in Mews. Guests' classifications are personal
    /// data: held in memory only. Mews keeps adding values; unknown ones are kept.
    Classification {
        /// An important guest (VIP).
        Important => ["Important"], "Important";
        /// A very important guest (VVIP).
        VeryImportant => ["VeryImportant"], "Very important";
        /// The guest is at the hotel, waiting for their room.
        WaitingForRoom => ["WaitingForRoom"], "Waiting for room";
        /// The guest has stayed before.
        Returning => ["Returning"], "Returning";
        /// The guest works for the hotel.
        Staff => ["Staff"], "Staff";
        /// The hotel does not accept this guest (`Blacklist` before April 2026).
        Blocklist => ["Blocklist", "Blacklist"], "Blocklist";
        /// The guest needs an accessible room.
        DisabledPerson => ["DisabledPerson"], "Disabled person";
    }
}

impl Classification {
    /// Whether this marks a VIP (`Important` or `VeryImportant`).
    pub fn is_vip(&self) -> bool {
        matches!(
            self,
            Classification::Important | Classification::VeryImportant
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enquired_and_inquired_are_one_value() {
        assert_eq!(
            ReservationState::from_wire("Enquired"),
            ReservationState::Inquired
        );
        assert_eq!(
            ReservationState::from_wire("Inquired"),
            ReservationState::Inquired
        );
        assert_eq!(ReservationState::Inquired.as_wire(), "Inquired");
    }

    #[test]
    fn unknown_values_are_kept_verbatim() {
        let state = ResourceState::from_wire("Sparkling");
        assert_eq!(state, ResourceState::Other("Sparkling".into()));
        assert_eq!(state.as_wire(), "Sparkling");
        assert_eq!(state.to_string(), "Sparkling");
    }

    #[test]
    fn every_documented_value_round_trips() {
        for state in ResourceState::KNOWN {
            assert_eq!(&ResourceState::from_wire(state.as_wire()), state);
        }
        for state in ReservationState::KNOWN {
            assert_eq!(&ReservationState::from_wire(state.as_wire()), state);
        }
        for state in CommandState::KNOWN {
            assert_eq!(&CommandState::from_wire(state.as_wire()), state);
        }
        for value in Classification::KNOWN {
            assert_eq!(&Classification::from_wire(value.as_wire()), value);
        }
        assert_eq!(
            Classification::from_wire("Blacklist"),
            Classification::Blocklist
        );
        assert_eq!(CommandState::KNOWN.len(), 6);
        assert_eq!(ReservationState::KNOWN.len(), 7);
        assert_eq!(ResourceState::KNOWN.len(), 5);
    }

    #[test]
    fn cancelled_spellings_stay_distinct_per_enum() {
        assert_eq!(
            CommandState::from_wire("Cancelled"),
            CommandState::Cancelled
        );
        assert_eq!(
            CommandState::from_wire("Canceled"),
            CommandState::Other("Canceled".into())
        );
        assert_eq!(
            ReservationState::from_wire("Canceled"),
            ReservationState::Canceled
        );
    }
}
