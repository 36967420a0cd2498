# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.
# Polish plurals: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions).
# lookup-* are in the genitive ("Nie udało się wczytać … z Mews").

## Messages from Mews
trouble-unreadable-message = Nieczytelna wiadomość od Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Pominięto zdarzenie nr { $number } z wiadomości ({ $reason }): { $excerpt }
trouble-binary-message = Mews wysłał wiadomość binarną o rozmiarze { $bytes } B, która nie jest tekstem; została pominięta.
trouble-over-hard-limit = Mews wysłał wiadomość przekraczającą twardy limit rozmiaru ({ $detail }); połączenie zostało zresetowane.
trouble-message-too-large = Mews wysłał wiadomość o rozmiarze { $size } MiB, przekraczającą limit { $limit } MiB; została pominięta.

## Loading names and details from Mews
trouble-lookup-failed = Nie udało się wczytać { $what } z Mews: { $why }
trouble-lookups-rejected = Mews odrzucił tokeny dla nazw pokoi i rezerwacji: { $message }
trouble-hotel-day-unknown = Nie udało się wczytać dzisiejszych przyjazdów: { $detail }.
lookup-hotel = danych hotelu
lookup-rooms = pokoi
lookup-open-commands = otwartych poleceń urządzeń
lookup-arrivals = dzisiejszych przyjazdów
lookup-changed-reservations = rezerwacji zmienionych offline
lookup-rates = nazw stawek
lookup-guests = nazwisk gości
lookup-reservations = numerów rezerwacji
lookup-commands = nazw urządzeń
rest-refused = Mews odrzucił żądanie: { $message }
rest-too-heavy = żądanie było zbyt duże, by Mews zdążył odpowiedzieć na czas
rest-throttled = Mews poprosił monitor o zwolnienie tempa, a monitor na razie zrezygnował
rest-http = Mews odpowiedział błędem (HTTP { $status }): { $message }
rest-network = Mews był nieosiągalny: { $detail }
rest-unreadable = nie udało się odczytać odpowiedzi z Mews: { $detail }
rest-address = adres REST „{ $address }” musi zaczynać się od https:// (http:// tylko dla tego komputera)

## History
trouble-history-not-kept = W tej sesji historia nie jest zapisywana: { $detail }
trouble-history-damaged = Plik historii był uszkodzony. Został przeniesiony do { $path } i rozpoczęto nowy.
trouble-history-paused = Historia jest wstrzymana, ponieważ { $why }. Zdarzenia są nadal tu wyświetlane, { $waiting ->
        [one] { $waiting } zdarzenie czeka
        [few] { $waiting } zdarzenia czekają
        [many] { $waiting } zdarzeń czeka
       *[other] { $waiting } zdarzenia czeka
    } na zapisanie; historia sama spróbuje ponownie.
trouble-history-list-full = Historia jest nadal wstrzymana, a jej kolejka oczekujących jest pełna ({ $held ->
        [one] { $held } zdarzenie
        [few] { $held } zdarzenia
        [many] { $held } zdarzeń
       *[other] { $held } zdarzenia
    }): zdarzeń odebranych od teraz do wznowienia zabraknie w historii, a ta luka zostanie oznaczona.
trouble-history-resumed = Historia jest znowu zapisywana, a to, co czekało, zostało zachowane ({ $written ->
        [one] { $written } zdarzenie
        [few] { $written } zdarzenia
        [many] { $written } zdarzeń
       *[other] { $written } zdarzenia
    }).
trouble-history-resumed-gap = Historia jest znowu zapisywana, a to, co czekało, zostało zachowane ({ $written ->
        [one] { $written } zdarzenie
        [few] { $written } zdarzenia
        [many] { $written } zdarzeń
       *[other] { $written } zdarzenia
    }). Brak w historii: { $missed ->
        [one] { $missed } zdarzenie odebrane
        [few] { $missed } zdarzenia odebrane
        [many] { $missed } zdarzeń odebranych
       *[other] { $missed } zdarzenia odebranego
    } podczas wstrzymania; luka jest oznaczona na osiach czasu pokoi i w eksportach.
