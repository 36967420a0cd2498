# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.
# Czech plurals: one (1), few (2–4), many (fractions), other (0, 5 and more).

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Pokoj { $room }
room-word = Pokoj

## The board's filters
board-search = Hledat pokoje
board-search-hint = název pokoje
board-floor-choice = Patro
board-all-floors = Všechna patra
board-floor = Patro { $floor }
board-no-floor = Bez patra
board-show-all = Zobrazit všechny pokoje
board-showing = Zobrazeno { $shown } z { $total ->
    [one] { $total } pokoje
    [few] { $total } pokojů
    [many] { $total } pokoje
   *[other] { $total } pokojů
}
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }: { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Ostatní
board-click-to-hide = Kliknutím tyto pokoje skryjete
board-click-to-show = Kliknutím tyto pokoje zobrazíte
board-today = Dnes:
board-turn-first = Připravit přednostně
board-turn-first-hover = Jen pokoje, do kterých dnes přijíždí host a které jsou špinavé, nebo čisté, ale ještě nezkontrolované (kde hotel kontroluje), v jednom seznamu podle času příjezdu
board-day-not-loaded = Dnešní pobyty ještě nejsou načtené: pokoje vybrané podle dne se zobrazí, jakmile se načtou.

## The board's rooms
board-reading-history = Z historie se načítají poslední známé stavy pokojů…
board-no-rooms = Zatím žádné pokoje. Zobrazí se, jakmile Mews pošle pokoje hotelu nebo první událost pokoje.
board-heading = { $title } · { $count ->
    [one] { $count } pokoj
    [few] { $count } pokoje
    [many] { $count } pokoje
   *[other] { $count } pokojů
}
board-turn-first-heading = Připravit přednostně: pokoje s dnešním příjezdem, podle času příjezdu

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = změněno během výpadku spojení
board-tile-unconfirmed = poslední známý stav, Mews ho zatím nepotvrdil
board-tile-alert-open = otevřené upozornění
board-tile-watched = sledovaný
# The state on a tile when none was received.
board-tile-state-unknown = Neznámý
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = bez spojení
board-tile-last-known = poslední známý
board-tile-hover = { $label }
    Patro: { $floor }
    Předchozí stav: { $previous }
    Zaznamenané změny: { $changes }
    ID: { $id }
board-floor-not-known = neznámé
board-previous-none = žádný
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, host přijíždí v { $time }

## A room's menu
board-pin = Přidat mezi sledované
board-unpin = Odebrat ze sledovaných
board-show-timeline = Zobrazit časovou osu

## The room panel
room-close = Zavřít
room-state-not-known = Stav není znám
room-since = Od { $time } (před { $ago })
room-before = Předtím: { $state }
room-floor = Patro: { $floor }
room-changed-offline = Změněno během výpadku spojení monitoru (zjištěno při nové synchronizaci).
room-unconfirmed = Poslední známý stav z historie; Mews ho zatím nepotvrdil.
room-watch = Sledovat: upozornit mě, až bude tento pokoj připraven
room-today = Dnes: { $day }
room-arriving = Přijíždí: { $guest }

## The room's timeline
room-timeline = Časová osa
room-timeline-today = Dnes
room-timeline-days = { $count ->
    [one] { $count } den
    [few] { $count } dny
    [many] { $count } dne
   *[other] { $count } dní
}
room-no-history = V této relaci se historie neukládá, proto časová osa není k dispozici.
room-timeline-failed = Časovou osu se nepodařilo načíst: { $problem }
room-no-changes = V tomto období žádné změny stavu.
room-history-missed = ⚠ V historii { $count ->
    [one] chybí { $count } událost
    [few] chybějí { $count } události
    [many] chybí { $count } události
   *[other] chybí { $count } událostí
} do { $time }: pokoj se mezitím mohl změnit
room-history-missed-hover = Historii tehdy nešlo zapsat (například byl plný disk) a přišlo víc událostí, než dokázala pojmout.

## The live tables
table-rooms = { $count ->
    [one] { $count } pokoj
    [few] { $count } pokoje
    [many] { $count } pokoje
   *[other] { $count } pokojů
}
table-reservations = { $count ->
    [one] { $count } rezervace
    [few] { $count } rezervace
    [many] { $count } rezervace
   *[other] { $count } rezervací
}
table-commands = { $count ->
    [one] { $count } příkaz zařízení
    [few] { $count } příkazy zařízení
    [many] { $count } příkazu zařízení
   *[other] { $count } příkazů zařízení
}
table-prices = { $count ->
    [one] { $count } změna ceny
    [few] { $count } změny cen
    [many] { $count } změny ceny
   *[other] { $count } změn cen
}
table-changed-offline = { $room } (změněno během výpadku spojení)
# A column's hover: "Sort by Floor".
sort-by = Seřadit podle: { $column }

## The tables' column titles
table-column-room = Pokoj
table-column-floor = Patro
table-column-state = Stav
table-column-previous = Předchozí
table-column-since = Od
table-column-changes = Změny
table-column-id = ID
table-column-reservation = Rezervace
table-column-room-assigned = Pokoj
table-column-arrival = Příjezd
table-column-departure = Odjezd
table-column-updated = Aktualizováno
table-column-device = Zařízení
table-column-rate = Sazba
table-column-category = Kategorie
table-column-from = Od
table-column-to = Do
table-column-received = Přijato
