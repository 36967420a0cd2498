# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.

## The Arrivals panel
arrivals-heading = Arrivals
arrivals-not-loaded = Today's arrivals appear here once they are loaded from Mews.
arrivals-today = Today at the hotel: { $date }
arrivals-none = No arrivals today.
arrivals-search = Find a guest or reservation
arrivals-search-hint = name or number
arrivals-search-clear = Clear
arrivals-search-clear-hover = Show every arrival
arrivals-found = { $found ->
    [0] No arrival matches
   *[other] { $found } of { $all } arrivals match
}
arrivals-arrival-at = Arrival { $at }
arrivals-arrival-unknown = Arrival time not known
arrivals-no-room = No room assigned
arrivals-state-since = In this state since { $at }
arrivals-changed-offline = (changed while offline)

## A guest
guest-name-loading = Name loading…
guest-name-unavailable = Name unavailable
guest-no-name = Mews holds no name for this guest.
guest-not-in-mews = Mews did not return this guest (the profile may have been removed or merged).
guest-not-loaded = The guest could not be loaded: { $reason }
guest-vip = VIP
guest-vip-hover = Important guest (VIP), as classified in Mews
guest-very-vip = VIP+
guest-very-vip-hover = Very important guest (VIP+), as classified in Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Reservation { $number }

## Guests waiting at the desk
waiting-heading = Waiting: { $count ->
    [one] { $count } guest
   *[other] { $count } guests
}
waiting-show-room = Show the room
waiting-waited = Waiting { $waited }
waiting-for-since = { $length } (since { $time })
waiting-since = since { $time }
waiting-room-ready = { $room } is ready ({ $state })
waiting-room-not-ready = { $room } is not ready: { $mark } { $state }
waiting-in-mews = Waiting (set in Mews)
waiting-in-mews-hover = Mews classifies this guest as waiting for a room
waiting-at-desk = Waiting
waiting-at-desk-hover = Put on the waiting list at this desk
waiting-start = Guest is waiting
waiting-start-hover = The guest is at the desk: list them under Waiting until their room is ready
waiting-stop = Not waiting
waiting-stop-hover = Take the guest off the waiting list

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } open alert
   *[other] { $count } open alerts
}
alert-count-more = { $count ->
    [one] { $count } open alert; waiting guests and the newest are shown
   *[other] { $count } open alerts; waiting guests and the newest are shown
}
alert-acknowledge = Acknowledge
alert-acknowledge-hover = Remove this notice
alert-acknowledge-all = Acknowledge all { $count }
alert-acknowledge-all-hover = Remove every alert from this banner
alert-ready = { $room } is ready ({ $state })
alert-out-of-order = { $room } went out of order
alert-out-of-service = { $room } went out of service
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } is waiting: { $alert }
alert-guest-of = The guest of reservation { $number }
alert-fired = { $count ->
    [one] { $count } time
   *[other] { $count } times
}
alert-now = now { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = A guest is waiting (reservation { $number }): { $alert }
notify-body = At { $time }: Mews Monitor alert { $id }
notify-unavailable = This computer shows no desktop notifications; alerts appear in the app only

## Copying for support tickets, and the brief notice that says so
copy-id = Copy id
copy-ticket-line = Copy ticket line
copy-reservation-number = Copy reservation number
copy-copied-id = Copied id
copy-copied-ticket-line = Copied ticket line
copy-copied-reservation-number = Copied reservation number
