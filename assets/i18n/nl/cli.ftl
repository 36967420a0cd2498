# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = probleem: { $problem }
cli-resync = { $rooms ->
    [one] { $rooms } kamer geladen; { $changed } offline gewijzigd
   *[other] { $rooms } kamers geladen; { $changed } offline gewijzigd
}
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = tijdzone onbekend
cli-watch-needs-rest = kamernamen vereisen het REST-adres (--api-url of --env): waarden van --watch worden als kamer-ID's gebruikt
cli-route = proxy: { $proxy }; certificaten gecontroleerd door { $trust }
cli-tokens-environment = de tokens uit { $client } en { $access } worden gebruikt
cli-tokens-keyring = de tokens uit de sleutelhanger van het systeem worden gebruikt (profiel { $profile })
cli-guests-unavailable = gastnamen niet beschikbaar: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } aankomst
   *[other] { $count } aankomsten
}
cli-rooms-count = { $count ->
    [one] { $count } kamer
   *[other] { $count } kamers
}
cli-exported-count = { $count ->
    [one] { $count } gebeurtenis geëxporteerd
   *[other] { $count } gebeurtenissen geëxporteerd
}
