# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.

## The Arrivals panel
arrivals-heading = Aankomsten
arrivals-not-loaded = De aankomsten van vandaag verschijnen hier zodra ze uit Mews zijn geladen.
arrivals-today = Vandaag in het hotel: { $date }
arrivals-none = Vandaag geen aankomsten.
arrivals-search = Gast of reservering zoeken
arrivals-search-hint = naam of nummer
arrivals-search-clear = Wissen
arrivals-search-clear-hover = Alle aankomsten tonen
arrivals-found = { $found ->
    [0] Geen aankomst komt overeen
    [one] { $found } van { $all } aankomsten komt overeen
   *[other] { $found } van { $all } aankomsten komen overeen
}
arrivals-arrival-at = Aankomst { $at }
arrivals-arrival-unknown = Aankomsttijd onbekend
arrivals-no-room = Geen kamer toegewezen
arrivals-state-since = In deze status sinds { $at }
arrivals-changed-offline = (offline gewijzigd)

## A guest
guest-name-loading = Naam laden…
guest-name-unavailable = Naam niet beschikbaar
guest-no-name = Mews heeft geen naam voor deze gast.
guest-not-in-mews = Mews gaf deze gast niet terug (het profiel is mogelijk verwijderd of samengevoegd).
guest-not-loaded = De gast kon niet worden geladen: { $reason }
guest-vip = VIP
guest-vip-hover = Belangrijke gast (VIP), zoals ingedeeld in Mews
guest-very-vip = VIP+
guest-very-vip-hover = Zeer belangrijke gast (VIP+), zoals ingedeeld in Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Reservering { $number }

## Guests waiting at the desk
waiting-heading = Wachtend: { $count ->
    [one] { $count } gast
   *[other] { $count } gasten
}
waiting-show-room = Kamer tonen
waiting-waited = Wacht { $waited }
waiting-for-since = { $length } (sinds { $time })
waiting-since = sinds { $time }
waiting-room-ready = { $room } is klaar ({ $state })
waiting-room-not-ready = { $room } is niet klaar: { $mark } { $state }
waiting-in-mews = Wacht (ingesteld in Mews)
waiting-in-mews-hover = Mews geeft aan dat deze gast op een kamer wacht
waiting-at-desk = Wacht
waiting-at-desk-hover = Op de wachtlijst gezet bij deze receptie
waiting-start = Gast wacht
waiting-start-hover = De gast staat bij de receptie: onder Wachtend zetten tot de kamer klaar is
waiting-stop = Wacht niet meer
waiting-stop-hover = De gast van de wachtlijst halen

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } open melding
   *[other] { $count } open meldingen
}
alert-count-more = { $count ->
    [one] { $count } open melding; wachtende gasten en de nieuwste worden getoond
   *[other] { $count } open meldingen; wachtende gasten en de nieuwste worden getoond
}
alert-acknowledge = Bevestigen
alert-acknowledge-hover = Deze melding verwijderen
alert-acknowledge-all = Alle { $count } bevestigen
alert-acknowledge-all-hover = Alle meldingen uit deze balk verwijderen
alert-ready = { $room } is klaar ({ $state })
alert-out-of-order = { $room } is nu buiten gebruik
alert-out-of-service = { $room } is nu buiten dienst
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } wacht: { $alert }
alert-guest-of = De gast van reservering { $number }
alert-fired = { $count } keer
alert-now = nu { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Er wacht een gast (reservering { $number }): { $alert }
notify-body = Om { $time }: Mews Monitor-melding { $id }
notify-unavailable = Deze computer toont geen bureaubladmeldingen; meldingen verschijnen alleen in de app

## Copying for support tickets, and the brief notice that says so
copy-id = ID kopiëren
copy-ticket-line = Ticketregel kopiëren
copy-reservation-number = Reserveringsnummer kopiëren
copy-copied-id = ID gekopieerd
copy-copied-ticket-line = Ticketregel gekopieerd
copy-copied-reservation-number = Reserveringsnummer gekopieerd
