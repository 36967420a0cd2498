# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = Nie można użyć adresu WebSocket: { $why }
address-unreadable = „{ $address }” nie jest adresem internetowym
address-scheme = adres musi zaczynać się od wss:// (zaczyna się od { $scheme }://)
address-plain-remote = nieszyfrowany adres ws:// jest dozwolony tylko dla tego komputera (127.0.0.1, ::1 lub localhost); użyj wss://
address-no-host = adres nie zawiera nazwy hosta
target-demo-not-running = Wbudowany hotel demo nie działa.
connect-tls-failed = Nie udało się skonfigurować bezpiecznych połączeń: { $detail }
demo-failed = Nie udało się uruchomić hotelu demo: { $detail }
rest-rejected = Mews odrzucił tokeny dla tego żądania (HTTP 401): { $message }
demo-stopped = jego uruchamianie zostało nieoczekiwanie przerwane
