# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = token jest pusty
token-whitespace = token zawiera spację lub podział wiersza; skopiuj go ponownie bez nich
token-forbidden = token zawiera „{ $character }”, znak, którego token Mews nigdy nie zawiera
token-control = token zawiera niewidoczny znak sterujący; skopiuj go ponownie
