# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.
# French plurals: one (0 and 1), other.

## Messages from Mews
trouble-unreadable-message = Message illisible de Mews ({ $reason }) : { $excerpt }
trouble-skipped-event = Événement n° { $number } d'un message ignoré ({ $reason }) : { $excerpt }
trouble-binary-message = Mews a envoyé un message binaire de { $bytes } octets qui n'est pas du texte ; il a été ignoré.
trouble-over-hard-limit = Mews a envoyé un message dépassant la limite de taille absolue ({ $detail }) ; la connexion a été réinitialisée.
trouble-message-too-large = Mews a envoyé un message de { $size } MiB, au-delà de la limite de { $limit } MiB ; il a été ignoré.

## Loading names and details from Mews
trouble-lookup-failed = Impossible de charger { $what } depuis Mews : { $why }
trouble-lookups-rejected = Mews a refusé les jetons pour les noms des chambres et des réservations : { $message }
trouble-hotel-day-unknown = Impossible de charger les arrivées du jour : { $detail }.
lookup-hotel = les informations de l'hôtel
lookup-rooms = les chambres
lookup-open-commands = les commandes d'appareils en attente
lookup-arrivals = les arrivées du jour
lookup-changed-reservations = les réservations modifiées hors ligne
lookup-rates = les noms des tarifs
lookup-guests = les noms des clients
lookup-reservations = les numéros de réservation
lookup-commands = les noms des appareils
rest-refused = Mews a refusé la demande : { $message }
rest-too-heavy = la demande était trop volumineuse pour que Mews réponde à temps
rest-throttled = Mews a demandé au moniteur de ralentir, et celui-ci a abandonné pour l'instant
rest-http = Mews a répondu par une erreur (HTTP { $status }) : { $message }
rest-network = Mews est injoignable : { $detail }
rest-unreadable = la réponse de Mews est illisible : { $detail }
rest-address = l'adresse REST « { $address } » doit commencer par https:// (http:// uniquement pour cet ordinateur)

## History
trouble-history-not-kept = L'historique n'est pas conservé dans cette session : { $detail }
trouble-history-damaged = Le fichier d'historique était endommagé. Il a été déplacé vers { $path } et un nouveau fichier a été créé.
trouble-history-paused = L'historique est en pause, car { $why }. Les événements restent affichés ici, { $waiting ->
        [one] { $waiting } événement attend d'être enregistré
       *[other] { $waiting } événements attendent d'être enregistrés
    } ; l'historique réessaie de lui-même.
trouble-history-list-full = L'historique est toujours en pause et sa file d'attente est pleine ({ $held ->
        [one] { $held } événement
       *[other] { $held } événements
    }) : les événements reçus à partir de maintenant et jusqu'à la reprise manqueront dans l'historique, et cette lacune sera signalée.
trouble-history-resumed = L'historique est de nouveau enregistré, et ce qui attendait est conservé ({ $written ->
        [one] { $written } événement
       *[other] { $written } événements
    }).
trouble-history-resumed-gap = L'historique est de nouveau enregistré, et ce qui attendait est conservé ({ $written ->
        [one] { $written } événement
       *[other] { $written } événements
    }). Il manque dans l'historique { $missed ->
        [one] { $missed } événement reçu
       *[other] { $missed } événements reçus
    } pendant la pause ; la lacune est signalée dans les chronologies des chambres et dans les exports.
trouble-history-file-removed = Le fichier d'historique { $path } a été supprimé pendant que Mews Monitor fonctionnait : un nouveau fichier y a été créé, et les événements sont désormais conservés dedans.
trouble-history-file-not-restarted = Le fichier d'historique { $path } a été supprimé pendant que Mews Monitor fonctionnait, et un nouveau fichier ne peut pas encore être créé ({ $detail }). Les événements restent affichés ici ; l'historique réessaie de lui-même.
trouble-history-stopped = L'historique s'est arrêté : les événements restent affichés ici, mais ceux reçus à partir de maintenant ne sont pas conservés sur cet ordinateur. Redémarrez Mews Monitor pour les conserver à nouveau.
write-disk-full = le disque est plein
write-read-only = le fichier d'historique ne peut pas être modifié
write-permission-denied = cet utilisateur n'a pas le droit d'écrire dans le fichier d'historique
write-io = l'écriture sur le disque a échoué
write-other = l'écriture a échoué ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } chambre chargée depuis Mews
       *[other] { $loaded } chambres chargées depuis Mews
    } ; modifiées hors ligne : { $changed }
summary-rooms-named = { $loaded ->
        [one] { $loaded } chambre chargée depuis Mews
       *[other] { $loaded } chambres chargées depuis Mews
    } ; modifiées hors ligne : { $changed } ({ $names })
summary-changed = { $count ->
        [one] { $count } réservation modifiée hors ligne ({ $numbers })
       *[other] { $count } réservations modifiées hors ligne ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } arrivée chargée
       *[other] { $arrivals } arrivées chargées
    } depuis Mews pour le { $date } (déjà arrivées : { $arrived }), { $in_house ->
        [one] { $in_house } client
       *[other] { $in_house } clients
    } à l'hôtel
summary-guests = Noms de { $found ->
        [one] { $found } client
       *[other] { $found } clients
    } chargés depuis Mews
summary-guests-missing = Noms de { $found ->
        [one] { $found } client
       *[other] { $found } clients
    } chargés depuis Mews (introuvables : { $missing })
summary-guests-failed = Impossible de charger les noms de { $asked ->
        [one] { $asked } client
       *[other] { $asked } clients
    } : { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = Le fichier des paramètres n'a pas pu être lu ({ $detail }) ; l'application a démarré avec les paramètres par défaut.
trouble-settings-unreadable-kept = Le fichier des paramètres n'a pas pu être lu ({ $detail }) ; l'application a démarré avec les paramètres par défaut et a conservé l'ancien fichier sous { $path }.
trouble-settings-not-saved = Les paramètres n'ont pas pu être enregistrés dans { $path } ({ $detail }) ; l'application réessaie dans un instant.
trouble-window-layout-restored = Le fichier de disposition de la fenêtre était endommagé ; la dernière disposition valide a été restaurée.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = Le paramètre { $name } de votre organisation ({ $scope ->
        [user] stratégie utilisateur
       *[computer] stratégie ordinateur
    }) vaut { $value }, une valeur inutilisable : { $expected }. Il est ignoré.
policy-unknown = La stratégie de votre organisation ({ $scope ->
        [user] stratégie utilisateur
       *[computer] stratégie ordinateur
    }) contient un paramètre { $name } que cette version de Mews Monitor ne connaît pas. Il est ignoré.
policy-api-url-alone = La stratégie de votre organisation définit ApiUrl mais pas WebSocketUrl ; Mews Monitor a besoin des deux pour utiliser ses propres adresses. ApiUrl est ignoré.
policy-unreadable = La stratégie de votre organisation ({ $scope ->
        [user] stratégie utilisateur
       *[computer] stratégie ordinateur
    }) n'a pas pu être lue : { $why }. Elle est ignorée.
policy-locked = Votre organisation a fixé l'endroit où Mews Monitor se connecte sur cet ordinateur (LockConnection) : { $option } ne peut donc pas être utilisé. Omettez-le pour vous connecter là où l'organisation l'indique.
