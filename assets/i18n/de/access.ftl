# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Auf diesem Computer gibt es keinen Schlüsselbund-Dienst des Systems, daher können die Tokens nicht gespeichert werden. Bitten Sie die IT, einen einzurichten, oder verwenden Sie die Tokens nur für diese Sitzung.
keyring-locked = Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden) und versuchen Sie es noch einmal, oder verwenden Sie die Tokens nur für diese Sitzung.
keyring-access-denied = Der Schlüsselbund des Systems hat Mews Monitor den Zugriff verweigert. Erlauben Sie den Zugriff, wenn der Computer danach fragt, oder wenden Sie sich an die IT; bis dahin können Sie die Tokens nur für diese Sitzung verwenden.
keyring-unreadable = Die gespeicherten Tokens konnten nicht gelesen werden. Löschen Sie sie und geben Sie ClientToken und AccessToken erneut ein.
keyring-other = Der Schlüsselbund des Systems hat nicht funktioniert ({ $detail }). Versuchen Sie es noch einmal, oder verwenden Sie die Tokens nur für diese Sitzung.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Im Schlüsselbund des Systems gespeichert · { $hint }
keyring-not-saved = Nicht auf diesem Computer gespeichert

## Proxies
proxy-error-address = Die Proxy-Adresse „{ $address }“ kann nicht verwendet werden (erwartet: http://host:port)
proxy-error-credentials-in-address = Tragen Sie Benutzername und Passwort des Proxys in die dafür vorgesehenen Felder ein, nicht in seine Adresse
proxy-error-dns = Der Name des Proxys { $name } wurde nicht gefunden (DNS)
proxy-error-unreachable = Der Proxy unter { $address } hat die Verbindung abgelehnt
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] Der Proxy unter { $address } verlangt Benutzername und Passwort (HTTP 407); die angegebenen wurden nicht akzeptiert
       *[no] Der Proxy unter { $address } verlangt Benutzername und Passwort (HTTP 407)
    }
proxy-error-refused = Der Proxy unter { $address } hat die Verbindung zu { $target } abgelehnt
proxy-error-bad-answer = Der Proxy unter { $address } hat eine Antwort gegeben, die dieses Programm nicht versteht

## How the connection reaches Mews (diagnostics)
route-direct = keiner (direkt)
trust-system = den Zertifikatspeicher dieses Computers
trust-bundled = die in Mews Monitor integrierte Liste (der Zertifikatspeicher dieses Computers enthält keine Zertifikate)
trust-failed = es konnten keine Zertifikate geladen werden ({ $detail })
