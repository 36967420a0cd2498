# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problém: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Chyba: { $problem }
cli-say-where = zadejte, kam se připojit: --env demo, --env production nebo --ws-url URL
cli-say-which-mews = zadejte, kterého Mews se dotazovat: --env demo, --env production nebo --api-url URL
cli-no-data-folder = tento počítač nemá pro historii žádnou datovou složku
cli-no-history = v { $path } zatím žádná historie není
cli-not-created = { $path } nelze vytvořit: { $detail }
cli-tokens-stopped = hledání tokenů se nečekaně zastavilo ({ $detail })
cli-own-path-unknown = cesta k tomuto programu není známa: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor je již otevřený; byl přenesen do popředí.
instance-did-not-answer = Mews Monitor je již otevřený, ale neodpověděl; vyhledejte jeho okno, nebo ho zavřete a spusťte znovu.
cli-window-failed = okno se nepodařilo otevřít ({ $detail }): Mews Monitor vyžaduje grafické prostředí
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = časové pásmo neznámé
cli-watch-needs-rest = názvy pokojů vyžadují adresu REST (--api-url nebo --env): hodnoty --watch se berou jako ID pokojů
cli-route = proxy: { $proxy }; certifikáty ověřuje { $trust }
cli-tokens-environment = používají se tokeny z { $client } a { $access }
cli-tokens-keyring = používají se tokeny uložené v systémové klíčence (profil { $profile })
cli-guests-unavailable = jména hostů nejsou k dispozici: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } příjezd
    [few] { $count } příjezdy
    [many] { $count } příjezdu
   *[other] { $count } příjezdů
}
cli-rooms-count = { $count ->
    [one] { $count } pokoj
    [few] { $count } pokoje
    [many] { $count } pokoje
   *[other] { $count } pokojů
}
cli-exported-count = { $count ->
    [one] { $count } událost exportována
    [few] { $count } události exportovány
    [many] { $count } události exportováno
   *[other] { $count } událostí exportováno
}
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (profil { $profile })
tokens-removed = Tokeny byly odebrány ze systémové klíčenky (profil { $profile })
tokens-session-only = Jen pro tuto relaci bere `mews-monitor tail` tokeny také z { $client } a { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = ze standardního vstupu se nepodařilo přečíst { $name }
tokens-missing = na standardním vstupu se očekávaly dva řádky, nejprve ClientToken, potom AccessToken; chybí { $name }
tokens-invalid = token { $name } není platný
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: žádný pokoj nemá tento název ani ID; sleduje se jako ID
watch-several-rooms = { $count ->
    [one] --watch { $value }: tento název má { $count } pokoj; sleduje se
    [few] --watch { $value }: tento název mají { $count } pokoje; sledují se všechny
    [many] --watch { $value }: tento název má { $count } pokoje; sledují se všechny
   *[other] --watch { $value }: tento název má { $count } pokojů; sledují se všechny
}
