# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.
# German: lookup-* are accusative ("Mews Monitor konnte die Zimmer nicht … laden"),
# write-* finish a "weil …" clause with the verb last.

## Messages from Mews
trouble-unreadable-message = Unlesbare Nachricht von Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Ereignis Nr. { $number } einer Nachricht übersprungen ({ $reason }): { $excerpt }
trouble-binary-message = Mews hat eine binäre Nachricht mit { $bytes } Byte gesendet, die kein Text ist; sie wurde übersprungen.
trouble-over-hard-limit = Mews hat eine Nachricht über der festen Größengrenze gesendet ({ $detail }); die Verbindung wurde zurückgesetzt.
trouble-message-too-large = Mews hat eine Nachricht mit { $size } MiB gesendet, über der Grenze von { $limit } MiB; sie wurde übersprungen.

## Loading names and details from Mews
trouble-lookup-failed = Mews Monitor konnte { $what } nicht aus Mews laden: { $why }
trouble-lookups-rejected = Mews hat die Tokens für Zimmer- und Reservierungsnamen abgelehnt: { $message }
trouble-hotel-day-unknown = Die heutigen Anreisen konnten nicht geladen werden: { $detail }.
lookup-hotel = die Hoteldaten
lookup-rooms = die Zimmer
lookup-open-commands = die offenen Gerätebefehle
lookup-arrivals = die heutigen Anreisen
lookup-changed-reservations = die offline geänderten Reservierungen
lookup-rates = die Ratennamen
lookup-guests = die Gästenamen
lookup-reservations = die Reservierungsnummern
lookup-commands = die Gerätenamen
rest-refused = Mews hat die Anfrage abgelehnt: { $message }
rest-too-heavy = die Anfrage war zu groß, als dass Mews rechtzeitig hätte antworten können
rest-throttled = Mews hat den Monitor gebeten, langsamer zu werden, und er hat es vorerst aufgegeben
rest-http = Mews hat mit einem Fehler geantwortet (HTTP { $status }): { $message }
rest-network = Mews war nicht erreichbar: { $detail }
rest-unreadable = die Antwort von Mews konnte nicht gelesen werden: { $detail }
rest-address = die REST-Adresse „{ $address }“ muss mit https:// beginnen (http:// nur für diesen Computer)

## History
trouble-history-not-kept = In dieser Sitzung wird kein Verlauf gespeichert: { $detail }
trouble-history-damaged = Die Verlaufsdatei war beschädigt. Sie wurde nach { $path } verschoben, und eine neue wurde angelegt.
trouble-history-paused = Der Verlauf ist pausiert, weil { $why }. Ereignisse werden weiter hier angezeigt, { $waiting ->
        [one] { $waiting } Ereignis wartet
       *[other] { $waiting } Ereignisse warten
    } darauf, geschrieben zu werden; der Verlauf versucht es von selbst erneut.
trouble-history-list-full = Der Verlauf ist weiterhin pausiert, und seine Warteliste ist voll ({ $held ->
        [one] { $held } Ereignis
       *[other] { $held } Ereignisse
    }): Ereignisse, die ab jetzt bis zur Wiederaufnahme eingehen, werden im Verlauf fehlen, und diese Lücke wird markiert.
trouble-history-resumed = Der Verlauf wird wieder geschrieben, und was gewartet hat, bleibt erhalten ({ $written ->
        [one] { $written } Ereignis
       *[other] { $written } Ereignisse
    }).
trouble-history-resumed-gap = Der Verlauf wird wieder geschrieben, und was gewartet hat, bleibt erhalten ({ $written ->
        [one] { $written } Ereignis
       *[other] { $written } Ereignisse
    }). Nicht im Verlauf: { $missed ->
        [one] { $missed } Ereignis, das während der Pause eingegangen ist
       *[other] { $missed } Ereignisse, die während der Pause eingegangen sind
    }; die Lücke ist in den Zeitleisten der Zimmer und in Exporten markiert.
