# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problema: { $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = Erro: { $problem }
cli-say-where = indique onde se ligar: --env demo, --env production ou --ws-url URL
cli-say-which-mews = indique que Mews consultar: --env demo, --env production ou --api-url URL
cli-no-data-folder = este computador não tem uma pasta de dados para o histórico
cli-no-history = ainda não existe histórico em { $path }
cli-not-created = não foi possível criar { $path }: { $detail }
cli-tokens-stopped = a procura dos tokens parou inesperadamente ({ $detail })
cli-own-path-unknown = o caminho deste programa é desconhecido: { $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = O Mews Monitor já está aberto; foi trazido para primeiro plano.
instance-did-not-answer = O Mews Monitor já está aberto, mas não respondeu; procure a respetiva janela, ou feche-o e volte a iniciá-lo.
cli-window-failed = não foi possível abrir a janela ({ $detail }): o Mews Monitor precisa de um ambiente de trabalho gráfico
cli-hotel = hotel: { $name } ({ $zone })
cli-zone-unknown = fuso horário desconhecido
cli-watch-needs-rest = os nomes dos quartos precisam do endereço REST (--api-url ou --env): os valores de --watch são tratados como ID de quarto
cli-route = proxy: { $proxy }; certificados verificados por { $trust }
cli-tokens-environment = a usar os tokens de { $client } e { $access }
cli-tokens-keyring = a usar os tokens guardados no porta-chaves do sistema (perfil { $profile })
cli-guests-unavailable = nomes dos hóspedes indisponíveis: { $problem }
cli-arrivals-count = { $count ->
    [0] { $count } chegadas
    [one] { $count } chegada
   *[other] { $count } chegadas
}
cli-rooms-count = { $count ->
    [0] { $count } quartos
    [one] { $count } quarto
   *[other] { $count } quartos
}
cli-exported-count = { $count ->
    [0] { $count } eventos exportados
    [one] { $count } evento exportado
   *[other] { $count } eventos exportados
}
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state } (perfil { $profile })
tokens-removed = Tokens removidos do porta-chaves do sistema (perfil { $profile })
tokens-session-only = Apenas nesta sessão, o `mews-monitor tail` também obtém os tokens de { $client } e { $access }.
# $name is ClientToken or AccessToken.
tokens-unreadable = não foi possível ler o { $name } da entrada padrão
tokens-missing = eram esperadas duas linhas na entrada padrão, o ClientToken e depois o AccessToken; falta o { $name }
tokens-invalid = o { $name } não é válido
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }: nenhum quarto tem este nome ou ID; é vigiado como ID
watch-several-rooms = { $count ->
    [one] --watch { $value }: { $count } quarto tem este nome; é vigiado
   *[other] --watch { $value }: { $count } quartos têm este nome; são todos vigiados
}