trouble-history-file-removed = Plik historii { $path } został usunięty podczas działania Mews Monitor: utworzono tam nowy i od teraz zdarzenia są zapisywane w nim.
trouble-history-file-not-restarted = Plik historii { $path } został usunięty podczas działania Mews Monitor i nie można jeszcze utworzyć nowego ({ $detail }). Zdarzenia są nadal tu wyświetlane; historia sama spróbuje ponownie.
trouble-history-stopped = Historia została zatrzymana: zdarzenia są nadal tu wyświetlane, ale te odebrane od teraz nie są zapisywane na tym komputerze. Proszę ponownie uruchomić Mews Monitor, aby znów je zapisywać.
write-disk-full = dysk jest pełny
write-read-only = nie można zmienić pliku historii
write-permission-denied = ten użytkownik nie ma uprawnień do zapisu pliku historii
write-io = nie udało się zapisać na dysku
write-other = zapis się nie powiódł ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } pokój wczytany z Mews
        [few] { $loaded } pokoje wczytane z Mews
        [many] { $loaded } pokoi wczytanych z Mews
       *[other] { $loaded } pokoju wczytanego z Mews
    }; zmienione offline: { $changed }
summary-rooms-named = { $loaded ->
        [one] { $loaded } pokój wczytany z Mews
        [few] { $loaded } pokoje wczytane z Mews
        [many] { $loaded } pokoi wczytanych z Mews
       *[other] { $loaded } pokoju wczytanego z Mews
    }; zmienione offline: { $changed } ({ $names })
summary-changed = { $count ->
        [one] { $count } rezerwacja zmieniona offline ({ $numbers })
        [few] { $count } rezerwacje zmienione offline ({ $numbers })
        [many] { $count } rezerwacji zmienionych offline ({ $numbers })
       *[other] { $count } rezerwacji zmienionej offline ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } przyjazd
        [few] { $arrivals } przyjazdy
        [many] { $arrivals } przyjazdów
       *[other] { $arrivals } przyjazdu
    } w dniu { $date } (wczytano z Mews, przyjechało: { $arrived }), { $in_house ->
        [one] { $in_house } zakwaterowany gość
        [few] { $in_house } zakwaterowani goście
        [many] { $in_house } zakwaterowanych gości
       *[other] { $in_house } zakwaterowanego gościa
    }
summary-guests = Nazwiska { $found ->
        [one] { $found } gościa
        [few] { $found } gości
        [many] { $found } gości
       *[other] { $found } gościa
    } wczytane z Mews
summary-guests-missing = Nazwiska { $found ->
        [one] { $found } gościa
        [few] { $found } gości
        [many] { $found } gości
       *[other] { $found } gościa
    } wczytane z Mews (nie znaleziono: { $missing })
summary-guests-failed = Nie udało się wczytać nazwisk { $asked ->
        [one] { $asked } gościa
        [few] { $asked } gości
        [many] { $asked } gości
       *[other] { $asked } gościa
    }: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = Nie udało się odczytać pliku ustawień ({ $detail }); aplikacja uruchomiła się z ustawieniami domyślnymi.
trouble-settings-unreadable-kept = Nie udało się odczytać pliku ustawień ({ $detail }); aplikacja uruchomiła się z ustawieniami domyślnymi i zachowała stary plik jako { $path }.
trouble-settings-not-saved = Nie udało się zapisać ustawień w { $path } ({ $detail }); aplikacja za chwilę spróbuje ponownie.
trouble-window-layout-restored = Plik układu okna był uszkodzony; przywrócono ostatni poprawny układ.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = Ustawienie { $name } organizacji ({ $scope ->
        [user] zasada użytkownika
       *[computer] zasada komputera
    }) ma wartość { $value }, której nie można użyć: { $expected }. Jest ignorowane.
policy-unknown = Zasada organizacji ({ $scope ->
        [user] zasada użytkownika
       *[computer] zasada komputera
    }) zawiera ustawienie { $name }, którego ta wersja Mews Monitor nie zna. Jest ignorowane.
policy-api-url-alone = Zasada organizacji ustawia ApiUrl, ale nie WebSocketUrl; Mews Monitor potrzebuje obu, aby używać własnych adresów. ApiUrl jest ignorowany.
policy-unreadable = Nie udało się odczytać zasady organizacji ({ $scope ->
        [user] zasada użytkownika
       *[computer] zasada komputera
    }): { $why }. Jest ignorowana.
policy-locked = Organizacja ustaliła, z czym Mews Monitor łączy się na tym komputerze (LockConnection), więc nie można użyć { $option }. Proszę pominąć tę opcję, aby połączyć się tam, gdzie wskazuje organizacja.
