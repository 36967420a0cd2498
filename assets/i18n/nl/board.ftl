# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Kamer { $room }
room-word = Kamer

## The board's filters
board-search = Kamers zoeken
board-search-hint = kamernaam
board-floor-choice = Verdieping
board-all-floors = Alle verdiepingen
board-floor = Verdieping { $floor }
board-no-floor = Geen verdieping
board-show-all = Alle kamers tonen
board-showing = { $shown } van { $total ->
    [one] { $total } kamer
   *[other] { $total } kamers
} getoond
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }: { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Overig
board-click-to-hide = Klik om deze kamers te verbergen
board-click-to-show = Klik om deze kamers te tonen
board-today = Vandaag:
board-turn-first = Eerst klaarmaken
board-turn-first-hover = Alleen de kamers waar vandaag een gast aankomt en die vuil zijn, of schoon maar nog niet gecontroleerd waar het hotel controleert, als één lijst op aankomsttijd
board-day-not-loaded = De verblijven van vandaag zijn nog niet geladen: kamers die op hun dag zijn gefilterd, verschijnen zodra ze geladen zijn.

## The board's rooms
board-reading-history = De laatst bekende status van de kamers wordt uit de geschiedenis gelezen…
board-no-rooms = Nog geen kamers. Ze verschijnen zodra Mews de kamers van het hotel of de eerste kamergebeurtenis stuurt.
board-heading = { $title } · { $count ->
    [one] { $count } kamer
   *[other] { $count } kamers
}
board-turn-first-heading = Eerst klaarmaken: kamers met aankomst vandaag, op aankomsttijd

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = offline gewijzigd
board-tile-unconfirmed = laatst bekende status, nog niet bevestigd door Mews
board-tile-alert-open = open melding
board-tile-watched = gevolgd
# The state on a tile when none was received.
board-tile-state-unknown = Onbekend
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = offline
board-tile-last-known = laatst bekend
board-tile-hover = { $label }
    Verdieping: { $floor }
    Vorige status: { $previous }
    Wijzigingen gezien: { $changes }
    ID: { $id }
board-floor-not-known = onbekend
board-previous-none = geen
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, gast komt om { $time }

## A room's menu
board-pin = Op volglijst zetten
board-unpin = Van volglijst halen
board-show-timeline = Tijdlijn tonen

## The room panel
room-close = Sluiten
room-state-not-known = Status onbekend
room-since = Sinds { $time } ({ $ago } geleden)
room-before = Daarvoor: { $state }
room-floor = Verdieping: { $floor }
room-changed-offline = Gewijzigd terwijl de monitor offline was (gevonden bij de hersynchronisatie).
room-unconfirmed = Laatst bekende status uit de geschiedenis; Mews heeft deze nog niet bevestigd.
room-watch = Volgen: waarschuw mij als deze kamer klaar is
room-today = Vandaag: { $day }
room-arriving = Aankomst: { $guest }

## The room's timeline
room-timeline = Tijdlijn
room-timeline-today = Vandaag
room-timeline-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
room-no-history = In deze sessie wordt geen geschiedenis bewaard, dus er is geen tijdlijn.
room-timeline-failed = De tijdlijn kon niet worden gelezen: { $problem }
room-no-changes = Geen statuswijzigingen in deze periode.
room-history-missed = ⚠ De geschiedenis mist { $count ->
    [one] { $count } gebeurtenis
   *[other] { $count } gebeurtenissen
} tot { $time }: deze kamer kan in die tijd zijn gewijzigd
room-history-missed-hover = De geschiedenis kon toen niet worden opgeslagen (bijvoorbeeld omdat de schijf vol was), en er kwamen meer gebeurtenissen binnen dan ze kon bevatten.

## The live tables
table-rooms = { $count ->
    [one] { $count } kamer
   *[other] { $count } kamers
}
table-reservations = { $count ->
    [one] { $count } reservering
   *[other] { $count } reserveringen
}
table-commands = { $count ->
    [one] { $count } apparaatopdracht
   *[other] { $count } apparaatopdrachten
}
table-prices = { $count ->
    [one] { $count } prijswijziging
   *[other] { $count } prijswijzigingen
}
table-changed-offline = { $room } (offline gewijzigd)
# A column's hover: "Sort by Floor".
sort-by = Sorteren op { $column }

## The tables' column titles
table-column-room = Kamer
table-column-floor = Verdieping
table-column-state = Status
table-column-previous = Vorige
table-column-since = Sinds
table-column-changes = Wijzigingen
table-column-id = ID
table-column-reservation = Reservering
table-column-room-assigned = Kamer
table-column-arrival = Aankomst
table-column-departure = Vertrek
table-column-updated = Bijgewerkt
table-column-device = Apparaat
table-column-rate = Tarief
table-column-category = Categorie
table-column-from = Van
table-column-to = Tot
table-column-received = Ontvangen
