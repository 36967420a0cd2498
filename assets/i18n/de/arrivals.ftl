# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.

## The Arrivals panel
arrivals-heading = Anreisen
arrivals-not-loaded = Die heutigen Anreisen erscheinen hier, sobald sie aus Mews geladen sind.
arrivals-today = Heute im Hotel: { $date }
arrivals-none = Heute keine Anreisen.
arrivals-search = Gast oder Reservierung suchen
arrivals-search-hint = Name oder Nummer
arrivals-search-clear = Leeren
arrivals-search-clear-hover = Alle Anreisen zeigen
arrivals-found = { $found ->
    [0] Keine passende Anreise
    [one] { $found } von { $all } Anreisen passt
   *[other] { $found } von { $all } Anreisen passen
}
arrivals-arrival-at = Anreise { $at }
arrivals-arrival-unknown = Ankunftszeit unbekannt
arrivals-no-room = Kein Zimmer zugewiesen
arrivals-state-since = In diesem Zustand seit { $at }
arrivals-changed-offline = (offline geändert)

## A guest
guest-name-loading = Name wird geladen…
guest-name-unavailable = Name nicht verfügbar
guest-no-name = Mews hat keinen Namen für diesen Gast.
guest-not-in-mews = Mews hat diesen Gast nicht geliefert (das Profil wurde vielleicht entfernt oder zusammengeführt).
guest-not-loaded = Der Gast konnte nicht geladen werden: { $reason }
guest-vip = VIP
guest-vip-hover = Wichtiger Gast (VIP), wie in Mews eingestuft
guest-very-vip = VIP+
guest-very-vip-hover = Sehr wichtiger Gast (VIP+), wie in Mews eingestuft
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Reservierung { $number }

## Guests waiting at the desk
waiting-heading = Wartend: { $count ->
    [one] { $count } Gast
   *[other] { $count } Gäste
}
waiting-show-room = Zimmer zeigen
waiting-waited = Wartet { $waited }
waiting-for-since = { $length } (seit { $time })
waiting-since = seit { $time }
waiting-room-ready = { $room } ist bereit ({ $state })
waiting-room-not-ready = { $room } ist nicht bereit: { $mark } { $state }
waiting-in-mews = Wartet (in Mews gesetzt)
waiting-in-mews-hover = Mews führt diesen Gast als wartend auf ein Zimmer
waiting-at-desk = Wartet
waiting-at-desk-hover = An dieser Rezeption auf die Warteliste gesetzt
waiting-start = Gast wartet
waiting-start-hover = Der Gast ist an der Rezeption: unter „Wartend“ führen, bis sein Zimmer bereit ist
waiting-stop = Wartet nicht mehr
waiting-stop-hover = Den Gast von der Warteliste nehmen

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } offene Meldung
   *[other] { $count } offene Meldungen
}
alert-count-more = { $count ->
    [one] { $count } offene Meldung; angezeigt werden wartende Gäste und die neuesten
   *[other] { $count } offene Meldungen; angezeigt werden wartende Gäste und die neuesten
}
alert-acknowledge = Bestätigen
alert-acknowledge-hover = Diese Meldung entfernen
alert-acknowledge-all = Alle { $count } bestätigen
alert-acknowledge-all-hover = Alle Meldungen aus dieser Leiste entfernen
alert-ready = { $room } ist bereit ({ $state })
alert-out-of-order = { $room } ist jetzt außer Ordnung
alert-out-of-service = { $room } ist jetzt außer Betrieb
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } wartet: { $alert }
alert-guest-of = Der Gast der Reservierung { $number }
alert-fired = { $count }-mal
alert-now = jetzt { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Ein Gast wartet (Reservierung { $number }): { $alert }
notify-body = Um { $time }: Mews Monitor, Meldung { $id }
notify-unavailable = Dieser Computer zeigt keine Desktop-Benachrichtigungen; Meldungen erscheinen nur in der App

## Copying for support tickets, and the brief notice that says so
copy-id = ID kopieren
copy-ticket-line = Ticketzeile kopieren
copy-reservation-number = Reservierungsnummer kopieren
copy-copied-id = ID kopiert
copy-copied-ticket-line = Ticketzeile kopiert
copy-copied-reservation-number = Reservierungsnummer kopiert
