//! How the live tables sort: each table's columns as an enum, the column and
//! direction chosen, and the order of rows, rebuilt only when the data or the
//! sort changes.

use std::cmp::Ordering;

use crate::i18n::Translator;
use crate::tr;

/// A table's columns, in order, with their titles.
pub(crate) trait Columns: Copy + Eq + 'static {
    /// Every column, left to right.
    const ALL: &'static [Self];
    /// The column's title in `t`'s language.
    fn title(self, t: &Translator) -> String;
}

/// Declares a column enum with its titles; `$t` names the translator the titles use.
macro_rules! columns {
    ($(#[$doc:meta])* $name:ident, $t:ident { $($(#[$vdoc:meta])* $variant:ident => $title:expr),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl Columns for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];

            fn title(self, $t: &Translator) -> String {
                match self {
                    $($name::$variant => $title),+
                }
            }
        }
    };
}

columns!(
    /// The rooms table's columns.
    RoomColumn, t {
        /// The room's name.
        Room => tr!(t, "table-column-room"),
        /// Its floor.
        Floor => tr!(t, "table-column-floor"),
        /// Its state now.
        State => tr!(t, "table-column-state"),
        /// The state before.
        Previous => tr!(t, "table-column-previous"),
        /// Since when it is in its state.
        Since => tr!(t, "table-column-since"),
        /// How many changes were seen.
        Changes => tr!(t, "table-column-changes"),
        /// Its Mews id.
        Id => tr!(t, "table-column-id"),
    }
);

columns!(
    /// The reservations table's columns.
    ReservationColumn, t {
        /// The reservation's number.
        Reservation => tr!(t, "table-column-reservation"),
        /// Its state now.
        State => tr!(t, "table-column-state"),
        /// The state before.
        Previous => tr!(t, "table-column-previous"),
        /// The room assigned.
        Room => tr!(t, "table-column-room-assigned"),
        /// Arrival.
        Arrival => tr!(t, "table-column-arrival"),
        /// Departure.
        Departure => tr!(t, "table-column-departure"),
        /// The last change received.
        Updated => tr!(t, "table-column-updated"),
        /// Its Mews id.
        Id => tr!(t, "table-column-id"),
    }
);

columns!(
    /// The device commands table's columns.
    CommandColumn, t {
        /// The device.
        Device => tr!(t, "table-column-device"),
        /// Its state now.
        State => tr!(t, "table-column-state"),
        /// The state before.
        Previous => tr!(t, "table-column-previous"),
        /// The last change received.
        Updated => tr!(t, "table-column-updated"),
        /// Its Mews id.
        Id => tr!(t, "table-column-id"),
    }
);

columns!(
    /// The price updates table's columns.
    PriceColumn, t {
        /// The rate.
        Rate => tr!(t, "table-column-rate"),
        /// The space category.
        Category => tr!(t, "table-column-category"),
        /// Start of the period.
        From => tr!(t, "table-column-from"),
        /// End of the period.
        To => tr!(t, "table-column-to"),
        /// When it was received.
        Received => tr!(t, "table-column-received"),
        /// Its Mews id.
        Id => tr!(t, "table-column-id"),
    }
);

/// The revisions of what a table's rows and sort keys come from (see `tables`); the
/// last is the language, as states sort by their names in it.
pub(super) type Revisions = [u64; 4];

/// Sort state and cached order of one table.
#[derive(Debug)]
pub(crate) struct Sorted<C> {
    /// The column sorted by.
    pub(super) column: C,
    /// Largest first.
    pub(super) descending: bool,
    /// Row indexes in display order.
    pub(super) order: Vec<usize>,
    /// What `order` was built for: data revisions, row count, column, direction.
    built_for: Option<(Revisions, usize, C, bool)>,
    /// How many times the rows were sorted.
    #[cfg(test)]
    sorts: u64,
}

impl<C: Columns> Sorted<C> {
    pub(super) fn by(column: C, descending: bool) -> Self {
        Sorted {
            column,
            descending,
            order: Vec::new(),
            built_for: None,
            #[cfg(test)]
            sorts: 0,
        }
    }

