# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %m month, %Y year). Portuguese: 24-hour clock, day before month.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %a %d/%m/%Y
format-day-time = %d/%m %H:%M:%S
format-weekday-time = %a %d/%m %H:%M:%S

## Tabs
tab-board = Quadro de andares
tab-rooms = Quartos
tab-reservations = Reservas
tab-commands = Comandos de dispositivos
tab-prices = Alterações de tarifas
tab-log = Registo de eventos
arrivals-toggle = Chegadas
arrivals-toggle-hover = Mostrar as chegadas de hoje ao lado do quadro

## The settings menu
settings-menu = Definições
settings-ready-rule = Um quarto está pronto para check-in quando está:
settings-ready-inspected = Verificado
settings-ready-clean = Limpo ou verificado (este hotel não faz verificação)
settings-look = Aspeto:
settings-look-system = Conforme definido no computador
settings-look-light = Claro
settings-look-dark = Escuro
settings-keep-history = Manter o histórico durante
settings-keep-history-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
settings-keep-history-hover = Aplica-se no próximo arranque
settings-zoom = Zoom { $percent } % (altere com Ctrl + e Ctrl −)
settings-connection = Ligação…
settings-language = Idioma:
settings-language-system = Conforme definido no computador ({ $language })
set-by-organisation = Definido pela sua organização
set-by-organisation-hover = O departamento de TI da sua organização define isto para os computadores do hotel (uma política), por isso não pode ser alterado aqui.

## The status bar
status-not-connected = Sem ligação
status-connected-since = Ligado desde as { $time }
status-reconnecting = { $reason }. Nova ligação dentro de { $seconds } s.
status-rejected = A Mews rejeitou os tokens. Introduza novos tokens fornecidos pelo seu administrador Mews.
status-try-now = Tentar agora
status-enter-tokens = Introduzir tokens
status-hotel-unknown = Hotel ainda desconhecido
status-hotel-time = { $hotel } · { $time }
status-times-in = Horas apresentadas em { $zone }
status-loading-history = A carregar o histórico…
status-loading-history-hover = Os eventos anteriores estão a ser lidos do histórico deste computador
status-events = { $count ->
    [0] { $count } eventos
    [one] { $count } evento
   *[other] { $count } eventos
}
status-last-event = último há { $ago }
status-no-event = ainda sem eventos
status-last-event-hover = Último evento recebido: { $at }
status-arrivals = Chegadas prontas: { $ready } de { $waiting }
status-arrivals-arrived = {" · "}{ $arrived ->
    [one] { $arrived } chegou
   *[other] { $arrived } chegaram
}
status-arrivals-hover = Chegadas de hoje com o quarto pronto, das que ainda não fizeram check-in
status-problems = { $count ->
    [0] Sem problemas
    [one] { $count } problema
   *[other] { $count } problemas
}
status-problems-hover = Mostrar problemas e diagnóstico
status-history-paused = ⏸ Histórico em pausa: { $waiting } em espera
status-history-paused-missing = ⏸ Histórico em pausa: { $waiting } em espera, { $missing } em falta
status-history-paused-hover = De momento, não é possível gravar o histórico neste computador (ver Problemas). Os eventos continuam a aparecer aqui e o histórico é retomado automaticamente.

## The connection screen
connect-tagline = Estado dos quartos, reservas, comandos de dispositivos e alterações de tarifas em tempo real.
connect-icon = Ícone do Mews Monitor
connect-heading = Ligar à Mews
connect-where = Destino
place-built-in-demo = Hotel de demonstração integrado (não precisa de conta Mews)
place-mews-demo = Demo Mews
place-production = Produção Mews
place-custom = Endereços personalizados
connect-ws-address = Endereço WebSocket
connect-rest-address = Endereço REST
connect-ws-address-shown = Endereço WebSocket: { $address }
connect-rest-address-shown = Endereço REST: { $address }
connect-demo-note = O hotel de demonstração funciona dentro desta aplicação e usa os seus próprios tokens de demonstração.
connect-client = Cliente: { $client } (enviado em cada pedido à Mews)
connect-testing = A pedir à Mews o nome do hotel…
connect-test-works = A ligação funciona: { $hotel }
connect-test-failed = O teste de ligação falhou: { $problem }
connect-test-demo = o hotel de demonstração integrado
connect-test-no-rest = não há endereço REST para testar
connect-button = Ligar
connect-test-button = Testar ligação
connect-back = Voltar ao monitor
connect-tokens = Tokens
connect-tokens-note = Fornecidos pelo seu administrador Mews. São guardados no porta-chaves do sistema, nunca num ficheiro.
connect-token-hint = colar aqui
connect-token-wrong = Este { $name } não pode estar correto: { $problem }.
connect-looking-for-tokens = A procurar tokens guardados no porta-chaves do sistema…
connect-forget = Esquecer tokens
connect-use-saved = Deixe os campos vazios para usar os tokens guardados.
connect-remember = Memorizar neste computador
connect-remember-impossible = Não é possível: não há porta-chaves do sistema. Os tokens ficam em memória apenas durante esta sessão.
connect-keyring-retry = Tentar de novo o porta-chaves
connect-not-saved = Os tokens não foram guardados: { $problem } São usados apenas nesta sessão.

## The proxy, in the connection screen
proxy-heading = Avançado: proxy
proxy-note = Apenas se a equipa de TI lhe tiver fornecido um proxy para esta aplicação. Vazio: são usadas as definições de proxy deste computador.
proxy-address = Endereço do proxy
proxy-user = Utilizador do proxy
proxy-user-hint = opcional
proxy-password = Palavra-passe do proxy
proxy-password-hint = escreva aqui
proxy-looking = A procurar a palavra-passe do proxy no porta-chaves do sistema…
proxy-password-saved = Está guardada uma palavra-passe para este utilizador do proxy. Escreva uma nova para a substituir.
proxy-not-saved = A palavra-passe do proxy não foi guardada: { $problem } É usada apenas nesta sessão.
