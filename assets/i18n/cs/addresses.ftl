# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = Adresu WebSocket nelze použít: { $why }
address-unreadable = „{ $address }“ není webová adresa
address-scheme = adresa musí začínat wss:// (začíná { $scheme }://)
address-plain-remote = nešifrovaná adresa ws:// je povolena jen pro tento počítač (127.0.0.1, ::1 nebo localhost); použijte wss://
address-no-host = adresa neobsahuje název hostitele
target-demo-not-running = Vestavěný demo hotel neběží.
connect-tls-failed = Zabezpečená připojení se nepodařilo nastavit: { $detail }
demo-failed = Demo hotel se nepodařilo spustit: { $detail }
rest-rejected = Mews pro tento požadavek tokeny odmítl (HTTP 401): { $message }
demo-stopped = jeho spouštění se neočekávaně zastavilo
