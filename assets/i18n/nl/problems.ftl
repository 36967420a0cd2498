# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.
# Dutch: write-* finish an "omdat …" clause with the verb last.

## Messages from Mews
trouble-unreadable-message = Onleesbaar bericht van Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Gebeurtenis nr. { $number } van een bericht overgeslagen ({ $reason }): { $excerpt }
trouble-binary-message = Mews stuurde een binair bericht van { $bytes } bytes dat geen tekst is; het is overgeslagen.
trouble-over-hard-limit = Mews stuurde een bericht boven de harde groottelimiet ({ $detail }); de verbinding is opnieuw ingesteld.
trouble-message-too-large = Mews stuurde een bericht van { $size } MiB, boven de limiet van { $limit } MiB; het is overgeslagen.

## Loading names and details from Mews
trouble-lookup-failed = Het laden van { $what } uit Mews is mislukt: { $why }
trouble-lookups-rejected = Mews heeft de tokens voor kamer- en reserveringsnamen geweigerd: { $message }
trouble-hotel-day-unknown = De aankomsten van vandaag konden niet worden geladen: { $detail }.
lookup-hotel = de hotelgegevens
lookup-rooms = de kamers
lookup-open-commands = de openstaande apparaatopdrachten
lookup-arrivals = de aankomsten van vandaag
lookup-changed-reservations = de offline gewijzigde reserveringen
lookup-rates = de tariefnamen
lookup-guests = de gastnamen
lookup-reservations = de reserveringsnummers
lookup-commands = de apparaatnamen
rest-refused = Mews heeft het verzoek geweigerd: { $message }
rest-too-heavy = het verzoek was te groot voor Mews om op tijd te beantwoorden
rest-throttled = Mews vroeg de monitor het rustiger aan te doen, en die heeft het voorlopig opgegeven
rest-http = Mews antwoordde met een fout (HTTP { $status }): { $message }
rest-network = Mews was niet bereikbaar: { $detail }
rest-unreadable = het antwoord van Mews kon niet worden gelezen: { $detail }
rest-address = het REST-adres '{ $address }' moet beginnen met https:// (http:// alleen voor deze computer)

## History
trouble-history-not-kept = In deze sessie wordt geen geschiedenis bewaard: { $detail }
trouble-history-damaged = Het geschiedenisbestand was beschadigd. Het is verplaatst naar { $path } en er is een nieuw bestand begonnen.
trouble-history-paused = De geschiedenis is gepauzeerd omdat { $why }. Gebeurtenissen blijven hier zichtbaar, { $waiting ->
        [one] { $waiting } gebeurtenis wacht
       *[other] { $waiting } gebeurtenissen wachten
    } om te worden geschreven; de geschiedenis probeert het vanzelf opnieuw.
trouble-history-list-full = De geschiedenis is nog steeds gepauzeerd en de wachtrij is vol ({ $held ->
        [one] { $held } gebeurtenis
       *[other] { $held } gebeurtenissen
    }): gebeurtenissen die vanaf nu binnenkomen tot de geschiedenis verdergaat, ontbreken in de geschiedenis, en dat gat wordt gemarkeerd.
trouble-history-resumed = De geschiedenis wordt weer geschreven, en wat wachtte, is bewaard ({ $written ->
        [one] { $written } gebeurtenis
       *[other] { $written } gebeurtenissen
    }).
trouble-history-resumed-gap = De geschiedenis wordt weer geschreven, en wat wachtte, is bewaard ({ $written ->
        [one] { $written } gebeurtenis
       *[other] { $written } gebeurtenissen
    }). Niet in de geschiedenis: { $missed ->
        [one] { $missed } gebeurtenis
       *[other] { $missed } gebeurtenissen
    } ontvangen tijdens de pauze; het gat is gemarkeerd in de tijdlijnen van de kamers en in exports.
