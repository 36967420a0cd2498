# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.
# Portuguese plurals: one (0 and 1, so [0] is given where 0 reads as plural), other.

## The Arrivals panel
arrivals-heading = Chegadas
arrivals-not-loaded = As chegadas de hoje aparecem aqui assim que forem carregadas da Mews.
arrivals-today = Hoje no hotel: { $date }
arrivals-none = Não há chegadas hoje.
arrivals-search = Procurar um hóspede ou uma reserva
arrivals-search-hint = nome ou número
arrivals-search-clear = Limpar
arrivals-search-clear-hover = Mostrar todas as chegadas
arrivals-found = { $found ->
    [0] Nenhuma chegada corresponde
    [one] { $found } de { $all } chegadas corresponde
   *[other] { $found } de { $all } chegadas correspondem
}
arrivals-arrival-at = Chegada: { $at }
arrivals-arrival-unknown = Hora de chegada desconhecida
arrivals-no-room = Sem quarto atribuído
arrivals-state-since = Neste estado desde { $at }
arrivals-changed-offline = (alterado sem ligação)

## A guest
guest-name-loading = A carregar o nome…
guest-name-unavailable = Nome indisponível
guest-no-name = A Mews não tem nenhum nome para este hóspede.
guest-not-in-mews = A Mews não devolveu este hóspede (o perfil pode ter sido removido ou fundido).
guest-not-loaded = Não foi possível carregar o hóspede: { $reason }
guest-vip = VIP
guest-vip-hover = Hóspede importante (VIP), conforme a classificação na Mews
guest-very-vip = VIP+
guest-very-vip-hover = Hóspede muito importante (VIP+), conforme a classificação na Mews
# A guest in lists: the name and the reservation number.
guest-who = { $name } ({ $number })
guest-reservation = Reserva { $number }

## Guests waiting at the desk
waiting-heading = À espera: { $count ->
    [0] { $count } hóspedes
    [one] { $count } hóspede
   *[other] { $count } hóspedes
}
waiting-show-room = Mostrar o quarto
waiting-waited = À espera { $waited }
waiting-for-since = { $length } (desde as { $time })
waiting-since = desde as { $time }
waiting-room-ready = { $room } está pronto ({ $state })
waiting-room-not-ready = { $room } não está pronto: { $mark } { $state }
waiting-in-mews = À espera (definido na Mews)
waiting-in-mews-hover = A Mews classifica este hóspede como à espera de quarto
waiting-at-desk = À espera
waiting-at-desk-hover = Colocado na lista de espera nesta receção
waiting-start = Hóspede à espera
waiting-start-hover = O hóspede está na receção: mostrá-lo em À espera até o quarto estar pronto
waiting-stop = Já não está à espera
waiting-stop-hover = Retirar o hóspede da lista de espera

## Alerts: the banner and what each says
alert-count = { $count ->
    [0] { $count } alertas abertos
    [one] { $count } alerta aberto
   *[other] { $count } alertas abertos
}
alert-count-more = { $count ->
    [0] { $count } alertas abertos; são mostrados os dos hóspedes à espera e os mais recentes
    [one] { $count } alerta aberto; são mostrados os dos hóspedes à espera e os mais recentes
   *[other] { $count } alertas abertos; são mostrados os dos hóspedes à espera e os mais recentes
}
alert-acknowledge = Confirmar
alert-acknowledge-hover = Remover este alerta
alert-acknowledge-all = Confirmar todos ({ $count })
alert-acknowledge-all-hover = Remover todos os alertas desta barra
alert-ready = { $room } está pronto ({ $state })
alert-out-of-order = { $room } ficou fora de uso
alert-out-of-service = { $room } ficou fora de serviço
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } está à espera: { $alert }
alert-guest-of = O hóspede da reserva { $number }
alert-fired = { $count ->
    [0] { $count } vezes
    [one] { $count } vez
   *[other] { $count } vezes
}
alert-now = agora { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = Um hóspede está à espera (reserva { $number }): { $alert }
notify-body = Às { $time }: alerta { $id } do Mews Monitor
notify-unavailable = Este computador não mostra notificações do ambiente de trabalho; os alertas só aparecem na aplicação

## Copying for support tickets, and the brief notice that says so
copy-id = Copiar ID
copy-ticket-line = Copiar linha para o ticket
copy-reservation-number = Copiar número da reserva
copy-copied-id = ID copiado
copy-copied-ticket-line = Linha para o ticket copiada
copy-copied-reservation-number = Número da reserva copiado
