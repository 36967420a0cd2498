# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %m month, %Y year). Polish: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d.%m.%Y
format-day-time = %d.%m %H:%M:%S
format-weekday-time = %a %d.%m %H:%M:%S

## Tabs
tab-board = Panel sprzątania
tab-rooms = Pokoje
tab-reservations = Rezerwacje
tab-commands = Polecenia urządzeń
tab-prices = Zmiany cen
tab-log = Dziennik zdarzeń
arrivals-toggle = Przyjazdy
arrivals-toggle-hover = Pokaż dzisiejsze przyjazdy obok panelu

## The settings menu
settings-menu = Ustawienia
settings-ready-rule = Pokój jest gotowy do zameldowania, gdy jest:
settings-ready-inspected = Sprawdzony
settings-ready-clean = Czysty lub sprawdzony (ten hotel nie sprawdza pokoi)
settings-look = Wygląd:
settings-look-system = Jak ustawiono w komputerze
settings-look-light = Jasny
settings-look-dark = Ciemny
settings-keep-history = Przechowuj historię przez
settings-keep-history-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
settings-keep-history-hover = Zadziała przy następnym uruchomieniu
settings-zoom = Powiększenie { $percent } % (zmiana: Ctrl + i Ctrl −)
settings-connection = Połączenie…
settings-language = Język:
settings-language-system = Jak ustawiono w komputerze ({ $language })
set-by-organisation = Ustawione przez organizację
set-by-organisation-hover = Dział IT organizacji ustawia to dla komputerów hotelu (zasada), więc nie można tego tutaj zmienić.

## The status bar
status-not-connected = Brak połączenia
status-connected-since = Połączono od { $time }
status-reconnecting = { $reason }. Ponowne połączenie za { $seconds } s.
status-rejected = Mews odrzucił tokeny. Wprowadź nowe tokeny od administratora Mews.
status-try-now = Spróbuj teraz
status-enter-tokens = Wprowadź tokeny
status-hotel-unknown = Hotel jeszcze nieznany
status-hotel-time = { $hotel } · { $time }
status-times-in = Godziny podane w strefie { $zone }
status-loading-history = Wczytywanie historii…
status-loading-history-hover = Wcześniejsze zdarzenia są wczytywane z historii tego komputera
status-events = { $count ->
    [one] { $count } zdarzenie
    [few] { $count } zdarzenia
    [many] { $count } zdarzeń
   *[other] { $count } zdarzenia
}
status-last-event = ostatnie { $ago } temu
status-no-event = jeszcze brak zdarzeń
status-last-event-hover = Ostatnie zdarzenie odebrano { $at }
status-arrivals = Gotowe przyjazdy: { $ready } z { $waiting }
status-arrivals-arrived = {" · "}przyjechało: { $arrived }
status-arrivals-hover = Dzisiejsze przyjazdy z gotowym pokojem, spośród jeszcze niezameldowanych
status-problems = { $count ->
    [0] Brak problemów
    [one] { $count } problem
    [few] { $count } problemy
    [many] { $count } problemów
   *[other] { $count } problemu
}
status-problems-hover = Pokaż problemy i diagnostykę
status-history-paused = ⏸ Historia wstrzymana: oczekuje { $waiting }
status-history-paused-missing = ⏸ Historia wstrzymana: oczekuje { $waiting }, brakuje { $missing }
status-history-paused-hover = Historii nie można teraz zapisać na tym komputerze (zob. Problemy). Zdarzenia są nadal tu wyświetlane, a historia wznowi się sama.

## The connection screen
connect-tagline = Stany pokoi, rezerwacje, polecenia urządzeń i zmiany cen na żywo.
connect-icon = Ikona Mews Monitor
connect-heading = Połącz z Mews
connect-where = Cel
place-built-in-demo = Wbudowany hotel demo (konto Mews niepotrzebne)
place-mews-demo = Demo Mews
place-production = Produkcja Mews
place-custom = Własne adresy
connect-ws-address = Adres WebSocket
connect-rest-address = Adres REST
connect-ws-address-shown = Adres WebSocket: { $address }
connect-rest-address-shown = Adres REST: { $address }
connect-demo-note = Hotel demo działa wewnątrz tej aplikacji i używa własnych tokenów demo.
connect-client = Klient: { $client } (wysyłany z każdym żądaniem do Mews)
connect-testing = Pobieranie nazwy hotelu z Mews…
connect-test-works = Połączenie działa: { $hotel }
connect-test-failed = Test połączenia nieudany: { $problem }
connect-test-demo = wbudowany hotel demo
connect-test-no-rest = brak adresu REST do przetestowania
connect-button = Połącz
connect-test-button = Testuj połączenie
connect-back = Powrót do monitora
connect-tokens = Tokeny
connect-tokens-note = Od administratora Mews. Są przechowywane w systemowym pęku kluczy, nigdy w pliku.
connect-token-hint = wklej tutaj
connect-token-wrong = Ten { $name } nie może być poprawny: { $problem }.
connect-looking-for-tokens = Szukanie zapisanych tokenów w systemowym pęku kluczy…
connect-forget = Zapomnij tokeny
connect-use-saved = Pozostaw pola puste, aby użyć zapisanych tokenów.
connect-remember = Zapamiętaj na tym komputerze
connect-remember-impossible = Niemożliwe: brak systemowego pęku kluczy. Tokeny pozostaną w pamięci tylko na tę sesję.
connect-keyring-retry = Ponów próbę z pękiem kluczy
connect-not-saved = Tokeny nie zostały zapisane: { $problem } Są używane tylko w tej sesji.

## The proxy, in the connection screen
proxy-heading = Zaawansowane: proxy
proxy-note = Tylko jeśli dział IT podał proxy dla tej aplikacji. Puste: używane są ustawienia proxy tego komputera.
proxy-address = Adres proxy
proxy-user = Użytkownik proxy
proxy-user-hint = opcjonalnie
proxy-password = Hasło proxy
proxy-password-hint = wpisz tutaj
proxy-looking = Szukanie hasła proxy w systemowym pęku kluczy…
proxy-password-saved = Dla tego użytkownika proxy zapisano hasło. Wpisz nowe, aby je zastąpić.
proxy-not-saved = Hasło proxy nie zostało zapisane: { $problem } Jest używane tylko w tej sesji.
