# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = in der Verlaufsdatenbank ist ein Fehler aufgetreten: { $detail }
history-error-damaged = die Verlaufsdatenbank ist beschädigt ({ $detail })
history-error-file = die Verlaufsdatei { $path } konnte nicht verwendet werden: { $detail }
history-error-export = der Export konnte nicht geschrieben werden: { $detail }
history-error-no-thread = es konnte kein Thread zum Lesen des Verlaufs gestartet werden ({ $detail })
history-error-thread-stopped = der Thread zum Lesen des Verlaufs wurde beendet

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews hat nicht angegeben, in welcher Zeitzone das Hotel liegt
hotel-day-unknown-zone = die Zeitzone des Hotels, „{ $zone }“, ist diesem Computer nicht bekannt

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = { $set } ist gesetzt, { $missing } aber nicht: Setzen Sie beide, oder keine von beiden, um die für das Profil „{ $profile }“ gespeicherten Tokens zu verwenden
resolve-invalid = { $var } enthält kein gültiges Token: { $problem }
resolve-not-saved = keine Tokens für das Profil „{ $profile }“: Setzen Sie { $client } und { $access }, oder speichern Sie die Tokens einmalig mit `mews-monitor tokens set --profile { $profile }` (ClientToken und AccessToken als zwei Zeilen auf der Standardeingabe)
resolve-keyring = { $problem } (Ohne den Schlüsselbund des Systems setzen Sie stattdessen { $client } und { $access }.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor ist jetzt im Anwendungsmenü ({ $program }).
desktop-written = geschrieben: { $path }
desktop-removed = entfernt: { $path }
desktop-autostart = Es startet automatisch, wenn Sie sich anmelden.
desktop-nothing-removed = Mews Monitor war nicht im Anwendungsmenü; es gibt nichts zu entfernen.
desktop-uninstalled = Mews Monitor ist nicht mehr im Anwendungsmenü und nicht mehr im Autostart.
desktop-unsupported = Desktop-Einträge sind eine Linux/BSD-Konvention; verwenden Sie auf diesem System stattdessen ein natives Paket
desktop-use-installer = unter Windows installieren Sie Mews Monitor mit mews-monitor-setup.exe: Das Installationsprogramm legt die Startmenü-Verknüpfung „Mews Monitor“ an und startet Mews Monitor auf Wunsch bei der Anmeldung; das zugehörige Deinstallationsprogramm entfernt beides wieder
desktop-no-home = es ist kein Home-Verzeichnis bekannt, daher gibt es keinen Ort für den Menüeintrag
desktop-relative-program = der Programmpfad { $path } ist nicht absolut
desktop-not-utf8 = der Programmpfad { $path } ist kein gültiges UTF-8, das Desktop-Einträge aber voraussetzen
desktop-control-character = der Programmpfad { $path } enthält ein Steuerzeichen
