# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = Het WebSocket-adres kan niet worden gebruikt: { $why }
address-unreadable = '{ $address }' is geen webadres
address-scheme = het adres moet beginnen met wss:// (het begint met { $scheme }://)
address-plain-remote = een onversleuteld ws://-adres is alleen toegestaan voor deze computer (127.0.0.1, ::1 of localhost); gebruik wss://
address-no-host = het adres heeft geen hostnaam
target-demo-not-running = Het ingebouwde demohotel draait niet.
connect-tls-failed = Beveiligde verbindingen konden niet worden ingesteld: { $detail }
demo-failed = Het demohotel kon niet starten: { $detail }
rest-rejected = Mews heeft de tokens voor dit verzoek geweigerd (HTTP 401): { $message }
demo-stopped = het opstarten is onverwacht gestopt
