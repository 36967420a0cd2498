# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = o token está vazio
token-whitespace = o token contém um espaço ou uma quebra de linha; copie-o de novo sem eles
token-forbidden = o token contém «{ $character }», um carácter que um token da Mews nunca tem
token-control = o token contém um carácter de controlo invisível; copie-o de novo
