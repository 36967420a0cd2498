# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = problema: { $problem }
cli-resync = { $rooms ->
    [0] { $rooms } quartos carregados
    [one] { $rooms } quarto carregado
   *[other] { $rooms } quartos carregados
}; { $changed ->
    [0] { $changed } alterados sem ligação
    [one] { $changed } alterado sem ligação
   *[other] { $changed } alterados sem ligação
}
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
