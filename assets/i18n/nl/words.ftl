# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Vuil
state-clean = Schoon
state-inspected = Gecontroleerd
state-out-of-service = Buiten dienst
state-out-of-order = Buiten gebruik
state-not-known = status onbekend

## Reservation states
reservation-inquired = Navraag
reservation-requested = Aangevraagd
reservation-optional = Optie
reservation-confirmed = Bevestigd
reservation-started = Ingecheckt
reservation-processed = Uitgecheckt
reservation-canceled = Geannuleerd

## Device command states
command-pending = In afwachting
command-received = Ontvangen
command-processing = Bezig
command-processed = Verwerkt
command-cancelled = Geannuleerd
command-error = Fout

## Kinds of event
kind-resource = Kamer
kind-reservation = Reservering
kind-device-command = Apparaatopdracht
kind-price-update = Prijswijziging
kind-unknown = Overig

## A room's day
day-vacant = Vrij
day-arriving = Aankomst
day-departing = Vertrek
day-turnover = Vertrek/aankomst
day-stayover = Blijver

## An arrival's readiness
readiness-ready = Klaar
readiness-not-ready = Niet klaar
readiness-no-room = Geen kamer
readiness-arrived = Aangekomen

## Lengths of time, short (the board's tiles): "nu", "45 s", "12 min", "3 u 5 min", "2 d"
length-now = nu
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } u
length-hours-minutes = { $hours } u { $minutes } min
length-days = { $days } d
