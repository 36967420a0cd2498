# What the commands (tail, arrivals, rooms, export) say on standard error. Their standard
# output is a machine format and never translated.

cli-problem = 問題：{ $problem }
cli-resync = 客室 { $rooms } 室を読み込みました（オフライン中に変更：{ $changed } 室）
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
