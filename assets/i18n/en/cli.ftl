# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problem: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Error: { $problem }
cli-say-where = say where to connect: --env demo, --env production or --ws-url URL
cli-say-which-mews = say which Mews to ask: --env demo, --env production or --api-url URL
cli-no-data-folder = this computer has no data folder for history
cli-no-history = there is no history yet at { $path }
cli-not-created = { $path } could not be created: { $detail }
cli-tokens-stopped = looking up the tokens stopped unexpectedly ({ $detail })
cli-own-path-unknown = this program's own path is not known: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor is already open; it has been brought to the front.
instance-did-not-answer = Mews Monitor is already open, but it did not answer; look for its window, or close it and start again.
cli-window-failed = the window could not open ({ $detail }): Mews Monitor needs a graphical desktop
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
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (profile { $profile })
tokens-removed = Tokens removed from the system keyring (profile { $profile })
tokens-session-only = For this session only, `mews-monitor tail` also takes the tokens from { $client } and { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = could not read the { $name } from standard input
tokens-missing = expected two lines on standard input, the ClientToken then the AccessToken; the { $name } is missing
tokens-invalid = the { $name } is not valid
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: no room has this name or id; it is watched as an id
watch-several-rooms = --watch { $value }: { $count } rooms have this name; watching all of them
