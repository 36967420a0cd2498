# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.

## The Arrivals panel
arrivals-heading = Arrivi
arrivals-not-loaded = Gli arrivi di oggi compaiono qui appena vengono caricati da Mews.
arrivals-today = Oggi in hotel: { $date }
arrivals-none = Nessun arrivo oggi.
arrivals-search = Cerca un ospite o una prenotazione
arrivals-search-hint = nome o numero
arrivals-search-clear = Cancella
arrivals-search-clear-hover = Mostra tutti gli arrivi
arrivals-found = { $found ->
    [0] Nessun arrivo corrisponde
    [one] { $found } arrivo su { $all } corrisponde
   *[other] { $found } arrivi su { $all } corrispondono
}
arrivals-arrival-at = Arrivo: { $at }
arrivals-arrival-unknown = Orario di arrivo sconosciuto
arrivals-no-room = Nessuna camera assegnata
arrivals-state-since = In questo stato dal { $at }
arrivals-changed-offline = (modificata offline)

## A guest
guest-name-loading = Caricamento nome…
guest-name-unavailable = Nome non disponibile
guest-no-name = Mews non ha alcun nome per questo ospite.
guest-not-in-mews = Mews non ha restituito questo ospite (il profilo potrebbe essere stato rimosso o unito a un altro).
guest-not-loaded = Impossibile caricare l'ospite: { $reason }
guest-vip = VIP
guest-vip-hover = Ospite importante (VIP), secondo la classificazione di Mews
guest-very-vip = VIP+
guest-very-vip-hover = Ospite molto importante (VIP+), secondo la classificazione di Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Prenotazione { $number }

## Guests waiting at the desk
waiting-heading = In attesa: { $count ->
    [one] { $count } ospite
   *[other] { $count } ospiti
}
waiting-show-room = Mostra la camera
waiting-waited = In attesa { $waited }
waiting-for-since = { $length } (dalle { $time })
waiting-since = dalle { $time }
waiting-room-ready = { $room } è pronta ({ $state })
waiting-room-not-ready = { $room } non è pronta: { $mark } { $state }
waiting-in-mews = In attesa (impostato in Mews)
waiting-in-mews-hover = Mews classifica questo ospite come in attesa di una camera
waiting-at-desk = In attesa
waiting-at-desk-hover = Messo in lista d'attesa a questa reception
waiting-start = Ospite in attesa
waiting-start-hover = L'ospite è alla reception: elencarlo tra quelli in attesa finché la sua camera non è pronta
waiting-stop = Non più in attesa
waiting-stop-hover = Togli l'ospite dalla lista d'attesa

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } avviso aperto
   *[other] { $count } avvisi aperti
}
alert-count-more = { $count ->
    [one] { $count } avviso aperto; sono mostrati quelli degli ospiti in attesa e i più recenti
   *[other] { $count } avvisi aperti; sono mostrati quelli degli ospiti in attesa e i più recenti
}
alert-acknowledge = Conferma
alert-acknowledge-hover = Rimuovi questo avviso
alert-acknowledge-all = Conferma tutti ({ $count })
alert-acknowledge-all-hover = Rimuovi tutti gli avvisi da questa barra
alert-ready = { $room } è pronta ({ $state })
alert-out-of-order = { $room } è ora fuori uso
alert-out-of-service = { $room } è ora fuori servizio
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } è in attesa: { $alert }
alert-guest-of = L'ospite della prenotazione { $number }
alert-fired = { $count ->
    [one] { $count } volta
   *[other] { $count } volte
}
alert-now = ora { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Un ospite è in attesa (prenotazione { $number }): { $alert }
notify-body = Alle { $time }: avviso { $id } di Mews Monitor
notify-unavailable = Questo computer non mostra notifiche del desktop; gli avvisi compaiono solo nell'app

## Copying for support tickets, and the brief notice that says so
copy-id = Copia ID
copy-ticket-line = Copia riga per il ticket
copy-reservation-number = Copia numero di prenotazione
copy-copied-id = ID copiato
copy-copied-ticket-line = Riga per il ticket copiata
copy-copied-reservation-number = Numero di prenotazione copiato
