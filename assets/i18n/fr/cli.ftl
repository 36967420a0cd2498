# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problème : { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Erreur : { $problem }
cli-say-where = indiquez où se connecter : --env demo, --env production ou --ws-url URL
cli-say-which-mews = indiquez quel Mews interroger : --env demo, --env production ou --api-url URL
cli-no-data-folder = cet ordinateur n'a pas de dossier de données pour l'historique
cli-no-history = il n'y a pas encore d'historique dans { $path }
cli-not-created = impossible de créer { $path } : { $detail }
cli-tokens-stopped = la recherche des jetons s'est arrêtée de façon inattendue ({ $detail })
cli-own-path-unknown = le programme ne connaît pas son propre chemin : { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor est déjà ouvert ; il a été mis au premier plan.
instance-did-not-answer = Mews Monitor est déjà ouvert, mais il n'a pas répondu ; cherchez sa fenêtre, ou fermez-le et relancez-le.
cli-window-failed = impossible d'ouvrir la fenêtre ({ $detail }) : Mews Monitor a besoin d'un environnement de bureau graphique
cli-hotel = hôtel : { $name } ({ $zone })
cli-zone-unknown = fuseau horaire inconnu
cli-watch-needs-rest = les noms de chambre nécessitent l'adresse REST (--api-url ou --env) : les valeurs de --watch sont prises comme ID de chambre
cli-route = proxy : { $proxy } ; certificats vérifiés par { $trust }
cli-tokens-environment = utilisation des jetons de { $client } et { $access }
cli-tokens-keyring = utilisation des jetons enregistrés dans le trousseau du système (profil { $profile })
cli-guests-unavailable = noms des clients indisponibles : { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } arrivée
   *[other] { $count } arrivées
}
cli-rooms-count = { $count ->
    [one] { $count } chambre
   *[other] { $count } chambres
}
cli-exported-count = { $count ->
    [one] { $count } événement exporté
   *[other] { $count } événements exportés
}
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (profil { $profile })
tokens-removed = Jetons supprimés du trousseau du système (profil { $profile })
tokens-session-only = Pour cette session uniquement, `mews-monitor tail` prend aussi les jetons dans { $client } et { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = impossible de lire le jeton { $name } sur l'entrée standard
tokens-missing = deux lignes étaient attendues sur l'entrée standard, le ClientToken puis l'AccessToken ; il manque le jeton { $name }
tokens-invalid = le jeton { $name } n'est pas valide
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value } : aucune chambre n'a ce nom ou cet ID ; la valeur est surveillée comme ID
watch-several-rooms = { $count ->
    [one] --watch { $value } : { $count } chambre porte ce nom ; elle est surveillée
   *[other] --watch { $value } : { $count } chambres portent ce nom ; toutes sont surveillées
}
