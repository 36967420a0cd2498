# Der Hauswirtschaftsplan (Housekeeping board), das Zimmerfeld und die Live-Tabellen
# (Zimmer, Reservierungen, Gerätebefehle, Preisänderungen).
# Platzhalter: $count, $shown, $total und $changes sind Zahlen (die Pluralformen folgen
# ihnen), andere $namen sind Text. Zeichen (⚑ ↕ ★ ⚠) setzt das Programm dazu.

## Der Name eines Zimmers, wie das Personal ihn sagt ("Zimmer 101"); nicht, wenn der
## Name schon mit dem Wort aus room-word beginnt ("Zimmer 5").
room-called = Zimmer { $room }
room-word = Zimmer

## Die Filter des Plans
board-search = Zimmer suchen
board-search-hint = Zimmername
board-floor-choice = Etage
board-all-floors = Alle Etagen
board-floor = Etage { $floor }
board-no-floor = Ohne Etage
board-show-all = Alle Zimmer zeigen
board-showing = { $shown } von { $total ->
    [one] { $total } Zimmer
   *[other] { $total } Zimmern
} angezeigt
board-count = { $name }: { $count }
board-state-other = Sonstige
board-click-to-hide = Klicken, um diese Zimmer auszublenden
board-click-to-show = Klicken, um diese Zimmer einzublenden
board-today = Heute:
board-turn-first = Zuerst herrichten
board-turn-first-hover = Nur die Zimmer, in die heute ein Gast anreist und die schmutzig sind – oder sauber, aber noch nicht inspiziert, wo das Hotel inspiziert –, als eine Liste nach Ankunftszeit
board-day-not-loaded = Die heutigen Aufenthalte sind noch nicht geladen: Nach ihrem Tag gefilterte Zimmer erscheinen, sobald sie es sind.

## Die Zimmer des Plans
board-reading-history = Die zuletzt bekannten Zustände der Zimmer werden aus dem Verlauf gelesen…
board-no-rooms = Noch keine Zimmer. Sie erscheinen, sobald Mews die Zimmer des Hotels oder das erste Zimmerereignis sendet.
board-heading = { $title } · { $count } Zimmer
board-turn-first-heading = Zuerst herrichten: Zimmer mit Anreise heute, nach Ankunftszeit

## Die Kachel eines Zimmers; für Bildschirmleser eine Liste von Angaben:
## "Zimmer 101, Schmutzig, 12 Min., Zimmerwechsel, Gast reist um 15:00 an, beobachtet".
board-tile-separator = {", "}
board-tile-changed-offline = offline geändert
board-tile-unconfirmed = zuletzt bekannter Zustand, von Mews noch nicht bestätigt
board-tile-alert-open = Meldung offen
board-tile-watched = beobachtet
board-tile-state-unknown = Unbekannt
board-tile-offline = offline
board-tile-last-known = zuletzt bekannt
board-tile-hover = { $label }
    Etage: { $floor }
    Vorheriger Zustand: { $previous }
    Gesehene Änderungen: { $changes }
    ID: { $id }
board-floor-not-known = unbekannt
board-previous-none = keiner
room-day-guest-arriving = { $day }, Gast reist um { $time } an

## Das Menü eines Zimmers
board-pin = Auf die Beobachtungsliste setzen
board-unpin = Von der Beobachtungsliste nehmen
board-show-timeline = Zeitleiste zeigen

## Das Zimmerfeld
room-close = Schließen
room-state-not-known = Zustand unbekannt
room-since = Seit { $time } (vor { $ago })
room-before = Davor: { $state }
room-floor = Etage: { $floor }
room-changed-offline = Geändert, während der Monitor offline war (beim Abgleich gefunden).
room-unconfirmed = Zuletzt bekannter Zustand aus dem Verlauf; Mews hat ihn noch nicht bestätigt.
room-watch = Beobachten: mich benachrichtigen, wenn dieses Zimmer bereit ist
room-today = Heute: { $day }
room-arriving = Anreise: { $guest }

## Die Zeitleiste des Zimmers
room-timeline = Zeitleiste
room-timeline-today = Heute
room-timeline-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
room-no-history = In dieser Sitzung wird kein Verlauf gespeichert, daher gibt es keine Zeitleiste.
room-timeline-failed = Die Zeitleiste konnte nicht gelesen werden: { $problem }
room-no-changes = Keine Zustandsänderungen in diesem Zeitraum.
room-history-missed = ⚠ Dem Verlauf fehlen { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
} bis { $time }: Dieses Zimmer hat sich in der Zeit vielleicht geändert
room-history-missed-hover = Der Verlauf konnte damals nicht geschrieben werden (zum Beispiel, weil der Datenträger voll war), und es kamen mehr Ereignisse, als er aufnehmen konnte.

## Die Live-Tabellen
table-rooms = { $count } Zimmer
table-reservations = { $count ->
    [one] { $count } Reservierung
   *[other] { $count } Reservierungen
}
table-commands = { $count ->
    [one] { $count } Gerätebefehl
   *[other] { $count } Gerätebefehle
}
table-prices = { $count ->
    [one] { $count } Preisänderung
   *[other] { $count } Preisänderungen
}
table-changed-offline = { $room } (offline geändert)
sort-by = Nach { $column } sortieren

## Die Spaltentitel der Tabellen
table-column-room = Zimmer
table-column-floor = Etage
table-column-state = Zustand
table-column-previous = Vorher
table-column-since = Seit
table-column-changes = Änderungen
table-column-id = ID
table-column-reservation = Reservierung
table-column-room-assigned = Zimmer
table-column-arrival = Anreise
table-column-departure = Abreise
table-column-updated = Aktualisiert
table-column-device = Gerät
table-column-rate = Rate
table-column-category = Kategorie
table-column-from = Von
table-column-to = Bis
table-column-received = Empfangen
