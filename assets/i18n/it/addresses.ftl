# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = L'indirizzo WebSocket non è utilizzabile: { $why }
address-unreadable = «{ $address }» non è un indirizzo web
address-scheme = l'indirizzo deve iniziare con wss:// (inizia con { $scheme }://)
address-plain-remote = un indirizzo ws:// non cifrato è consentito solo per questo computer (127.0.0.1, ::1 o localhost); usare wss://
address-no-host = l'indirizzo non contiene un nome host
target-demo-not-running = L'hotel demo integrato non è in esecuzione.
connect-tls-failed = Impossibile configurare le connessioni sicure: { $detail }
demo-failed = Impossibile avviare l'hotel demo: { $detail }
rest-rejected = Mews ha rifiutato i token per questa richiesta (HTTP 401): { $message }
demo-stopped = l'avvio si è interrotto in modo imprevisto
