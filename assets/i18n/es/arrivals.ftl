# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.

## The Arrivals panel
arrivals-heading = Llegadas
arrivals-not-loaded = Las llegadas de hoy aparecen aquí en cuanto se cargan desde Mews.
arrivals-today = Hoy en el hotel: { $date }
arrivals-none = No hay llegadas hoy.
arrivals-search = Buscar un huésped o una reserva
arrivals-search-hint = nombre o número
arrivals-search-clear = Borrar
arrivals-search-clear-hover = Mostrar todas las llegadas
arrivals-found = { $found ->
    [0] Ninguna llegada coincide
    [one] Coincide { $found } de { $all } llegadas
   *[other] Coinciden { $found } de { $all } llegadas
}
arrivals-arrival-at = Llegada: { $at }
arrivals-arrival-unknown = Hora de llegada desconocida
arrivals-no-room = Sin habitación asignada
arrivals-state-since = En este estado desde { $at }
arrivals-changed-offline = (cambiada sin conexión)

## A guest
guest-name-loading = Cargando nombre…
guest-name-unavailable = Nombre no disponible
guest-no-name = Mews no tiene ningún nombre para este huésped.
guest-not-in-mews = Mews no ha devuelto este huésped (puede que el perfil se haya eliminado o fusionado).
guest-not-loaded = No se pudo cargar el huésped: { $reason }
guest-vip = VIP
guest-vip-hover = Huésped importante (VIP), según la clasificación de Mews
guest-very-vip = VIP+
guest-very-vip-hover = Huésped muy importante (VIP+), según la clasificación de Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Reserva { $number }

## Guests waiting at the desk
waiting-heading = En espera: { $count ->
    [one] { $count } huésped
   *[other] { $count } huéspedes
}
waiting-show-room = Mostrar la habitación
waiting-waited = Esperando { $waited }
waiting-for-since = { $length } (desde las { $time })
waiting-since = desde las { $time }
waiting-room-ready = { $room } está lista ({ $state })
waiting-room-not-ready = { $room } no está lista: { $mark } { $state }
waiting-in-mews = En espera (indicado en Mews)
waiting-in-mews-hover = Mews clasifica a este huésped como en espera de habitación
waiting-at-desk = En espera
waiting-at-desk-hover = Añadido a la lista de espera en esta recepción
waiting-start = Huésped en espera
waiting-start-hover = El huésped está en recepción: mostrarlo en En espera hasta que su habitación esté lista
waiting-stop = Ya no espera
waiting-stop-hover = Quitar al huésped de la lista de espera

## Alerts: the banner and what each says
alert-count = { $count ->
    [one] { $count } alerta abierta
   *[other] { $count } alertas abiertas
}
alert-count-more = { $count ->
    [one] { $count } alerta abierta; se muestran las de huéspedes en espera y las más recientes
   *[other] { $count } alertas abiertas; se muestran las de huéspedes en espera y las más recientes
}
alert-acknowledge = Confirmar
alert-acknowledge-hover = Quitar esta alerta
alert-acknowledge-all = Confirmar todas ({ $count })
alert-acknowledge-all-hover = Quitar todas las alertas de esta barra
alert-ready = { $room } está lista ({ $state })
alert-out-of-order = { $room } está ahora fuera de orden
alert-out-of-service = { $room } está ahora fuera de servicio
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } está esperando: { $alert }
alert-guest-of = El huésped de la reserva { $number }
alert-fired = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
alert-now = ahora { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Un huésped está esperando (reserva { $number }): { $alert }
notify-body = A las { $time }: alerta { $id } de Mews Monitor
notify-unavailable = Este ordenador no muestra notificaciones del escritorio; las alertas solo aparecen en la aplicación

## Copying for support tickets, and the brief notice that says so
copy-id = Copiar ID
copy-ticket-line = Copiar línea para el ticket
copy-reservation-number = Copiar número de reserva
copy-copied-id = ID copiado
copy-copied-ticket-line = Línea para el ticket copiada
copy-copied-reservation-number = Número de reserva copiado
