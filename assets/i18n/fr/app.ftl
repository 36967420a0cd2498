# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %b month, %Y year). French: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d %b %Y
format-day-time = %d %b %H:%M:%S
format-weekday-time = %a %d %b %H:%M:%S

## Tabs
tab-board = Tableau gouvernante
tab-rooms = Chambres
tab-reservations = Réservations
tab-commands = Commandes d'appareils
tab-prices = Mises à jour tarifs
tab-log = Journal des événements
arrivals-toggle = Arrivées
arrivals-toggle-hover = Afficher les arrivées du jour à côté du tableau

## The settings menu
settings-menu = Paramètres
settings-ready-rule = Une chambre est prête pour le check-in quand elle est :
settings-ready-inspected = Inspectée
settings-ready-clean = Propre ou inspectée (cet hôtel n’inspecte pas)
settings-look = Apparence :
settings-look-system = Comme réglé sur l'ordinateur
settings-look-light = Clair
settings-look-dark = Sombre
settings-keep-history = Conserver l'historique
settings-keep-history-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
settings-keep-history-hover = Prend effet au prochain démarrage
settings-zoom = Zoom { $percent } % (Ctrl + et Ctrl − pour le modifier)
settings-connection = Connexion…
settings-language = Langue :
settings-language-system = Comme réglé sur l'ordinateur ({ $language })
set-by-organisation = Défini par votre organisation
set-by-organisation-hover = Le service informatique de votre organisation définit ce réglage pour les ordinateurs de l'hôtel (une stratégie) : il ne peut donc pas être modifié ici.

## The status bar
status-not-connected = Non connecté
status-connected-since = Connecté depuis { $time }
status-reconnecting = { $reason }. Reconnexion dans { $seconds } s.
status-rejected = Mews a refusé les jetons. Saisissez de nouveaux jetons fournis par votre administrateur Mews.
status-try-now = Réessayer
status-enter-tokens = Saisir les jetons
status-hotel-unknown = Hôtel encore inconnu
status-hotel-time = { $hotel } · { $time }
status-times-in = Heures affichées dans le fuseau { $zone }
status-loading-history = Chargement de l'historique…
status-loading-history-hover = Lecture des événements antérieurs dans l'historique de cet ordinateur
status-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
status-last-event = dernier il y a { $ago }
status-no-event = aucun événement pour l'instant
status-last-event-hover = Dernier événement reçu : { $at }
status-arrivals = Arrivées prêtes : { $ready } sur { $waiting }
status-arrivals-arrived = {" · "}{ $arrived ->
    [one] { $arrived } arrivée
   *[other] { $arrived } arrivées
}
status-arrivals-hover = Arrivées du jour dont la chambre est prête, sur celles pas encore enregistrées
status-problems = { $count ->
    [0] Aucun problème
    [one] { $count } problème
   *[other] { $count } problèmes
}
status-problems-hover = Afficher les problèmes et le diagnostic
status-history-paused = ⏸ Historique en pause : { $waiting } en attente
status-history-paused-missing = ⏸ Historique en pause : { $waiting } en attente, { $missing } manquants
status-history-paused-hover = L'historique ne peut pas être enregistré sur cet ordinateur pour le moment (voir Problèmes). Les événements restent affichés ici, et l'historique reprend de lui-même.

## The connection screen
connect-tagline = États des chambres, réservations, commandes d'appareils et mises à jour tarifaires en direct.
connect-icon = Icône de Mews Monitor
connect-heading = Se connecter à Mews
connect-where = Destination
place-built-in-demo = Hôtel de démo intégré (aucun compte Mews requis)
place-mews-demo = Démo Mews
place-production = Production Mews
place-custom = Adresses personnalisées
connect-ws-address = Adresse WebSocket
connect-rest-address = Adresse REST
connect-ws-address-shown = Adresse WebSocket : { $address }
connect-rest-address-shown = Adresse REST : { $address }
connect-demo-note = L'hôtel de démo fonctionne dans cette application et utilise ses propres jetons de démo.
connect-client = Client : { $client } (envoyé avec chaque requête à Mews)
connect-testing = Demande du nom de l'hôtel à Mews…
connect-test-works = La connexion fonctionne : { $hotel }
connect-test-failed = Échec du test de connexion : { $problem }
connect-test-demo = l'hôtel de démo intégré
connect-test-no-rest = aucune adresse REST à tester
connect-button = Se connecter
connect-test-button = Tester la connexion
connect-back = Retour au moniteur
connect-tokens = Jetons
connect-tokens-note = Fournis par votre administrateur Mews. Ils sont conservés dans le trousseau du système, jamais dans un fichier.
connect-token-hint = collez ici
connect-token-wrong = Ce { $name } ne peut pas être correct : { $problem }.
connect-looking-for-tokens = Recherche de jetons enregistrés dans le trousseau du système…
connect-forget = Oublier les jetons
connect-use-saved = Laissez les champs vides pour utiliser les jetons enregistrés.
connect-remember = Mémoriser sur cet ordinateur
connect-remember-impossible = Impossible : pas de trousseau système. Les jetons restent en mémoire pour cette session uniquement.
connect-keyring-retry = Réessayer le trousseau
connect-not-saved = Les jetons n'ont pas été enregistrés : { $problem } Ils ne servent que pour cette session.

## The proxy, in the connection screen
proxy-heading = Avancé : proxy
proxy-note = Uniquement si votre service informatique vous a fourni un proxy pour cette application. Vide : les paramètres proxy de cet ordinateur sont utilisés.
proxy-address = Adresse du proxy
proxy-user = Utilisateur du proxy
proxy-user-hint = facultatif
proxy-password = Mot de passe du proxy
proxy-password-hint = saisissez ici
proxy-looking = Recherche du mot de passe du proxy dans le trousseau du système…
proxy-password-saved = Un mot de passe est enregistré pour cet utilisateur du proxy. Saisissez-en un nouveau pour le remplacer.
proxy-not-saved = Le mot de passe du proxy n'a pas été enregistré : { $problem } Il ne sert que pour cette session.
