# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Connessione a Mews in corso…
connection-connecting-again = Connessione a Mews in corso (tentativo { $attempt })…
connection-connected-utc = Connesso dalle { $time } UTC
connection-retrying = { $reason }. Nuovo tentativo tra { $seconds } s.
connection-rejected = Mews ha rifiutato i token (HTTP { $status }). Verificare ClientToken e AccessToken con l'amministratore Mews, poi connettersi di nuovo.
connection-stopped = Disconnesso.

disconnect-no-network = Nessuna connessione di rete con Mews ({ $detail })
disconnect-timeout = Mews non ha risposto in tempo
disconnect-tls = La connessione sicura con Mews non è riuscita ({ $detail })
disconnect-untrusted = Questo computer non considera attendibile il certificato della rete dell'hotel ({ $detail }). Chiedere al reparto IT di installare il certificato della rete su questo computer
disconnect-dns = Impossibile trovare il nome { $host } (DNS)
disconnect-http = Mews al momento non accetta connessioni (HTTP { $status })
disconnect-closed = Mews ha chiuso la connessione
disconnect-closed-code = Mews ha chiuso la connessione (codice { $code })
disconnect-closed-code-reason = Mews ha chiuso la connessione (codice { $code }: { $reason })
disconnect-dropped = La connessione con Mews si è interrotta ({ $detail })
disconnect-silent = Mews non risponde più (nulla da { $seconds } s)
disconnect-too-large = Mews ha inviato un messaggio troppo grande per essere accettato
disconnect-slept = Questo computer è rimasto in sospensione per { $length }, quindi la connessione con Mews viene riaperta
