# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Verbinden met Mews…
connection-connecting-again = Verbinden met Mews (poging { $attempt })…
connection-connected-utc = Verbonden sinds { $time } UTC
connection-retrying = { $reason }. Nieuwe poging over { $seconds } s.
connection-rejected = Mews heeft de tokens geweigerd (HTTP { $status }). Controleer de ClientToken en AccessToken met uw Mews-beheerder en maak daarna opnieuw verbinding.
connection-stopped = Verbinding verbroken.

disconnect-no-network = Geen netwerkverbinding met Mews ({ $detail })
disconnect-timeout = Mews antwoordde niet op tijd
disconnect-tls = De beveiligde verbinding met Mews is mislukt ({ $detail })
disconnect-untrusted = Deze computer vertrouwt het certificaat van het hotelnetwerk niet ({ $detail }). Vraag de IT-afdeling het certificaat van het netwerk op deze computer te installeren
disconnect-dns = De naam { $host } is niet gevonden (DNS)
disconnect-http = Mews accepteert op dit moment geen verbindingen (HTTP { $status })
disconnect-closed = Mews heeft de verbinding gesloten
disconnect-closed-code = Mews heeft de verbinding gesloten (code { $code })
disconnect-closed-code-reason = Mews heeft de verbinding gesloten (code { $code }: { $reason })
disconnect-dropped = De verbinding met Mews is verbroken ({ $detail })
disconnect-silent = Mews antwoordt niet meer (al { $seconds } s niets)
disconnect-too-large = Mews stuurde een bericht dat te groot is om te accepteren
disconnect-slept = Deze computer was { $length } in slaapstand, daarom wordt de verbinding met Mews opnieuw geopend
