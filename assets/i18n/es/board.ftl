# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Habitación { $room }
room-word = Habitación

## The board's filters
board-search = Buscar habitaciones
board-search-hint = nombre de habitación
board-floor-choice = Planta
board-all-floors = Todas las plantas
board-floor = Planta { $floor }
board-no-floor = Sin planta
board-show-all = Mostrar todas las habitaciones
board-showing = Mostrando { $shown } de { $total ->
    [one] { $total } habitación
   *[other] { $total } habitaciones
}
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }: { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Otro
board-click-to-hide = Haga clic para ocultar estas habitaciones
board-click-to-show = Haga clic para mostrar estas habitaciones
board-today = Hoy:
board-turn-first = Preparar primero
board-turn-first-hover = Solo las habitaciones a las que llega un huésped hoy y que están sucias, o limpias pero aún sin revisar donde el hotel revisa, en una sola lista por hora de llegada
board-day-not-loaded = Las estancias de hoy aún no se han cargado: las habitaciones filtradas por su día aparecerán en cuanto se carguen.

## The board's rooms
board-reading-history = Leyendo del historial los últimos estados conocidos de las habitaciones…
board-no-rooms = Aún no hay habitaciones. Aparecen cuando Mews envía las habitaciones del hotel o el primer evento de habitación.
board-heading = { $title } · { $count ->
    [one] { $count } habitación
   *[other] { $count } habitaciones
}
board-turn-first-heading = Preparar primero: habitaciones con llegada hoy, por hora de llegada

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = cambiada sin conexión
board-tile-unconfirmed = último estado conocido, aún sin confirmar por Mews
board-tile-alert-open = alerta abierta
board-tile-watched = vigilada
# The state on a tile when none was received.
board-tile-state-unknown = Desconocido
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = sin conexión
board-tile-last-known = último conocido
board-tile-hover = { $label }
    Planta: { $floor }
    Estado anterior: { $previous }
    Cambios vistos: { $changes }
    ID: { $id }
board-floor-not-known = desconocida
board-previous-none = ninguno
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, huésped llega a las { $time }

## A room's menu
board-pin = Añadir a la lista de vigilancia
board-unpin = Quitar de la lista de vigilancia
board-show-timeline = Mostrar cronología

## The room panel
room-close = Cerrar
room-state-not-known = Estado desconocido
room-since = Desde { $time } (hace { $ago })
room-before = Antes: { $state }
room-floor = Planta: { $floor }
room-changed-offline = Cambiada mientras el monitor estaba sin conexión (detectado en la resincronización).
room-unconfirmed = Último estado conocido según el historial; Mews aún no lo ha confirmado.
room-watch = Vigilar: avisarme cuando esta habitación esté lista
room-today = Hoy: { $day }
room-arriving = Llegada: { $guest }

## The room's timeline
room-timeline = Cronología
room-timeline-today = Hoy
room-timeline-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
room-no-history = En esta sesión no se guarda historial, así que no hay cronología.
room-timeline-failed = No se pudo leer la cronología: { $problem }
room-no-changes = Sin cambios de estado en este periodo.
room-history-missed = ⚠ { $count ->
    [one] Falta { $count } evento
   *[other] Faltan { $count } eventos
} en el historial hasta las { $time }: puede que esta habitación cambiara entonces
room-history-missed-hover = No se pudo guardar el historial en ese momento (por ejemplo, el disco estaba lleno) y llegaron más eventos de los que podía retener.

## The live tables
table-rooms = { $count ->
    [one] { $count } habitación
   *[other] { $count } habitaciones
}
table-reservations = { $count ->
    [one] { $count } reserva
   *[other] { $count } reservas
}
table-commands = { $count ->
    [one] { $count } comando de dispositivo
   *[other] { $count } comandos de dispositivos
}
table-prices = { $count ->
    [one] { $count } cambio de tarifa
   *[other] { $count } cambios de tarifas
}
table-changed-offline = { $room } (cambiada sin conexión)
# A column's hover: "Sort by Floor".
sort-by = Ordenar por { $column }

## The tables' column titles
table-column-room = Habitación
table-column-floor = Planta
table-column-state = Estado
table-column-previous = Anterior
table-column-since = Desde
table-column-changes = Cambios
table-column-id = ID
table-column-reservation = Reserva
table-column-room-assigned = Habitación
table-column-arrival = Llegada
table-column-departure = Salida
table-column-updated = Actualizado
table-column-device = Dispositivo
table-column-rate = Tarifa
table-column-category = Categoría
table-column-from = Desde
table-column-to = Hasta
table-column-received = Recibido
