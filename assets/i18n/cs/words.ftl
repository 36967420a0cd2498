# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Špinavý
state-clean = Čistý
state-inspected = Zkontrolovaný
state-out-of-service = Mimo provoz
state-out-of-order = V opravě
state-not-known = stav neznámý

## Reservation states
reservation-inquired = Poptávka
reservation-requested = Vyžádáno
reservation-optional = Opce
reservation-confirmed = Potvrzeno
reservation-started = Ubytováno
reservation-processed = Odhlášeno
reservation-canceled = Zrušeno

## Device command states
command-pending = Čeká
command-received = Přijato
command-processing = Zpracovává se
command-processed = Zpracováno
command-cancelled = Zrušeno
command-error = Chyba

## Kinds of event
kind-resource = Pokoj
kind-reservation = Rezervace
kind-device-command = Příkaz zařízení
kind-price-update = Změna ceny
kind-unknown = Jiné

## A room's day
day-vacant = Volný
day-arriving = Příjezd
day-departing = Odjezd
day-turnover = Odjezd a příjezd
day-stayover = Pobytový

## An arrival's readiness
readiness-ready = Připraveno
readiness-not-ready = Nepřipraveno
readiness-no-room = Bez pokoje
readiness-arrived = Host dorazil

## Lengths of time, short (the board's tiles): "teď", "45 s", "12 min", "3 h 5 min", "2 d"
length-now = teď
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } d
