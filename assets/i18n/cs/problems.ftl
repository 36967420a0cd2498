# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.
# Czech plurals: one (1), few (2–4), many (fractions), other (0, 5 and more).
# lookup-* are in the accusative ("Z Mews se nepodařilo načíst …").

## Messages from Mews
trouble-unreadable-message = Nečitelná zpráva od Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Přeskočena událost č. { $number } ve zprávě ({ $reason }): { $excerpt }
trouble-binary-message = Mews poslal binární zprávu o velikosti { $bytes } B, která není text; byla přeskočena.
trouble-over-hard-limit = Mews poslal zprávu přesahující pevný limit velikosti ({ $detail }); spojení bylo resetováno.
trouble-message-too-large = Mews poslal zprávu o velikosti { $size } MiB, která překračuje limit { $limit } MiB; byla přeskočena.

## Loading names and details from Mews
trouble-lookup-failed = Z Mews se nepodařilo načíst { $what }: { $why }
trouble-lookups-rejected = Mews odmítl tokeny pro názvy pokojů a rezervací: { $message }
trouble-hotel-day-unknown = Dnešní příjezdy se nepodařilo načíst: { $detail }.
lookup-hotel = údaje o hotelu
lookup-rooms = pokoje
lookup-open-commands = otevřené příkazy zařízení
lookup-arrivals = dnešní příjezdy
lookup-changed-reservations = rezervace změněné během výpadku spojení
lookup-rates = názvy cen
lookup-guests = jména hostů
lookup-reservations = čísla rezervací
lookup-commands = názvy zařízení
rest-refused = Mews požadavek odmítl: { $message }
rest-too-heavy = požadavek byl příliš velký na to, aby Mews stihl odpovědět včas
rest-throttled = Mews požádal monitor o zpomalení a monitor to prozatím vzdal
rest-http = Mews odpověděl chybou (HTTP { $status }): { $message }
rest-network = Mews nebyl dostupný: { $detail }
rest-unreadable = odpověď od Mews nebylo možné přečíst: { $detail }
rest-address = adresa REST „{ $address }“ musí začínat https:// (http:// jen pro tento počítač)

## History
trouble-history-not-kept = V této relaci se historie neukládá: { $detail }
trouble-history-damaged = Soubor historie byl poškozen. Byl přesunut do { $path } a byl založen nový.
trouble-history-paused = Historie je pozastavena, protože { $why }. Události se zde dál zobrazují, { $waiting ->
        [one] na zápis čeká { $waiting } událost
        [few] na zápis čekají { $waiting } události
        [many] na zápis čeká { $waiting } události
       *[other] na zápis čeká { $waiting } událostí
    }; historie to sama zkusí znovu.
trouble-history-list-full = Historie je stále pozastavena a její fronta čekajících je plná ({ $held ->
        [one] { $held } událost
        [few] { $held } události
        [many] { $held } události
       *[other] { $held } událostí
    }): události přijaté od této chvíle až do obnovení budou v historii chybět a tato mezera bude označena.
trouble-history-resumed = Historie se znovu zapisuje a to, co čekalo, je uloženo ({ $written ->
        [one] { $written } událost
        [few] { $written } události
        [many] { $written } události
       *[other] { $written } událostí
    }).
trouble-history-resumed-gap = Historie se znovu zapisuje a to, co čekalo, je uloženo ({ $written ->
        [one] { $written } událost
        [few] { $written } události
        [many] { $written } události
       *[other] { $written } událostí
    }). V historii chybí: { $missed ->
        [one] { $missed } událost přijatá
        [few] { $missed } události přijaté
        [many] { $missed } události přijaté
       *[other] { $missed } událostí přijatých
    } během pozastavení; mezera je označena na časových osách pokojů a v exportech.
