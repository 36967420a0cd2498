# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = le jeton est vide
token-whitespace = le jeton contient un espace ou un saut de ligne ; copiez-le de nouveau sans ces caractères
token-forbidden = le jeton contient « { $character } », un caractère qu'un jeton Mews ne contient jamais
token-control = le jeton contient un caractère de contrôle invisible ; copiez-le de nouveau
