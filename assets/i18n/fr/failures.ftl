# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = la base de données de l'historique a renvoyé une erreur : { $detail }
history-error-damaged = la base de données de l'historique est endommagée ({ $detail })
history-error-file = le fichier d'historique { $path } n'a pas pu être utilisé : { $detail }
history-error-export = l'export n'a pas pu être écrit : { $detail }
history-error-no-thread = aucun thread n'a pu être démarré pour lire l'historique ({ $detail })
history-error-thread-stopped = le thread de lecture de l'historique s'est arrêté

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews n'a pas indiqué dans quel fuseau horaire se trouve l'hôtel
hotel-day-unknown-zone = le fuseau horaire de l'hôtel, « { $zone } », n'est pas connu de cet ordinateur

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = { $set } est définie, mais pas { $missing } : définissez les deux, ou aucune des deux pour utiliser les jetons enregistrés pour le profil « { $profile } »
resolve-invalid = { $var } ne contient pas de jeton valide : { $problem }
resolve-not-saved = aucun jeton pour le profil « { $profile } » : définissez { $client } et { $access }, ou enregistrez les jetons une fois pour toutes avec `mews-monitor tokens set --profile { $profile }` (le ClientToken puis l'AccessToken, sur deux lignes de l'entrée standard)
resolve-keyring = { $problem } (Sans le trousseau du système, définissez plutôt { $client } et { $access }.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor figure désormais dans le menu des applications ({ $program }).
desktop-written = écrit : { $path }
desktop-removed = supprimé : { $path }
desktop-autostart = Il démarrera à l'ouverture de votre session.
desktop-nothing-removed = Mews Monitor ne figurait pas dans le menu des applications ; rien à supprimer.
desktop-uninstalled = Mews Monitor ne figure plus dans le menu des applications ni dans le démarrage automatique.
desktop-unsupported = les entrées de bureau sont une convention Linux/BSD ; sur ce système, utilisez plutôt un paquet natif
desktop-use-installer = sous Windows, installez Mews Monitor avec mews-monitor-setup.exe : il ajoute le raccourci « Mews Monitor » au menu Démarrer et, si vous le souhaitez, lance Mews Monitor à l'ouverture de votre session ; son programme de désinstallation supprime les deux
desktop-no-home = aucun dossier personnel n'est connu : il n'y a donc nulle part où placer l'entrée de menu
desktop-relative-program = le chemin du programme { $path } n'est pas absolu
desktop-not-utf8 = le chemin du programme { $path } n'est pas en UTF-8 valide, ce qu'exigent les entrées de bureau
desktop-control-character = le chemin du programme { $path } contient un caractère de contrôle
