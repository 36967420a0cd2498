# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Tento počítač nemá službu systémové klíčenky, proto nelze tokeny uložit. Požádejte IT o její nastavení, nebo použijte tokeny jen pro tuto relaci.
keyring-locked = Systémová klíčenka je zamčená. Odemkněte ji (například tím, že se znovu přihlásíte) a zkuste to znovu, nebo použijte tokeny jen pro tuto relaci.
keyring-access-denied = Systémová klíčenka odepřela aplikaci Mews Monitor přístup. Povolte přístup, až se na něj počítač zeptá, nebo se obraťte na IT; mezitím můžete tokeny použít jen pro tuto relaci.
keyring-unreadable = Uložené tokeny se nepodařilo přečíst. Zapomeňte je a zadejte znovu ClientToken a AccessToken.
keyring-other = Systémová klíčenka nefungovala ({ $detail }). Zkuste to znovu, nebo použijte tokeny jen pro tuto relaci.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Uloženo v systémové klíčence · { $hint }
keyring-not-saved = Neuloženo v tomto počítači

## Proxies
proxy-error-address = Adresu proxy „{ $address }“ nelze použít (očekává se http://host:port)
proxy-error-credentials-in-address = Uživatelské jméno a heslo proxy zadejte do jejich vlastních polí, ne do adresy
proxy-error-dns = Název proxy { $name } nebyl nalezen (DNS)
proxy-error-unreachable = Proxy na adrese { $address } odmítá spojení
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] Proxy na adrese { $address } vyžaduje uživatelské jméno a heslo (HTTP 407); zadané údaje nebyly přijaty
       *[no] Proxy na adrese { $address } vyžaduje uživatelské jméno a heslo (HTTP 407)
    }
proxy-error-refused = Proxy na adrese { $address } odmítá spojení s { $target }
proxy-error-bad-answer = Odpovědi proxy na adrese { $address } tento program nerozumí

## How the connection reaches Mews (diagnostics)
route-direct = nepoužívá se (přímé připojení)
trust-system = úložiště certifikátů tohoto počítače
trust-bundled = seznam vestavěný v Mews Monitor (úložiště certifikátů tohoto počítače neobsahuje žádné certifikáty)
trust-failed = nepodařilo se načíst žádné certifikáty ({ $detail })
