# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = token je prázdný
token-whitespace = token obsahuje mezeru nebo zalomení řádku; zkopírujte ho znovu bez nich
token-forbidden = token obsahuje „{ $character }“, znak, který token Mews nikdy neobsahuje
token-control = token obsahuje neviditelný řídicí znak; zkopírujte ho znovu
