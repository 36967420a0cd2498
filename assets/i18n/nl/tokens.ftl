# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = de token is leeg
token-whitespace = de token bevat een spatie of regeleinde; kopieer hem opnieuw zonder spaties of regeleinden
token-forbidden = de token bevat '{ $character }', een teken dat een Mews-token nooit bevat
token-control = de token bevat een onzichtbaar stuurteken; kopieer hem opnieuw
