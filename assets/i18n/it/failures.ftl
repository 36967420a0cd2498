# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = il database della cronologia non ha funzionato: { $detail }
history-error-damaged = il database della cronologia è danneggiato ({ $detail })
history-error-file = impossibile usare il file della cronologia { $path }: { $detail }
history-error-export = impossibile scrivere l'esportazione: { $detail }
history-error-no-thread = impossibile avviare un thread per leggere la cronologia ({ $detail })
history-error-thread-stopped = il thread che legge la cronologia si è fermato

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews non ha indicato in quale fuso orario si trova l'hotel
hotel-day-unknown-zone = il fuso orario dell'hotel «{ $zone }» non è noto a questo computer

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = la variabile { $set } è impostata ma { $missing } no: impostarle entrambe, oppure nessuna delle due per usare i token salvati per il profilo «{ $profile }»
resolve-invalid = { $var } non contiene un token valido: { $problem }
resolve-not-saved = nessun token per il profilo «{ $profile }»: impostare { $client } e { $access }, oppure salvarli una volta per tutte con `mews-monitor tokens set --profile { $profile }` (il ClientToken e l'AccessToken come due righe sullo standard input)
resolve-keyring = { $problem } (Senza il portachiavi, impostare invece { $client } e { $access }.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor è ora nel menu delle applicazioni ({ $program }).
desktop-written = scritto: { $path }
desktop-removed = rimosso: { $path }
desktop-autostart = Si avvierà automaticamente all'accesso.
desktop-nothing-removed = Mews Monitor non era nel menu delle applicazioni; non c'è nulla da rimuovere.
desktop-uninstalled = Mews Monitor non è più nel menu delle applicazioni e non si avvia più automaticamente.
desktop-unsupported = le voci .desktop sono una convenzione di Linux/BSD; su questo sistema usare invece un pacchetto nativo
desktop-use-installer = su Windows, installare Mews Monitor con mews-monitor-setup.exe: aggiunge al menu Start il collegamento «Mews Monitor» e, se lo si desidera, lo avvia all'accesso; il suo programma di disinstallazione rimuove entrambi
desktop-no-home = non è nota alcuna cartella home, quindi non c'è un posto in cui mettere la voce di menu
desktop-relative-program = il percorso del programma { $path } non è assoluto
desktop-not-utf8 = il percorso del programma { $path } non è UTF-8 valido, come richiesto dalle voci .desktop
desktop-control-character = il percorso del programma { $path } contiene un carattere di controllo
