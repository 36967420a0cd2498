//! The simulated hotel's guests: invented European names (Latin script, many
//! letters beyond ASCII) and the Mews classifications the front desk watches.

/// The classification reception sets on a guest whose room is not ready yet.
pub(crate) const WAITING_FOR_ROOM: &str = "WaitingForRoom";

/// Given names, from across Europe.
const FIRST_NAMES: [&str; 32] = [
    "Jana",
    "Tomáš",
    "Łukasz",
    "Agnieszka",
    "Jürgen",
    "Sören",
    "Hélène",
    "François",
    "José",
    "Begoña",
    "Bjørn",
    "Åsa",
    "Jiří",
    "Kateřina",
    "Małgorzata",
    "Zoë",
    "Anaïs",
    "Iñaki",
    "Ørjan",
    "Ségolène",
    "Grzegorz",
    "Lars",
    "Maria",
    "Petr",
    "Émile",
    "Raúl",
    "Dagný",
    "Jörg",
    "Zdeněk",
    "Eliška",
    "Paweł",
    "Ingrid",
];

/// Family names, from across Europe.
pub const LAST_NAMES: [&str; 32] = [
    "Nováková",
    "Dvořák",
    "Wiśniewska",
    "Müller",
    "Lefèvre",
    "Peña",
    "Šimková",
    "Kowalczyk",
    "Schröder",
    "Gauthier",
    "Núñez",
    "Søndergaard",
    "Ångström",
    "Černý",
    "Łuczak",
    "Weiß",
    "Bérénger",
    "Muñoz",
    "Håkansson",
    "Procházka",
    "Zieliński",
    "Göransson",
    "Dubois",
    "Ibáñez",
    "Kristjánsdóttir",
    "Řezníček",
    "Brønnum",
    "Fischer",
    "Château",
    "Szczęsny",
    "Öztürk",
    "Lindqvist",
];

/// Classifications Mews uses that a few guests carry.
const OTHER_CLASSIFICATIONS: [&str; 3] = ["Returning", "Staff", "Blocklist"];

/// Classifications this app does not know (Mews keeps adding values).
const FUTURE_CLASSIFICATIONS: [&str; 2] = ["Cashlist", "LoyaltyDiamond"];

/// A guest (a Mews customer) of the simulated hotel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SimCustomer {
    /// Its id (what a reservation's `AccountId` names).
    pub id: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Mews classifications, e.g. `Important`, `WaitingForRoom`.
    pub classifications: Vec<String>,
}

impl SimCustomer {
    /// Drops `WaitingForRoom` (reception clears it when the guest checks in).
    pub(crate) fn stop_waiting(&mut self) {
        self.classifications
            .retain(|value| value != WAITING_FOR_ROOM);
    }
}

/// Invents a guest with id `id`; only an `arriving` guest may be waiting for a room.
pub(crate) fn invent(rng: &mut fastrand::Rng, id: String, arriving: bool) -> SimCustomer {
    SimCustomer {
        id,
        first_name: FIRST_NAMES[rng.usize(0..FIRST_NAMES.len())].to_owned(),
        last_name: LAST_NAMES[rng.usize(0..LAST_NAMES.len())].to_owned(),
        classifications: classifications(rng, arriving),
    }
}

/// About 1 in 8 guests important, 1 in 10 arrivals waiting, a few other values and a few unknown.
fn classifications(rng: &mut fastrand::Rng, arriving: bool) -> Vec<String> {
    let mut values = Vec::new();
    if rng.u8(0..8) == 0 {
        values.push(if rng.bool() {
            "Important"
        } else {
            "VeryImportant"
        });
    }
    if arriving && rng.u8(0..10) == 0 {
        values.push(WAITING_FOR_ROOM);
    }
    if rng.u8(0..20) == 0 {
        values.push(OTHER_CLASSIFICATIONS[rng.usize(0..OTHER_CLASSIFICATIONS.len())]);
    }
    if rng.u8(0..30) == 0 {
        values.push(FUTURE_CLASSIFICATIONS[rng.usize(0..FUTURE_CLASSIFICATIONS.len())]);
    }
    values.into_iter().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guests_are_varied_and_some_are_important_waiting_or_unknown() {
        let mut rng = fastrand::Rng::with_seed(4);
        let guests: Vec<SimCustomer> = (0..800)
            .map(|n| invent(&mut rng, n.to_string(), true))
            .collect();
        let with = |value: &str| {
            guests
                .iter()
                .filter(|guest| guest.classifications.iter().any(|c| c == value))
                .count()
        };
        let important = with("Important") + with("VeryImportant");
        assert!((60..140).contains(&important), "{important}");
        assert!((40..130).contains(&with(WAITING_FOR_ROOM)));
        assert!(with("Cashlist") + with("LoyaltyDiamond") > 0);
        assert!(with("Returning") + with("Staff") + with("Blocklist") > 0);
        assert!(guests.iter().any(|guest| !guest.last_name.is_ascii()));
    }

    #[test]
    fn a_guest_already_in_house_is_never_waiting_for_a_room() {
        let mut rng = fastrand::Rng::with_seed(5);
        assert!((0..500).all(|n| {
            !invent(&mut rng, n.to_string(), false)
                .classifications
                .iter()
                .any(|c| c == WAITING_FOR_ROOM)
        }));
    }

    #[test]
    fn checking_in_clears_waiting_for_room_and_keeps_the_rest() {
        let mut guest = invent(&mut fastrand::Rng::with_seed(1), "g".into(), true);
        guest.classifications = vec!["VeryImportant".into(), WAITING_FOR_ROOM.into()];
        guest.stop_waiting();
        assert_eq!(guest.classifications, ["VeryImportant"]);
    }
}
