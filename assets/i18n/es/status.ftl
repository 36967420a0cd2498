# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Conectando con Mews…
connection-connecting-again = Conectando con Mews (intento { $attempt })…
connection-connected-utc = Conectado desde las { $time } UTC
connection-retrying = { $reason }. Nuevo intento en { $seconds } s.
connection-rejected = Mews ha rechazado los tokens (HTTP { $status }). Compruebe el ClientToken y el AccessToken con su administrador de Mews y vuelva a conectar.
connection-stopped = Desconectado.

disconnect-no-network = Sin conexión de red con Mews ({ $detail })
disconnect-timeout = Mews no respondió a tiempo
disconnect-tls = Ha fallado la conexión segura con Mews ({ $detail })
disconnect-untrusted = Este ordenador no confía en el certificado de la red del hotel ({ $detail }). Pida al departamento de informática que instale el certificado de la red en este ordenador
disconnect-dns = No se encontró el nombre { $host } (DNS)
disconnect-http = Mews no acepta conexiones en este momento (HTTP { $status })
disconnect-closed = Mews ha cerrado la conexión
disconnect-closed-code = Mews ha cerrado la conexión (código { $code })
disconnect-closed-code-reason = Mews ha cerrado la conexión (código { $code }: { $reason })
disconnect-dropped = Se ha perdido la conexión con Mews ({ $detail })
disconnect-silent = Mews ha dejado de responder (nada en { $seconds } s)
disconnect-too-large = Mews ha enviado un mensaje demasiado grande para aceptarlo
disconnect-slept = Este ordenador ha estado en reposo durante { $length }, así que se vuelve a abrir la conexión con Mews
