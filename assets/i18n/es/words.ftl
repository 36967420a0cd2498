# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Sucia
state-clean = Limpia
state-inspected = Revisada
state-out-of-service = Fuera de servicio
state-out-of-order = Fuera de orden
state-not-known = estado desconocido

## Reservation states
reservation-inquired = Consulta
reservation-requested = Solicitada
reservation-optional = Opcional
reservation-confirmed = Confirmada
reservation-started = Check-in hecho
reservation-processed = Check-out hecho
reservation-canceled = Cancelada

## Device command states
command-pending = Pendiente
command-received = Recibido
command-processing = En proceso
command-processed = Procesado
command-cancelled = Cancelado
command-error = Error

## Kinds of event
kind-resource = Habitación
kind-reservation = Reserva
kind-device-command = Comando de dispositivo
kind-price-update = Cambio de tarifa
kind-unknown = Otro

## A room's day
day-vacant = Libre
day-arriving = Llegada
day-departing = Salida
day-turnover = Salida y llegada
day-stayover = Ocupada

## An arrival's readiness
readiness-ready = Lista
readiness-not-ready = No lista
readiness-no-room = Sin habitación
readiness-arrived = Ha llegado

## Lengths of time, short (the board's tiles): "ahora", "45 s", "12 min", "3 h 5 min", "2 d"
length-now = ahora
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } d
