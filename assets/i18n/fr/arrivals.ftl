# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.
# French plurals: one (0 and 1), other.

## The Arrivals panel
arrivals-heading = Arrivées
arrivals-not-loaded = Les arrivées du jour s'affichent ici dès qu'elles sont chargées depuis Mews.
arrivals-today = Aujourd'hui à l'hôtel : { $date }
arrivals-none = Aucune arrivée aujourd'hui.
arrivals-search = Chercher un client ou une réservation
arrivals-search-hint = nom ou numéro
arrivals-search-clear = Effacer
arrivals-search-clear-hover = Afficher toutes les arrivées
arrivals-found = { $found ->
    [0] Aucune arrivée ne correspond
    [one] { $found } arrivée sur { $all } correspond
   *[other] { $found } arrivées sur { $all } correspondent
}
arrivals-arrival-at = Arrivée : { $at }
arrivals-arrival-unknown = Heure d'arrivée inconnue
arrivals-no-room = Aucune chambre attribuée
arrivals-state-since = Dans cet état depuis { $at }
arrivals-changed-offline = (modifiée hors ligne)

## A guest
guest-name-loading = Chargement du nom…
guest-name-unavailable = Nom indisponible
guest-no-name = Mews n'a aucun nom pour ce client.
guest-not-in-mews = Mews n'a pas renvoyé ce client (le profil a peut-être été supprimé ou fusionné).
guest-not-loaded = Impossible de charger le client : { $reason }
guest-vip = VIP
guest-vip-hover = Client important (VIP), selon le classement dans Mews
guest-very-vip = VIP+
guest-very-vip-hover = Client très important (VIP+), selon le classement dans Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Réservation { $number }

## Guests waiting at the desk
waiting-heading = En attente : { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
waiting-show-room = Afficher la chambre
waiting-waited = Attente : { $waited }
waiting-for-since = { $length } (depuis { $time })
waiting-since = depuis { $time }
waiting-room-ready = { $room } est prête ({ $state })
waiting-room-not-ready = { $room } n'est pas prête : { $mark } { $state }
waiting-in-mews = En attente (indiqué dans Mews)
waiting-in-mews-hover = Mews indique que ce client attend une chambre
waiting-at-desk = En attente
waiting-at-desk-hover = Mis en liste d'attente à cette réception
waiting-start = Client en attente
waiting-start-hover = Le client est à la réception : l'inscrire En attente jusqu'à ce que sa chambre soit prête
waiting-stop = Plus en attente
waiting-stop-hover = Retirer le client de la liste d'attente

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } alerte ouverte
   *[other] { $count } alertes ouvertes
}
alert-count-more = { $count ->
    [one] { $count } alerte ouverte ; celles des clients en attente et les plus récentes sont affichées
   *[other] { $count } alertes ouvertes ; celles des clients en attente et les plus récentes sont affichées
}
alert-acknowledge = Acquitter
alert-acknowledge-hover = Retirer cette alerte
alert-acknowledge-all = Tout acquitter ({ $count })
alert-acknowledge-all-hover = Retirer toutes les alertes de ce bandeau
alert-ready = { $room } est prête ({ $state })
alert-out-of-order = { $room } est passée hors d'usage
alert-out-of-service = { $room } est passée hors service
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } attend : { $alert }
alert-guest-of = Le client de la réservation { $number }
alert-fired = { $count } fois
alert-now = désormais { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Un client attend (réservation { $number }) : { $alert }
notify-body = À { $time } : alerte Mews Monitor n° { $id }
notify-unavailable = Cet ordinateur n'affiche pas de notifications de bureau ; les alertes s'affichent uniquement dans l'application

## Copying for support tickets, and the brief notice that says so
copy-id = Copier l'ID
copy-ticket-line = Copier la ligne de ticket
copy-reservation-number = Copier le numéro de réservation
copy-copied-id = ID copié
copy-copied-ticket-line = Ligne de ticket copiée
copy-copied-reservation-number = Numéro de réservation copié
