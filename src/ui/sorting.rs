//! How the live tables sort: each table's columns as an enum, the column and
//! direction chosen, and the order of rows, rebuilt only when the data or the
//! sort changes.

use std::cmp::Ordering;

/// A table's columns, in order, with their titles.
pub(crate) trait Columns: Copy + Eq + 'static {
    /// Every column, left to right.
    const ALL: &'static [Self];
    /// The column's title.
    fn title(self) -> &'static str;
}

/// Declares a column enum with its titles.
macro_rules! columns {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $title:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl Columns for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];

            fn title(self) -> &'static str {
                match self {
                    $($name::$variant => $title),+
                }
            }
        }
    };
}

columns!(
    /// The rooms table's columns.
    RoomColumn {
        /// The room's name.
        Room => "Room",
        /// Its floor.
        Floor => "Floor",
        /// Its state now.
        State => "State",
        /// The state before.
        Previous => "Previous",
        /// Since when it is in its state.
        Since => "Since",
        /// How many changes were seen.
        Changes => "Changes",
        /// Its Mews id.
        Id => "Id",
    }
);

columns!(
    /// The reservations table's columns.
    ReservationColumn {
        /// The reservation's number.
        Reservation => "Reservation",
        /// Its state now.
        State => "State",
        /// The state before.
        Previous => "Previous",
        /// The room assigned.
        Room => "Room",
        /// Arrival.
        Arrival => "Arrival",
        /// Departure.
        Departure => "Departure",
        /// The last change received.
        Updated => "Updated",
        /// Its Mews id.
        Id => "Id",
    }
);

columns!(
    /// The device commands table's columns.
    CommandColumn {
        /// The device.
        Device => "Device",
        /// Its state now.
        State => "State",
        /// The state before.
        Previous => "Previous",
        /// The last change received.
        Updated => "Updated",
        /// Its Mews id.
        Id => "Id",
    }
);

columns!(
    /// The price updates table's columns.
    PriceColumn {
        /// The rate.
        Rate => "Rate",
        /// The space category.
        Category => "Category",
        /// Start of the period.
        From => "From",
        /// End of the period.
        To => "To",
        /// When it was received.
        Received => "Received",
        /// Its Mews id.
        Id => "Id",
    }
);

/// Sort state and cached order of one table.
#[derive(Debug)]
pub(crate) struct Sorted<C> {
    /// The column sorted by.
    pub(super) column: C,
    /// Largest first.
    pub(super) descending: bool,
    /// Row indexes in display order.
    pub(super) order: Vec<usize>,
    /// What `order` was built for: data revision, row count, column, direction.
    built_for: Option<(u64, usize, C, bool)>,
}

impl<C: Columns> Sorted<C> {
    pub(super) fn by(column: C, descending: bool) -> Self {
        Sorted {
            column,
            descending,
            order: Vec::new(),
            built_for: None,
        }
    }

    /// Rebuilds the order when the data or the sort changed.
    pub(super) fn refresh(
        &mut self,
        revision: u64,
        len: usize,
        cmp: impl Fn(usize, usize, C) -> Ordering,
    ) {
        let key = (revision, len, self.column, self.descending);
        if self.built_for == Some(key) {
            return;
        }
        self.order = (0..len).collect();
        let column = self.column;
        self.order.sort_by(|&a, &b| {
            let order = cmp(a, b, column);
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
        self.built_for = Some(key);
    }

    pub(super) fn header_clicked(&mut self, column: C) {
        if self.column == column {
            self.descending = !self.descending;
        } else {
            self.column = column;
            self.descending = false;
        }
    }
}

/// Sort state of every table.
#[derive(Debug)]
pub(crate) struct TableState {
    /// The rooms table.
    pub rooms: Sorted<RoomColumn>,
    /// The reservations table.
    pub reservations: Sorted<ReservationColumn>,
    /// The device commands table.
    pub commands: Sorted<CommandColumn>,
    /// The price updates table.
    pub prices: Sorted<PriceColumn>,
}

impl Default for TableState {
    fn default() -> Self {
        TableState {
            rooms: Sorted::by(RoomColumn::Room, false),
            reservations: Sorted::by(ReservationColumn::Updated, true),
            commands: Sorted::by(CommandColumn::Updated, true),
            prices: Sorted::by(PriceColumn::Received, true),
        }
    }
}
