# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Cet ordinateur n'a pas de service de trousseau système : les jetons ne peuvent donc pas être enregistrés. Demandez au service informatique d'en installer un, ou utilisez les jetons pour cette session uniquement.
keyring-locked = Le trousseau du système est verrouillé. Déverrouillez-le (par exemple en ouvrant de nouveau votre session) et réessayez, ou utilisez les jetons pour cette session uniquement.
keyring-access-denied = Le trousseau du système a refusé l'accès à Mews Monitor. Autorisez l'accès lorsque l'ordinateur le demande, ou adressez-vous au service informatique ; en attendant, vous pouvez utiliser les jetons pour cette session uniquement.
keyring-unreadable = Les jetons enregistrés n'ont pas pu être lus. Oubliez-les et saisissez de nouveau le ClientToken et l'AccessToken.
keyring-other = Le trousseau du système n'a pas fonctionné ({ $detail }). Réessayez, ou utilisez les jetons pour cette session uniquement.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Enregistrés dans le trousseau du système · { $hint }
keyring-not-saved = Non enregistrés sur cet ordinateur

## Proxies
proxy-error-address = L'adresse du proxy « { $address } » n'est pas utilisable (format attendu : http://host:port)
proxy-error-credentials-in-address = Saisissez le nom d'utilisateur et le mot de passe du proxy dans leurs propres champs, pas dans son adresse
proxy-error-dns = Le nom du proxy { $name } est introuvable (DNS)
proxy-error-unreachable = Le proxy à l'adresse { $address } a refusé la connexion
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] Le proxy à l'adresse { $address } demande un nom d'utilisateur et un mot de passe (HTTP 407) ; ceux fournis n'ont pas été acceptés
       *[no] Le proxy à l'adresse { $address } demande un nom d'utilisateur et un mot de passe (HTTP 407)
    }
proxy-error-refused = Le proxy à l'adresse { $address } a refusé la connexion vers { $target }
proxy-error-bad-answer = Le proxy à l'adresse { $address } a donné une réponse que ce programme ne comprend pas

## How the connection reaches Mews (diagnostics)
route-direct = aucun (connexion directe)
trust-system = le magasin de certificats de cet ordinateur
trust-bundled = la liste intégrée à Mews Monitor (le magasin de certificats de cet ordinateur ne contient aucun certificat)
trust-failed = aucun certificat n'a pu être chargé ({ $detail })
