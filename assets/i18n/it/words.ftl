# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Sporca
state-clean = Pulita
state-inspected = Controllata
state-out-of-service = Fuori servizio
state-out-of-order = Fuori uso
state-not-known = stato sconosciuto

## Reservation states
reservation-inquired = Richiesta info
reservation-requested = Da confermare
reservation-optional = In opzione
reservation-confirmed = Confermata
reservation-started = Check-in fatto
reservation-processed = Check-out fatto
reservation-canceled = Cancellata

## Device command states
command-pending = In attesa
command-received = Ricevuto
command-processing = In elaborazione
command-processed = Eseguito
command-cancelled = Annullato
command-error = Errore

## Kinds of event
kind-resource = Camera
kind-reservation = Prenotazione
kind-device-command = Comando dispositivo
kind-price-update = Aggiornamento tariffa
kind-unknown = Altro

## A room's day
day-vacant = Libera
day-arriving = Arrivo
day-departing = Partenza
day-turnover = Partenza e arrivo
day-stayover = Fermata

## An arrival's readiness
readiness-ready = Pronta
readiness-not-ready = Non pronta
readiness-no-room = Senza camera
readiness-arrived = Arrivato

## Lengths of time, short (the board's tiles): "ora", "45 s", "12 min", "3 h 5 min", "2 g"
length-now = ora
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } g
