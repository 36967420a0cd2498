# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problema: { $problem }
cli-resync = { $rooms ->
    [one] { $rooms } camera caricata
   *[other] { $rooms } camere caricate
}; { $changed ->
    [one] { $changed } modificata offline
   *[other] { $changed } modificate offline
}
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = fuso orario sconosciuto
cli-watch-needs-rest = i nomi delle camere richiedono l'indirizzo REST (--api-url o --env): i valori di --watch vengono presi come ID di camera
cli-route = proxy: { $proxy }; certificati verificati da { $trust }
cli-tokens-environment = vengono usati i token di { $client } e { $access }
cli-tokens-keyring = vengono usati i token salvati nel portachiavi di sistema (profilo { $profile })
cli-guests-unavailable = nomi degli ospiti non disponibili: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } arrivo
   *[other] { $count } arrivi
}
cli-rooms-count = { $count ->
    [one] { $count } camera
   *[other] { $count } camere
}
cli-exported-count = { $count ->
    [one] { $count } evento esportato
   *[other] { $count } eventi esportati
}
