# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.

## Messages from Mews
trouble-unreadable-message = Mensagem ilegível da Mews ({ $reason }): { $excerpt }
trouble-skipped-event = Evento n.º { $number } de uma mensagem ignorado ({ $reason }): { $excerpt }
trouble-binary-message = A Mews enviou uma mensagem binária de { $bytes } bytes que não é texto; foi ignorada.
trouble-over-hard-limit = A Mews enviou uma mensagem acima do limite máximo de tamanho ({ $detail }); a ligação foi reposta.
trouble-message-too-large = A Mews enviou uma mensagem de { $size } MiB, acima do limite de { $limit } MiB; foi ignorada.

## Loading names and details from Mews
trouble-lookup-failed = Não foi possível carregar { $what } a partir da Mews: { $why }
trouble-lookups-rejected = A Mews rejeitou os tokens para os nomes de quartos e reservas: { $message }
trouble-hotel-day-unknown = Não foi possível carregar as chegadas de hoje: { $detail }.
lookup-hotel = os dados do hotel
lookup-rooms = os quartos
lookup-open-commands = os comandos de dispositivos pendentes
lookup-arrivals = as chegadas de hoje
lookup-changed-reservations = as reservas alteradas sem ligação
lookup-rates = os nomes das tarifas
lookup-guests = os nomes dos hóspedes
lookup-reservations = os números de reserva
lookup-commands = os nomes dos dispositivos
rest-refused = a Mews recusou o pedido: { $message }
rest-too-heavy = o pedido era demasiado grande para a Mews responder a tempo
rest-throttled = a Mews pediu ao monitor que abrandasse e, por agora, o monitor desistiu
rest-http = a Mews respondeu com um erro (HTTP { $status }): { $message }
rest-network = não foi possível contactar a Mews: { $detail }
rest-unreadable = não foi possível ler a resposta da Mews: { $detail }
rest-address = o endereço REST «{ $address }» tem de começar por https:// (http:// apenas para este computador)

## History
trouble-history-not-kept = O histórico não é guardado nesta sessão: { $detail }
trouble-history-damaged = O ficheiro do histórico estava danificado. Foi movido para { $path } e foi iniciado um novo.
trouble-history-paused = O histórico está em pausa porque { $why }. Os eventos continuam a aparecer aqui, { $waiting ->
        [one] { $waiting } evento à espera de ser gravado
       *[other] { $waiting } eventos à espera de serem gravados
    }; o histórico volta a tentar automaticamente.
trouble-history-list-full = O histórico continua em pausa e a sua lista de espera está cheia ({ $held ->
        [one] { $held } evento
       *[other] { $held } eventos
    }): os eventos recebidos a partir de agora até ser retomado vão faltar no histórico, e essa lacuna será assinalada.
trouble-history-resumed = O histórico voltou a ser gravado, e o que estava à espera foi guardado ({ $written ->
        [one] { $written } evento
       *[other] { $written } eventos
    }).
trouble-history-resumed-gap = O histórico voltou a ser gravado, e o que estava à espera foi guardado ({ $written ->
        [one] { $written } evento
       *[other] { $written } eventos
    }). Em falta no histórico: { $missed ->
        [one] { $missed } evento recebido
       *[other] { $missed } eventos recebidos
    } durante a pausa; a lacuna está assinalada nas cronologias dos quartos e nas exportações.
trouble-history-file-removed = O ficheiro do histórico { $path } foi removido enquanto o Mews Monitor estava em execução: foi iniciado um novo no mesmo local, e os eventos passam a ser guardados nele.
trouble-history-file-not-restarted = O ficheiro do histórico { $path } foi removido enquanto o Mews Monitor estava em execução, e ainda não é possível iniciar um novo ({ $detail }). Os eventos continuam a aparecer aqui; o histórico volta a tentar automaticamente.
trouble-history-stopped = O histórico parou: os eventos continuam a aparecer aqui, mas os recebidos a partir de agora não são guardados neste computador. Reinicie o Mews Monitor para voltar a guardá-los.
write-disk-full = o disco está cheio
write-read-only = o ficheiro do histórico não pode ser alterado
write-permission-denied = este utilizador não tem permissão para gravar o ficheiro do histórico
write-io = não foi possível gravar no disco
write-other = a gravação falhou ({ $detail })

## What a load from Mews found
summary-rooms = { $loaded ->
        [one] { $loaded } quarto carregado da Mews
       *[other] { $loaded } quartos carregados da Mews
    }; alterados sem ligação: { $changed }
summary-rooms-named = { $loaded ->
        [one] { $loaded } quarto carregado da Mews
       *[other] { $loaded } quartos carregados da Mews
    }; alterados sem ligação: { $changed } ({ $names })
summary-changed = { $count ->
        [one] { $count } reserva alterada sem ligação ({ $numbers })
       *[other] { $count } reservas alteradas sem ligação ({ $numbers })
    }
summary-arrivals = { $arrivals ->
        [one] { $arrivals } chegada carregada
       *[other] { $arrivals } chegadas carregadas
    } da Mews para { $date } (já chegaram: { $arrived }), { $in_house ->
        [one] { $in_house } hóspede alojado
       *[other] { $in_house } hóspedes alojados
    }
summary-guests = Nomes de { $found ->
        [one] { $found } hóspede
       *[other] { $found } hóspedes
    } carregados da Mews
summary-guests-missing = Nomes de { $found ->
        [one] { $found } hóspede
       *[other] { $found } hóspedes
    } carregados da Mews (não encontrados: { $missing })
summary-guests-failed = Não foi possível carregar os nomes de { $asked ->
        [one] { $asked } hóspede
       *[other] { $asked } hóspedes
    }: { $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = Não foi possível ler o ficheiro de definições ({ $detail }); a aplicação iniciou com as definições predefinidas.
trouble-settings-unreadable-kept = Não foi possível ler o ficheiro de definições ({ $detail }); a aplicação iniciou com as definições predefinidas e guardou o ficheiro antigo como { $path }.
trouble-settings-not-saved = Não foi possível guardar as definições em { $path } ({ $detail }); a aplicação volta a tentar dentro de momentos.
trouble-window-layout-restored = O ficheiro da disposição da janela estava danificado; foi reposta a última disposição válida.
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = A definição { $name } da sua organização ({ $scope ->
        [user] política de utilizador
       *[computer] política de computador
    }) é { $value }, um valor que não pode ser usado: { $expected }. É ignorada.
policy-unknown = A política da sua organização ({ $scope ->
        [user] política de utilizador
       *[computer] política de computador
    }) tem uma definição { $name } que esta versão do Mews Monitor não conhece. É ignorada.
policy-api-url-alone = A política da sua organização define ApiUrl, mas não WebSocketUrl; o Mews Monitor precisa de ambos para usar endereços próprios. ApiUrl é ignorado.
policy-unreadable = Não foi possível ler a política da sua organização ({ $scope ->
        [user] política de utilizador
       *[computer] política de computador
    }): { $why }. É ignorada.
policy-locked = A sua organização fixou onde o Mews Monitor se liga neste computador (LockConnection), por isso { $option } não pode ser usado. Omita-o para se ligar onde a organização indica.
