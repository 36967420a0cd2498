# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problème : { $problem }
cli-resync = { $rooms ->
    [one] { $rooms } chambre chargée
   *[other] { $rooms } chambres chargées
} ; { $changed ->
    [one] { $changed } modifiée hors ligne
   *[other] { $changed } modifiées hors ligne
}
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
