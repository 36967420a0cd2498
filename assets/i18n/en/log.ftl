# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Export…
log-export-hover = Save the events shown to CSV or JSON Lines
log-shown = { $count ->
    [one] { $count } event shown
   *[other] { $count } events shown
}
log-shown-of = { $count ->
    [one] { $count } event shown of { $total }
   *[other] { $count } events shown of { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } older event no longer kept here (still in history)
   *[other] {" · "}{ $count } older events no longer kept here (still in history)
}
log-resync = Resync at { $time }: { $resync }
log-resync-hover = After every connect the rooms are reloaded from Mews; rooms whose state changed meanwhile are marked on the board and in the rooms table.
log-column-seq = Seq
log-column-received = Received
log-column-type = Type
log-column-state = State
log-column-names = Names
log-column-id = Id
log-name-resource = resource
log-name-floor = floor
log-name-reservation = reservation
log-name-device = device
log-all-types = All types
log-filter-type = Type
log-all-states = All states
log-filter-state = State
log-search = Search events
log-search-hint = id, room, reservation…
log-show-all = Show all events
log-follow = Follow newest
log-follow-hover = Keep the newest event in view. Selecting a row or scrolling up pauses it.
log-event = Event { $seq }
log-close = Close
log-received = Received { $at }
log-as-sent = As Mews sent it (fields the monitor does not use included):

## The problems and diagnostics window
problems-title = Problems and diagnostics
problems-diagnostics = Diagnostics
problems-requests = Mews requests: { $used } of { $limit } allowed in the last 30 s · { $total } in all · { $throttled } throttled
problems-requests-none = Mews requests: none yet
problems-proxy = Proxy: { $proxy }
problems-trust = Certificates checked by { $trust }
problems-notifications = Alerts also appear as desktop notifications.
problems-last-resync = Last resync at { $time }: { $resync }
problems-last-guests = Guests at { $time }: { $guests }
problems-log = Event log: { $kept } kept of at most { $capacity }; { $dropped } older dropped
problems-heading = Problems ({ $count })
problems-none = Nothing has gone wrong.

## The export window
export-title = Export the event log
export-what = { $count ->
    [one] Exports the { $count } event shown in the log, with the current filters.
   *[other] Exports the { $count } events shown in the log, with the current filters.
}
export-csv = CSV (spreadsheets)
export-jsonl = JSON Lines (scripts)
export-file = File
export-save = Save
export-no-file = Name a file to write to.
export-not-written = { $path } could not be written: { $problem }
export-written = { $count ->
    [one] { $count } event written to { $path }
   *[other] { $count } events written to { $path }
}
