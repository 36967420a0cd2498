# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Questo computer non ha un servizio di portachiavi di sistema, quindi i token non possono essere salvati. Chiedere al reparto IT di configurarne uno, oppure usare i token solo per questa sessione.
keyring-locked = Il portachiavi di sistema è bloccato. Sbloccarlo (ad esempio accedendo di nuovo al computer) e riprovare, oppure usare i token solo per questa sessione.
keyring-access-denied = Il portachiavi di sistema ha negato l'accesso a Mews Monitor. Consentire l'accesso quando il computer lo chiede, oppure rivolgersi al reparto IT; nel frattempo è possibile usare i token solo per questa sessione.
keyring-unreadable = Impossibile leggere i token salvati. Dimenticarli e inserire di nuovo ClientToken e AccessToken.
keyring-other = Il portachiavi di sistema non ha funzionato ({ $detail }). Riprovare, oppure usare i token solo per questa sessione.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Salvati nel portachiavi di sistema · { $hint }
keyring-not-saved = Non salvati su questo computer

## Proxies
proxy-error-address = L'indirizzo del proxy «{ $address }» non è utilizzabile (formato previsto: http://host:port)
proxy-error-credentials-in-address = Inserire nome utente e password del proxy negli appositi campi, non nel suo indirizzo
proxy-error-dns = Impossibile trovare il nome del proxy { $name } (DNS)
proxy-error-unreachable = Il proxy all'indirizzo { $address } ha rifiutato la connessione
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] Il proxy all'indirizzo { $address } richiede nome utente e password (HTTP 407); quelli forniti non sono stati accettati
       *[no] Il proxy all'indirizzo { $address } richiede nome utente e password (HTTP 407)
    }
proxy-error-refused = Il proxy all'indirizzo { $address } ha rifiutato la connessione verso { $target }
proxy-error-bad-answer = Il proxy all'indirizzo { $address } ha dato una risposta che questo programma non comprende

## How the connection reaches Mews (diagnostics)
route-direct = nessuno (connessione diretta)
trust-system = archivio certificati di questo computer
trust-bundled = elenco integrato in Mews Monitor (l'archivio certificati di questo computer non contiene certificati)
trust-failed = impossibile caricare i certificati ({ $detail })
