# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = baza danych historii nie zadziałała: { $detail }
history-error-damaged = baza danych historii jest uszkodzona ({ $detail })
history-error-file = nie można użyć pliku historii { $path }: { $detail }
history-error-export = nie udało się zapisać eksportu: { $detail }
history-error-no-thread = nie udało się uruchomić wątku do wczytywania historii ({ $detail })
history-error-thread-stopped = wątek wczytujący historię zatrzymał się

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews nie podał, w jakiej strefie czasowej znajduje się hotel
hotel-day-unknown-zone = ten komputer nie zna strefy czasowej hotelu „{ $zone }”

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = zmienna { $set } jest ustawiona, ale { $missing } nie: ustaw obie albo nie ustawiaj żadnej, aby użyć tokenów zapisanych dla profilu „{ $profile }”
resolve-invalid = { $var } nie zawiera prawidłowego tokenu: { $problem }
resolve-not-saved = brak tokenów dla profilu „{ $profile }”: ustaw { $client } i { $access } albo zapisz je jednorazowo poleceniem `mews-monitor tokens set --profile { $profile }` (ClientToken i AccessToken jako dwa wiersze na standardowym wejściu)
resolve-keyring = { $problem } (Bez systemowego pęku kluczy ustaw zamiast tego { $client } i { $access }.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor jest teraz w menu aplikacji ({ $program }).
desktop-written = zapisano: { $path }
desktop-removed = usunięto: { $path }
desktop-autostart = Będzie uruchamiany po zalogowaniu.
desktop-nothing-removed = Mews Monitor nie był w menu aplikacji; nie ma nic do usunięcia.
desktop-uninstalled = Mews Monitor nie jest już w menu aplikacji ani w autostarcie.
desktop-unsupported = pliki .desktop to konwencja systemów Linux/BSD; w tym systemie użyj zamiast tego natywnego pakietu
desktop-use-installer = w systemie Windows zainstaluj Mews Monitor za pomocą mews-monitor-setup.exe: instalator dodaje skrót „Mews Monitor” do menu Start i, jeśli tak wybierzesz, ustawia uruchamianie programu po zalogowaniu; jego deinstalator usuwa jedno i drugie
desktop-no-home = nie jest znany żaden folder domowy, więc nie ma gdzie umieścić pozycji menu
desktop-relative-program = ścieżka programu { $path } nie jest bezwzględna
desktop-not-utf8 = ścieżka programu { $path } nie jest prawidłowym UTF-8, którego wymagają pliki .desktop
desktop-control-character = ścieżka programu { $path } zawiera znak sterujący
