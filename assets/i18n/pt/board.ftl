# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.
# Portuguese plurals: one (0 and 1, so [0] is given where 0 reads as plural), other.

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = Quarto { $room }
room-word = Quarto

## The board's filters
board-search = Pesquisar quartos
board-search-hint = nome do quarto
board-floor-choice = Piso
board-all-floors = Todos os pisos
board-floor = Piso { $floor }
board-no-floor = Sem piso
board-show-all = Mostrar todos os quartos
board-showing = A mostrar { $shown } de { $total ->
    [0] { $total } quartos
    [one] { $total } quarto
   *[other] { $total } quartos
}
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }: { $count }
# The switch of the rooms in a state the app does not know.
board-state-other = Outro
board-click-to-hide = Clique para ocultar estes quartos
board-click-to-show = Clique para mostrar estes quartos
board-today = Hoje:
board-turn-first = Preparar primeiro
board-turn-first-hover = Apenas os quartos onde chega um hóspede hoje e que estão sujos, ou limpos mas ainda não verificados onde o hotel faz verificação, numa só lista por hora de chegada
board-day-not-loaded = As estadias de hoje ainda não foram carregadas: os quartos filtrados pelo seu dia aparecem assim que forem.

## The board's rooms
board-reading-history = A ler do histórico os últimos estados conhecidos dos quartos…
board-no-rooms = Ainda não há quartos. Aparecem quando a Mews envia os quartos do hotel ou o primeiro evento de quarto.
board-heading = { $title } · { $count ->
    [0] { $count } quartos
    [one] { $count } quarto
   *[other] { $count } quartos
}
board-turn-first-heading = Preparar primeiro: quartos com chegada hoje, por hora de chegada

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = alterado sem ligação
board-tile-unconfirmed = último estado conhecido, ainda não confirmado pela Mews
board-tile-alert-open = alerta aberto
board-tile-watched = vigiado
# The state on a tile when none was received.
board-tile-state-unknown = Desconhecido
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = sem ligação
board-tile-last-known = último conhecido
board-tile-hover = { $label }
    Piso: { $floor }
    Estado anterior: { $previous }
    Alterações vistas: { $changes }
    ID: { $id }
board-floor-not-known = desconhecido
board-previous-none = nenhum
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }, hóspede chega às { $time }

## A room's menu
board-pin = Adicionar à lista de vigilância
board-unpin = Remover da lista de vigilância
board-show-timeline = Mostrar cronologia

## The room panel
room-close = Fechar
room-state-not-known = Estado desconhecido
room-since = Desde { $time } (há { $ago })
room-before = Antes: { $state }
room-floor = Piso: { $floor }
room-changed-offline = Alterado enquanto o monitor estava sem ligação (detetado na ressincronização).
room-unconfirmed = Último estado conhecido do histórico; a Mews ainda não o confirmou.
room-watch = Vigiar: avisar-me quando este quarto estiver pronto
room-today = Hoje: { $day }
room-arriving = Chegada: { $guest }

## The room's timeline
room-timeline = Cronologia
room-timeline-today = Hoje
room-timeline-days = { $count ->
    [0] { $count } dias
    [one] { $count } dia
   *[other] { $count } dias
}
room-no-history = O histórico não é guardado nesta sessão, por isso não há cronologia.
room-timeline-failed = Não foi possível ler a cronologia: { $problem }
room-no-changes = Sem alterações de estado neste período.
room-history-missed = ⚠ { $count ->
    [0] Faltam { $count } eventos
    [one] Falta { $count } evento
   *[other] Faltam { $count } eventos
} no histórico até às { $time }: este quarto pode ter mudado entretanto
room-history-missed-hover = Não foi possível gravar o histórico nessa altura (por exemplo, o disco estava cheio) e chegaram mais eventos do que ele conseguia guardar.

## The live tables
table-rooms = { $count ->
    [0] { $count } quartos
    [one] { $count } quarto
   *[other] { $count } quartos
}
table-reservations = { $count ->
    [0] { $count } reservas
    [one] { $count } reserva
   *[other] { $count } reservas
}
table-commands = { $count ->
    [0] { $count } comandos de dispositivos
    [one] { $count } comando de dispositivo
   *[other] { $count } comandos de dispositivos
}
table-prices = { $count ->
    [0] { $count } alterações de tarifas
    [one] { $count } alteração de tarifa
   *[other] { $count } alterações de tarifas
}
table-changed-offline = { $room } (alterado sem ligação)
# A column's hover: "Sort by Floor".
sort-by = Ordenar por { $column }

## The tables' column titles
table-column-room = Quarto
table-column-floor = Piso
table-column-state = Estado
table-column-previous = Anterior
table-column-since = Desde
table-column-changes = Alterações
table-column-id = ID
table-column-reservation = Reserva
table-column-room-assigned = Quarto
table-column-arrival = Chegada
table-column-departure = Saída
table-column-updated = Atualizado
table-column-device = Dispositivo
table-column-rate = Tarifa
table-column-category = Categoria
table-column-from = De
table-column-to = Até
table-column-received = Recebido
