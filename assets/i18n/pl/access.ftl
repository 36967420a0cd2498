# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Ten komputer nie ma usługi systemowego pęku kluczy, więc nie można zapisać tokenów. Poproś dział IT o jej skonfigurowanie albo użyj tokenów tylko w tej sesji.
keyring-locked = Systemowy pęk kluczy jest zablokowany. Odblokuj go (na przykład logując się ponownie) i spróbuj jeszcze raz albo użyj tokenów tylko w tej sesji.
keyring-access-denied = Systemowy pęk kluczy odmówił aplikacji Mews Monitor dostępu. Zezwól na dostęp, gdy komputer o to zapyta, albo zwróć się do działu IT; w międzyczasie możesz używać tokenów tylko w tej sesji.
keyring-unreadable = Nie udało się odczytać zapisanych tokenów. Zapomnij je i wprowadź ponownie ClientToken i AccessToken.
keyring-other = Systemowy pęk kluczy nie zadziałał ({ $detail }). Spróbuj jeszcze raz albo użyj tokenów tylko w tej sesji.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Zapisano w systemowym pęku kluczy · { $hint }
keyring-not-saved = Nie zapisano na tym komputerze

## Proxies
proxy-error-address = Nie można użyć adresu proxy „{ $address }” (oczekiwano http://host:port)
proxy-error-credentials-in-address = Wpisz nazwę użytkownika i hasło proxy w przeznaczonych na nie polach, a nie w adresie proxy
proxy-error-dns = Nie znaleziono nazwy proxy { $name } (DNS)
proxy-error-unreachable = Proxy pod adresem { $address } odrzuca połączenie
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] Proxy pod adresem { $address } wymaga nazwy użytkownika i hasła (HTTP 407); podane dane nie zostały zaakceptowane
       *[no] Proxy pod adresem { $address } wymaga nazwy użytkownika i hasła (HTTP 407)
    }
proxy-error-refused = Proxy pod adresem { $address } odrzuca połączenie z { $target }
proxy-error-bad-answer = Odpowiedź proxy pod adresem { $address } jest niezrozumiała dla tego programu

## How the connection reaches Mews (diagnostics)
route-direct = brak (połączenie bezpośrednie)
trust-system = magazyn certyfikatów tego komputera
trust-bundled = lista wbudowana w Mews Monitor (magazyn certyfikatów tego komputera nie zawiera certyfikatów)
trust-failed = nie udało się wczytać żadnych certyfikatów ({ $detail })
