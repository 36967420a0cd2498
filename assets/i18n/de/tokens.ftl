# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = das Token ist leer
token-whitespace = das Token enthält ein Leerzeichen oder einen Zeilenumbruch; kopieren Sie es noch einmal ohne diese
token-forbidden = das Token enthält „{ $character }“, ein Zeichen, das in einem Mews-Token nie vorkommt
token-control = das Token enthält ein unsichtbares Steuerzeichen; kopieren Sie es noch einmal
