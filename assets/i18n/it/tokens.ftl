# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = il token è vuoto
token-whitespace = il token contiene uno spazio o un ritorno a capo; copiarlo di nuovo senza spazi né ritorni a capo
token-forbidden = il token contiene «{ $character }», un carattere che un token Mews non contiene mai
token-control = il token contiene un carattere di controllo invisibile; copiarlo di nuovo
