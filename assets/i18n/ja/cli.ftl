# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = 問題：{ $problem }
# A command stopped: $problem says why (a sentence below, or in failures.ftl).
cli-error = エラー：{ $problem }
cli-say-where = 接続先を指定してください：--env demo、--env production、または --ws-url URL
cli-say-which-mews = 問い合わせ先の Mews を指定してください：--env demo、--env production、または --api-url URL
cli-no-data-folder = このコンピューターには履歴用のデータフォルダーがありません
cli-no-history = { $path } にはまだ履歴がありません
cli-not-created = { $path } を作成できませんでした：{ $detail }
cli-tokens-stopped = トークンの検索が予期せず停止しました（{ $detail }）
cli-own-path-unknown = このプログラム自身のパスが不明です：{ $detail }
# A second launch of the window while one is open (said on the terminal it was started from).
instance-brought-forward = Mews Monitor はすでに起動しています。ウィンドウを前面に表示しました。
instance-did-not-answer = Mews Monitor はすでに起動していますが、応答がありませんでした。ウィンドウを探すか、Mews Monitor を終了してからもう一度起動してください。
cli-window-failed = ウィンドウを開けませんでした（{ $detail }）。Mews Monitor にはグラフィカルなデスクトップ環境が必要です
cli-hotel = ホテル：{ $name }（{ $zone }）
cli-zone-unknown = タイムゾーン不明
cli-watch-needs-rest = 客室名を使うには REST アドレス（--api-url または --env）が必要です。--watch の値は客室 ID として扱います
cli-route = プロキシ：{ $proxy }、証明書の確認：{ $trust }
cli-tokens-environment = { $client } と { $access } のトークンを使用します
cli-tokens-keyring = システムのキーリングに保存されたトークンを使用します（プロファイル { $profile }）
cli-guests-unavailable = ゲスト名を取得できません：{ $problem }
cli-arrivals-count = 到着予定 { $count } 件
cli-rooms-count = 客室 { $count } 室
cli-exported-count = イベント { $count } 件をエクスポートしました
# `mews-monitor tokens`: $state is keyring-saved or keyring-not-saved; $profile is a name as typed.
tokens-state = { $state }（プロファイル { $profile }）
tokens-removed = システムのキーリングからトークンを削除しました（プロファイル { $profile }）
tokens-session-only = このセッションに限り、`mews-monitor tail` は { $client } と { $access } からもトークンを読み取ります。
# $name is ClientToken or AccessToken.
tokens-unreadable = 標準入力から { $name } を読み取れませんでした
tokens-missing = 標準入力には ClientToken、AccessToken の順に 2 行が必要です。{ $name } がありません
tokens-invalid = { $name } が無効です
# `tail --watch` values that match no room, or several rooms.
watch-no-room = --watch { $value }：この名前または ID の客室はありません。ID として監視します
watch-several-rooms = --watch { $value }：この名前の客室が { $count } 室あります。すべて監視します
