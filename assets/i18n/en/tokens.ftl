# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = the token is empty
token-whitespace = the token contains a space or line break; copy it again without them
token-forbidden = the token contains '{ $character }', which a Mews token never has
token-control = the token contains an invisible control character; copy it again
