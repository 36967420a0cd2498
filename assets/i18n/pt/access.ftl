# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = Este computador não tem um serviço de porta-chaves do sistema, por isso os tokens não podem ser guardados. Peça ao departamento de informática que configure um, ou use os tokens apenas nesta sessão.
keyring-locked = O porta-chaves do sistema está bloqueado. Desbloqueie-o (por exemplo, iniciando sessão de novo) e tente novamente, ou use os tokens apenas nesta sessão.
keyring-access-denied = O porta-chaves do sistema recusou o acesso ao Mews Monitor. Permita o acesso quando o computador o pedir, ou fale com o departamento de informática; entretanto, pode usar os tokens apenas nesta sessão.
keyring-unreadable = Não foi possível ler os tokens guardados. Esqueça-os e introduza de novo o ClientToken e o AccessToken.
keyring-other = O porta-chaves do sistema não funcionou ({ $detail }). Tente novamente, ou use os tokens apenas nesta sessão.
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = Guardados no porta-chaves do sistema · { $hint }
keyring-not-saved = Não guardados neste computador

## Proxies
proxy-error-address = O endereço do proxy «{ $address }» não pode ser usado (formato esperado: http://host:port)
proxy-error-credentials-in-address = Introduza o nome de utilizador e a palavra-passe do proxy nos respetivos campos, não no endereço
proxy-error-dns = Não foi possível encontrar o nome do proxy { $name } (DNS)
proxy-error-unreachable = O proxy em { $address } recusou a ligação
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] O proxy em { $address } exige um nome de utilizador e uma palavra-passe (HTTP 407); os indicados não foram aceites
       *[no] O proxy em { $address } exige um nome de utilizador e uma palavra-passe (HTTP 407)
    }
proxy-error-refused = O proxy em { $address } recusou a ligação a { $target }
proxy-error-bad-answer = O proxy em { $address } deu uma resposta que este programa não compreende

## How the connection reaches Mews (diagnostics)
route-direct = nenhum (ligação direta)
trust-system = arquivo de certificados deste computador
trust-bundled = lista integrada no Mews Monitor (o arquivo de certificados deste computador não tem certificados)
trust-failed = não foi possível carregar nenhum certificado ({ $detail })
