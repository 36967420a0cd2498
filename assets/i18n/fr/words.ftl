# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Sale
state-clean = Propre
state-inspected = Inspectée
state-out-of-service = Hors service
state-out-of-order = Hors d'usage
state-not-known = état inconnu

## Reservation states
reservation-inquired = Renseignement
reservation-requested = Demandée
reservation-optional = En option
reservation-confirmed = Confirmée
reservation-started = Enregistrée
reservation-processed = Départ effectué
reservation-canceled = Annulée

## Device command states
command-pending = En attente
command-received = Reçue
command-processing = En cours
command-processed = Traitée
command-cancelled = Annulée
command-error = Erreur

## Kinds of event
kind-resource = Chambre
kind-reservation = Réservation
kind-device-command = Commande d'appareil
kind-price-update = Mise à jour tarif
kind-unknown = Autre

## A room's day
day-vacant = Libre
day-arriving = Arrivée
day-departing = Départ
day-turnover = Départ/arrivée
day-stayover = Recouche

## An arrival's readiness
readiness-ready = Prête
readiness-not-ready = Pas prête
readiness-no-room = Sans chambre
readiness-arrived = Arrivé

## Lengths of time, short (the board's tiles): "maintenant", "45 s", "12 min", "3 h 5 min", "2 j"
length-now = maintenant
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } j
