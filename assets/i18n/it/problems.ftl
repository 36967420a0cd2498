# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.

## Messages from Mews
trouble-unreadable-message = Messaggio illeggibile da Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Evento n. { $number } di un messaggio ignorato ({ $reason }): { $excerpt }
trouble-binary-message = Mews ha inviato un messaggio binario di { $bytes } byte che non è testo; è stato ignorato.
trouble-over-hard-limit = Mews ha inviato un messaggio oltre il limite massimo di dimensione ({ $detail }); la connessione è stata reimpostata.
trouble-message-too-large = Mews ha inviato un messaggio di { $size } MiB, oltre il limite di { $limit } MiB; è stato ignorato.

## Loading names and details from Mews
trouble-lookup-failed = Impossibile caricare { $what } da Mews: { $why }
trouble-lookups-rejected = Mews ha rifiutato i token per i nomi di camere e prenotazioni: { $message }
trouble-hotel-day-unknown = Impossibile caricare gli arrivi di oggi: { $detail }.
lookup-hotel = i dati dell'hotel
lookup-rooms = le camere
lookup-open-commands = i comandi dispositivi in sospeso
lookup-arrivals = gli arrivi di oggi
lookup-changed-reservations = le prenotazioni modificate offline
lookup-rates = i nomi delle tariffe
lookup-guests = i nomi degli ospiti
lookup-reservations = i numeri di prenotazione
lookup-commands = i nomi dei dispositivi
rest-refused = Mews ha rifiutato la richiesta: { $message }
rest-too-heavy = la richiesta era troppo grande perché Mews potesse rispondere in tempo
rest-throttled = Mews ha chiesto al monitor di rallentare e per ora il monitor ha rinunciato
rest-http = Mews ha risposto con un errore (HTTP { $status }): { $message }
rest-network = Mews non è raggiungibile: { $detail }
rest-unreadable = impossibile leggere la risposta di Mews: { $detail }
rest-address = l'indirizzo REST «{ $address }» deve iniziare con https:// (http:// solo per questo computer)

## History
trouble-history-not-kept = In questa sessione la cronologia non viene conservata: { $detail }
trouble-history-damaged = Il file della cronologia era danneggiato. È stato spostato in { $path } e ne è stato creato uno nuovo.
trouble-history-paused = La cronologia è in pausa perché { $why }. Gli eventi restano visibili qui, { $waiting ->
        [one] { $waiting } evento è in attesa di essere scritto
       *[other] { $waiting } eventi sono in attesa di essere scritti
    }; la cronologia riprova da sola.
trouble-history-list-full = La cronologia è ancora in pausa e la sua lista d'attesa è piena ({ $held ->
        [one] { $held } evento
       *[other] { $held } eventi
    }): gli eventi ricevuti da ora fino alla ripresa mancheranno nella cronologia, e questa lacuna verrà segnalata.
trouble-history-resumed = La cronologia viene di nuovo scritta e ciò che era in attesa è conservato ({ $written ->
        [one] { $written } evento
       *[other] { $written } eventi
    }).
trouble-history-resumed-gap = La cronologia viene di nuovo scritta e ciò che era in attesa è conservato ({ $written ->
        [one] { $written } evento
       *[other] { $written } eventi
    }). { $missed ->
        [one] Manca nella cronologia { $missed } evento ricevuto
       *[other] Mancano nella cronologia { $missed } eventi ricevuti
    } durante la pausa; la lacuna è segnalata nelle linee temporali delle camere e nelle esportazioni.
trouble-history-file-removed = Il file della cronologia { $path } è stato rimosso mentre Mews Monitor era in esecuzione: ne è stato creato uno nuovo nella stessa posizione e da ora gli eventi vengono conservati lì.
trouble-history-file-not-restarted = Il file della cronologia { $path } è stato rimosso mentre Mews Monitor era in esecuzione, e non è ancora possibile crearne uno nuovo ({ $detail }). Gli eventi restano visibili qui; la cronologia riprova da sola.
trouble-history-stopped = La cronologia si è fermata: gli eventi restano visibili qui, ma quelli ricevuti da ora in poi non vengono conservati su questo computer. Riavviare Mews Monitor per conservarli di nuovo.
write-disk-full = il disco è pieno
write-read-only = il file della cronologia non può essere modificato
write-permission-denied = questo utente non ha il permesso di scrivere il file della cronologia
write-io = non è stato possibile scrivere sul disco
write-other = la scrittura non è riuscita ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } camera caricata da Mews
       *[other] { $loaded } camere caricate da Mews
    }; modificate offline: { $changed }
summary-rooms-named = { $loaded ->
        [one] { $loaded } camera caricata da Mews
       *[other] { $loaded } camere caricate da Mews
    }; modificate offline: { $changed } ({ $names })
summary-changed = { $count ->
        [one] { $count } prenotazione modificata offline ({ $numbers })
       *[other] { $count } prenotazioni modificate offline ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } arrivo caricato
       *[other] { $arrivals } arrivi caricati
    } da Mews per { $date } (già arrivati: { $arrived }), { $in_house ->
        [one] { $in_house } ospite
       *[other] { $in_house } ospiti
    } in casa
summary-guests = Nomi di { $found ->
        [one] { $found } ospite
       *[other] { $found } ospiti
    } caricati da Mews
summary-guests-missing = Nomi di { $found ->
        [one] { $found } ospite
       *[other] { $found } ospiti
    } caricati da Mews (non trovati: { $missing })
summary-guests-failed = Impossibile caricare i nomi di { $asked ->
        [one] { $asked } ospite
       *[other] { $asked } ospiti
    }: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = Impossibile leggere il file delle impostazioni ({ $detail }); l'app è stata avviata con le impostazioni predefinite.
trouble-settings-unreadable-kept = Impossibile leggere il file delle impostazioni ({ $detail }); l'app è stata avviata con le impostazioni predefinite e ha conservato il vecchio file come { $path }.
trouble-settings-not-saved = Impossibile salvare le impostazioni in { $path } ({ $detail }); l'app riproverà tra poco.
trouble-window-layout-restored = Il file del layout della finestra era danneggiato; è stato ripristinato l'ultimo layout valido.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = L'impostazione { $name } della sua organizzazione ({ $scope ->
        [user] criterio utente
       *[computer] criterio computer
    }) vale { $value }, un valore che non si può usare: { $expected }. Viene ignorata.
policy-unknown = Il criterio della sua organizzazione ({ $scope ->
        [user] criterio utente
       *[computer] criterio computer
    }) contiene un'impostazione { $name } che questa versione di Mews Monitor non conosce. Viene ignorata.
policy-api-url-alone = Il criterio della sua organizzazione imposta ApiUrl ma non WebSocketUrl; Mews Monitor ha bisogno di entrambi per usare indirizzi propri. ApiUrl viene ignorato.
policy-unreadable = Impossibile leggere il criterio della sua organizzazione ({ $scope ->
        [user] criterio utente
       *[computer] criterio computer
    }): { $why }. Viene ignorato.
policy-locked = La sua organizzazione ha stabilito dove si connette Mews Monitor su questo computer (LockConnection), quindi non si può usare { $option }. Ometterlo per connettersi dove indica l'organizzazione.
