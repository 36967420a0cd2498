# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problema: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Errore: { $problem }
cli-say-where = indicare dove connettersi: --env demo, --env production o --ws-url URL
cli-say-which-mews = indicare a quale Mews rivolgersi: --env demo, --env production o --api-url URL
cli-no-data-folder = questo computer non ha una cartella dati per la cronologia
cli-no-history = non c'è ancora una cronologia in { $path }
cli-not-created = impossibile creare { $path }: { $detail }
cli-tokens-stopped = la ricerca dei token si è interrotta inaspettatamente ({ $detail })
cli-own-path-unknown = il percorso di questo programma non è noto: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor è già aperto; è stato portato in primo piano.
instance-did-not-answer = Mews Monitor è già aperto, ma non ha risposto; cercarne la finestra, oppure chiuderlo e avviarlo di nuovo.
cli-window-failed = impossibile aprire la finestra ({ $detail }): Mews Monitor richiede un desktop grafico
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = fuso orario sconosciuto
cli-watch-needs-rest = i nomi delle camere richiedono l'indirizzo REST (--api-url o --env): i valori di --watch vengono presi come ID di camera
cli-route = proxy: { $proxy }; certificati verificati da { $trust }
cli-tokens-environment = vengono usati i token di { $client } e { $access }
cli-tokens-keyring = vengono usati i token salvati nel portachiavi di sistema (profilo { $profile })
cli-guests-unavailable = nomi degli ospiti non disponibili: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } arrivo
   *[other] { $count } arrivi
}
cli-rooms-count = { $count ->
    [one] { $count } camera
   *[other] { $count } camere
}
cli-exported-count = { $count ->
    [one] { $count } evento esportato
   *[other] { $count } eventi esportati
}
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (profilo { $profile })
tokens-removed = Token rimossi dal portachiavi di sistema (profilo { $profile })
tokens-session-only = Solo per questa sessione, `mews-monitor tail` prende i token anche da { $client } e { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = impossibile leggere il token { $name } dallo standard input
tokens-missing = erano attese due righe sullo standard input, prima il ClientToken e poi l'AccessToken; manca il token { $name }
tokens-invalid = il token { $name } non è valido
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: nessuna camera ha questo nome o ID; viene osservato come ID
watch-several-rooms = { $count ->
    [one] --watch { $value }: { $count } camera ha questo nome; viene osservata
   *[other] --watch { $value }: { $count } camere hanno questo nome; vengono osservate tutte
}
