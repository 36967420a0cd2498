# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = O endereço WebSocket não pode ser usado: { $why }
address-unreadable = «{ $address }» não é um endereço web
address-scheme = o endereço tem de começar por wss:// (começa por { $scheme }://)
address-plain-remote = um endereço ws:// não encriptado só é permitido para este computador (127.0.0.1, ::1 ou localhost); use wss://
address-no-host = o endereço não tem nome de anfitrião
target-demo-not-running = O hotel de demonstração integrado não está em execução.
connect-tls-failed = Não foi possível configurar as ligações seguras: { $detail }
demo-failed = Não foi possível iniciar o hotel de demonstração: { $detail }
rest-rejected = A Mews rejeitou os tokens para este pedido (HTTP 401): { $message }
demo-stopped = o arranque parou inesperadamente
