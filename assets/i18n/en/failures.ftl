# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = the history database failed: { $detail }
history-error-damaged = the history database is damaged ({ $detail })
history-error-file = the history file { $path } could not be used: { $detail }
history-error-export = the export could not be written: { $detail }
history-error-no-thread = no thread could start to read history ({ $detail })
history-error-thread-stopped = the thread reading history stopped

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews did not say which time zone the hotel is in
hotel-day-unknown-zone = the hotel's time zone '{ $zone }' is not one this computer knows

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = { $set } is set but { $missing } is not: set both, or neither to use the tokens saved for profile '{ $profile }'
resolve-invalid = { $var } does not hold a valid token: { $problem }
resolve-not-saved = no tokens for profile '{ $profile }': set { $client } and { $access }, or save them once with `mews-monitor tokens set --profile { $profile }` (the ClientToken and the AccessToken as two lines on standard input)
resolve-keyring = { $problem } (Without the keyring, set { $client } and { $access } instead.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor is now in the applications menu ({ $program }).
desktop-written = written: { $path }
desktop-removed = removed: { $path }
desktop-autostart = It will start when you log in.
desktop-nothing-removed = Mews Monitor was not in the applications menu; nothing to remove.
desktop-uninstalled = Mews Monitor is no longer in the applications menu or autostart.
desktop-unsupported = desktop entries are a Linux/BSD convention; on this system use a native package instead
desktop-use-installer = on Windows, install Mews Monitor with mews-monitor-setup.exe: it adds the Start-menu shortcut "Mews Monitor" and, if you choose, starts it when you log in; its uninstaller removes both
desktop-no-home = no home folder is known, so there is nowhere to put the menu entry
desktop-relative-program = the program path { $path } is not absolute
desktop-not-utf8 = the program path { $path } is not valid UTF-8, which desktop entries require
desktop-control-character = the program path { $path } contains a control character
