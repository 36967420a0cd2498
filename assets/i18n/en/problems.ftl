# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.

## Messages from Mews
trouble-unreadable-message = Unreadable message from Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Skipped event #{ $number } of a message ({ $reason }): { $excerpt }
trouble-binary-message = Mews sent a binary message of { $bytes } bytes that is not text; it was skipped.
trouble-over-hard-limit = Mews sent a message over the hard size limit ({ $detail }); the connection was reset.
trouble-message-too-large = Mews sent a message of { $size } MiB, over the { $limit } MiB limit; it was skipped.

## Loading names and details from Mews
trouble-lookup-failed = Could not load { $what } from Mews: { $why }
trouble-lookups-rejected = Mews rejected the tokens for room and reservation names: { $message }
trouble-hotel-day-unknown = Today's arrivals could not be loaded: { $detail }.
lookup-hotel = hotel details
lookup-rooms = rooms
lookup-open-commands = open device commands
lookup-arrivals = today's arrivals
lookup-changed-reservations = reservations changed while offline
lookup-rates = rate names
lookup-guests = guest names
lookup-reservations = reservation numbers
lookup-commands = device names
rest-refused = Mews refused the request: { $message }
rest-too-heavy = the request was too large for Mews to answer in time
rest-throttled = Mews asked the monitor to slow down and it gave up for now
rest-http = Mews answered with an error (HTTP { $status }): { $message }
rest-network = Mews could not be reached: { $detail }
rest-unreadable = the response from Mews could not be read: { $detail }
rest-address = the REST address '{ $address }' must start with https:// (http:// only for this computer)

## History
trouble-history-not-kept = History is not kept in this session: { $detail }
trouble-history-damaged = The history file was damaged. It was moved to { $path } and a new one was started.
trouble-history-paused = History is paused because { $why }. Events still show here, { $waiting ->
        [one] { $waiting } event
       *[other] { $waiting } events
    } waiting to be written; history tries again by itself.
trouble-history-list-full = History is still paused and its waiting list is full ({ $held ->
        [one] { $held } event
       *[other] { $held } events
    }): events received from now until it resumes will be missing from history, and that gap will be marked.
trouble-history-resumed = History is being written again, and what waited is kept ({ $written ->
        [one] { $written } event
       *[other] { $written } events
    }).
trouble-history-resumed-gap = History is being written again, and what waited is kept ({ $written ->
        [one] { $written } event
       *[other] { $written } events
    }). Missing from history: { $missed ->
        [one] { $missed } event
       *[other] { $missed } events
    } received while it was paused; the gap is marked in room timelines and exports.
trouble-history-file-removed = The history file { $path } was removed while Mews Monitor was running: a new one was started there, and events from now on are kept in it.
trouble-history-file-not-restarted = The history file { $path } was removed while Mews Monitor was running, and a new one cannot be started yet ({ $detail }). Events still show here; history tries again by itself.
trouble-history-stopped = History has stopped: events still show here, but those received from now on are not kept on this computer. Restart Mews Monitor to keep them again.
write-disk-full = the disk is full
write-read-only = the history file cannot be changed
write-permission-denied = this user may not write the history file
write-io = the disk could not be written
write-other = writing it failed ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } room loaded from Mews
       *[other] { $loaded } rooms loaded from Mews
    }; { $changed } changed while offline
summary-rooms-named = { $loaded ->
        [one] { $loaded } room loaded from Mews
       *[other] { $loaded } rooms loaded from Mews
    }; { $changed } changed while offline ({ $names })
summary-changed = { $count ->
        [one] { $count } reservation changed while offline ({ $numbers })
       *[other] { $count } reservations changed while offline ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } arrival
       *[other] { $arrivals } arrivals
    } on { $date } loaded from Mews ({ $arrived } arrived), { $in_house ->
        [one] { $in_house } guest
       *[other] { $in_house } guests
    } in house
summary-guests = Names of { $found ->
        [one] { $found } guest
       *[other] { $found } guests
    } loaded from Mews
summary-guests-missing = Names of { $found ->
        [one] { $found } guest
       *[other] { $found } guests
    } loaded from Mews ({ $missing } not found)
summary-guests-failed = Names of { $asked ->
        [one] { $asked } guest
       *[other] { $asked } guests
    } could not be loaded: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = The settings file could not be read ({ $detail }); the app started with default settings.
trouble-settings-unreadable-kept = The settings file could not be read ({ $detail }); the app started with default settings and kept the old file as { $path }.
trouble-settings-not-saved = The settings could not be saved to { $path } ({ $detail }); the app tries again in a moment.
trouble-window-layout-restored = The window layout file was damaged; the last good layout was restored.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = Your organisation's setting { $name } ({ $scope ->
        [user] user policy
       *[computer] computer policy
    }) is { $value }, which cannot be used: { $expected }. It is ignored.
policy-unknown = Your organisation's policy ({ $scope ->
        [user] user policy
       *[computer] computer policy
    }) has a setting { $name } that this version of Mews Monitor does not know. It is ignored.
policy-api-url-alone = Your organisation's policy sets ApiUrl but no WebSocketUrl; Mews Monitor needs both to use addresses of their own. ApiUrl is ignored.
policy-unreadable = Your organisation's policy ({ $scope ->
        [user] user policy
       *[computer] computer policy
    }) could not be read: { $why }. It is ignored.
policy-locked = Your organisation has fixed where Mews Monitor connects on this computer (LockConnection), so { $option } cannot be used. Leave it out to connect where the organisation says.
