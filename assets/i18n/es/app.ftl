# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %m month, %Y year). Spanish: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d/%m/%Y
format-day-time = %d/%m %H:%M:%S
format-weekday-time = %a %d/%m %H:%M:%S

## Tabs
tab-board = Panel de pisos
tab-rooms = Habitaciones
tab-reservations = Reservas
tab-commands = Comandos de dispositivos
tab-prices = Cambios de tarifas
tab-log = Registro de eventos
arrivals-toggle = Llegadas
arrivals-toggle-hover = Mostrar las llegadas de hoy junto al panel

## The settings menu
settings-menu = Ajustes
settings-ready-rule = Una habitación está lista para el check-in cuando está:
settings-ready-inspected = Revisada
settings-ready-clean = Limpia o revisada (este hotel no revisa)
settings-look = Aspecto:
settings-look-system = Según la configuración del ordenador
settings-look-light = Claro
settings-look-dark = Oscuro
settings-keep-history = Conservar el historial
settings-keep-history-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
settings-keep-history-hover = Se aplica en el próximo inicio
settings-zoom = Zoom { $percent } % (se cambia con Ctrl + y Ctrl −)
settings-connection = Conexión…
settings-language = Idioma:
settings-language-system = Según la configuración del ordenador ({ $language })
set-by-organisation = Definido por su organización
set-by-organisation-hover = El departamento de TI de su organización lo define para los ordenadores del hotel (una directiva), por lo que no se puede cambiar aquí.

## The status bar
status-not-connected = Sin conexión
status-connected-since = Conectado desde las { $time }
status-reconnecting = { $reason }. Reconexión en { $seconds } s.
status-rejected = Mews ha rechazado los tokens. Introduzca tokens nuevos de su administrador de Mews.
status-try-now = Intentar ahora
status-enter-tokens = Introducir tokens
status-hotel-unknown = Hotel aún desconocido
status-hotel-time = { $hotel } · { $time }
status-times-in = Las horas se muestran en { $zone }
status-loading-history = Cargando historial…
status-loading-history-hover = Se están leyendo eventos anteriores del historial de este ordenador
status-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
status-last-event = último hace { $ago }
status-no-event = ningún evento aún
status-last-event-hover = Último evento recibido: { $at }
status-arrivals = Llegadas listas: { $ready } de { $waiting }
status-arrivals-arrived = {" · "}{ $arrived ->
    [one] { $arrived } llegada
   *[other] { $arrived } llegadas
}
status-arrivals-hover = Llegadas de hoy con la habitación lista, de las que aún no han hecho el check-in
status-problems = { $count ->
    [0] Sin problemas
    [one] { $count } problema
   *[other] { $count } problemas
}
status-problems-hover = Mostrar problemas y diagnóstico
status-history-paused = ⏸ Historial en pausa: { $waiting } en espera
status-history-paused-missing = ⏸ Historial en pausa: { $waiting } en espera, { $missing } faltantes
status-history-paused-hover = Ahora mismo no se puede guardar el historial en este ordenador (vea Problemas). Los eventos se siguen mostrando aquí y el historial se reanuda solo.

## The connection screen
connect-tagline = Estado de habitaciones, reservas, comandos de dispositivos y cambios de tarifas en directo.
connect-icon = Icono de Mews Monitor
connect-heading = Conectar con Mews
connect-where = Destino
place-built-in-demo = Hotel de demostración integrado (no requiere cuenta de Mews)
place-mews-demo = Demo de Mews
place-production = Producción de Mews
place-custom = Direcciones personalizadas
connect-ws-address = Dirección WebSocket
connect-rest-address = Dirección REST
connect-ws-address-shown = Dirección WebSocket: { $address }
connect-rest-address-shown = Dirección REST: { $address }
connect-demo-note = El hotel de demostración funciona dentro de esta aplicación y usa sus propios tokens de demostración.
connect-client = Cliente: { $client } (se envía con cada solicitud a Mews)
connect-testing = Preguntando a Mews el nombre del hotel…
connect-test-works = La conexión funciona: { $hotel }
connect-test-failed = Error en la prueba de conexión: { $problem }
connect-test-demo = el hotel de demostración integrado
connect-test-no-rest = no hay ninguna dirección REST que probar
connect-button = Conectar
connect-test-button = Probar conexión
connect-back = Volver al monitor
connect-tokens = Tokens
connect-tokens-note = Los proporciona su administrador de Mews. Se guardan en el llavero del sistema, nunca en un archivo.
connect-token-hint = pegar aquí
connect-token-wrong = Este { $name } no puede ser correcto: { $problem }.
connect-looking-for-tokens = Buscando tokens guardados en el llavero del sistema…
connect-forget = Olvidar tokens
connect-use-saved = Deje los campos vacíos para usar los tokens guardados.
connect-remember = Recordar en este ordenador
connect-remember-impossible = No es posible: no hay llavero del sistema. Los tokens se guardan en memoria solo durante esta sesión.
connect-keyring-retry = Reintentar con el llavero
connect-not-saved = Los tokens no se han guardado: { $problem } Solo se usan durante esta sesión.

## The proxy, in the connection screen
proxy-heading = Avanzado: proxy
proxy-note = Solo si su departamento de TI le ha dado un proxy para esta aplicación. Vacío: se usa la configuración de proxy de este ordenador.
proxy-address = Dirección del proxy
proxy-user = Usuario del proxy
proxy-user-hint = opcional
proxy-password = Contraseña del proxy
proxy-password-hint = escribir aquí
proxy-looking = Buscando la contraseña del proxy en el llavero del sistema…
proxy-password-saved = Hay una contraseña guardada para este usuario del proxy. Escriba una nueva para sustituirla.
proxy-not-saved = La contraseña del proxy no se ha guardado: { $problem } Solo se usa durante esta sesión.
