# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = la base de datos del historial ha fallado: { $detail }
history-error-damaged = la base de datos del historial está dañada ({ $detail })
history-error-file = no se ha podido usar el archivo de historial { $path }: { $detail }
history-error-export = no se ha podido escribir la exportación: { $detail }
history-error-no-thread = no se ha podido iniciar ningún hilo para leer el historial ({ $detail })
history-error-thread-stopped = el hilo que lee el historial se ha detenido

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews no ha indicado en qué zona horaria está el hotel
hotel-day-unknown-zone = este ordenador no conoce la zona horaria del hotel, «{ $zone }»

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = { $set } está definida, pero { $missing } no: defina las dos, o ninguna de ellas para usar los tokens guardados para el perfil «{ $profile }»
resolve-invalid = { $var } no contiene un token válido: { $problem }
resolve-not-saved = no hay tokens para el perfil «{ $profile }»: defina { $client } y { $access }, o guárdelos una sola vez con `mews-monitor tokens set --profile { $profile }` (el ClientToken y el AccessToken como dos líneas en la entrada estándar)
resolve-keyring = { $problem } (Sin el llavero del sistema, defina en su lugar { $client } y { $access }.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor ya está en el menú de aplicaciones ({ $program }).
desktop-written = escrito: { $path }
desktop-removed = eliminado: { $path }
desktop-autostart = Se abrirá automáticamente al iniciar sesión.
desktop-nothing-removed = Mews Monitor no estaba en el menú de aplicaciones; no hay nada que eliminar.
desktop-uninstalled = Mews Monitor ya no está en el menú de aplicaciones ni en el inicio automático.
desktop-unsupported = las entradas de escritorio son una convención de Linux/BSD; en este sistema, use un paquete nativo
desktop-use-installer = en Windows, instale Mews Monitor con mews-monitor-setup.exe: añade el acceso directo «Mews Monitor» al menú Inicio y, si lo desea, abre Mews Monitor al iniciar sesión; su desinstalador elimina ambas cosas
desktop-no-home = no se conoce ninguna carpeta personal, así que no hay dónde colocar la entrada del menú
desktop-relative-program = la ruta del programa { $path } no es absoluta
desktop-not-utf8 = la ruta del programa { $path } no es UTF-8 válido, como exigen las entradas de escritorio
desktop-control-character = la ruta del programa { $path } contiene un carácter de control
