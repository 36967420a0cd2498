# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %m month, %Y year). Italian: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d/%m/%Y
format-day-time = %d/%m %H:%M:%S
format-weekday-time = %a %d/%m %H:%M:%S

## Tabs
tab-board = Pannello housekeeping
tab-rooms = Camere
tab-reservations = Prenotazioni
tab-commands = Comandi dispositivi
tab-prices = Aggiornamenti tariffe
tab-log = Registro eventi
arrivals-toggle = Arrivi
arrivals-toggle-hover = Mostra gli arrivi di oggi accanto al pannello

## The settings menu
settings-menu = Impostazioni
settings-ready-rule = Una camera è pronta per il check-in quando è:
settings-ready-inspected = Controllata
settings-ready-clean = Pulita o controllata (questo hotel non fa controlli)
settings-look = Aspetto:
settings-look-system = Come impostato sul computer
settings-look-light = Chiaro
settings-look-dark = Scuro
settings-keep-history = Conserva la cronologia per
settings-keep-history-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
settings-keep-history-hover = Ha effetto al prossimo avvio
settings-zoom = Zoom { $percent } % (si cambia con Ctrl + e Ctrl −)
settings-connection = Connessione…
settings-language = Lingua:
settings-language-system = Come impostato sul computer ({ $language })
set-by-organisation = Impostato dalla sua organizzazione
set-by-organisation-hover = L'IT della sua organizzazione imposta questo valore per i computer dell'hotel (un criterio), quindi non si può modificare qui.

## The status bar
status-not-connected = Non connesso
status-connected-since = Connesso dalle { $time }
status-reconnecting = { $reason }. Nuovo tentativo tra { $seconds } s.
status-rejected = Mews ha rifiutato i token. Inserire nuovi token forniti dall'amministratore Mews.
status-try-now = Riprova ora
status-enter-tokens = Inserisci token
status-hotel-unknown = Hotel non ancora noto
status-hotel-time = { $hotel } · { $time }
status-times-in = Orari mostrati nel fuso { $zone }
status-loading-history = Caricamento cronologia…
status-loading-history-hover = Lettura degli eventi precedenti dalla cronologia di questo computer
status-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventi
}
status-last-event = ultimo { $ago } fa
status-no-event = ancora nessun evento
status-last-event-hover = Ultimo evento ricevuto: { $at }
status-arrivals = Arrivi pronti: { $ready } su { $waiting }
status-arrivals-arrived = {" · "}{ $arrived ->
    [one] { $arrived } arrivato
   *[other] { $arrived } arrivati
}
status-arrivals-hover = Arrivi di oggi con la camera pronta, su quelli che non hanno ancora fatto il check-in
status-problems = { $count ->
    [0] Nessun problema
    [one] { $count } problema
   *[other] { $count } problemi
}
status-problems-hover = Mostra problemi e diagnostica
status-history-paused = ⏸ Cronologia in pausa: { $waiting } in attesa
status-history-paused-missing = ⏸ Cronologia in pausa: { $waiting } in attesa, { $missing } mancanti
status-history-paused-hover = Al momento non è possibile salvare la cronologia su questo computer (vedere Problemi). Gli eventi restano visibili qui e la cronologia riprende da sola.

## The connection screen
connect-tagline = Stato delle camere, prenotazioni, comandi dei dispositivi e aggiornamenti tariffe in tempo reale.
connect-icon = Icona di Mews Monitor
connect-heading = Connessione a Mews
connect-where = Destinazione
place-built-in-demo = Hotel demo integrato (nessun account Mews necessario)
place-mews-demo = Demo Mews
place-production = Produzione Mews
place-custom = Indirizzi personalizzati
connect-ws-address = Indirizzo WebSocket
connect-rest-address = Indirizzo REST
connect-ws-address-shown = Indirizzo WebSocket: { $address }
connect-rest-address-shown = Indirizzo REST: { $address }
connect-demo-note = L'hotel demo funziona all'interno di questa app e usa i propri token demo.
connect-client = Client: { $client } (inviato a Mews con ogni richiesta)
connect-testing = Richiesta del nome dell'hotel a Mews…
connect-test-works = La connessione funziona: { $hotel }
connect-test-failed = Test di connessione non riuscito: { $problem }
connect-test-demo = l'hotel demo integrato
connect-test-no-rest = non c'è alcun indirizzo REST da testare
connect-button = Connetti
connect-test-button = Prova connessione
connect-back = Torna al monitor
connect-tokens = Token
connect-tokens-note = Forniti dal suo amministratore Mews. Sono conservati nel portachiavi di sistema, mai in un file.
connect-token-hint = incollare qui
connect-token-wrong = Questo { $name } non può essere corretto: { $problem }.
connect-looking-for-tokens = Ricerca dei token salvati nel portachiavi di sistema…
connect-forget = Dimentica token
connect-use-saved = Lasciare i campi vuoti per usare i token salvati.
connect-remember = Ricorda su questo computer
connect-remember-impossible = Non possibile: nessun portachiavi di sistema. I token restano in memoria solo per questa sessione.
connect-keyring-retry = Riprova col portachiavi
connect-not-saved = I token non sono stati salvati: { $problem } Vengono usati solo per questa sessione.

## The proxy, in the connection screen
proxy-heading = Avanzate: proxy
proxy-note = Solo se l'IT le ha fornito un proxy per questa app. Vuoto: vengono usate le impostazioni proxy di questo computer.
proxy-address = Indirizzo proxy
proxy-user = Utente proxy
proxy-user-hint = facoltativo
proxy-password = Password proxy
proxy-password-hint = digitare qui
proxy-looking = Ricerca della password del proxy nel portachiavi di sistema…
proxy-password-saved = Per questo utente proxy è salvata una password. Digitarne una nuova per sostituirla.
proxy-not-saved = La password del proxy non è stata salvata: { $problem } Viene usata solo per questa sessione.
