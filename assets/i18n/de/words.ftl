# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Schmutzig
state-clean = Sauber
state-inspected = Inspiziert
state-out-of-service = Außer Betrieb
state-out-of-order = Außer Ordnung
state-not-known = Status unbekannt

## Reservation states
reservation-inquired = Anfrage
reservation-requested = Angefordert
reservation-optional = Option
reservation-confirmed = Bestätigt
reservation-started = Eingecheckt
reservation-processed = Ausgecheckt
reservation-canceled = Storniert

## Device command states
command-pending = Ausstehend
command-received = Empfangen
command-processing = In Bearbeitung
command-processed = Ausgeführt
command-cancelled = Abgebrochen
command-error = Fehler

## Kinds of event
kind-resource = Zimmer
kind-reservation = Reservierung
kind-device-command = Gerätebefehl
kind-price-update = Preisänderung
kind-unknown = Sonstiges

## A room's day
day-vacant = Frei
day-arriving = Anreise
day-departing = Abreise
day-turnover = Gästewechsel
day-stayover = Bleibegast

## An arrival's readiness
readiness-ready = Bereit
readiness-not-ready = Nicht bereit
readiness-no-room = Kein Zimmer
readiness-arrived = Angereist

## Lengths of time, short (the board's tiles): "jetzt", "45 s", "12 Min.", "3 Std. 5 Min.", "2 Tg."
length-now = jetzt
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } T.
