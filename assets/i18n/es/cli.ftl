# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problema: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Error: { $problem }
cli-say-where = indique dónde conectarse: --env demo, --env production o --ws-url URL
cli-say-which-mews = indique qué Mews consultar: --env demo, --env production o --api-url URL
cli-no-data-folder = este ordenador no tiene ninguna carpeta de datos para el historial
cli-no-history = todavía no hay historial en { $path }
cli-not-created = no se ha podido crear { $path }: { $detail }
cli-tokens-stopped = la búsqueda de los tokens se ha detenido de forma inesperada ({ $detail })
cli-own-path-unknown = se desconoce la ruta del propio programa: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor ya está abierto; se ha pasado a primer plano.
instance-did-not-answer = Mews Monitor ya está abierto, pero no ha respondido; busque su ventana, o ciérrelo y vuelva a iniciarlo.
cli-window-failed = no se ha podido abrir la ventana ({ $detail }): Mews Monitor necesita un entorno de escritorio gráfico
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
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (perfil { $profile })
tokens-removed = Tokens eliminados del llavero del sistema (perfil { $profile })
tokens-session-only = Solo durante esta sesión, `mews-monitor tail` también toma los tokens de { $client } y { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = no se ha podido leer el { $name } de la entrada estándar
tokens-missing = se esperaban dos líneas en la entrada estándar, el ClientToken y después el AccessToken; falta el { $name }
tokens-invalid = el { $name } no es válido
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: ninguna habitación tiene este nombre o ID; se vigila como ID
watch-several-rooms = { $count ->
    [one] --watch { $value }: { $count } habitación tiene este nombre; se vigila
   *[other] --watch { $value }: { $count } habitaciones tienen este nombre; se vigilan todas
}
