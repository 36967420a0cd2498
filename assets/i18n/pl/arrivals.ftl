# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.
# Polish plurals: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions).

## The Arrivals panel
arrivals-heading = Przyjazdy
arrivals-not-loaded = Dzisiejsze przyjazdy pojawią się tutaj po wczytaniu z Mews.
arrivals-today = Dziś w hotelu: { $date }
arrivals-none = Brak przyjazdów na dziś.
arrivals-search = Znajdź gościa lub rezerwację
arrivals-search-hint = nazwisko lub numer
arrivals-search-clear = Wyczyść
arrivals-search-clear-hover = Pokaż wszystkie przyjazdy
arrivals-found = { $found ->
    [0] Żaden przyjazd nie pasuje
    [one] Pasuje { $found } przyjazd z { $all }
    [few] Pasują { $found } przyjazdy z { $all }
    [many] Pasuje { $found } przyjazdów z { $all }
   *[other] Pasuje { $found } przyjazdu z { $all }
}
arrivals-arrival-at = Przyjazd: { $at }
arrivals-arrival-unknown = Godzina przyjazdu nieznana
arrivals-no-room = Nie przydzielono pokoju
arrivals-state-since = W tym stanie od { $at }
arrivals-changed-offline = (zmieniony offline)

## A guest
guest-name-loading = Wczytywanie nazwiska…
guest-name-unavailable = Nazwisko niedostępne
guest-no-name = Mews nie ma nazwiska tego gościa.
guest-not-in-mews = Mews nie zwrócił tego gościa (profil mógł zostać usunięty lub scalony).
guest-not-loaded = Nie udało się wczytać gościa: { $reason }
guest-vip = VIP
guest-vip-hover = Ważny gość (VIP) według klasyfikacji w Mews
guest-very-vip = VIP+
guest-very-vip-hover = Bardzo ważny gość (VIP+) według klasyfikacji w Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Rezerwacja { $number }

## Guests waiting at the desk
waiting-heading = Oczekujący: { $count ->
    [one] { $count } gość
    [few] { $count } goście
    [many] { $count } gości
   *[other] { $count } gościa
}
waiting-show-room = Pokaż pokój
waiting-waited = Czeka { $waited }
waiting-for-since = { $length } (od { $time })
waiting-since = od { $time }
waiting-room-ready = { $room } jest gotowy ({ $state })
waiting-room-not-ready = { $room } nie jest gotowy: { $mark } { $state }
waiting-in-mews = Czeka (ustawione w Mews)
waiting-in-mews-hover = Mews oznacza tego gościa jako czekającego na pokój
waiting-at-desk = Czeka
waiting-at-desk-hover = Dodany do listy oczekujących w tej recepcji
waiting-start = Gość czeka
waiting-start-hover = Gość jest w recepcji: pokazuj go wśród oczekujących, aż jego pokój będzie gotowy
waiting-stop = Już nie czeka
waiting-stop-hover = Usuń gościa z listy oczekujących

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } otwarty alert
    [few] { $count } otwarte alerty
    [many] { $count } otwartych alertów
   *[other] { $count } otwartego alertu
}
alert-count-more = { $count ->
    [one] { $count } otwarty alert; wyświetlane są alerty oczekujących gości i najnowsze
    [few] { $count } otwarte alerty; wyświetlane są alerty oczekujących gości i najnowsze
    [many] { $count } otwartych alertów; wyświetlane są alerty oczekujących gości i najnowsze
   *[other] { $count } otwartego alertu; wyświetlane są alerty oczekujących gości i najnowsze
}
alert-acknowledge = Potwierdź
alert-acknowledge-hover = Usuń ten alert
alert-acknowledge-all = Potwierdź wszystkie ({ $count })
alert-acknowledge-all-hover = Usuń wszystkie alerty z tego paska
alert-ready = { $room } jest gotowy ({ $state })
alert-out-of-order = { $room } jest teraz nieczynny
alert-out-of-service = { $room } jest teraz niedostępny
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } czeka: { $alert }
alert-guest-of = Gość z rezerwacji { $number }
alert-fired = { $count ->
    [one] { $count } raz
    [few] { $count } razy
    [many] { $count } razy
   *[other] { $count } raza
}
alert-now = teraz { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Gość czeka (rezerwacja { $number }): { $alert }
notify-body = O { $time }: alert Mews Monitor nr { $id }
notify-unavailable = Ten komputer nie wyświetla powiadomień na pulpicie; alerty pojawiają się tylko w aplikacji

## Copying for support tickets, and the brief notice that says so
copy-id = Kopiuj ID
copy-ticket-line = Kopiuj wiersz do zgłoszenia
copy-reservation-number = Kopiuj numer rezerwacji
copy-copied-id = Skopiowano ID
copy-copied-ticket-line = Skopiowano wiersz do zgłoszenia
copy-copied-reservation-number = Skopiowano numer rezerwacji
