# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Room { $room }
room-word = Room

## The board's filters
board-search = Search rooms
board-search-hint = room name
board-floor-choice = Floor
board-all-floors = All floors
board-floor = Floor { $floor }
board-no-floor = No floor
board-show-all = Show all rooms
board-showing = Showing { $shown } of { $total ->
    [one] { $total } room
   *[other] { $total } rooms
}
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }: { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Other
board-click-to-hide = Click to hide these rooms
board-click-to-show = Click to show these rooms
board-today = Today:
board-turn-first = Turn first
board-turn-first-hover = Only the rooms a guest arrives in today that are dirty, or clean but not yet inspected where the hotel inspects, as one list by arrival time
board-day-not-loaded = Today's stays are not loaded yet: rooms narrowed by their day appear once they are.

## The board's rooms
board-reading-history = Reading the rooms' last known states from history…
board-no-rooms = No rooms yet. They appear when Mews sends the hotel's rooms or the first room event.
board-heading = { $title } · { $count ->
    [one] { $count } room
   *[other] { $count } rooms
}
board-turn-first-heading = Turn first: rooms guests arrive in today, by arrival time

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = changed while offline
board-tile-unconfirmed = last known state, not yet confirmed by Mews
board-tile-alert-open = alert open
board-tile-watched = watched
# The state on a tile when none was received.
board-tile-state-unknown = Unknown
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = offline
board-tile-last-known = last known
board-tile-hover = { $label }
    Floor: { $floor }
    Previous state: { $previous }
    Changes seen: { $changes }
    Id: { $id }
board-floor-not-known = not known
board-previous-none = none
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, guest arriving { $time }

## A room's menu
board-pin = Pin to watch list
board-unpin = Unpin from watch list
board-show-timeline = Show timeline

## The room panel
room-close = Close
room-state-not-known = State not known
room-since = Since { $time } ({ $ago } ago)
room-before = Before that: { $state }
room-floor = Floor: { $floor }
room-changed-offline = Changed while the monitor was offline (found by the resync).
room-unconfirmed = Last known state from history; Mews has not confirmed it yet.
room-watch = Watch: alert me when this room is ready
room-today = Today: { $day }
room-arriving = Arriving: { $guest }

## The room's timeline
room-timeline = Timeline
room-timeline-today = Today
room-timeline-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
room-no-history = History is not kept in this session, so there is no timeline.
room-timeline-failed = The timeline could not be read: { $problem }
room-no-changes = No state changes in this period.
room-history-missed = ⚠ History missed { $count ->
    [one] { $count } event
   *[other] { $count } events
} until { $time }: this room may have changed then
room-history-missed-hover = History could not be written then (for example, the disk was full), and more events came than it could hold.

## The live tables
table-rooms = { $count ->
    [one] { $count } room
   *[other] { $count } rooms
}
table-reservations = { $count ->
    [one] { $count } reservation
   *[other] { $count } reservations
}
table-commands = { $count ->
    [one] { $count } device command
   *[other] { $count } device commands
}
table-prices = { $count ->
    [one] { $count } price update
   *[other] { $count } price updates
}
table-changed-offline = { $room } (changed while offline)
# A column's hover: "Sort by Floor".
sort-by = Sort by { $column }

## The tables' column titles
table-column-room = Room
table-column-floor = Floor
table-column-state = State
table-column-previous = Previous
table-column-since = Since
table-column-changes = Changes
table-column-id = Id
table-column-reservation = Reservation
table-column-room-assigned = Room
table-column-arrival = Arrival
table-column-departure = Departure
table-column-updated = Updated
table-column-device = Device
table-column-rate = Rate
table-column-category = Category
table-column-from = From
table-column-to = To
table-column-received = Received
