# The event log tab, its event detail, the export window and the problems window.

## The event log
log-export = エクスポート…
log-export-hover = 表示中のイベントを CSV または JSON Lines で保存
log-shown = 表示中のイベント { $count } 件
log-shown-of = 表示中のイベント { $count } 件（全 { $total } 件）
log-dropped = {" · "}古いイベント { $count } 件はここには保持されていません（履歴には残っています）
log-resync = { $time } に再同期：{ $resync }
log-resync-hover = 接続するたびに客室を Mews から再読み込みします。その間に状態が変わった客室には、清掃状況と客室一覧で印が付きます。
log-column-seq = 番号
log-column-received = 受信
log-column-type = 種類
log-column-state = 状態
log-column-names = 名前
log-column-id = ID
log-name-resource = リソース
log-name-floor = フロア
log-name-reservation = 予約
log-name-device = デバイス
log-all-types = すべての種類
log-filter-type = 種類
log-all-states = すべての状態
log-filter-state = 状態
log-search = イベントを検索
log-search-hint = ID、客室、予約…
log-show-all = すべてのイベントを表示
log-follow = 最新に追従
log-follow-hover = 最新のイベントを常に表示します。行を選択するか上にスクロールすると一時停止します。
log-event = イベント { $seq }
log-close = 閉じる
log-received = 受信：{ $at }
log-as-sent = Mews から送信されたままの内容（モニターが使用しない項目も含む）：

## The problems and diagnostics window
problems-title = 問題と診断
problems-diagnostics = 診断
problems-requests = Mews へのリクエスト：直近 30 秒で { $used } 件（上限 { $limit } 件） · 合計 { $total } 件 · 制限 { $throttled } 件
problems-requests-none = Mews へのリクエスト：まだありません
problems-proxy = プロキシ：{ $proxy }
problems-trust = 証明書の確認：{ $trust }
problems-notifications = アラートはデスクトップ通知にも表示されます。
problems-last-resync = 最終再同期 { $time }：{ $resync }
problems-last-guests = ゲスト情報 { $time }：{ $guests }
problems-log = イベントログ：保持 { $kept } 件（上限 { $capacity } 件）、古いもの { $dropped } 件を破棄
problems-heading = 問題（{ $count }）
problems-none = 問題は発生していません。

## The export window
export-title = イベントログのエクスポート
export-what = ログに表示中のイベント { $count } 件を、現在のフィルターのままエクスポートします。
export-csv = CSV（表計算）
export-jsonl = JSON Lines（スクリプト）
export-file = ファイル
export-save = 保存
export-no-file = 書き込み先のファイル名を指定してください。
export-not-written = { $path } に書き込めませんでした：{ $problem }
export-written = イベント { $count } 件を { $path } に書き込みました
