# Why a typed or pasted token cannot be right (the connection screen); $character is
# the one character found.
token-empty = トークンが空です
token-whitespace = トークンにスペースまたは改行が含まれています。これらを除いてもう一度コピーしてください
token-forbidden = トークンに、Mews のトークンでは使われない文字「{ $character }」が含まれています
token-control = トークンに目に見えない制御文字が含まれています。もう一度コピーしてください
