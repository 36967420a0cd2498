# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = probleem: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Fout: { $problem }
cli-say-where = geef aan waarmee verbinding moet worden gemaakt: --env demo, --env production of --ws-url URL
cli-say-which-mews = geef aan welke Mews moet worden geraadpleegd: --env demo, --env production of --api-url URL
cli-no-data-folder = deze computer heeft geen gegevensmap voor de geschiedenis
cli-no-history = er is nog geen geschiedenis in { $path }
cli-not-created = { $path } kon niet worden aangemaakt: { $detail }
cli-tokens-stopped = het opzoeken van de tokens is onverwacht gestopt ({ $detail })
cli-own-path-unknown = het eigen pad van dit programma is onbekend: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor is al geopend; het is naar de voorgrond gehaald.
instance-did-not-answer = Mews Monitor is al geopend, maar reageerde niet; zoek het venster, of sluit Mews Monitor en start het opnieuw.
cli-window-failed = het venster kon niet worden geopend ({ $detail }): Mews Monitor heeft een grafische bureaubladomgeving nodig
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
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (profiel { $profile })
tokens-removed = Tokens verwijderd uit de sleutelhanger van het systeem (profiel { $profile })
tokens-session-only = Alleen voor deze sessie haalt `mews-monitor tail` de tokens ook uit { $client } en { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = de { $name } kon niet van standaardinvoer worden gelezen
tokens-missing = er werden twee regels op standaardinvoer verwacht, eerst de ClientToken en dan de AccessToken; de { $name } ontbreekt
tokens-invalid = de { $name } is niet geldig
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: geen kamer heeft deze naam of ID; de waarde wordt als ID gevolgd
watch-several-rooms = { $count ->
    [one] --watch { $value }: { $count } kamer heeft deze naam; deze wordt gevolgd
   *[other] --watch { $value }: { $count } kamers hebben deze naam; ze worden allemaal gevolgd
}
