# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = Problem: { $problem }
cli-resync = { $rooms ->
    [one] { $rooms } Zimmer geladen; { $changed } offline geändert
   *[other] { $rooms } Zimmer geladen; { $changed } offline geändert
}
cli-hotel = Hotel: { $name } ({ $zone })
cli-zone-unknown = Zeitzone unbekannt
cli-watch-needs-rest = Zimmernamen erfordern die REST-Adresse (--api-url oder --env): --watch-Werte werden als Zimmer-IDs verwendet
cli-route = Proxy: { $proxy }; Zertifikate geprüft durch { $trust }
cli-tokens-environment = die Tokens aus { $client } und { $access } werden verwendet
cli-tokens-keyring = die im Schlüsselbund des Systems gespeicherten Tokens werden verwendet (Profil { $profile })
cli-guests-unavailable = Gästenamen nicht verfügbar: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } Anreise
   *[other] { $count } Anreisen
}
cli-rooms-count = { $count ->
    [one] { $count } Zimmer
   *[other] { $count } Zimmer
}
cli-exported-count = { $count ->
    [one] { $count } Ereignis exportiert
   *[other] { $count } Ereignisse exportiert
}
