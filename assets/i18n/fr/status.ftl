# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Connexion à Mews…
connection-connecting-again = Connexion à Mews (tentative { $attempt })…
connection-connected-utc = Connecté depuis { $time } UTC
connection-retrying = { $reason }. Nouvel essai dans { $seconds } s.
connection-rejected = Mews a refusé les jetons (HTTP { $status }). Vérifiez le ClientToken et l'AccessToken avec votre administrateur Mews, puis reconnectez-vous.
connection-stopped = Déconnecté.

disconnect-no-network = Pas de connexion réseau vers Mews ({ $detail })
disconnect-timeout = Mews n'a pas répondu à temps
disconnect-tls = La connexion sécurisée à Mews a échoué ({ $detail })
disconnect-untrusted = Cet ordinateur ne fait pas confiance au certificat du réseau de l'hôtel ({ $detail }). Demandez au service informatique d'installer le certificat du réseau sur cet ordinateur
disconnect-dns = Le nom { $host } est introuvable (DNS)
disconnect-http = Mews n'accepte pas de connexions pour le moment (HTTP { $status })
disconnect-closed = Mews a fermé la connexion
disconnect-closed-code = Mews a fermé la connexion (code { $code })
disconnect-closed-code-reason = Mews a fermé la connexion (code { $code } : { $reason })
disconnect-dropped = La connexion à Mews a été perdue ({ $detail })
disconnect-silent = Mews ne répond plus (rien depuis { $seconds } s)
disconnect-too-large = Mews a envoyé un message trop volumineux pour être accepté
disconnect-slept = Cet ordinateur a été en veille pendant { $length } : la connexion à Mews est donc rouverte
