# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = Brudny
state-clean = Czysty
state-inspected = Sprawdzony
state-out-of-service = Niedostępny
state-out-of-order = Nieczynny
state-not-known = stan nieznany

## Reservation states
reservation-inquired = Zapytanie
reservation-requested = Zgłoszona
reservation-optional = Wstępna
reservation-confirmed = Potwierdzona
reservation-started = Zameldowana
reservation-processed = Wymeldowana
reservation-canceled = Anulowana

## Device command states
command-pending = Oczekuje
command-received = Odebrane
command-processing = Przetwarzanie
command-processed = Przetworzone
command-cancelled = Anulowane
command-error = Błąd

## Kinds of event
kind-resource = Pokój
kind-reservation = Rezerwacja
kind-device-command = Polecenie urządzenia
kind-price-update = Zmiana ceny
kind-unknown = Inne

## A room's day
day-vacant = Wolny
day-arriving = Przyjazd
day-departing = Wyjazd
day-turnover = Wyjazd i przyjazd
day-stayover = Pobytowy

## An arrival's readiness
readiness-ready = Gotowy
readiness-not-ready = Niegotowy
readiness-no-room = Brak pokoju
readiness-arrived = Gość przybył

## Lengths of time, short (the board's tiles): "teraz", "45 s", "12 min", "3 h 5 min", "2 d"
length-now = teraz
length-under-a-minute = <1 min
length-seconds = { $seconds } s
length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
length-days = { $days } d