    /// Keeps the order up to date. Nothing is done while the data and the sort stay as
    /// they were; when only rows changed (none added or gone), the rows are sorted again
    /// only if a changed sort key put them out of order.
    pub(super) fn refresh(
        &mut self,
        revisions: Revisions,
        len: usize,
        cmp: impl Fn(usize, usize, C) -> Ordering,
    ) {
        let key = (revisions, len, self.column, self.descending);
        let built_for = self.built_for.replace(key);
        if built_for == Some(key) {
            return;
        }
        let (column, descending) = (self.column, self.descending);
        let in_order = |a: &usize, b: &usize| {
            let order = cmp(*a, *b, column);
            if descending { order.reverse() } else { order }
        };
        let only_rows_changed = built_for.is_some_and(|(_, rows, column, descending)| {
            (rows, column, descending) == (key.1, key.2, key.3)
        });
        if only_rows_changed && self.order.is_sorted_by(|a, b| in_order(a, b).is_le()) {
            return;
        }
        self.order = (0..len).collect();
        self.order.sort_by(in_order);
        #[cfg(test)]
        {
            self.sorts += 1;
        }
    }

    /// How many times the rows were sorted.
    #[cfg(test)]
    pub(super) fn sorts(&self) -> u64 {
        self.sorts
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

#[cfg(test)]
mod tests {
    use super::*;

    fn titles<C: Columns>(t: &Translator) -> Vec<String> {
        C::ALL.iter().map(|column| column.title(t)).collect()
    }

    #[test]
    fn column_titles_read_as_before_and_each_language_names_them() {
        let t = Translator::default();
        assert_eq!(
            titles::<RoomColumn>(&t),
            [
                "Room", "Floor", "State", "Previous", "Since", "Changes", "Id"
            ]
        );
        assert_eq!(
            titles::<ReservationColumn>(&t),
            [
                "Reservation",
                "State",
                "Previous",
                "Room",
                "Arrival",
                "Departure",
                "Updated",
                "Id"
            ]
        );
        assert_eq!(
            titles::<CommandColumn>(&t),
            ["Device", "State", "Previous", "Updated", "Id"]
        );
        assert_eq!(
            titles::<PriceColumn>(&t),
            ["Rate", "Category", "From", "To", "Received", "Id"]
        );
        let german = Translator::new(crate::i18n::Language::German);
        assert_eq!(
            titles::<CommandColumn>(&german),
            ["Gerät", "Zustand", "Vorher", "Aktualisiert", "ID"]
        );
    }

    fn by_key(keys: &[i32]) -> impl Fn(usize, usize, PriceColumn) -> Ordering + '_ {
        |a, b, _| keys[a].cmp(&keys[b])
    }

    #[test]
    fn rows_are_sorted_again_only_when_a_change_puts_them_out_of_order() {
        let mut sorted = Sorted::by(PriceColumn::Rate, false);
        let mut keys = vec![3, 1, 2];
        sorted.refresh([1, 0, 0, 0], 3, by_key(&keys));
        assert_eq!((sorted.order.clone(), sorted.sorts()), (vec![1, 2, 0], 1));
        sorted.refresh([1, 0, 0, 0], 3, by_key(&keys));
        assert_eq!(sorted.sorts(), 1, "nothing changed");
        keys[0] = 4;
        sorted.refresh([2, 0, 0, 0], 3, by_key(&keys));
        assert_eq!(sorted.sorts(), 1, "a changed row still in order");
        keys[0] = 0;
        sorted.refresh([3, 0, 0, 0], 3, by_key(&keys));
        assert_eq!((sorted.order.clone(), sorted.sorts()), (vec![0, 1, 2], 2));
        keys.push(-1);
        sorted.refresh([4, 0, 0, 0], 4, by_key(&keys));
        assert_eq!(
            (sorted.order.clone(), sorted.sorts()),
            (vec![3, 0, 1, 2], 3)
        );
        sorted.header_clicked(PriceColumn::Rate);
        sorted.refresh([4, 0, 0, 0], 4, by_key(&keys));
        assert_eq!(
            (sorted.order.clone(), sorted.sorts()),
            (vec![2, 1, 0, 3], 4)
        );
    }
}
