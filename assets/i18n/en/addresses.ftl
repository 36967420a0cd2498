# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = The WebSocket address cannot be used: { $why }
address-unreadable = '{ $address }' is not a web address
address-scheme = the address must start with wss:// (it starts with { $scheme }://)
address-plain-remote = an unencrypted ws:// address is only allowed for this computer (127.0.0.1, ::1 or localhost); use wss://
address-no-host = the address has no host name
target-demo-not-running = The built-in demo hotel is not running.
connect-tls-failed = Secure connections could not be set up: { $detail }
demo-failed = The demo hotel could not start: { $detail }
rest-rejected = Mews rejected the tokens for this request (HTTP 401): { $message }
demo-stopped = its start-up stopped unexpectedly
