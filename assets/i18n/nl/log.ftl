# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Exporteren…
log-export-hover = De getoonde gebeurtenissen opslaan als CSV of JSON Lines
log-shown = { $count ->
    [one] { $count } gebeurtenis getoond
   *[other] { $count } gebeurtenissen getoond
}
log-shown-of = { $count ->
    [one] { $count } gebeurtenis getoond van { $total }
   *[other] { $count } gebeurtenissen getoond van { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } oudere gebeurtenis niet meer hier bewaard (nog in de geschiedenis)
   *[other] {" · "}{ $count } oudere gebeurtenissen niet meer hier bewaard (nog in de geschiedenis)
}
log-resync = Hersynchronisatie om { $time }: { $resync }
log-resync-hover = Na elke verbinding worden de kamers opnieuw uit Mews geladen; kamers waarvan de status intussen is gewijzigd, worden gemarkeerd in het overzicht en in de kamertabel.
log-column-seq = Nr.
log-column-received = Ontvangen
log-column-type = Type
log-column-state = Status
log-column-names = Namen
log-column-id = ID
log-name-resource = resource
log-name-floor = verdieping
log-name-reservation = reservering
log-name-device = apparaat
log-all-types = Alle typen
log-filter-type = Type
log-all-states = Alle statussen
log-filter-state = Status
log-search = Gebeurtenissen zoeken
log-search-hint = ID, kamer, reservering…
log-show-all = Alle gebeurtenissen tonen
log-follow = Nieuwste volgen
log-follow-hover = Houdt de nieuwste gebeurtenis in beeld. Een rij selecteren of omhoog scrollen pauzeert dit.
log-event = Gebeurtenis { $seq }
log-close = Sluiten
log-received = Ontvangen { $at }
log-as-sent = Zoals Mews het verstuurde (inclusief velden die de monitor niet gebruikt):

## The problems and diagnostics window
problems-title = Problemen en diagnose
problems-diagnostics = Diagnose
problems-requests = Verzoeken aan Mews: { $used } van { $limit } toegestaan in de laatste 30 s · { $total } in totaal · { $throttled } afgeremd
problems-requests-none = Verzoeken aan Mews: nog geen
problems-proxy = Proxy: { $proxy }
problems-trust = Certificaten gecontroleerd door { $trust }
problems-notifications = Meldingen verschijnen ook als bureaubladmeldingen.
problems-last-resync = Laatste hersynchronisatie om { $time }: { $resync }
problems-last-guests = Gasten om { $time }: { $guests }
problems-log = Logboek: { $kept } bewaard van maximaal { $capacity }; { $dropped } oudere verwijderd
problems-heading = Problemen ({ $count })
problems-none = Er is niets misgegaan.

## The export window
export-title = Logboek exporteren
export-what = { $count ->
    [one] Exporteert { $count } gebeurtenis die in het logboek wordt getoond, met de huidige filters.
   *[other] Exporteert de { $count } gebeurtenissen die in het logboek worden getoond, met de huidige filters.
}
export-csv = CSV (spreadsheets)
export-jsonl = JSON Lines (scripts)
export-file = Bestand
export-save = Opslaan
export-no-file = Geef een bestandsnaam op.
export-not-written = { $path } kon niet worden geschreven: { $problem }
export-written = { $count ->
    [one] { $count } gebeurtenis geschreven naar { $path }
   *[other] { $count } gebeurtenissen geschreven naar { $path }
}
