# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Camera { $room }
room-word = Camera

## The board's filters
board-search = Cerca camere
board-search-hint = nome camera
board-floor-choice = Piano
board-all-floors = Tutti i piani
board-floor = Piano { $floor }
board-no-floor = Senza piano
board-show-all = Mostra tutte le camere
board-showing = Camere mostrate: { $shown } su { $total }
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }: { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Altro
board-click-to-hide = Fare clic per nascondere queste camere
board-click-to-show = Fare clic per mostrare queste camere
board-today = Oggi:
board-turn-first = Priorità
board-turn-first-hover = Solo le camere in cui oggi arriva un ospite e che sono sporche, o pulite ma non ancora controllate dove l'hotel fa i controlli, in un'unica lista per orario di arrivo
board-day-not-loaded = I soggiorni di oggi non sono ancora caricati: le camere filtrate in base alla giornata compaiono appena lo sono.

## The board's rooms
board-reading-history = Lettura degli ultimi stati noti delle camere dalla cronologia…
board-no-rooms = Ancora nessuna camera. Compaiono quando Mews invia le camere dell'hotel o il primo evento di una camera.
board-heading = { $title } · { $count ->
    [one] { $count } camera
   *[other] { $count } camere
}
board-turn-first-heading = Priorità: camere con arrivo oggi, per orario di arrivo

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = modificata offline
board-tile-unconfirmed = ultimo stato noto, non ancora confermato da Mews
board-tile-alert-open = avviso aperto
board-tile-watched = osservata
# The state on a tile when none was received.
board-tile-state-unknown = Sconosciuto
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = offline
board-tile-last-known = ultimo noto
board-tile-hover = { $label }
    Piano: { $floor }
    Stato precedente: { $previous }
    Modifiche viste: { $changes }
    ID: { $id }
board-floor-not-known = non noto
board-previous-none = nessuno
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, ospite in arrivo alle { $time }

## A room's menu
board-pin = Aggiungi alla lista di osservazione
board-unpin = Togli dalla lista di osservazione
board-show-timeline = Mostra linea temporale

## The room panel
room-close = Chiudi
room-state-not-known = Stato sconosciuto
room-since = Dal { $time } ({ $ago } fa)
room-before = Prima: { $state }
room-floor = Piano: { $floor }
room-changed-offline = Modificata mentre il monitor era offline (rilevato dalla risincronizzazione).
room-unconfirmed = Ultimo stato noto dalla cronologia; Mews non l'ha ancora confermato.
room-watch = Osserva: avvisami quando questa camera è pronta
room-today = Oggi: { $day }
room-arriving = In arrivo: { $guest }

## The room's timeline
room-timeline = Linea temporale
room-timeline-today = Oggi
room-timeline-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
room-no-history = In questa sessione la cronologia non viene conservata, quindi non c'è una linea temporale.
room-timeline-failed = Impossibile leggere la linea temporale: { $problem }
room-no-changes = Nessun cambio di stato in questo periodo.
room-history-missed = ⚠ Alla cronologia { $count ->
    [one] manca { $count } evento
   *[other] mancano { $count } eventi
} fino alle { $time }: nel frattempo questa camera potrebbe essere cambiata
room-history-missed-hover = In quel momento non è stato possibile scrivere la cronologia (ad esempio perché il disco era pieno) e sono arrivati più eventi di quanti potesse contenerne.

## The live tables
table-rooms = { $count ->
    [one] { $count } camera
   *[other] { $count } camere
}
table-reservations = { $count ->
    [one] { $count } prenotazione
   *[other] { $count } prenotazioni
}
table-commands = { $count ->
    [one] { $count } comando dispositivo
   *[other] { $count } comandi dispositivi
}
table-prices = { $count ->
    [one] { $count } aggiornamento tariffa
   *[other] { $count } aggiornamenti tariffe
}
table-changed-offline = { $room } (modificata offline)
# A column's hover: "Sort by Floor".
sort-by = Ordina per { $column }

## The tables' column titles
table-column-room = Camera
table-column-floor = Piano
table-column-state = Stato
table-column-previous = Precedente
table-column-since = Da
table-column-changes = Modifiche
table-column-id = ID
table-column-reservation = Prenotazione
table-column-room-assigned = Camera
table-column-arrival = Arrivo
table-column-departure = Partenza
table-column-updated = Aggiornato
table-column-device = Dispositivo
table-column-rate = Tariffa
table-column-category = Categoria
table-column-from = Dal
table-column-to = Al
table-column-received = Ricevuto
