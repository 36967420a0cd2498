# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %m month, %Y year). Czech: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d. %m. %Y
format-day-time = %d. %m. %H:%M:%S
format-weekday-time = %a %d. %m. %H:%M:%S

## Tabs
tab-board = Přehled úklidu
tab-rooms = Pokoje
tab-reservations = Rezervace
tab-commands = Příkazy zařízení
tab-prices = Změny cen
tab-log = Protokol událostí
arrivals-toggle = Příjezdy
arrivals-toggle-hover = Zobrazit dnešní příjezdy vedle přehledu

## The settings menu
settings-menu = Nastavení
settings-ready-rule = Pokoj je připraven k ubytování, když je:
settings-ready-inspected = Zkontrolovaný
settings-ready-clean = Čistý nebo zkontrolovaný (tento hotel nekontroluje)
settings-look = Vzhled:
settings-look-system = Podle nastavení počítače
settings-look-light = Světlý
settings-look-dark = Tmavý
settings-keep-history = Uchovávat historii
settings-keep-history-days = { $count ->
    [one] { $count } den
    [few] { $count } dny
    [many] { $count } dní
   *[other] { $count } dní
}
settings-keep-history-hover = Projeví se při příštím spuštění
settings-zoom = Zvětšení { $percent } % (změna: Ctrl + a Ctrl −)
settings-connection = Připojení…
settings-language = Jazyk:
settings-language-system = Podle nastavení počítače ({ $language })
set-by-organisation = Nastaveno vaší organizací
set-by-organisation-hover = IT vaší organizace toto nastavuje pro počítače hotelu (zásadou), proto to zde nelze změnit.

## The status bar
status-not-connected = Nepřipojeno
status-connected-since = Připojeno od { $time }
status-reconnecting = { $reason }. Nové připojení za { $seconds } s.
status-rejected = Mews tokeny odmítl. Zadejte nové tokeny od svého správce Mews.
status-try-now = Zkusit teď
status-enter-tokens = Zadat tokeny
status-hotel-unknown = Hotel zatím neznámý
status-hotel-time = { $hotel } · { $time }
status-times-in = Časy se zobrazují v zóně { $zone }
status-loading-history = Načítání historie…
status-loading-history-hover = Starší události se načítají z historie tohoto počítače
status-events = { $count ->
    [one] { $count } událost
    [few] { $count } události
    [many] { $count } událostí
   *[other] { $count } událostí
}
status-last-event = poslední před { $ago }
status-no-event = zatím žádná událost
status-last-event-hover = Poslední událost přijata { $at }
status-arrivals = Připravené příjezdy: { $ready } z { $waiting }
status-arrivals-arrived = {" · "}přijelo: { $arrived }
status-arrivals-hover = Dnešní příjezdy s připraveným pokojem, z dosud neubytovaných
status-problems = { $count ->
    [0] Žádné problémy
    [one] { $count } problém
    [few] { $count } problémy
    [many] { $count } problémů
   *[other] { $count } problémů
}
status-problems-hover = Zobrazit problémy a diagnostiku
status-history-paused = ⏸ Historie pozastavena: čeká { $waiting }
status-history-paused-missing = ⏸ Historie pozastavena: čeká { $waiting }, chybí { $missing }
status-history-paused-hover = Historii teď nelze na tomto počítači ukládat (viz Problémy). Události se zde dál zobrazují a historie se sama obnoví.

## The connection screen
connect-tagline = Stavy pokojů, rezervace, příkazy zařízení a změny cen živě.
connect-icon = Ikona Mews Monitor
connect-heading = Připojit k Mews
connect-where = Kam
place-built-in-demo = Vestavěný demo hotel (bez účtu Mews)
place-mews-demo = Demo Mews
place-production = Produkce Mews
place-custom = Vlastní adresy
connect-ws-address = Adresa WebSocket
connect-rest-address = Adresa REST
connect-ws-address-shown = Adresa WebSocket: { $address }
connect-rest-address-shown = Adresa REST: { $address }
connect-demo-note = Demo hotel běží přímo v této aplikaci a používá vlastní demo tokeny.
connect-client = Klient: { $client } (posílá se s každým požadavkem na Mews)
connect-testing = Zjišťuje se od Mews název hotelu…
connect-test-works = Připojení funguje: { $hotel }
connect-test-failed = Test připojení selhal: { $problem }
connect-test-demo = vestavěný demo hotel
connect-test-no-rest = chybí adresa REST, kterou by šlo otestovat
connect-button = Připojit
connect-test-button = Otestovat připojení
connect-back = Zpět na monitor
connect-tokens = Tokeny
connect-tokens-note = Od vašeho správce Mews. Ukládají se do systémové klíčenky, nikdy do souboru.
connect-token-hint = vložte sem
connect-token-wrong = Tento { $name } nemůže být správný: { $problem }.
connect-looking-for-tokens = Hledají se uložené tokeny v systémové klíčence…
connect-forget = Zapomenout tokeny
connect-use-saved = Chcete-li použít uložené tokeny, nechte pole prázdná.
connect-remember = Zapamatovat v tomto počítači
connect-remember-impossible = Nelze: systém nemá klíčenku. Tokeny zůstanou v paměti jen pro tuto relaci.
connect-keyring-retry = Zkusit klíčenku znovu
connect-not-saved = Tokeny nebyly uloženy: { $problem } Použijí se jen pro tuto relaci.

## The proxy, in the connection screen
proxy-heading = Pokročilé: proxy
proxy-note = Jen pokud vám IT dalo proxy pro tuto aplikaci. Prázdné: použije se nastavení proxy tohoto počítače.
proxy-address = Adresa proxy
proxy-user = Uživatel proxy
proxy-user-hint = nepovinné
proxy-password = Heslo proxy
proxy-password-hint = napište sem
proxy-looking = Hledá se heslo proxy v systémové klíčence…
proxy-password-saved = Pro tohoto uživatele proxy je uloženo heslo. Chcete-li ho nahradit, zadejte nové.
proxy-not-saved = Heslo proxy nebylo uloženo: { $problem } Použije se jen pro tuto relaci.
