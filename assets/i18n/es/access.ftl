# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Este ordenador no tiene ningún servicio de llavero del sistema, así que los tokens no se pueden guardar. Pida al departamento de informática que configure uno o use los tokens solo durante esta sesión.
keyring-locked = El llavero del sistema está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión) e inténtelo de nuevo, o use los tokens solo durante esta sesión.
keyring-access-denied = El llavero del sistema ha denegado el acceso a Mews Monitor. Permita el acceso cuando el ordenador lo pida o consulte al departamento de informática; mientras tanto, puede usar los tokens solo durante esta sesión.
keyring-unreadable = No se han podido leer los tokens guardados. Olvídelos y vuelva a introducir el ClientToken y el AccessToken.
keyring-other = El llavero del sistema no ha funcionado ({ $detail }). Inténtelo de nuevo o use los tokens solo durante esta sesión.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Guardados en el llavero del sistema · { $hint }
keyring-not-saved = No guardados en este ordenador

## Proxies
proxy-error-address = La dirección del proxy «{ $address }» no se puede usar (se esperaba http://host:port)
proxy-error-credentials-in-address = Escriba el nombre de usuario y la contraseña del proxy en sus propios campos, no en su dirección
proxy-error-dns = No se encontró el nombre del proxy { $name } (DNS)
proxy-error-unreachable = El proxy en { $address } ha rechazado la conexión
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] El proxy en { $address } requiere un nombre de usuario y una contraseña (HTTP 407); los indicados no se han aceptado
       *[no] El proxy en { $address } requiere un nombre de usuario y una contraseña (HTTP 407)
    }
proxy-error-refused = El proxy en { $address } ha rechazado la conexión con { $target }
proxy-error-bad-answer = El proxy en { $address } ha dado una respuesta que este programa no entiende

## How the connection reaches Mews (diagnostics)
route-direct = ninguno (conexión directa)
trust-system = el almacén de certificados de este ordenador
trust-bundled = la lista integrada en Mews Monitor (el almacén de certificados de este ordenador no tiene certificados)
trust-failed = no se ha podido cargar ningún certificado ({ $detail })
