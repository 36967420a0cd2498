# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Connecting to Mews…
connection-connecting-again = Connecting to Mews (attempt { $attempt })…
connection-connected-utc = Connected since { $time } UTC
connection-retrying = { $reason }. Trying again in { $seconds } s.
connection-rejected = Mews rejected the tokens (HTTP { $status }). Check the ClientToken and AccessToken with your Mews administrator, then connect again.
connection-stopped = Disconnected.

disconnect-no-network = No network connection to Mews ({ $detail })
disconnect-timeout = Mews did not answer in time
disconnect-tls = The secure connection to Mews failed ({ $detail })
disconnect-untrusted = The hotel network's certificate is not trusted by this computer ({ $detail }). Ask IT to install the network's certificate on this computer
disconnect-dns = The name { $host } could not be found (DNS)
disconnect-http = Mews is not accepting connections right now (HTTP { $status })
disconnect-closed = Mews closed the connection
disconnect-closed-code = Mews closed the connection (code { $code })
disconnect-closed-code-reason = Mews closed the connection (code { $code }: { $reason })
disconnect-dropped = The connection to Mews was lost ({ $detail })
disconnect-silent = Mews stopped answering (nothing for { $seconds } s)
disconnect-too-large = Mews sent a message too large to accept
disconnect-slept = This computer was asleep for { $length }, so the connection to Mews is opened again
