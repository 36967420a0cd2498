# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Łączenie z Mews…
connection-connecting-again = Łączenie z Mews (próba { $attempt })…
connection-connected-utc = Połączono od { $time } UTC
connection-retrying = { $reason }. Ponowna próba za { $seconds } s.
connection-rejected = Mews odrzucił tokeny (HTTP { $status }). Proszę sprawdzić ClientToken i AccessToken z administratorem Mews, a następnie połączyć się ponownie.
connection-stopped = Rozłączono.

disconnect-no-network = Brak połączenia sieciowego z Mews ({ $detail })
disconnect-timeout = Mews nie odpowiedział na czas
disconnect-tls = Bezpieczne połączenie z Mews nie powiodło się ({ $detail })
disconnect-untrusted = Ten komputer nie ufa certyfikatowi sieci hotelowej ({ $detail }). Należy poprosić dział IT o zainstalowanie certyfikatu sieci na tym komputerze
disconnect-dns = Nie znaleziono nazwy { $host } (DNS)
disconnect-http = Mews nie przyjmuje teraz połączeń (HTTP { $status })
disconnect-closed = Mews zamknął połączenie
disconnect-closed-code = Mews zamknął połączenie (kod { $code })
disconnect-closed-code-reason = Mews zamknął połączenie (kod { $code }: { $reason })
disconnect-dropped = Połączenie z Mews zostało przerwane ({ $detail })
disconnect-silent = Mews przestał odpowiadać (brak odpowiedzi od { $seconds } s)
disconnect-too-large = Mews wysłał wiadomość zbyt dużą, by ją przyjąć
disconnect-slept = Ten komputer był uśpiony przez { $length }, więc połączenie z Mews jest otwierane ponownie
