# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %b month, %Y year; %I and %p for a 12-hour clock).
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d %b %Y
format-day-time = %d %b %H:%M:%S
format-weekday-time = %a %d %b %H:%M:%S

## Tabs
tab-board = Housekeeping board
tab-rooms = Rooms
tab-reservations = Reservations
tab-commands = Device commands
tab-prices = Price updates
tab-log = Event log
arrivals-toggle = Arrivals
arrivals-toggle-hover = Show today's arrivals beside the board

## The settings menu
settings-menu = Settings
settings-ready-rule = A room is ready for check-in when it is:
settings-ready-inspected = Inspected
settings-ready-clean = Clean or Inspected (this hotel does not inspect)
settings-look = Look:
settings-look-system = As the computer is set
settings-look-light = Light
settings-look-dark = Dark
settings-keep-history = Keep history for
settings-keep-history-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
settings-keep-history-hover = Takes effect at the next start
settings-zoom = Zoom { $percent } % (Ctrl + and Ctrl − change it)
settings-connection = Connection…
settings-language = Language:
settings-language-system = As the computer is set ({ $language })
set-by-organisation = Set by your organisation
set-by-organisation-hover = Your organisation's IT sets this for the computers of the hotel (a policy), so it cannot be changed here.

## The status bar
status-not-connected = Not connected
status-connected-since = Connected since { $time }
status-reconnecting = { $reason }. Reconnecting in { $seconds } s.
status-rejected = Mews rejected the tokens. Enter new tokens from your Mews administrator.
status-try-now = Try now
status-enter-tokens = Enter tokens
status-hotel-unknown = Hotel not known yet
status-hotel-time = { $hotel } · { $time }
status-times-in = Times are shown in { $zone }
status-loading-history = Loading history…
status-loading-history-hover = Earlier events are being read from this computer's history
status-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
status-last-event = last { $ago } ago
status-no-event = no event yet
status-last-event-hover = Last event received { $at }
status-arrivals = Arrivals ready: { $ready } of { $waiting }
status-arrivals-arrived = {" · "}{ $arrived } arrived
status-arrivals-hover = Today's arrivals whose room is ready, of those not yet checked in
status-problems = { $count ->
    [0] No problems
    [one] { $count } problem
   *[other] { $count } problems
}
status-problems-hover = Show problems and diagnostics
status-history-paused = ⏸ History paused: { $waiting } waiting
status-history-paused-missing = ⏸ History paused: { $waiting } waiting, { $missing } missing
status-history-paused-hover = History cannot be written on this computer just now (see Problems). Events still show here, and history resumes by itself.

## The connection screen
connect-tagline = Live room states, reservations, device commands and price updates.
connect-icon = Mews Monitor icon
connect-heading = Connect to Mews
connect-where = Where
place-built-in-demo = Built-in demo hotel (no Mews account needed)
place-mews-demo = Mews demo
place-production = Mews production
place-custom = Custom addresses
connect-ws-address = WebSocket address
connect-rest-address = REST address
connect-ws-address-shown = WebSocket address: { $address }
connect-rest-address-shown = REST address: { $address }
connect-demo-note = The demo hotel runs inside this app and uses its own demo tokens.
connect-client = Client: { $client } (sent with every request to Mews)
connect-testing = Asking Mews for the hotel's name…
connect-test-works = Connection works: { $hotel }
connect-test-failed = Connection test failed: { $problem }
connect-test-demo = the built-in demo hotel
connect-test-no-rest = there is no REST address to test
connect-button = Connect
connect-test-button = Test connection
connect-back = Back to the monitor
connect-tokens = Tokens
connect-tokens-note = From your Mews administrator. They are kept in the system keyring, never in a file.
connect-token-hint = paste here
connect-token-wrong = This { $name } cannot be right: { $problem }.
connect-looking-for-tokens = Looking for saved tokens in the system keyring…
connect-forget = Forget tokens
connect-use-saved = Leave the fields empty to use the saved tokens.
connect-remember = Remember on this computer
connect-remember-impossible = Not possible: no system keyring. The tokens stay in memory for this session only.
connect-keyring-retry = Try the keyring again
connect-not-saved = The tokens were not saved: { $problem } They are used for this session only.

## The proxy, in the connection screen
proxy-heading = Advanced: proxy
proxy-note = Only if IT gave you a proxy for this app. Empty: this computer's proxy settings are used.
proxy-address = Proxy address
proxy-user = Proxy user
proxy-user-hint = optional
proxy-password = Proxy password
proxy-password-hint = type here
proxy-looking = Looking for the proxy password in the system keyring…
proxy-password-saved = A password is saved for this proxy user. Type a new one to replace it.
proxy-not-saved = The proxy password was not saved: { $problem } It is used for this session only.
