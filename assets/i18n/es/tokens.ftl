# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = el token está vacío
token-whitespace = el token contiene un espacio o un salto de línea; cópielo de nuevo sin ellos
token-forbidden = el token contiene «{ $character }», un carácter que ningún token de Mews contiene
token-control = el token contiene un carácter de control invisible; cópielo de nuevo
