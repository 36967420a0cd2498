# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Sujo
state-clean = Limpo
state-inspected = Verificado
state-out-of-service = Fora de serviço
state-out-of-order = Fora de uso
state-not-known = estado desconhecido

## Reservation states
reservation-inquired = Consulta
reservation-requested = Solicitada
reservation-optional = Opcional
reservation-confirmed = Confirmada
reservation-started = Check-in feito
reservation-processed = Check-out feito
reservation-canceled = Cancelada

## Device command states
command-pending = Pendente
command-received = Recebido
command-processing = Em processamento
command-processed = Processado
command-cancelled = Cancelado
command-error = Erro

## Kinds of event
kind-resource = Quarto
kind-reservation = Reserva
kind-device-command = Comando de dispositivo
kind-price-update = Alteração de tarifa
kind-unknown = Outro

## A room's day
day-vacant = Livre
day-arriving = Chegada
day-departing = Saída
day-turnover = Saída e chegada
day-stayover = Ocupado

## An arrival's readiness
readiness-ready = Pronto
readiness-not-ready = Não pronto
readiness-no-room = Sem quarto
readiness-arrived = Chegou

## Lengths of time, short (the board's tiles): "agora", "45 s", "12 min", "3 h 5 min", "2 d"
length-now = agora
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } d
