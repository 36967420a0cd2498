# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Exportovat…
log-export-hover = Uložit zobrazené události jako CSV nebo JSON Lines
log-shown = { $count ->
    [one] Zobrazena { $count } událost
    [few] Zobrazeny { $count } události
    [many] Zobrazeno { $count } události
   *[other] Zobrazeno { $count } událostí
}
log-shown-of = { $count ->
    [one] Zobrazena { $count } událost z { $total }
    [few] Zobrazeny { $count } události z { $total }
    [many] Zobrazeno { $count } události z { $total }
   *[other] Zobrazeno { $count } událostí z { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } starší událost už tu není uložena (zůstává v historii)
    [few] {" · "}{ $count } starší události už tu nejsou uloženy (zůstávají v historii)
    [many] {" · "}{ $count } starší události už tu není uloženo (zůstávají v historii)
   *[other] {" · "}{ $count } starších událostí už tu není uloženo (zůstávají v historii)
}
log-resync = Nová synchronizace v { $time }: { $resync }
log-resync-hover = Po každém připojení se pokoje znovu načtou z Mews; pokoje, jejichž stav se mezitím změnil, se označí v přehledu a v tabulce pokojů.
log-column-seq = Č.
log-column-received = Přijato
log-column-type = Typ
log-column-state = Stav
log-column-names = Názvy
log-column-id = ID
log-name-resource = zdroj
log-name-floor = patro
log-name-reservation = rezervace
log-name-device = zařízení
log-all-types = Všechny typy
log-filter-type = Typ
log-all-states = Všechny stavy
log-filter-state = Stav
log-search = Hledat události
log-search-hint = ID, pokoj, rezervace…
log-show-all = Zobrazit všechny události
log-follow = Sledovat nejnovější
log-follow-hover = Nejnovější událost zůstává na očích. Výběr řádku nebo posunutí nahoru sledování pozastaví.
log-event = Událost { $seq }
log-close = Zavřít
log-received = Přijato { $at }
log-as-sent = Tak, jak to Mews poslal (včetně polí, která monitor nepoužívá):

## The problems and diagnostics window
problems-title = Problémy a diagnostika
problems-diagnostics = Diagnostika
problems-requests = Požadavky na Mews: { $used } z { $limit } povolených za posledních 30 s · celkem { $total } · omezeno { $throttled }
problems-requests-none = Požadavky na Mews: zatím žádné
problems-proxy = Proxy: { $proxy }
problems-trust = Certifikáty ověřuje { $trust }
problems-notifications = Upozornění se zobrazují také jako oznámení na ploše.
problems-last-resync = Poslední nová synchronizace v { $time }: { $resync }
problems-last-guests = Hosté v { $time }: { $guests }
problems-log = Protokol událostí: uloženo { $kept } z nejvýše { $capacity }; starších zahozeno { $dropped }
problems-heading = Problémy ({ $count })
problems-none = Nenastaly žádné problémy.

## The export window
export-title = Exportovat protokol událostí
export-what = { $count ->
    [one] Exportuje { $count } událost zobrazenou v protokolu, s aktuálními filtry.
    [few] Exportuje { $count } události zobrazené v protokolu, s aktuálními filtry.
    [many] Exportuje { $count } události zobrazené v protokolu, s aktuálními filtry.
   *[other] Exportuje { $count } událostí zobrazených v protokolu, s aktuálními filtry.
}
export-csv = CSV (tabulky)
export-jsonl = JSON Lines (skripty)
export-file = Soubor
export-save = Uložit
export-no-file = Zadejte název souboru, do kterého se má zapsat.
export-not-written = { $path } nelze zapsat: { $problem }
export-written = { $count ->
    [one] { $count } událost zapsána do { $path }
    [few] { $count } události zapsány do { $path }
    [many] { $count } události zapsáno do { $path }
   *[other] { $count } událostí zapsáno do { $path }
}
