# The window's frame: tabs, the settings menu, the status bar, the connection screen.
# Placeables: $count numbers (plural forms follow them), other $names are text.

## Times and dates, as chrono formats (%H hour, %M minute, %S second, %a weekday,
## %d day, %m month, %Y year). Japanese: 24-hour clock, year-month-day.
format-time = %H:%M
format-time-seconds = %H:%M:%S
format-date = %Y年%m月%d日(%a)
format-day-time = %m月%d日 %H:%M:%S
format-weekday-time = %m月%d日(%a) %H:%M:%S

## Tabs
tab-board = 清掃状況
tab-rooms = 客室
tab-reservations = 予約
tab-commands = デバイスコマンド
tab-prices = 料金更新
tab-log = イベントログ
arrivals-toggle = 到着
arrivals-toggle-hover = 本日の到着予定を清掃状況の横に表示

## The settings menu
settings-menu = 設定
settings-ready-rule = チェックイン可能とする客室の状態：
settings-ready-inspected = 点検済み
settings-ready-clean = 清掃済みまたは点検済み（当ホテルでは点検なし）
settings-look = テーマ：
settings-look-system = コンピューターの設定に従う
settings-look-light = ライト
settings-look-dark = ダーク
settings-keep-history = 履歴の保存期間
settings-keep-history-days = { $count }日間
settings-keep-history-hover = 次回の起動時に反映されます
settings-zoom = ズーム { $percent } %（Ctrl + と Ctrl − で変更）
settings-connection = 接続…
settings-language = 言語：
settings-language-system = コンピューターの設定に従う（{ $language }）
set-by-organisation = 組織により設定済み
set-by-organisation-hover = この項目は組織の IT 部門がホテルのコンピューターに設定しているため（ポリシー）、ここでは変更できません。

## The status bar
status-not-connected = 未接続
status-connected-since = { $time } から接続中
status-reconnecting = { $reason }。{ $seconds } 秒後に再接続します。
status-rejected = Mews がトークンを拒否しました。Mews 管理者から受け取った新しいトークンを入力してください。
status-try-now = 今すぐ再試行
status-enter-tokens = トークンを入力
status-hotel-unknown = ホテル名は未取得
status-hotel-time = { $hotel } · { $time }
status-times-in = 時刻は { $zone } で表示しています
status-loading-history = 履歴を読み込み中…
status-loading-history-hover = このコンピューターの履歴から過去のイベントを読み込んでいます
status-events = イベント { $count } 件
status-last-event = 最終 { $ago } 前
status-no-event = イベント未受信
status-last-event-hover = 最終イベント受信：{ $at }
status-arrivals = 準備済みの到着：{ $waiting } 件中 { $ready } 件
status-arrivals-arrived = {" · "}到着済み { $arrived } 件
status-arrivals-hover = 本日到着予定で未チェックインのうち、客室の準備ができている数
status-problems = { $count ->
    [0] 問題なし
   *[other] 問題 { $count } 件
}
status-problems-hover = 問題と診断を表示
status-history-paused = ⏸ 履歴を一時停止中：待機 { $waiting } 件
status-history-paused-missing = ⏸ 履歴を一時停止中：待機 { $waiting } 件、欠落 { $missing } 件
status-history-paused-hover = 現在、このコンピューターに履歴を書き込めません（「問題」を参照）。イベントは引き続きここに表示され、履歴は自動的に再開します。

## The connection screen
connect-tagline = 客室状況、予約、デバイスコマンド、料金更新をリアルタイムで表示します。
connect-icon = Mews Monitor のアイコン
connect-heading = Mews に接続
connect-where = 接続先
place-built-in-demo = 内蔵デモホテル（Mews アカウント不要）
place-mews-demo = Mews デモ
place-production = Mews 本番
place-custom = カスタムアドレス
connect-ws-address = WebSocket アドレス
connect-rest-address = REST アドレス
connect-ws-address-shown = WebSocket アドレス：{ $address }
connect-rest-address-shown = REST アドレス：{ $address }
connect-demo-note = デモホテルはこのアプリ内で動作し、専用のデモトークンを使用します。
connect-client = クライアント：{ $client }（Mews へのすべてのリクエストで送信）
connect-testing = Mews にホテル名を問い合わせ中…
connect-test-works = 接続できました：{ $hotel }
connect-test-failed = 接続テストに失敗しました：{ $problem }
connect-test-demo = 内蔵デモホテル
connect-test-no-rest = テストする REST アドレスがありません
connect-button = 接続
connect-test-button = 接続テスト
connect-back = モニターに戻る
connect-tokens = トークン
connect-tokens-note = Mews 管理者から受け取ってください。トークンはファイルではなく、システムのキーリングに保存されます。
connect-token-hint = ここに貼り付け
connect-token-wrong = この { $name } は正しくありません：{ $problem }。
connect-looking-for-tokens = システムのキーリングで保存済みトークンを検索中…
connect-forget = トークンを削除
connect-use-saved = 保存済みのトークンを使うには、欄を空のままにしてください。
connect-remember = このコンピューターに保存
connect-remember-impossible = 保存できません：システムのキーリングがありません。トークンはこのセッションの間だけメモリに保持されます。
connect-keyring-retry = キーリングを再試行
connect-not-saved = トークンは保存されませんでした：{ $problem } このセッションでのみ使用されます。

## The proxy, in the connection screen
proxy-heading = 詳細設定：プロキシ
proxy-note = IT 部門からこのアプリ用のプロキシを指定された場合のみ入力してください。空欄の場合は、このコンピューターのプロキシ設定を使用します。
proxy-address = プロキシアドレス
proxy-user = プロキシユーザー
proxy-user-hint = 任意
proxy-password = プロキシパスワード
proxy-password-hint = ここに入力
proxy-looking = システムのキーリングでプロキシパスワードを検索中…
proxy-password-saved = このプロキシユーザーのパスワードは保存済みです。置き換えるには新しいパスワードを入力してください。
proxy-not-saved = プロキシパスワードは保存されませんでした：{ $problem } このセッションでのみ使用されます。