trouble-history-file-removed = Die Verlaufsdatei { $path } wurde entfernt, während Mews Monitor lief: Dort wurde eine neue angelegt, und Ereignisse werden ab jetzt darin gespeichert.
trouble-history-file-not-restarted = Die Verlaufsdatei { $path } wurde entfernt, während Mews Monitor lief, und eine neue kann noch nicht angelegt werden ({ $detail }). Ereignisse werden weiter hier angezeigt; der Verlauf versucht es von selbst erneut.
trouble-history-stopped = Der Verlauf wurde gestoppt: Ereignisse werden weiter hier angezeigt, aber ab jetzt eingehende werden nicht auf diesem Computer gespeichert. Starten Sie Mews Monitor neu, um sie wieder zu speichern.
write-disk-full = die Festplatte voll ist
write-read-only = die Verlaufsdatei nicht geändert werden kann
write-permission-denied = dieser Benutzer die Verlaufsdatei nicht schreiben darf
write-io = nicht auf die Festplatte geschrieben werden konnte
write-other = das Schreiben fehlgeschlagen ist ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } Zimmer aus Mews geladen
       *[other] { $loaded } Zimmer aus Mews geladen
    }; { $changed } offline geändert
summary-rooms-named = { $loaded ->
        [one] { $loaded } Zimmer aus Mews geladen
       *[other] { $loaded } Zimmer aus Mews geladen
    }; { $changed } offline geändert ({ $names })
summary-changed = { $count ->
        [one] { $count } Reservierung offline geändert ({ $numbers })
       *[other] { $count } Reservierungen offline geändert ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } Anreise
       *[other] { $arrivals } Anreisen
    } am { $date } aus Mews geladen ({ $arrived } angereist), { $in_house ->
        [one] { $in_house } Gast
       *[other] { $in_house } Gäste
    } im Haus
summary-guests = Namen von { $found ->
        [one] { $found } Gast
       *[other] { $found } Gästen
    } aus Mews geladen
summary-guests-missing = Namen von { $found ->
        [one] { $found } Gast
       *[other] { $found } Gästen
    } aus Mews geladen ({ $missing } nicht gefunden)
summary-guests-failed = Namen von { $asked ->
        [one] { $asked } Gast
       *[other] { $asked } Gästen
    } konnten nicht geladen werden: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = Die Einstellungsdatei konnte nicht gelesen werden ({ $detail }); die App wurde mit den Standardeinstellungen gestartet.
trouble-settings-unreadable-kept = Die Einstellungsdatei konnte nicht gelesen werden ({ $detail }); die App wurde mit den Standardeinstellungen gestartet und hat die alte Datei als { $path } aufbewahrt.
trouble-settings-not-saved = Die Einstellungen konnten nicht in { $path } gespeichert werden ({ $detail }); die App versucht es gleich noch einmal.
trouble-window-layout-restored = Die Datei mit der Fensteranordnung war beschädigt; die letzte funktionierende Anordnung wurde wiederhergestellt.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = Die Einstellung { $name } Ihrer Organisation ({ $scope ->
        [user] Benutzerrichtlinie
       *[computer] Computerrichtlinie
    }) ist { $value }, was nicht verwendet werden kann: { $expected }. Sie wird ignoriert.
policy-unknown = Die Richtlinie Ihrer Organisation ({ $scope ->
        [user] Benutzerrichtlinie
       *[computer] Computerrichtlinie
    }) enthält eine Einstellung { $name }, die diese Version von Mews Monitor nicht kennt. Sie wird ignoriert.
policy-api-url-alone = Die Richtlinie Ihrer Organisation legt ApiUrl fest, aber keine WebSocketUrl; Mews Monitor braucht beide, um eigene Adressen zu verwenden. ApiUrl wird ignoriert.
policy-unreadable = Die Richtlinie Ihrer Organisation ({ $scope ->
        [user] Benutzerrichtlinie
       *[computer] Computerrichtlinie
    }) konnte nicht gelesen werden: { $why }. Sie wird ignoriert.
policy-locked = Ihre Organisation hat festgelegt, wohin sich Mews Monitor auf diesem Computer verbindet (LockConnection), daher kann { $option } nicht verwendet werden. Lassen Sie es weg, um sich dorthin zu verbinden, wo die Organisation es vorgibt.