trouble-history-file-removed = Soubor historie { $path } byl odstraněn za běhu aplikace Mews Monitor: byl tam založen nový a události se od této chvíle ukládají do něj.
trouble-history-file-not-restarted = Soubor historie { $path } byl odstraněn za běhu aplikace Mews Monitor a nový zatím nelze založit ({ $detail }). Události se zde dál zobrazují; historie to sama zkusí znovu.
trouble-history-stopped = Historie se zastavila: události se zde dál zobrazují, ale ty přijaté od této chvíle se na tomto počítači neukládají. Restartujte Mews Monitor, aby se znovu ukládaly.
write-disk-full = je disk plný
write-read-only = soubor historie nelze změnit
write-permission-denied = tento uživatel nesmí zapisovat do souboru historie
write-io = na disk nebylo možné zapisovat
write-other = zápis selhal ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } pokoj načten z Mews
        [few] { $loaded } pokoje načteny z Mews
        [many] { $loaded } pokoje načteno z Mews
       *[other] { $loaded } pokojů načteno z Mews
    }; změněno během výpadku spojení: { $changed }
summary-rooms-named = { $loaded ->
        [one] { $loaded } pokoj načten z Mews
        [few] { $loaded } pokoje načteny z Mews
        [many] { $loaded } pokoje načteno z Mews
       *[other] { $loaded } pokojů načteno z Mews
    }; změněno během výpadku spojení: { $changed } ({ $names })
summary-changed = { $count ->
        [one] { $count } rezervace změněna během výpadku spojení ({ $numbers })
        [few] { $count } rezervace změněny během výpadku spojení ({ $numbers })
        [many] { $count } rezervace změněno během výpadku spojení ({ $numbers })
       *[other] { $count } rezervací změněno během výpadku spojení ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } příjezd
        [few] { $arrivals } příjezdy
        [many] { $arrivals } příjezdu
       *[other] { $arrivals } příjezdů
    } na { $date } (načteno z Mews, přijelo: { $arrived }), { $in_house ->
        [one] { $in_house } ubytovaný host
        [few] { $in_house } ubytovaní hosté
        [many] { $in_house } ubytovaného hosta
       *[other] { $in_house } ubytovaných hostů
    }
summary-guests = Jména { $found ->
        [one] { $found } hosta
        [few] { $found } hostů
        [many] { $found } hosta
       *[other] { $found } hostů
    } načtena z Mews
summary-guests-missing = Jména { $found ->
        [one] { $found } hosta
        [few] { $found } hostů
        [many] { $found } hosta
       *[other] { $found } hostů
    } načtena z Mews (nenalezeno: { $missing })
summary-guests-failed = Jména { $asked ->
        [one] { $asked } hosta
        [few] { $asked } hostů
        [many] { $asked } hosta
       *[other] { $asked } hostů
    } se nepodařilo načíst: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = Soubor nastavení nelze přečíst ({ $detail }); aplikace se spustila s výchozím nastavením.
trouble-settings-unreadable-kept = Soubor nastavení nelze přečíst ({ $detail }); aplikace se spustila s výchozím nastavením a starý soubor uchovala jako { $path }.
trouble-settings-not-saved = Nastavení se nepodařilo uložit do { $path } ({ $detail }); aplikace to za chvíli zkusí znovu.
trouble-window-layout-restored = Soubor s rozložením okna byl poškozen; bylo obnoveno poslední funkční rozložení.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = Nastavení { $name } vaší organizace ({ $scope ->
        [user] zásada uživatele
       *[computer] zásada počítače
    }) má hodnotu { $value }, kterou nelze použít: { $expected }. Ignoruje se.
policy-unknown = Zásada vaší organizace ({ $scope ->
        [user] zásada uživatele
       *[computer] zásada počítače
    }) obsahuje nastavení { $name }, které tato verze Mews Monitor nezná. Ignoruje se.
policy-api-url-alone = Zásada vaší organizace nastavuje ApiUrl, ale ne WebSocketUrl; Mews Monitor potřebuje obojí, aby mohl používat vlastní adresy. ApiUrl se ignoruje.
policy-unreadable = Zásadu vaší organizace ({ $scope ->
        [user] zásada uživatele
       *[computer] zásada počítače
    }) nelze přečíst: { $why }. Ignoruje se.
policy-locked = Vaše organizace pevně určila, kam se Mews Monitor na tomto počítači připojuje (LockConnection), proto nelze použít { $option }. Tuto volbu vynechte a Mews Monitor se připojí tam, kam určuje organizace.
