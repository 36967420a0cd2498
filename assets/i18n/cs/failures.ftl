# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = databáze historie selhala: { $detail }
history-error-damaged = databáze historie je poškozená ({ $detail })
history-error-file = soubor historie { $path } nelze použít: { $detail }
history-error-export = export se nepodařilo zapsat: { $detail }
history-error-no-thread = vlákno pro čtení historie se nepodařilo spustit ({ $detail })
history-error-thread-stopped = vlákno pro čtení historie se zastavilo

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews neuvedl, v jakém časovém pásmu se hotel nachází
hotel-day-unknown-zone = časové pásmo hotelu „{ $zone }“ tento počítač nezná

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = proměnná { $set } je nastavena, ale { $missing } ne: nastavte obě; pokud nenastavíte žádnou, použijí se tokeny uložené pro profil „{ $profile }“
resolve-invalid = { $var } neobsahuje platný token: { $problem }
resolve-not-saved = pro profil „{ $profile }“ nejsou uloženy žádné tokeny: nastavte { $client } a { $access }, nebo je jednou uložte pomocí `mews-monitor tokens set --profile { $profile }` (ClientToken a AccessToken jako dva řádky na standardním vstupu)
resolve-keyring = { $problem } (Bez systémové klíčenky nastavte místo toho { $client } a { $access }.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor je nyní v nabídce aplikací ({ $program }).
desktop-written = zapsáno: { $path }
desktop-removed = odstraněno: { $path }
desktop-autostart = Spustí se, když se přihlásíte.
desktop-nothing-removed = Mews Monitor v nabídce aplikací nebyl; není co odstranit.
desktop-uninstalled = Mews Monitor už není v nabídce aplikací ani v automatickém spouštění.
desktop-unsupported = soubory .desktop jsou zvyklostí systémů Linux/BSD; v tomto systému místo toho použijte nativní balíček
desktop-use-installer = ve Windows nainstalujte Mews Monitor pomocí mews-monitor-setup.exe: přidá do nabídky Start zástupce „Mews Monitor“ a pokud si to zvolíte, nastaví jeho spouštění po přihlášení; jeho odinstalační program odstraní obojí
desktop-no-home = není známa žádná domovská složka, takže položku nabídky není kam uložit
desktop-relative-program = cesta k programu { $path } není absolutní
desktop-not-utf8 = cesta k programu { $path } není platné UTF-8, které soubory .desktop vyžadují
desktop-control-character = cesta k programu { $path } obsahuje řídicí znak
