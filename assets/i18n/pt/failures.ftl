# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = a base de dados do histórico falhou: { $detail }
history-error-damaged = a base de dados do histórico está danificada ({ $detail })
history-error-file = não foi possível usar o ficheiro do histórico { $path }: { $detail }
history-error-export = não foi possível gravar a exportação: { $detail }
history-error-no-thread = não foi possível iniciar uma thread para ler o histórico ({ $detail })
history-error-thread-stopped = a thread que lê o histórico parou

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = a Mews não indicou em que fuso horário se encontra o hotel
hotel-day-unknown-zone = o fuso horário do hotel «{ $zone }» não é conhecido neste computador

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = a variável { $set } está definida, mas { $missing } não: defina ambas, ou nenhuma para usar os tokens guardados para o perfil «{ $profile }»
resolve-invalid = { $var } não contém um token válido: { $problem }
resolve-not-saved = não há tokens para o perfil «{ $profile }»: defina { $client } e { $access }, ou guarde-os de uma vez por todas com `mews-monitor tokens set --profile { $profile }` (o ClientToken e o AccessToken em duas linhas na entrada padrão)
resolve-keyring = { $problem } (Sem o porta-chaves, defina em alternativa { $client } e { $access }.)

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = O Mews Monitor está agora no menu de aplicações ({ $program }).
desktop-written = gravado: { $path }
desktop-removed = removido: { $path }
desktop-autostart = Passa a ser iniciado automaticamente quando iniciar sessão.
desktop-nothing-removed = O Mews Monitor não estava no menu de aplicações; não há nada a remover.
desktop-uninstalled = O Mews Monitor já não está no menu de aplicações e já não é iniciado automaticamente.
desktop-unsupported = as entradas .desktop são uma convenção de Linux/BSD; neste sistema, use antes um pacote nativo
desktop-use-installer = no Windows, instale o Mews Monitor com mews-monitor-setup.exe: este adiciona ao menu Iniciar o atalho «Mews Monitor» e, se assim o desejar, abre-o automaticamente ao iniciar sessão; o respetivo desinstalador remove ambos
desktop-no-home = não se conhece nenhuma pasta pessoal, por isso não há onde colocar a entrada do menu
desktop-relative-program = o caminho do programa { $path } não é absoluto
desktop-not-utf8 = o caminho do programa { $path } não é UTF-8 válido, como exigem as entradas .desktop
desktop-control-character = o caminho do programa { $path } contém um carácter de controlo
