# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.
# French plurals: one (0 and 1), other.

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Chambre { $room }
room-word = Chambre

## The board's filters
board-search = Rechercher des chambres
board-search-hint = nom de chambre
board-floor-choice = Étage
board-all-floors = Tous les étages
board-floor = Étage { $floor }
board-no-floor = Sans étage
board-show-all = Afficher toutes les chambres
board-showing = { $shown } sur { $total ->
    [one] { $total } chambre affichée
   *[other] { $total } chambres affichées
}
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name } : { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Autre
board-click-to-hide = Cliquer pour masquer ces chambres
board-click-to-show = Cliquer pour afficher ces chambres
board-today = Aujourd'hui :
board-turn-first = En priorité
board-turn-first-hover = Uniquement les chambres où un client arrive aujourd'hui et qui sont sales, ou propres mais pas encore inspectées là où l'hôtel inspecte, en une seule liste par heure d'arrivée
board-day-not-loaded = Les séjours du jour ne sont pas encore chargés : les chambres filtrées selon leur journée apparaîtront dès qu'ils le seront.

## The board's rooms
board-reading-history = Lecture des derniers états connus des chambres dans l'historique…
board-no-rooms = Aucune chambre pour l'instant. Elles apparaissent quand Mews envoie les chambres de l'hôtel ou le premier événement de chambre.
board-heading = { $title } · { $count ->
    [one] { $count } chambre
   *[other] { $count } chambres
}
board-turn-first-heading = En priorité : chambres des arrivées du jour, par heure d'arrivée

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = modifiée hors ligne
board-tile-unconfirmed = dernier état connu, pas encore confirmé par Mews
board-tile-alert-open = alerte ouverte
board-tile-watched = surveillée
# The state on a tile when none was received.
board-tile-state-unknown = Inconnu
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = hors ligne
board-tile-last-known = dernier connu
board-tile-hover = { $label }
    Étage : { $floor }
    État précédent : { $previous }
    Changements vus : { $changes }
    ID : { $id }
board-floor-not-known = inconnu
board-previous-none = aucun
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, client attendu à { $time }

## A room's menu
board-pin = Ajouter à la liste de surveillance
board-unpin = Retirer de la liste de surveillance
board-show-timeline = Afficher la chronologie

## The room panel
room-close = Fermer
room-state-not-known = État inconnu
room-since = Depuis { $time } (il y a { $ago })
room-before = Avant : { $state }
room-floor = Étage : { $floor }
room-changed-offline = Modifiée pendant que le moniteur était hors ligne (détecté lors de la resynchronisation).
room-unconfirmed = Dernier état connu d'après l'historique ; Mews ne l'a pas encore confirmé.
room-watch = Surveiller : m'alerter quand cette chambre est prête
room-today = Aujourd'hui : { $day }
room-arriving = Arrivée : { $guest }

## The room's timeline
room-timeline = Chronologie
room-timeline-today = Aujourd'hui
room-timeline-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
room-no-history = L'historique n'est pas conservé dans cette session : il n'y a donc pas de chronologie.
room-timeline-failed = Impossible de lire la chronologie : { $problem }
room-no-changes = Aucun changement d'état sur cette période.
room-history-missed = ⚠ { $count ->
    [one] { $count } événement manque
   *[other] { $count } événements manquent
} dans l'historique jusqu'à { $time } : cette chambre a pu changer entre-temps
room-history-missed-hover = L'historique n'a pas pu être enregistré à ce moment-là (par exemple, disque plein), et il est arrivé plus d'événements qu'il ne pouvait en contenir.

## The live tables
table-rooms = { $count ->
    [one] { $count } chambre
   *[other] { $count } chambres
}
table-reservations = { $count ->
    [one] { $count } réservation
   *[other] { $count } réservations
}
table-commands = { $count ->
    [one] { $count } commande d'appareil
   *[other] { $count } commandes d'appareils
}
table-prices = { $count ->
    [one] { $count } mise à jour tarif
   *[other] { $count } mises à jour tarifs
}
table-changed-offline = { $room } (modifiée hors ligne)
# A column's hover: "Sort by Floor".
sort-by = Trier par { $column }

## The tables' column titles
table-column-room = Chambre
table-column-floor = Étage
table-column-state = État
table-column-previous = Précédent
table-column-since = Depuis
table-column-changes = Changements
table-column-id = ID
table-column-reservation = Réservation
table-column-room-assigned = Chambre
table-column-arrival = Arrivée
table-column-departure = Départ
table-column-updated = Mis à jour
table-column-device = Appareil
table-column-rate = Tarif
table-column-category = Catégorie
table-column-from = Du
table-column-to = Au
table-column-received = Reçu
