# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = de geschiedenisdatabase werkte niet: { $detail }
history-error-damaged = de geschiedenisdatabase is beschadigd ({ $detail })
history-error-file = het geschiedenisbestand { $path } kon niet worden gebruikt: { $detail }
history-error-export = de export kon niet worden geschreven: { $detail }
history-error-no-thread = er kon geen thread worden gestart om de geschiedenis te lezen ({ $detail })
history-error-thread-stopped = de thread die de geschiedenis leest, is gestopt

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews heeft niet doorgegeven in welke tijdzone het hotel ligt
hotel-day-unknown-zone = deze computer kent de tijdzone '{ $zone }' van het hotel niet

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = { $set } is ingesteld, maar { $missing } niet: stel beide in, of geen van beide om de tokens te gebruiken die voor profiel '{ $profile }' zijn opgeslagen
resolve-invalid = { $var } bevat geen geldige token: { $problem }
resolve-not-saved = geen tokens voor profiel '{ $profile }': stel { $client } en { $access } in, of sla ze eenmalig op met `mews-monitor tokens set --profile { $profile }` (de ClientToken en de AccessToken als twee regels op standaardinvoer)
resolve-keyring = { $problem } (Zonder sleutelhanger stelt u in plaats daarvan { $client } en { $access } in.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor staat nu in het toepassingenmenu ({ $program }).
desktop-written = geschreven: { $path }
desktop-removed = verwijderd: { $path }
desktop-autostart = Het programma start automatisch wanneer u inlogt.
desktop-nothing-removed = Mews Monitor stond niet in het toepassingenmenu; er is niets te verwijderen.
desktop-uninstalled = Mews Monitor staat niet meer in het toepassingenmenu en start niet meer automatisch.
desktop-unsupported = .desktop-bestanden zijn een Linux/BSD-conventie; gebruik op dit systeem in plaats daarvan een native pakket
desktop-use-installer = op Windows installeert u Mews Monitor met mews-monitor-setup.exe: dat voegt de snelkoppeling "Mews Monitor" toe aan het menu Start en start het programma desgewenst wanneer u inlogt; het verwijderprogramma haalt beide weer weg
desktop-no-home = er is geen thuismap bekend, dus er is geen plek voor het menu-item
desktop-relative-program = het programmapad { $path } is niet absoluut
desktop-not-utf8 = het programmapad { $path } is geen geldige UTF-8, wat .desktop-bestanden vereisen
desktop-control-character = het programmapad { $path } bevat een stuurteken
