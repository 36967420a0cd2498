# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %m month, %Y year). German: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a, %d.%m.%Y
format-day-time = %d.%m. %H:%M:%S
format-weekday-time = %a, %d.%m. %H:%M:%S

## Tabs
tab-board = Housekeeping-Übersicht
tab-rooms = Zimmer
tab-reservations = Reservierungen
tab-commands = Gerätebefehle
tab-prices = Preisänderungen
tab-log = Ereignisprotokoll
arrivals-toggle = Anreisen
arrivals-toggle-hover = Heutige Anreisen neben der Übersicht anzeigen

## The settings menu
settings-menu = Einstellungen
settings-ready-rule = Ein Zimmer ist bezugsfertig bei Status:
settings-ready-inspected = Inspiziert
settings-ready-clean = Sauber oder Inspiziert (dieses Hotel inspiziert nicht)
settings-look = Darstellung:
settings-look-system = Wie am Computer eingestellt
settings-look-light = Hell
settings-look-dark = Dunkel
settings-keep-history = Verlauf aufbewahren für
settings-keep-history-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
settings-keep-history-hover = Wirkt ab dem nächsten Start
settings-zoom = Zoom { $percent } % (ändern mit Ctrl + und Ctrl −)
settings-connection = Verbindung…
settings-language = Sprache:
settings-language-system = Wie am Computer eingestellt ({ $language })
set-by-organisation = Von Ihrer Organisation festgelegt
set-by-organisation-hover = Die IT Ihrer Organisation legt dies für die Computer des Hotels fest (eine Richtlinie), daher kann es hier nicht geändert werden.

## The status bar
status-not-connected = Nicht verbunden
status-connected-since = Verbunden seit { $time }
status-reconnecting = { $reason }. Neuer Versuch in { $seconds } s.
status-rejected = Mews hat die Tokens abgelehnt. Geben Sie neue Tokens von Ihrem Mews-Administrator ein.
status-try-now = Jetzt versuchen
status-enter-tokens = Tokens eingeben
status-hotel-unknown = Hotel noch unbekannt
status-hotel-time = { $hotel } · { $time }
status-times-in = Zeiten werden in { $zone } angezeigt
status-loading-history = Verlauf wird geladen…
status-loading-history-hover = Frühere Ereignisse werden aus dem Verlauf dieses Computers gelesen
status-events = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}
status-last-event = letztes vor { $ago }
status-no-event = noch kein Ereignis
status-last-event-hover = Letztes Ereignis empfangen: { $at }
status-arrivals = Anreisen bereit: { $ready } von { $waiting }
status-arrivals-arrived = {" · "}{ $arrived } angereist
status-arrivals-hover = Heutige Anreisen mit bezugsfertigem Zimmer, von allen noch nicht eingecheckten
status-problems = { $count ->
    [0] Keine Probleme
    [one] { $count } Problem
   *[other] { $count } Probleme
}
status-problems-hover = Probleme und Diagnose anzeigen
status-history-paused = ⏸ Verlauf pausiert: { $waiting } wartend
status-history-paused-missing = ⏸ Verlauf pausiert: { $waiting } wartend, { $missing } fehlend
status-history-paused-hover = Der Verlauf kann auf diesem Computer gerade nicht gespeichert werden (siehe Probleme). Ereignisse werden weiter angezeigt, und der Verlauf setzt von selbst wieder ein.

## The connection screen
connect-tagline = Zimmerstatus, Reservierungen, Gerätebefehle und Preisänderungen live.
connect-icon = Mews Monitor-Symbol
connect-heading = Mit Mews verbinden
connect-where = Ziel
place-built-in-demo = Integriertes Demohotel (kein Mews-Konto nötig)
place-mews-demo = Mews-Demo
place-production = Mews-Produktion
place-custom = Eigene Adressen
connect-ws-address = WebSocket-Adresse
connect-rest-address = REST-Adresse
connect-ws-address-shown = WebSocket-Adresse: { $address }
connect-rest-address-shown = REST-Adresse: { $address }
connect-demo-note = Das Demohotel läuft in dieser App und nutzt eigene Demo-Tokens.
connect-client = Client: { $client } (wird bei jeder Anfrage an Mews gesendet)
connect-testing = Mews wird nach dem Namen des Hotels gefragt…
connect-test-works = Verbindung funktioniert: { $hotel }
connect-test-failed = Verbindungstest fehlgeschlagen: { $problem }
connect-test-demo = das integrierte Demohotel
connect-test-no-rest = es gibt keine REST-Adresse zum Testen
connect-button = Verbinden
connect-test-button = Verbindung testen
connect-back = Zurück zum Monitor
connect-tokens = Tokens
connect-tokens-note = Von Ihrem Mews-Administrator. Sie werden im Schlüsselbund des Systems gespeichert, nie in einer Datei.
connect-token-hint = hier einfügen
connect-token-wrong = Dieses { $name } kann nicht stimmen: { $problem }.
connect-looking-for-tokens = Gespeicherte Tokens werden im Schlüsselbund des Systems gesucht…
connect-forget = Tokens löschen
connect-use-saved = Lassen Sie die Felder leer, um die gespeicherten Tokens zu verwenden.
connect-remember = Auf diesem Computer speichern
connect-remember-impossible = Nicht möglich: kein Schlüsselbund im System. Die Tokens bleiben nur für diese Sitzung im Speicher.
connect-keyring-retry = Schlüsselbund erneut versuchen
connect-not-saved = Die Tokens wurden nicht gespeichert: { $problem } Sie werden nur für diese Sitzung verwendet.

## The proxy, in the connection screen
proxy-heading = Erweitert: Proxy
proxy-note = Nur, wenn Ihre IT Ihnen einen Proxy für diese App gegeben hat. Leer: Es gelten die Proxy-Einstellungen dieses Computers.
proxy-address = Proxy-Adresse
proxy-user = Proxy-Benutzer
proxy-user-hint = optional
proxy-password = Proxy-Passwort
proxy-password-hint = hier eingeben
proxy-looking = Proxy-Passwort wird im Schlüsselbund des Systems gesucht…
proxy-password-saved = Für diesen Proxy-Benutzer ist ein Passwort gespeichert. Geben Sie ein neues ein, um es zu ersetzen.
proxy-not-saved = Das Proxy-Passwort wurde nicht gespeichert: { $problem } Es wird nur für diese Sitzung verwendet.
