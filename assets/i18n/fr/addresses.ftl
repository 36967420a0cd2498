# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = L'adresse WebSocket n'est pas utilisable : { $why }
address-unreadable = « { $address } » n'est pas une adresse web
address-scheme = l'adresse doit commencer par wss:// (elle commence par { $scheme }://)
address-plain-remote = une adresse ws:// non chiffrée n'est autorisée que pour cet ordinateur (127.0.0.1, ::1 ou localhost) ; utilisez wss://
address-no-host = l'adresse ne contient pas de nom d'hôte
target-demo-not-running = L'hôtel de démo intégré n'est pas démarré.
connect-tls-failed = Impossible de configurer les connexions sécurisées : { $detail }
demo-failed = L'hôtel de démo n'a pas pu démarrer : { $detail }
rest-rejected = Mews a refusé les jetons pour cette requête (HTTP 401) : { $message }
demo-stopped = son démarrage s'est arrêté de manière inattendue
