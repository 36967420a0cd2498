# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = La dirección WebSocket no se puede usar: { $why }
address-unreadable = «{ $address }» no es una dirección web
address-scheme = la dirección debe empezar por wss:// (empieza por { $scheme }://)
address-plain-remote = una dirección ws:// sin cifrar solo se permite para este ordenador (127.0.0.1, ::1 o localhost); use wss://
address-no-host = la dirección no tiene nombre de host
target-demo-not-running = El hotel de demostración integrado no está en funcionamiento.
connect-tls-failed = No se han podido configurar las conexiones seguras: { $detail }
demo-failed = El hotel de demostración no ha podido iniciarse: { $detail }
rest-rejected = Mews ha rechazado los tokens para esta solicitud (HTTP 401): { $message }
demo-stopped = su arranque se ha detenido de forma inesperada
