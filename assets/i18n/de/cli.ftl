# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = Problem: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Fehler: { $problem }
cli-say-where = geben Sie an, wohin verbunden werden soll: --env demo, --env production oder --ws-url URL
cli-say-which-mews = geben Sie an, welches Mews abgefragt werden soll: --env demo, --env production oder --api-url URL
cli-no-data-folder = dieser Computer hat keinen Datenordner für den Verlauf
cli-no-history = unter { $path } gibt es noch keinen Verlauf
cli-not-created = { $path } konnte nicht angelegt werden: { $detail }
cli-tokens-stopped = die Suche nach den Tokens wurde unerwartet abgebrochen ({ $detail })
cli-own-path-unknown = der eigene Pfad dieses Programms ist nicht bekannt: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor ist bereits geöffnet und wurde in den Vordergrund geholt.
instance-did-not-answer = Mews Monitor ist bereits geöffnet, hat aber nicht reagiert; suchen Sie sein Fenster, oder schließen Sie es und starten Sie es erneut.
cli-window-failed = das Fenster konnte nicht geöffnet werden ({ $detail }): Mews Monitor benötigt eine grafische Desktop-Umgebung
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
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (Profil { $profile })
tokens-removed = Tokens aus dem Schlüsselbund des Systems entfernt (Profil { $profile })
tokens-session-only = Nur für diese Sitzung übernimmt `mews-monitor tail` die Tokens auch aus { $client } und { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = das { $name } konnte nicht aus der Standardeingabe gelesen werden
tokens-missing = auf der Standardeingabe wurden zwei Zeilen erwartet, zuerst das ClientToken, dann das AccessToken; das { $name } fehlt
tokens-invalid = das { $name } ist nicht gültig
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: kein Zimmer hat diesen Namen oder diese ID; der Wert wird als ID beobachtet
watch-several-rooms = { $count ->
    [one] --watch { $value }: { $count } Zimmer hat diesen Namen; es wird beobachtet
   *[other] --watch { $value }: { $count } Zimmer haben diesen Namen; alle werden beobachtet
}
