# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = Exportar…
log-export-hover = Guardar os eventos mostrados em CSV ou JSON Lines
log-shown = { $count ->
    [one] { $count } evento mostrado
   *[other] { $count } eventos mostrados
}
log-shown-of = { $count ->
    [one] { $count } evento mostrado de { $total }
   *[other] { $count } eventos mostrados de { $total }
}
log-dropped = { $count ->
    [one] {" · "}{ $count } evento mais antigo já não é guardado aqui (continua no histórico)
   *[other] {" · "}{ $count } eventos mais antigos já não são guardados aqui (continuam no histórico)
}
log-resync = Ressincronização às { $time }: { $resync }
log-resync-hover = Após cada ligação, os quartos são recarregados a partir da Mews; os quartos cujo estado mudou entretanto ficam assinalados no quadro e na tabela de quartos.
log-column-seq = N.º
log-column-received = Recebido
log-column-type = Tipo
log-column-state = Estado
log-column-names = Nomes
log-column-id = ID
log-name-resource = recurso
log-name-floor = piso
log-name-reservation = reserva
log-name-device = dispositivo
log-all-types = Todos os tipos
log-filter-type = Tipo
log-all-states = Todos os estados
log-filter-state = Estado
log-search = Pesquisar eventos
log-search-hint = ID, quarto, reserva…
log-show-all = Mostrar todos os eventos
log-follow = Seguir os mais recentes
log-follow-hover = Mantém visível o evento mais recente. Selecionar uma linha ou deslocar para cima coloca em pausa.
log-event = Evento { $seq }
log-close = Fechar
log-received = Recebido { $at }
log-as-sent = Tal como a Mews o enviou (incluindo os campos que o monitor não usa):

## The problems and diagnostics window
problems-title = Problemas e diagnóstico
problems-diagnostics = Diagnóstico
problems-requests = Pedidos à Mews: { $used } de { $limit } permitidos nos últimos 30 s · { $total } no total · { $throttled } limitados
problems-requests-none = Pedidos à Mews: nenhum até agora
problems-proxy = Proxy: { $proxy }
problems-trust = Certificados verificados por { $trust }
problems-notifications = Os alertas também aparecem como notificações do ambiente de trabalho.
problems-last-resync = Última ressincronização às { $time }: { $resync }
problems-last-guests = Hóspedes às { $time }: { $guests }
problems-log = Registo de eventos: { $kept } guardados de um máximo de { $capacity }; { $dropped } mais antigos descartados
problems-heading = Problemas ({ $count })
problems-none = Não houve nenhum problema.

## The export window
export-title = Exportar o registo de eventos
export-what = { $count ->
    [one] Exporta { $count } evento mostrado no registo, com os filtros atuais.
   *[other] Exporta os { $count } eventos mostrados no registo, com os filtros atuais.
}
export-csv = CSV (folhas de cálculo)
export-jsonl = JSON Lines (scripts)
export-file = Ficheiro
export-save = Guardar
export-no-file = Indique o nome do ficheiro a gravar.
export-not-written = Não foi possível gravar { $path }: { $problem }
export-written = { $count ->
    [one] { $count } evento gravado em { $path }
   *[other] { $count } eventos gravados em { $path }
}
