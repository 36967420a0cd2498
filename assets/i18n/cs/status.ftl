# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Připojování k Mews…
connection-connecting-again = Připojování k Mews (pokus { $attempt })…
connection-connected-utc = Připojeno od { $time } UTC
connection-retrying = { $reason }. Nový pokus za { $seconds } s.
connection-rejected = Mews odmítl tokeny (HTTP { $status }). Ověřte ClientToken a AccessToken u svého správce Mews a pak se připojte znovu.
connection-stopped = Odpojeno.

disconnect-no-network = Žádné síťové připojení k Mews ({ $detail })
disconnect-timeout = Mews neodpověděl včas
disconnect-tls = Zabezpečené připojení k Mews selhalo ({ $detail })
disconnect-untrusted = Tento počítač nedůvěřuje certifikátu hotelové sítě ({ $detail }). Požádejte oddělení IT o instalaci certifikátu sítě na tento počítač
disconnect-dns = Název { $host } nebyl nalezen (DNS)
disconnect-http = Mews teď nepřijímá připojení (HTTP { $status })
disconnect-closed = Mews ukončil spojení
disconnect-closed-code = Mews ukončil spojení (kód { $code })
disconnect-closed-code-reason = Mews ukončil spojení (kód { $code }: { $reason })
disconnect-dropped = Spojení s Mews bylo přerušeno ({ $detail })
disconnect-silent = Mews přestal odpovídat (nic po dobu { $seconds } s)
disconnect-too-large = Mews poslal zprávu, která je příliš velká
disconnect-slept = Tento počítač byl { $length } v režimu spánku, proto se spojení s Mews otevírá znovu
