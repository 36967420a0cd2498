# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problém: { $problem }
cli-resync = { $rooms ->
    [one] načten { $rooms } pokoj; změněno během výpadku spojení: { $changed }
    [few] načteny { $rooms } pokoje; změněno během výpadku spojení: { $changed }
    [many] načteno { $rooms } pokoje; změněno během výpadku spojení: { $changed }
   *[other] načteno { $rooms } pokojů; změněno během výpadku spojení: { $changed }
}
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = časové pásmo neznámé
cli-watch-needs-rest = názvy pokojů vyžadují adresu REST (--api-url nebo --env): hodnoty --watch se berou jako ID pokojů
cli-route = proxy: { $proxy }; certifikáty ověřuje { $trust }
cli-tokens-environment = používají se tokeny z { $client } a { $access }
cli-tokens-keyring = používají se tokeny uložené v systémové klíčence (profil { $profile })
cli-guests-unavailable = jména hostů nejsou k dispozici: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } příjezd
    [few] { $count } příjezdy
    [many] { $count } příjezdu
   *[other] { $count } příjezdů
}
cli-rooms-count = { $count ->
    [one] { $count } pokoj
    [few] { $count } pokoje
    [many] { $count } pokoje
   *[other] { $count } pokojů
}
cli-exported-count = { $count ->
    [one] { $count } událost exportována
    [few] { $count } události exportovány
    [many] { $count } události exportováno
   *[other] { $count } událostí exportováno
}
