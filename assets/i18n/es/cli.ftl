# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problema: { $problem }
cli-resync = { $rooms ->
    [one] { $rooms } habitación cargada
   *[other] { $rooms } habitaciones cargadas
}; { $changed ->
    [one] { $changed } cambiada sin conexión
   *[other] { $changed } cambiadas sin conexión
}
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = zona horaria desconocida
cli-watch-needs-rest = los nombres de habitación requieren la dirección REST (--api-url o --env): los valores de --watch se toman como ID de habitación
cli-route = proxy: { $proxy }; certificados comprobados por { $trust }
cli-tokens-environment = usando los tokens de { $client } y { $access }
cli-tokens-keyring = usando los tokens guardados en el llavero del sistema (perfil { $profile })
cli-guests-unavailable = nombres de huéspedes no disponibles: { $problem }
cli-arrivals-count = { $count ->
    [one] { $count } llegada
   *[other] { $count } llegadas
}
cli-rooms-count = { $count ->
    [one] { $count } habitación
   *[other] { $count } habitaciones
}
cli-exported-count = { $count ->
    [one] { $count } evento exportado
   *[other] { $count } eventos exportados
}
