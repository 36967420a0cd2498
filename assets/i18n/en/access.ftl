# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = This computer has no system keyring service, so the tokens cannot be saved. Ask IT to set one up, or use the tokens for this session only.
keyring-locked = The system keyring is locked. Unlock it (for example by logging in again) and try again, or use the tokens for this session only.
keyring-access-denied = The system keyring refused access to Mews Monitor. Allow access when the computer asks, or ask IT; meanwhile you can use the tokens for this session only.
keyring-unreadable = The saved tokens could not be read. Forget them and enter the ClientToken and AccessToken again.
keyring-other = The system keyring did not work ({ $detail }). Try again, or use the tokens for this session only.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Saved in the system keyring · { $hint }
keyring-not-saved = Not saved on this computer

## Proxies
proxy-error-address = The proxy address '{ $address }' cannot be used (expected http://host:port)
proxy-error-credentials-in-address = Put the proxy's user name and password in their own fields, not in its address
proxy-error-dns = The name of the proxy { $name } could not be found (DNS)
proxy-error-unreachable = The proxy at { $address } refused the connection
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] The proxy at { $address } needs a user name and password (HTTP 407); the ones given were not accepted
       *[no] The proxy at { $address } needs a user name and password (HTTP 407)
    }
proxy-error-refused = The proxy at { $address } refused the connection to { $target }
proxy-error-bad-answer = The proxy at { $address } gave an answer this program does not understand

## How the connection reaches Mews (diagnostics)
route-direct = none (direct)
trust-system = this computer's trust store
trust-bundled = the list built into Mews Monitor (this computer's trust store has no certificates)
trust-failed = no certificates could be loaded ({ $detail })
