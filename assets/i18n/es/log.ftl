# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Exportar…
log-export-hover = Guardar los eventos mostrados en CSV o JSON Lines
log-shown = { $count ->
    [one] { $count } evento mostrado
   *[other] { $count } eventos mostrados
}
log-shown-of = { $count ->
    [one] { $count } evento mostrado de { $total }
   *[other] { $count } eventos mostrados de { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } evento más antiguo ya no se conserva aquí (sigue en el historial)
   *[other] {" · "}{ $count } eventos más antiguos ya no se conservan aquí (siguen en el historial)
}
log-resync = Resincronización a las { $time }: { $resync }
log-resync-hover = Tras cada conexión, las habitaciones se vuelven a cargar desde Mews; las habitaciones cuyo estado cambió entretanto se marcan en el panel y en la tabla de habitaciones.
log-column-seq = N.º
log-column-received = Recibido
log-column-type = Tipo
log-column-state = Estado
log-column-names = Nombres
log-column-id = ID
log-name-resource = recurso
log-name-floor = planta
log-name-reservation = reserva
log-name-device = dispositivo
log-all-types = Todos los tipos
log-filter-type = Tipo
log-all-states = Todos los estados
log-filter-state = Estado
log-search = Buscar eventos
log-search-hint = ID, habitación, reserva…
log-show-all = Mostrar todos los eventos
log-follow = Seguir los más recientes
log-follow-hover = Mantiene visible el evento más reciente. Al seleccionar una fila o desplazarse hacia arriba, se pausa.
log-event = Evento { $seq }
log-close = Cerrar
log-received = Recibido { $at }
log-as-sent = Tal como lo envió Mews (incluidos los campos que el monitor no usa):

## The problems and diagnostics window
problems-title = Problemas y diagnóstico
problems-diagnostics = Diagnóstico
problems-requests = Solicitudes a Mews: { $used } de { $limit } permitidas en los últimos 30 s · { $total } en total · { $throttled } limitadas
problems-requests-none = Solicitudes a Mews: ninguna todavía
problems-proxy = Proxy: { $proxy }
problems-trust = Certificados comprobados por { $trust }
problems-notifications = Las alertas también aparecen como notificaciones del escritorio.
problems-last-resync = Última resincronización a las { $time }: { $resync }
problems-last-guests = Huéspedes a las { $time }: { $guests }
problems-log = Registro de eventos: { $kept } conservados de un máximo de { $capacity }; { $dropped } más antiguos descartados
problems-heading = Problemas ({ $count })
problems-none = No ha habido ningún problema.

## The export window
export-title = Exportar el registro de eventos
export-what = { $count ->
    [one] Exporta { $count } evento mostrado en el registro, con los filtros actuales.
   *[other] Exporta los { $count } eventos mostrados en el registro, con los filtros actuales.
}
export-csv = CSV (hojas de cálculo)
export-jsonl = JSON Lines (scripts)
export-file = Archivo
export-save = Guardar
export-no-file = Indique un nombre de archivo.
export-not-written = No se pudo escribir { $path }: { $problem }
export-written = { $count ->
    [one] { $count } evento escrito en { $path }
   *[other] { $count } eventos escritos en { $path }
}