trouble-history-file-removed = Het geschiedenisbestand { $path } is verwijderd terwijl Mews Monitor draaide: er is daar een nieuw bestand begonnen, en gebeurtenissen worden vanaf nu daarin bewaard.
trouble-history-file-not-restarted = Het geschiedenisbestand { $path } is verwijderd terwijl Mews Monitor draaide, en er kan nog geen nieuw bestand worden begonnen ({ $detail }). Gebeurtenissen blijven hier zichtbaar; de geschiedenis probeert het vanzelf opnieuw.
trouble-history-stopped = De geschiedenis is gestopt: gebeurtenissen blijven hier zichtbaar, maar die vanaf nu binnenkomen, worden niet op deze computer bewaard. Start Mews Monitor opnieuw om ze weer te bewaren.
write-disk-full = de schijf vol is
write-read-only = het geschiedenisbestand niet kan worden gewijzigd
write-permission-denied = deze gebruiker niet naar het geschiedenisbestand mag schrijven
write-io = er niet naar de schijf kon worden geschreven
write-other = het schrijven is mislukt ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } kamer uit Mews geladen
       *[other] { $loaded } kamers uit Mews geladen
    }; { $changed } offline gewijzigd
summary-rooms-named = { $loaded ->
        [one] { $loaded } kamer uit Mews geladen
       *[other] { $loaded } kamers uit Mews geladen
    }; { $changed } offline gewijzigd ({ $names })
summary-changed = { $count ->
        [one] { $count } reservering offline gewijzigd ({ $numbers })
       *[other] { $count } reserveringen offline gewijzigd ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } aankomst
       *[other] { $arrivals } aankomsten
    } op { $date } uit Mews geladen ({ $arrived } aangekomen), { $in_house ->
        [one] { $in_house } gast
       *[other] { $in_house } gasten
    } in huis
summary-guests = Namen van { $found ->
        [one] { $found } gast
       *[other] { $found } gasten
    } uit Mews geladen
summary-guests-missing = Namen van { $found ->
        [one] { $found } gast
       *[other] { $found } gasten
    } uit Mews geladen ({ $missing } niet gevonden)
summary-guests-failed = Namen van { $asked ->
        [one] { $asked } gast
       *[other] { $asked } gasten
    } konden niet worden geladen: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = Het instellingenbestand kon niet worden gelezen ({ $detail }); de app is gestart met de standaardinstellingen.
trouble-settings-unreadable-kept = Het instellingenbestand kon niet worden gelezen ({ $detail }); de app is gestart met de standaardinstellingen en heeft het oude bestand bewaard als { $path }.
trouble-settings-not-saved = De instellingen konden niet worden opgeslagen in { $path } ({ $detail }); de app probeert het zo opnieuw.
trouble-window-layout-restored = Het bestand met de vensterindeling was beschadigd; de laatste goede indeling is hersteld.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = De instelling { $name } van uw organisatie ({ $scope ->
        [user] gebruikersbeleid
       *[computer] computerbeleid
    }) is { $value }, wat niet kan worden gebruikt: { $expected }. Deze wordt genegeerd.
policy-unknown = Het beleid van uw organisatie ({ $scope ->
        [user] gebruikersbeleid
       *[computer] computerbeleid
    }) bevat een instelling { $name } die deze versie van Mews Monitor niet kent. Deze wordt genegeerd.
policy-api-url-alone = Het beleid van uw organisatie stelt ApiUrl in, maar geen WebSocketUrl; Mews Monitor heeft beide nodig om eigen adressen te gebruiken. ApiUrl wordt genegeerd.
policy-unreadable = Het beleid van uw organisatie ({ $scope ->
        [user] gebruikersbeleid
       *[computer] computerbeleid
    }) kon niet worden gelezen: { $why }. Het wordt genegeerd.
policy-locked = Uw organisatie heeft vastgelegd waarmee Mews Monitor op deze computer verbinding maakt (LockConnection), dus { $option } kan niet worden gebruikt. Laat het weg om verbinding te maken waar de organisatie dat aangeeft.
