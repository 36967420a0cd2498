# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.

## Messages from Mews
trouble-unreadable-message = Mensaje ilegible de Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Se ha omitido el evento n.º { $number } de un mensaje ({ $reason }): { $excerpt }
trouble-binary-message = Mews ha enviado un mensaje binario de { $bytes } bytes que no es texto; se ha omitido.
trouble-over-hard-limit = Mews ha enviado un mensaje que supera el límite de tamaño máximo ({ $detail }); se ha restablecido la conexión.
trouble-message-too-large = Mews ha enviado un mensaje de { $size } MiB, por encima del límite de { $limit } MiB; se ha omitido.

## Loading names and details from Mews
trouble-lookup-failed = No ha sido posible cargar { $what } desde Mews: { $why }
trouble-lookups-rejected = Mews ha rechazado los tokens para los nombres de habitaciones y reservas: { $message }
trouble-hotel-day-unknown = No se pudieron cargar las llegadas de hoy: { $detail }.
lookup-hotel = los datos del hotel
lookup-rooms = las habitaciones
lookup-open-commands = los comandos de dispositivos pendientes
lookup-arrivals = las llegadas de hoy
lookup-changed-reservations = las reservas cambiadas sin conexión
lookup-rates = los nombres de las tarifas
lookup-guests = los nombres de los huéspedes
lookup-reservations = los números de reserva
lookup-commands = los nombres de los dispositivos
rest-refused = Mews ha rechazado la solicitud: { $message }
rest-too-heavy = la solicitud era demasiado grande para que Mews respondiera a tiempo
rest-throttled = Mews ha pedido al monitor que vaya más despacio y, por ahora, este ha desistido
rest-http = Mews ha respondido con un error (HTTP { $status }): { $message }
rest-network = no se pudo contactar con Mews: { $detail }
rest-unreadable = no se pudo leer la respuesta de Mews: { $detail }
rest-address = la dirección REST «{ $address }» debe empezar por https:// (http:// solo para este ordenador)

## History
trouble-history-not-kept = En esta sesión no se guarda historial: { $detail }
trouble-history-damaged = El archivo de historial estaba dañado. Se ha movido a { $path } y se ha empezado uno nuevo.
trouble-history-paused = El historial está en pausa porque { $why }. Los eventos se siguen mostrando aquí, { $waiting ->
        [one] { $waiting } evento espera a ser guardado
       *[other] { $waiting } eventos esperan a ser guardados
    }; el historial lo vuelve a intentar solo.
trouble-history-list-full = El historial sigue en pausa y su lista de espera está llena ({ $held ->
        [one] { $held } evento
       *[other] { $held } eventos
    }): los eventos recibidos desde ahora hasta que se reanude faltarán en el historial, y ese hueco quedará marcado.
trouble-history-resumed = El historial se vuelve a guardar y lo que estaba en espera se conserva ({ $written ->
        [one] { $written } evento
       *[other] { $written } eventos
    }).
trouble-history-resumed-gap = El historial se vuelve a guardar y lo que estaba en espera se conserva ({ $written ->
        [one] { $written } evento
       *[other] { $written } eventos
    }). Faltan en el historial: { $missed ->
        [one] { $missed } evento recibido
       *[other] { $missed } eventos recibidos
    } durante la pausa; el hueco está marcado en las cronologías de las habitaciones y en las exportaciones.
trouble-history-file-removed = El archivo de historial { $path } se eliminó mientras Mews Monitor estaba en marcha: se ha empezado uno nuevo en el mismo lugar y, a partir de ahora, los eventos se guardan en él.
trouble-history-file-not-restarted = El archivo de historial { $path } se eliminó mientras Mews Monitor estaba en marcha, y todavía no se puede empezar uno nuevo ({ $detail }). Los eventos se siguen mostrando aquí; el historial lo vuelve a intentar solo.
trouble-history-stopped = El historial se ha detenido: los eventos se siguen mostrando aquí, pero los que se reciban a partir de ahora no se guardan en este ordenador. Reinicie Mews Monitor para volver a guardarlos.
write-disk-full = el disco está lleno
write-read-only = el archivo de historial no se puede modificar
write-permission-denied = este usuario no tiene permiso para escribir en el archivo de historial
write-io = no se pudo escribir en el disco
write-other = la escritura ha fallado ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } habitación cargada desde Mews
       *[other] { $loaded } habitaciones cargadas desde Mews
    }; cambiadas sin conexión: { $changed }
summary-rooms-named = { $loaded ->
        [one] { $loaded } habitación cargada desde Mews
       *[other] { $loaded } habitaciones cargadas desde Mews
    }; cambiadas sin conexión: { $changed } ({ $names })
summary-changed = { $count ->
        [one] { $count } reserva cambiada sin conexión ({ $numbers })
       *[other] { $count } reservas cambiadas sin conexión ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } llegada cargada
       *[other] { $arrivals } llegadas cargadas
    } desde Mews para el { $date } (ya llegados: { $arrived }), { $in_house ->
        [one] { $in_house } huésped alojado
       *[other] { $in_house } huéspedes alojados
    }
summary-guests = Nombres de { $found ->
        [one] { $found } huésped
       *[other] { $found } huéspedes
    } cargados desde Mews
summary-guests-missing = Nombres de { $found ->
        [one] { $found } huésped
       *[other] { $found } huéspedes
    } cargados desde Mews (no encontrados: { $missing })
summary-guests-failed = No se pudieron cargar los nombres de { $asked ->
        [one] { $asked } huésped
       *[other] { $asked } huéspedes
    }: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = No se pudo leer el archivo de ajustes ({ $detail }); la aplicación se ha iniciado con los ajustes predeterminados.
trouble-settings-unreadable-kept = No se pudo leer el archivo de ajustes ({ $detail }); la aplicación se ha iniciado con los ajustes predeterminados y ha conservado el archivo anterior como { $path }.
trouble-settings-not-saved = No se pudieron guardar los ajustes en { $path } ({ $detail }); la aplicación lo volverá a intentar en un momento.
trouble-window-layout-restored = El archivo de disposición de la ventana estaba dañado; se ha restaurado la última disposición correcta.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = El ajuste { $name } de su organización ({ $scope ->
        [user] directiva de usuario
       *[computer] directiva de equipo
    }) es { $value }, un valor que no se puede usar: { $expected }. Se ignora.
policy-unknown = La directiva de su organización ({ $scope ->
        [user] directiva de usuario
       *[computer] directiva de equipo
    }) tiene un ajuste { $name } que esta versión de Mews Monitor no conoce. Se ignora.
policy-api-url-alone = La directiva de su organización define ApiUrl pero no WebSocketUrl; Mews Monitor necesita ambas para usar direcciones propias. ApiUrl se ignora.
policy-unreadable = No se pudo leer la directiva de su organización ({ $scope ->
        [user] directiva de usuario
       *[computer] directiva de equipo
    }): { $why }. Se ignora.
policy-locked = Su organización ha fijado a dónde se conecta Mews Monitor en este ordenador (LockConnection), así que no se puede usar { $option }. Omítalo para conectarse donde indica la organización.
