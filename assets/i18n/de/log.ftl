# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Exportieren…
log-export-hover = Die angezeigten Ereignisse als CSV oder JSON Lines speichern
log-shown = { $count ->
    [one] { $count } Ereignis angezeigt
   *[other] { $count } Ereignisse angezeigt
}
log-shown-of = { $count ->
    [one] { $count } Ereignis von { $total } angezeigt
   *[other] { $count } Ereignisse von { $total } angezeigt
}
log-dropped = { $count ->
    [one] {" · "}{ $count } älteres Ereignis nicht mehr hier (weiterhin im Verlauf)
   *[other] {" · "}{ $count } ältere Ereignisse nicht mehr hier (weiterhin im Verlauf)
}
log-resync = Abgleich um { $time }: { $resync }
log-resync-hover = Nach jedem Verbindungsaufbau werden die Zimmer neu aus Mews geladen; Zimmer, deren Status sich inzwischen geändert hat, werden in der Übersicht und in der Zimmertabelle markiert.
log-column-seq = Nr.
log-column-received = Empfangen
log-column-type = Typ
log-column-state = Status
log-column-names = Namen
log-column-id = ID
log-name-resource = Ressource
log-name-floor = Etage
log-name-reservation = Reservierung
log-name-device = Gerät
log-all-types = Alle Typen
log-filter-type = Typ
log-all-states = Alle Status
log-filter-state = Status
log-search = Ereignisse durchsuchen
log-search-hint = ID, Zimmer, Reservierung…
log-show-all = Alle Ereignisse anzeigen
log-follow = Neueste verfolgen
log-follow-hover = Das neueste Ereignis bleibt sichtbar. Eine Zeile auswählen oder nach oben scrollen hält dies an.
log-event = Ereignis { $seq }
log-close = Schließen
log-received = Empfangen { $at }
log-as-sent = So, wie Mews es gesendet hat (einschließlich Felder, die der Monitor nicht verwendet):

## The problems and diagnostics window
problems-title = Probleme und Diagnose
problems-diagnostics = Diagnose
problems-requests = Mews-Anfragen: { $used } von { $limit } erlaubten in den letzten 30 s · { $total } insgesamt · { $throttled } gedrosselt
problems-requests-none = Mews-Anfragen: noch keine
problems-proxy = Proxy: { $proxy }
problems-trust = Zertifikate geprüft durch { $trust }
problems-notifications = Meldungen erscheinen auch als Desktop-Benachrichtigungen.
problems-last-resync = Letzter Abgleich um { $time }: { $resync }
problems-last-guests = Gäste um { $time }: { $guests }
problems-log = Ereignisprotokoll: { $kept } von höchstens { $capacity } gespeichert; { $dropped } ältere verworfen
problems-heading = Probleme ({ $count })
problems-none = Es sind keine Probleme aufgetreten.

## The export window
export-title = Ereignisprotokoll exportieren
export-what = { $count ->
    [one] Exportiert { $count } im Protokoll angezeigtes Ereignis, mit den aktuellen Filtern.
   *[other] Exportiert die { $count } im Protokoll angezeigten Ereignisse, mit den aktuellen Filtern.
}
export-csv = CSV (Tabellenkalkulation)
export-jsonl = JSON Lines (Skripte)
export-file = Datei
export-save = Speichern
export-no-file = Geben Sie einen Dateinamen an.
export-not-written = { $path } konnte nicht geschrieben werden: { $problem }
export-written = { $count ->
    [one] { $count } Ereignis in { $path } geschrieben
   *[other] { $count } Ereignisse in { $path } geschrieben
}
