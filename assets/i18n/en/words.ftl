# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Dirty
state-clean = Clean
state-inspected = Inspected
state-out-of-service = Out of service
state-out-of-order = Out of order
state-not-known = state not known

## Reservation states
reservation-inquired = Inquired
reservation-requested = Requested
reservation-optional = Optional
reservation-confirmed = Confirmed
reservation-started = Checked in
reservation-processed = Checked out
reservation-canceled = Canceled

## Device command states
command-pending = Pending
command-received = Received
command-processing = Processing
command-processed = Processed
command-cancelled = Cancelled
command-error = Error

## Kinds of event
kind-resource = Room
kind-reservation = Reservation
kind-device-command = Device command
kind-price-update = Price update
kind-unknown = Other

## A room's day
day-vacant = Vacant
day-arriving = Arriving
day-departing = Departing
day-turnover = Turnover
day-stayover = Stayover

## An arrival's readiness
readiness-ready = Ready
readiness-not-ready = Not ready
readiness-no-room = No room
readiness-arrived = Arrived

## Lengths of time, short (the board's tiles): "now", "45 s", "12 min", "3 h 5 min", "2 d"
length-now = now
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } d
