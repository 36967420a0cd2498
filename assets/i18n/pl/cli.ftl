# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problem: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Błąd: { $problem }
cli-say-where = podaj, z czym się połączyć: --env demo, --env production lub --ws-url URL
cli-say-which-mews = podaj, do którego Mews wysyłać zapytania: --env demo, --env production lub --api-url URL
cli-no-data-folder = ten komputer nie ma folderu danych na historię
cli-no-history = w { $path } nie ma jeszcze historii
cli-not-created = nie udało się utworzyć { $path }: { $detail }
cli-tokens-stopped = szukanie tokenów zostało nieoczekiwanie przerwane ({ $detail })
cli-own-path-unknown = ścieżka do tego programu jest nieznana: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor jest już otwarty; został przeniesiony na pierwszy plan.
instance-did-not-answer = Mews Monitor jest już otwarty, ale nie odpowiedział; poszukaj jego okna albo zamknij go i uruchom ponownie.
cli-window-failed = nie udało się otworzyć okna ({ $detail }): Mews Monitor wymaga graficznego środowiska pulpitu
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = strefa czasowa nieznana
cli-watch-needs-rest = nazwy pokoi wymagają adresu REST (--api-url lub --env): wartości --watch są traktowane jako ID pokoi
cli-route = proxy: { $proxy }; certyfikaty sprawdza { $trust }
cli-tokens-environment = używane są tokeny z { $client } i { $access }
cli-tokens-keyring = używane są tokeny zapisane w systemowym pęku kluczy (profil { $profile })
cli-guests-unavailable = nazwiska gości niedostępne: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } przyjazd
    [few] { $count } przyjazdy
    [many] { $count } przyjazdów
   *[other] { $count } przyjazdu
}
cli-rooms-count = { $count ->
    [one] { $count } pokój
    [few] { $count } pokoje
    [many] { $count } pokoi
   *[other] { $count } pokoju
}
cli-exported-count = { $count ->
    [one] wyeksportowano { $count } zdarzenie
    [few] wyeksportowano { $count } zdarzenia
    [many] wyeksportowano { $count } zdarzeń
   *[other] wyeksportowano { $count } zdarzenia
}
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (profil { $profile })
tokens-removed = Usunięto tokeny z systemowego pęku kluczy (profil { $profile })
tokens-session-only = Tylko w tej sesji `mews-monitor tail` pobiera tokeny także z { $client } i { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = nie udało się odczytać tokenu { $name } ze standardowego wejścia
tokens-missing = na standardowym wejściu oczekiwano dwóch wierszy, najpierw ClientToken, potem AccessToken; brakuje tokenu { $name }
tokens-invalid = token { $name } jest nieprawidłowy
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: żaden pokój nie ma takiej nazwy ani ID; wartość jest obserwowana jako ID
watch-several-rooms = { $count ->
    [one] --watch { $value }: { $count } pokój ma tę nazwę; jest obserwowany
    [few] --watch { $value }: { $count } pokoje mają tę nazwę; obserwowane są wszystkie
    [many] --watch { $value }: { $count } pokoi ma tę nazwę; obserwowane są wszystkie
   *[other] --watch { $value }: { $count } pokoju ma tę nazwę; obserwowane są wszystkie
}
