# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Exporter…
log-export-hover = Enregistrer les événements affichés en CSV ou JSON Lines
log-shown = { $count ->
    [one] { $count } événement affiché
   *[other] { $count } événements affichés
}
log-shown-of = { $count ->
    [one] { $count } événement affiché sur { $total }
   *[other] { $count } événements affichés sur { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } événement plus ancien n'est plus conservé ici (toujours dans l'historique)
   *[other] {" · "}{ $count } événements plus anciens ne sont plus conservés ici (toujours dans l'historique)
}
log-resync = Resynchronisation à { $time } : { $resync }
log-resync-hover = Après chaque connexion, les chambres sont rechargées depuis Mews ; les chambres dont l'état a changé entre-temps sont signalées sur le tableau et dans la liste des chambres.
log-column-seq = N°
log-column-received = Reçu
log-column-type = Type
log-column-state = État
log-column-names = Noms
log-column-id = ID
log-name-resource = ressource
log-name-floor = étage
log-name-reservation = réservation
log-name-device = appareil
log-all-types = Tous les types
log-filter-type = Type
log-all-states = Tous les états
log-filter-state = État
log-search = Rechercher des événements
log-search-hint = ID, chambre, réservation…
log-show-all = Afficher tous les événements
log-follow = Suivre les plus récents
log-follow-hover = Garde le dernier événement visible. Sélectionner une ligne ou remonter dans la liste met le suivi en pause.
log-event = Événement { $seq }
log-close = Fermer
log-received = Reçu { $at }
log-as-sent = Tel que Mews l'a envoyé (y compris les champs que le moniteur n'utilise pas) :

## The problems and diagnostics window
problems-title = Problèmes et diagnostic
problems-diagnostics = Diagnostic
problems-requests = Requêtes Mews : { $used } sur { $limit } autorisées au cours des 30 dernières secondes · { $total } au total · { $throttled } limitées
problems-requests-none = Requêtes Mews : aucune pour l'instant
problems-proxy = Proxy : { $proxy }
problems-trust = Certificats vérifiés par { $trust }
problems-notifications = Les alertes s'affichent aussi en notifications sur le bureau.
problems-last-resync = Dernière resynchronisation à { $time } : { $resync }
problems-last-guests = Clients à { $time } : { $guests }
problems-log = Journal des événements : { $kept } conservés sur { $capacity } au maximum ; { $dropped } plus anciens supprimés
problems-heading = Problèmes ({ $count })
problems-none = Aucun problème à signaler.

## The export window
export-title = Exporter le journal des événements
export-what = { $count ->
    [one] Exporte { $count } événement affiché dans le journal, avec les filtres actuels.
   *[other] Exporte les { $count } événements affichés dans le journal, avec les filtres actuels.
}
export-csv = CSV (tableurs)
export-jsonl = JSON Lines (scripts)
export-file = Fichier
export-save = Enregistrer
export-no-file = Indiquez le nom du fichier à écrire.
export-not-written = Impossible d'écrire { $path } : { $problem }
export-written = { $count ->
    [one] { $count } événement écrit dans { $path }
   *[other] { $count } événements écrits dans { $path }
}
