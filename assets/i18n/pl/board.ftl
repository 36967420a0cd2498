# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.
# Polish plurals: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions).

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Pokój { $room }
room-word = Pokój

## The board's filters
board-search = Szukaj pokoi
board-search-hint = nazwa pokoju
board-floor-choice = Piętro
board-all-floors = Wszystkie piętra
board-floor = Piętro { $floor }
board-no-floor = Bez piętra
board-show-all = Pokaż wszystkie pokoje
board-showing = Wyświetlono { $shown } z { $total ->
    [one] { $total } pokoju
    [few] { $total } pokoi
    [many] { $total } pokoi
   *[other] { $total } pokoju
}
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }: { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Inne
board-click-to-hide = Kliknij, aby ukryć te pokoje
board-click-to-show = Kliknij, aby pokazać te pokoje
board-today = Dziś:
board-turn-first = Przygotuj najpierw
board-turn-first-hover = Tylko pokoje, do których dziś przyjeżdża gość i które są brudne albo czyste, ale jeszcze niesprawdzone (tam, gdzie hotel sprawdza pokoje), w jednej liście według godziny przyjazdu
board-day-not-loaded = Dzisiejsze pobyty nie są jeszcze wczytane: pokoje filtrowane według dnia pojawią się, gdy tylko zostaną wczytane.

## The board's rooms
board-reading-history = Wczytywanie z historii ostatnich znanych stanów pokoi…
board-no-rooms = Jeszcze brak pokoi. Pojawią się, gdy Mews wyśle pokoje hotelu lub pierwsze zdarzenie pokoju.
board-heading = { $title } · { $count ->
    [one] { $count } pokój
    [few] { $count } pokoje
    [many] { $count } pokoi
   *[other] { $count } pokoju
}
board-turn-first-heading = Przygotuj najpierw: pokoje z dzisiejszym przyjazdem, według godziny przyjazdu

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = zmieniony offline
board-tile-unconfirmed = ostatni znany stan, jeszcze niepotwierdzony przez Mews
board-tile-alert-open = otwarty alert
board-tile-watched = obserwowany
# The state on a tile when none was received.
board-tile-state-unknown = Nieznany
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = offline
board-tile-last-known = ostatni znany
board-tile-hover = { $label }
    Piętro: { $floor }
    Poprzedni stan: { $previous }
    Zauważone zmiany: { $changes }
    ID: { $id }
board-floor-not-known = nieznane
board-previous-none = brak
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, gość przyjeżdża o { $time }

## A room's menu
board-pin = Dodaj do obserwowanych
board-unpin = Usuń z obserwowanych
board-show-timeline = Pokaż oś czasu

## The room panel
room-close = Zamknij
room-state-not-known = Stan nieznany
room-since = Od { $time } ({ $ago } temu)
room-before = Wcześniej: { $state }
room-floor = Piętro: { $floor }
room-changed-offline = Zmieniony, gdy monitor był offline (wykryte przy ponownej synchronizacji).
room-unconfirmed = Ostatni znany stan z historii; Mews jeszcze go nie potwierdził.
room-watch = Obserwuj: powiadom mnie, gdy ten pokój będzie gotowy
room-today = Dziś: { $day }
room-arriving = Przyjazd: { $guest }

## The room's timeline
room-timeline = Oś czasu
room-timeline-today = Dziś
room-timeline-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
room-no-history = W tej sesji historia nie jest zapisywana, więc nie ma osi czasu.
room-timeline-failed = Nie udało się wczytać osi czasu: { $problem }
room-no-changes = Brak zmian stanu w tym okresie.
room-history-missed = ⚠ Historia pominęła { $count ->
    [one] { $count } zdarzenie
    [few] { $count } zdarzenia
    [many] { $count } zdarzeń
   *[other] { $count } zdarzenia
} do { $time }: ten pokój mógł się wtedy zmienić
room-history-missed-hover = Historii nie można było wtedy zapisać (na przykład dysk był pełny), a zdarzeń przyszło więcej, niż mogła pomieścić.

## The live tables
table-rooms = { $count ->
    [one] { $count } pokój
    [few] { $count } pokoje
    [many] { $count } pokoi
   *[other] { $count } pokoju
}
table-reservations = { $count ->
    [one] { $count } rezerwacja
    [few] { $count } rezerwacje
    [many] { $count } rezerwacji
   *[other] { $count } rezerwacji
}
table-commands = { $count ->
    [one] { $count } polecenie urządzenia
    [few] { $count } polecenia urządzeń
    [many] { $count } poleceń urządzeń
   *[other] { $count } polecenia urządzenia
}
table-prices = { $count ->
    [one] { $count } zmiana ceny
    [few] { $count } zmiany cen
    [many] { $count } zmian cen
   *[other] { $count } zmiany ceny
}
table-changed-offline = { $room } (zmieniony offline)
# A column's hover: "Sort by Floor".
sort-by = Sortuj według: { $column }

## The tables' column titles
table-column-room = Pokój
table-column-floor = Piętro
table-column-state = Stan
table-column-previous = Poprzedni
table-column-since = Od
table-column-changes = Zmiany
table-column-id = ID
table-column-reservation = Rezerwacja
table-column-room-assigned = Pokój
table-column-arrival = Przyjazd
table-column-departure = Wyjazd
table-column-updated = Zaktualizowano
table-column-device = Urządzenie
table-column-rate = Stawka
table-column-category = Kategoria
table-column-from = Od
table-column-to = Do
table-column-received = Odebrano
