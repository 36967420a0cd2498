# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Deze computer heeft geen sleutelhangerdienst in het systeem, dus de tokens kunnen niet worden opgeslagen. Vraag de IT-afdeling er een in te stellen, of gebruik de tokens alleen voor deze sessie.
keyring-locked = De sleutelhanger van het systeem is vergrendeld. Ontgrendel hem (bijvoorbeeld door opnieuw in te loggen) en probeer het opnieuw, of gebruik de tokens alleen voor deze sessie.
keyring-access-denied = De sleutelhanger van het systeem heeft Mews Monitor de toegang geweigerd. Sta de toegang toe als de computer erom vraagt, of vraag het de IT-afdeling; intussen kunt u de tokens alleen voor deze sessie gebruiken.
keyring-unreadable = De opgeslagen tokens konden niet worden gelezen. Vergeet ze en voer de ClientToken en AccessToken opnieuw in.
keyring-other = De sleutelhanger van het systeem werkte niet ({ $detail }). Probeer het opnieuw, of gebruik de tokens alleen voor deze sessie.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Opgeslagen in de sleutelhanger van het systeem · { $hint }
keyring-not-saved = Niet opgeslagen op deze computer

## Proxies
proxy-error-address = Het proxyadres '{ $address }' kan niet worden gebruikt (verwacht: http://host:port)
proxy-error-credentials-in-address = Vul de gebruikersnaam en het wachtwoord van de proxy in hun eigen velden in, niet in het adres
proxy-error-dns = De naam van de proxy { $name } is niet gevonden (DNS)
proxy-error-unreachable = De proxy op { $address } heeft de verbinding geweigerd
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] De proxy op { $address } vraagt om een gebruikersnaam en wachtwoord (HTTP 407); de opgegeven gegevens zijn niet geaccepteerd
       *[no] De proxy op { $address } vraagt om een gebruikersnaam en wachtwoord (HTTP 407)
    }
proxy-error-refused = De proxy op { $address } heeft de verbinding met { $target } geweigerd
proxy-error-bad-answer = De proxy op { $address } gaf een antwoord dat dit programma niet begrijpt

## How the connection reaches Mews (diagnostics)
route-direct = geen (direct)
trust-system = de certificaatopslag van deze computer
trust-bundled = de lijst die in Mews Monitor is ingebouwd (de certificaatopslag van deze computer bevat geen certificaten)
trust-failed = er konden geen certificaten worden geladen ({ $detail })
