# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %b month, %Y year). Dutch: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d %b %Y
format-day-time = %d %b %H:%M:%S
format-weekday-time = %a %d %b %H:%M:%S

## Tabs
tab-board = Housekeepingoverzicht
tab-rooms = Kamers
tab-reservations = Reserveringen
tab-commands = Apparaatopdrachten
tab-prices = Prijswijzigingen
tab-log = Logboek
arrivals-toggle = Aankomsten
arrivals-toggle-hover = Aankomsten van vandaag naast het overzicht tonen

## The settings menu
settings-menu = Instellingen
settings-ready-rule = Een kamer is klaar voor check-in als deze is:
settings-ready-inspected = Gecontroleerd
settings-ready-clean = Schoon of gecontroleerd (dit hotel controleert niet)
settings-look = Weergave:
settings-look-system = Zoals ingesteld op de computer
settings-look-light = Licht
settings-look-dark = Donker
settings-keep-history = Geschiedenis bewaren voor
settings-keep-history-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
settings-keep-history-hover = Gaat in bij de volgende start
settings-zoom = Zoom { $percent } % (wijzigen met Ctrl + en Ctrl −)
settings-connection = Verbinding…
settings-language = Taal:
settings-language-system = Zoals ingesteld op de computer ({ $language })
set-by-organisation = Ingesteld door uw organisatie
set-by-organisation-hover = De IT-afdeling van uw organisatie stelt dit in voor de computers van het hotel (een beleid), dus het kan hier niet worden gewijzigd.

## The status bar
status-not-connected = Niet verbonden
status-connected-since = Verbonden sinds { $time }
status-reconnecting = { $reason }. Opnieuw verbinden over { $seconds } s.
status-rejected = Mews heeft de tokens geweigerd. Voer nieuwe tokens in van uw Mews-beheerder.
status-try-now = Nu proberen
status-enter-tokens = Tokens invoeren
status-hotel-unknown = Hotel nog onbekend
status-hotel-time = { $hotel } · { $time }
status-times-in = Tijden worden getoond in { $zone }
status-loading-history = Geschiedenis laden…
status-loading-history-hover = Eerdere gebeurtenissen worden uit de geschiedenis van deze computer gelezen
status-events = { $count ->
    [one] { $count } gebeurtenis
   *[other] { $count } gebeurtenissen
}
status-last-event = laatste { $ago } geleden
status-no-event = nog geen gebeurtenis
status-last-event-hover = Laatste gebeurtenis ontvangen: { $at }
status-arrivals = Aankomsten klaar: { $ready } van { $waiting }
status-arrivals-arrived = {" · "}{ $arrived } aangekomen
status-arrivals-hover = Aankomsten van vandaag waarvan de kamer klaar is, van alle nog niet ingecheckte
status-problems = { $count ->
    [0] Geen problemen
    [one] { $count } probleem
   *[other] { $count } problemen
}
status-problems-hover = Problemen en diagnose tonen
status-history-paused = ⏸ Geschiedenis gepauzeerd: { $waiting } wachtend
status-history-paused-missing = ⏸ Geschiedenis gepauzeerd: { $waiting } wachtend, { $missing } ontbrekend
status-history-paused-hover = De geschiedenis kan nu niet op deze computer worden opgeslagen (zie Problemen). Gebeurtenissen blijven hier zichtbaar en de geschiedenis gaat vanzelf verder.

## The connection screen
connect-tagline = Live kamerstatus, reserveringen, apparaatopdrachten en prijswijzigingen.
connect-icon = Pictogram van Mews Monitor
connect-heading = Verbinden met Mews
connect-where = Omgeving
place-built-in-demo = Ingebouwd demohotel (geen Mews-account nodig)
place-mews-demo = Mews-demo
place-production = Mews-productie
place-custom = Eigen adressen
connect-ws-address = WebSocket-adres
connect-rest-address = REST-adres
connect-ws-address-shown = WebSocket-adres: { $address }
connect-rest-address-shown = REST-adres: { $address }
connect-demo-note = Het demohotel draait in deze app en gebruikt eigen demotokens.
connect-client = Client: { $client } (meegestuurd met elk verzoek aan Mews)
connect-testing = Mews wordt om de naam van het hotel gevraagd…
connect-test-works = Verbinding werkt: { $hotel }
connect-test-failed = Verbindingstest mislukt: { $problem }
connect-test-demo = het ingebouwde demohotel
connect-test-no-rest = er is geen REST-adres om te testen
connect-button = Verbinden
connect-test-button = Verbinding testen
connect-back = Terug naar de monitor
connect-tokens = Tokens
connect-tokens-note = Van uw Mews-beheerder. Ze worden bewaard in de sleutelhanger van het systeem, nooit in een bestand.
connect-token-hint = hier plakken
connect-token-wrong = Deze { $name } kan niet kloppen: { $problem }.
connect-looking-for-tokens = Opgeslagen tokens zoeken in de sleutelhanger van het systeem…
connect-forget = Tokens vergeten
connect-use-saved = Laat de velden leeg om de opgeslagen tokens te gebruiken.
connect-remember = Onthouden op deze computer
connect-remember-impossible = Niet mogelijk: geen sleutelhanger in het systeem. De tokens blijven alleen voor deze sessie in het geheugen.
connect-keyring-retry = Sleutelhanger opnieuw proberen
connect-not-saved = De tokens zijn niet opgeslagen: { $problem } Ze worden alleen voor deze sessie gebruikt.

## The proxy, in the connection screen
proxy-heading = Geavanceerd: proxy
proxy-note = Alleen als uw IT-afdeling u een proxy voor deze app heeft gegeven. Leeg: de proxyinstellingen van deze computer worden gebruikt.
proxy-address = Proxyadres
proxy-user = Proxygebruiker
proxy-user-hint = optioneel
proxy-password = Proxywachtwoord
proxy-password-hint = hier typen
proxy-looking = Proxywachtwoord zoeken in de sleutelhanger van het systeem…
proxy-password-saved = Voor deze proxygebruiker is een wachtwoord opgeslagen. Typ een nieuw wachtwoord om het te vervangen.
proxy-not-saved = Het proxywachtwoord is niet opgeslagen: { $problem } Het wordt alleen voor deze sessie gebruikt.
