# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Verbindung zu Mews wird hergestellt…
connection-connecting-again = Verbindung zu Mews wird hergestellt (Versuch { $attempt })…
connection-connected-utc = Verbunden seit { $time } UTC
connection-retrying = { $reason }. Neuer Versuch in { $seconds } s.
connection-rejected = Mews hat die Tokens abgelehnt (HTTP { $status }). Prüfen Sie ClientToken und AccessToken mit Ihrem Mews-Administrator und verbinden Sie sich dann erneut.
connection-stopped = Getrennt.

disconnect-no-network = Keine Netzwerkverbindung zu Mews ({ $detail })
disconnect-timeout = Mews hat nicht rechtzeitig geantwortet
disconnect-tls = Die sichere Verbindung zu Mews ist fehlgeschlagen ({ $detail })
disconnect-untrusted = Dieser Computer vertraut dem Zertifikat des Hotelnetzwerks nicht ({ $detail }). Bitten Sie die IT, das Zertifikat des Netzwerks auf diesem Computer zu installieren
disconnect-dns = Der Name { $host } wurde nicht gefunden (DNS)
disconnect-http = Mews nimmt gerade keine Verbindungen an (HTTP { $status })
disconnect-closed = Mews hat die Verbindung beendet
disconnect-closed-code = Mews hat die Verbindung beendet (Code { $code })
disconnect-closed-code-reason = Mews hat die Verbindung beendet (Code { $code }: { $reason })
disconnect-dropped = Die Verbindung zu Mews ist abgebrochen ({ $detail })
disconnect-silent = Mews antwortet nicht mehr (seit { $seconds } s nichts)
disconnect-too-large = Mews hat eine Nachricht gesendet, die zu groß ist
disconnect-slept = Dieser Computer war { $length } im Ruhezustand, daher wird die Verbindung zu Mews neu aufgebaut
