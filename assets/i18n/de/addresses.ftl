# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = Die WebSocket-Adresse kann nicht verwendet werden: { $why }
address-unreadable = „{ $address }“ ist keine Webadresse
address-scheme = die Adresse muss mit wss:// beginnen (sie beginnt mit { $scheme }://)
address-plain-remote = eine unverschlüsselte ws://-Adresse ist nur für diesen Computer erlaubt (127.0.0.1, ::1 oder localhost); verwenden Sie wss://
address-no-host = die Adresse enthält keinen Hostnamen
target-demo-not-running = Das integrierte Demohotel läuft nicht.
connect-tls-failed = Sichere Verbindungen konnten nicht eingerichtet werden: { $detail }
demo-failed = Das Demohotel konnte nicht starten: { $detail }
rest-rejected = Mews hat die Tokens für diese Anfrage abgelehnt (HTTP 401): { $message }
demo-stopped = der Startvorgang wurde unerwartet abgebrochen
