# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.
# Czech plurals: one (1), few (2–4), many (fractions), other (0, 5 and more).

## The Arrivals panel
arrivals-heading = Příjezdy
arrivals-not-loaded = Dnešní příjezdy se zobrazí zde, jakmile se načtou z Mews.
arrivals-today = Dnes v hotelu: { $date }
arrivals-none = Dnes nejsou žádné příjezdy.
arrivals-search = Najít hosta nebo rezervaci
arrivals-search-hint = jméno nebo číslo
arrivals-search-clear = Vymazat
arrivals-search-clear-hover = Zobrazit všechny příjezdy
arrivals-found = { $found ->
    [0] Žádný příjezd neodpovídá
    [one] Odpovídá { $found } příjezd z { $all }
    [few] Odpovídají { $found } příjezdy z { $all }
    [many] Odpovídá { $found } příjezdu z { $all }
   *[other] Odpovídá { $found } příjezdů z { $all }
}
arrivals-arrival-at = Příjezd { $at }
arrivals-arrival-unknown = Čas příjezdu není znám
arrivals-no-room = Není přidělen pokoj
arrivals-state-since = V tomto stavu od { $at }
arrivals-changed-offline = (změněno během výpadku spojení)

## A guest
guest-name-loading = Načítá se jméno…
guest-name-unavailable = Jméno není k dispozici
guest-no-name = Mews u tohoto hosta nemá žádné jméno.
guest-not-in-mews = Mews tohoto hosta nevrátil (profil mohl být odstraněn nebo sloučen).
guest-not-loaded = Hosta se nepodařilo načíst: { $reason }
guest-vip = VIP
guest-vip-hover = Důležitý host (VIP), podle zařazení v Mews
guest-very-vip = VIP+
guest-very-vip-hover = Velmi důležitý host (VIP+), podle zařazení v Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Rezervace { $number }

## Guests waiting at the desk
waiting-heading = Čeká: { $count ->
    [one] { $count } host
    [few] { $count } hosté
    [many] { $count } hosta
   *[other] { $count } hostů
}
waiting-show-room = Zobrazit pokoj
waiting-waited = Čeká { $waited }
waiting-for-since = { $length } (od { $time })
waiting-since = od { $time }
waiting-room-ready = { $room } je připraven ({ $state })
waiting-room-not-ready = { $room } není připraven: { $mark } { $state }
waiting-in-mews = Čeká na pokoj (nastaveno v Mews)
waiting-in-mews-hover = Mews vede tohoto hosta jako čekajícího na pokoj
waiting-at-desk = Čeká na pokoj
waiting-at-desk-hover = Zařazen do seznamu čekajících na této recepci
waiting-start = Host čeká
waiting-start-hover = Host je na recepci: uvést ho mezi čekajícími, dokud nebude jeho pokoj připraven
waiting-stop = Už nečeká
waiting-stop-hover = Vyřadit hosta ze seznamu čekajících

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } otevřené upozornění
    [few] { $count } otevřená upozornění
    [many] { $count } otevřeného upozornění
   *[other] { $count } otevřených upozornění
}
alert-count-more = { $count ->
    [one] { $count } otevřené upozornění; zobrazeni jsou čekající hosté a nejnovější
    [few] { $count } otevřená upozornění; zobrazeni jsou čekající hosté a nejnovější
    [many] { $count } otevřeného upozornění; zobrazeni jsou čekající hosté a nejnovější
   *[other] { $count } otevřených upozornění; zobrazeni jsou čekající hosté a nejnovější
}
alert-acknowledge = Potvrdit
alert-acknowledge-hover = Odstranit toto upozornění
alert-acknowledge-all = Potvrdit všechna ({ $count })
alert-acknowledge-all-hover = Odstranit z lišty všechna upozornění
alert-ready = { $room } je připraven ({ $state })
alert-out-of-order = { $room } je mimo provoz
alert-out-of-service = { $room } je mimo službu
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } čeká: { $alert }
alert-guest-of = Host rezervace { $number }
alert-fired = { $count }×
alert-now = nyní { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Host čeká na pokoj (rezervace { $number }): { $alert }
notify-body = V { $time }: upozornění Mews Monitor č. { $id }
notify-unavailable = Tento počítač nezobrazuje oznámení; upozornění se zobrazují jen v aplikaci

## Copying for support tickets, and the brief notice that says so
copy-id = Kopírovat ID
copy-ticket-line = Kopírovat řádek pro tiket
copy-reservation-number = Kopírovat číslo rezervace
copy-copied-id = ID zkopírováno
copy-copied-ticket-line = Řádek pro tiket zkopírován
copy-copied-reservation-number = Číslo rezervace zkopírováno
