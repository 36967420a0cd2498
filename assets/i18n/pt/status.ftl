# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = A ligar à Mews…
connection-connecting-again = A ligar à Mews (tentativa { $attempt })…
connection-connected-utc = Ligado desde as { $time } UTC
connection-retrying = { $reason }. Nova tentativa dentro de { $seconds } s.
connection-rejected = A Mews rejeitou os tokens (HTTP { $status }). Verifique o ClientToken e o AccessToken com o seu administrador Mews e volte a ligar.
connection-stopped = Desligado.

disconnect-no-network = Sem ligação de rede à Mews ({ $detail })
disconnect-timeout = A Mews não respondeu a tempo
disconnect-tls = A ligação segura à Mews falhou ({ $detail })
disconnect-untrusted = Este computador não confia no certificado da rede do hotel ({ $detail }). Peça ao departamento de informática que instale o certificado da rede neste computador
disconnect-dns = Não foi possível encontrar o nome { $host } (DNS)
disconnect-http = A Mews não está a aceitar ligações neste momento (HTTP { $status })
disconnect-closed = A Mews fechou a ligação
disconnect-closed-code = A Mews fechou a ligação (código { $code })
disconnect-closed-code-reason = A Mews fechou a ligação (código { $code }: { $reason })
disconnect-dropped = A ligação à Mews perdeu-se ({ $detail })
disconnect-silent = A Mews deixou de responder (nada há { $seconds } s)
disconnect-too-large = A Mews enviou uma mensagem demasiado grande para ser aceite
disconnect-slept = Este computador esteve em suspensão durante { $length }, por isso a ligação à Mews é aberta de novo
