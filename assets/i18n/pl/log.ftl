# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Eksportuj…
log-export-hover = Zapisz wyświetlane zdarzenia jako CSV lub JSON Lines
log-shown = { $count ->
    [one] Wyświetlono { $count } zdarzenie
    [few] Wyświetlono { $count } zdarzenia
    [many] Wyświetlono { $count } zdarzeń
   *[other] Wyświetlono { $count } zdarzenia
}
log-shown-of = { $count ->
    [one] Wyświetlono { $count } zdarzenie z { $total }
    [few] Wyświetlono { $count } zdarzenia z { $total }
    [many] Wyświetlono { $count } zdarzeń z { $total }
   *[other] Wyświetlono { $count } zdarzenia z { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } starsze zdarzenie nie jest już tu przechowywane (nadal jest w historii)
    [few] {" · "}{ $count } starsze zdarzenia nie są już tu przechowywane (nadal są w historii)
    [many] {" · "}{ $count } starszych zdarzeń nie jest już tu przechowywanych (nadal są w historii)
   *[other] {" · "}{ $count } starszego zdarzenia nie przechowuje się już tutaj (nadal jest w historii)
}
log-resync = Ponowna synchronizacja o { $time }: { $resync }
log-resync-hover = Po każdym połączeniu pokoje są ponownie wczytywane z Mews; pokoje, których stan zmienił się w międzyczasie, są oznaczane na panelu i w tabeli pokoi.
log-column-seq = Nr
log-column-received = Odebrano
log-column-type = Typ
log-column-state = Stan
log-column-names = Nazwy
log-column-id = ID
log-name-resource = zasób
log-name-floor = piętro
log-name-reservation = rezerwacja
log-name-device = urządzenie
log-all-types = Wszystkie typy
log-filter-type = Typ
log-all-states = Wszystkie stany
log-filter-state = Stan
log-search = Szukaj zdarzeń
log-search-hint = ID, pokój, rezerwacja…
log-show-all = Pokaż wszystkie zdarzenia
log-follow = Śledź najnowsze
log-follow-hover = Najnowsze zdarzenie pozostaje widoczne. Zaznaczenie wiersza lub przewinięcie w górę wstrzymuje śledzenie.
log-event = Zdarzenie { $seq }
log-close = Zamknij
log-received = Odebrano { $at }
log-as-sent = Tak, jak wysłał to Mews (łącznie z polami, których monitor nie używa):

## The problems and diagnostics window
problems-title = Problemy i diagnostyka
problems-diagnostics = Diagnostyka
problems-requests = Żądania do Mews: { $used } z { $limit } dozwolonych w ostatnich 30 s · łącznie { $total } · ograniczone: { $throttled }
problems-requests-none = Żądania do Mews: jeszcze brak
problems-proxy = Proxy: { $proxy }
problems-trust = Certyfikaty sprawdza { $trust }
problems-notifications = Alerty pojawiają się też jako powiadomienia na pulpicie.
problems-last-resync = Ostatnia ponowna synchronizacja o { $time }: { $resync }
problems-last-guests = Goście o { $time }: { $guests }
problems-log = Dziennik zdarzeń: przechowywane { $kept } z maksymalnie { $capacity }; starszych odrzuconych: { $dropped }
problems-heading = Problemy ({ $count })
problems-none = Nie wystąpiły żadne problemy.

## The export window
export-title = Eksport dziennika zdarzeń
export-what = { $count ->
    [one] Eksportuje { $count } zdarzenie wyświetlone w dzienniku, z bieżącymi filtrami.
    [few] Eksportuje { $count } zdarzenia wyświetlone w dzienniku, z bieżącymi filtrami.
    [many] Eksportuje { $count } zdarzeń wyświetlonych w dzienniku, z bieżącymi filtrami.
   *[other] Eksportuje { $count } zdarzenia wyświetlone w dzienniku, z bieżącymi filtrami.
}
export-csv = CSV (arkusze kalkulacyjne)
export-jsonl = JSON Lines (skrypty)
export-file = Plik
export-save = Zapisz
export-no-file = Proszę podać nazwę pliku do zapisu.
export-not-written = Nie udało się zapisać { $path }: { $problem }
export-written = { $count ->
    [one] Zapisano { $count } zdarzenie w { $path }
    [few] Zapisano { $count } zdarzenia w { $path }
    [many] Zapisano { $count } zdarzeń w { $path }
   *[other] Zapisano { $count } zdarzenia w { $path }
}
