# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Esporta…
log-export-hover = Salva gli eventi mostrati in CSV o JSON Lines
log-shown = { $count ->
    [one] { $count } evento mostrato
   *[other] { $count } eventi mostrati
}
log-shown-of = { $count ->
    [one] { $count } evento mostrato su { $total }
   *[other] { $count } eventi mostrati su { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } evento meno recente non è più conservato qui (resta nella cronologia)
   *[other] {" · "}{ $count } eventi meno recenti non sono più conservati qui (restano nella cronologia)
}
log-resync = Risincronizzazione alle { $time }: { $resync }
log-resync-hover = Dopo ogni connessione le camere vengono ricaricate da Mews; le camere il cui stato è cambiato nel frattempo vengono segnalate sul pannello e nella tabella delle camere.
log-column-seq = N.
log-column-received = Ricevuto
log-column-type = Tipo
log-column-state = Stato
log-column-names = Nomi
log-column-id = ID
log-name-resource = risorsa
log-name-floor = piano
log-name-reservation = prenotazione
log-name-device = dispositivo
log-all-types = Tutti i tipi
log-filter-type = Tipo
log-all-states = Tutti gli stati
log-filter-state = Stato
log-search = Cerca eventi
log-search-hint = ID, camera, prenotazione…
log-show-all = Mostra tutti gli eventi
log-follow = Segui i più recenti
log-follow-hover = Mantiene visibile l'evento più recente. Selezionare una riga o scorrere verso l'alto lo mette in pausa.
log-event = Evento { $seq }
log-close = Chiudi
log-received = Ricevuto { $at }
log-as-sent = Come inviato da Mews (inclusi i campi che il monitor non usa):

## The problems and diagnostics window
problems-title = Problemi e diagnostica
problems-diagnostics = Diagnostica
problems-requests = Richieste a Mews: { $used } su { $limit } consentite negli ultimi 30 s · { $total } in totale · { $throttled } limitate
problems-requests-none = Richieste a Mews: ancora nessuna
problems-proxy = Proxy: { $proxy }
problems-trust = Certificati verificati da { $trust }
problems-notifications = Gli avvisi compaiono anche come notifiche del desktop.
problems-last-resync = Ultima risincronizzazione alle { $time }: { $resync }
problems-last-guests = Ospiti alle { $time }: { $guests }
problems-log = Registro eventi: { $kept } conservati su un massimo di { $capacity }; { $dropped } meno recenti scartati
problems-heading = Problemi ({ $count })
problems-none = Nessun problema riscontrato.

## The export window
export-title = Esporta il registro eventi
export-what = { $count ->
    [one] Esporta { $count } evento mostrato nel registro, con i filtri attuali.
   *[other] Esporta i { $count } eventi mostrati nel registro, con i filtri attuali.
}
export-csv = CSV (fogli di calcolo)
export-jsonl = JSON Lines (script)
export-file = File
export-save = Salva
export-no-file = Indicare il nome del file da scrivere.
export-not-written = Impossibile scrivere { $path }: { $problem }
export-written = { $count ->
    [one] { $count } evento scritto in { $path }
   *[other] { $count } eventi scritti in { $path }
}
