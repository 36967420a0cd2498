# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problem: { $problem }
cli-resync = { $rooms ->
    [one] loaded { $rooms } room; { $changed } changed while offline
   *[other] loaded { $rooms } rooms; { $changed } changed while offline
}
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = time zone unknown
cli-watch-needs-rest = room names need the REST address (--api-url or --env): --watch values are taken as room ids
cli-route = proxy: { $proxy }; certificates checked by { $trust }
cli-tokens-environment = using the tokens from { $client } and { $access }
cli-tokens-keyring = using the tokens saved in the system keyring (profile { $profile })
cli-guests-unavailable = guest names unavailable: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } arrival
   *[other] { $count } arrivals
}
cli-rooms-count = { $count ->
    [one] { $count } room
   *[other] { $count } rooms
}
cli-exported-count = { $count ->
    [one] { $count } event exported
   *[other] { $count } events exported
}
