# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problem: { $problem }
cli-resync = { $rooms ->
    [one] wczytano { $rooms } pokój; zmienionych offline: { $changed }
    [few] wczytano { $rooms } pokoje; zmienionych offline: { $changed }
    [many] wczytano { $rooms } pokoi; zmienionych offline: { $changed }
   *[other] wczytano { $rooms } pokoju; zmienionych offline: { $changed }
}
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = strefa czasowa nieznana
cli-watch-needs-rest = nazwy pokoi wymagają adresu REST (--api-url lub --env): wartości --watch są traktowane jako ID pokoi
cli-route = proxy: { $proxy }; certyfikaty sprawdza { $trust }
cli-tokens-environment = używane są tokeny z { $client } i { $access }
cli-tokens-keyring = używane są tokeny zapisane w systemowym pęku kluczy (profil { $profile })
cli-guests-unavailable = nazwiska gości niedostępne: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } przyjazd
    [few] { $count } przyjazdy
    [many] { $count } przyjazdów
   *[other] { $count } przyjazdu
}
cli-rooms-count = { $count ->
    [one] { $count } pokój
    [few] { $count } pokoje
    [many] { $count } pokoi
   *[other] { $count } pokoju
}
cli-exported-count = { $count ->
    [one] wyeksportowano { $count } zdarzenie
    [few] wyeksportowano { $count } zdarzenia
    [many] wyeksportowano { $count } zdarzeń
   *[other] wyeksportowano { $count } zdarzenia
}
