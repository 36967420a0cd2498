# The Arrivals panel, guests, the waiting list, the alert banner, copying for tickets,
# brief notices and desktop notifications.
# Placeables: $count, $found and $all are numbers (plural forms follow them); other
# $names are text. Marks (⏳ ✔ ★ ⚠ ⚑) are added by the app, outside the messages.
# Japanese: no plural forms.

## The Arrivals panel
arrivals-heading = 到着予定
arrivals-not-loaded = 本日の到着予定は、Mews から読み込まれるとここに表示されます。
arrivals-today = ホテルの本日：{ $date }
arrivals-none = 本日の到着予定はありません。
arrivals-search = ゲストまたは予約を検索
arrivals-search-hint = 名前または番号
arrivals-search-clear = クリア
arrivals-search-clear-hover = すべての到着予定を表示
arrivals-found = { $found ->
    [0] 一致する到着予定はありません
   *[other] { $all } 件中 { $found } 件が一致
}
arrivals-arrival-at = 到着：{ $at }
arrivals-arrival-unknown = 到着時刻不明
arrivals-no-room = 客室未割当
arrivals-state-since = { $at } からこの状態
arrivals-changed-offline = （オフライン中に変更）

## A guest
guest-name-loading = 名前を読み込み中…
guest-name-unavailable = 名前を取得できません
guest-no-name = このゲストの名前は Mews に登録されていません。
guest-not-in-mews = Mews からこのゲストの情報が返されませんでした（プロフィールが削除または統合された可能性があります）。
guest-not-loaded = ゲスト情報を読み込めませんでした：{ $reason }
guest-vip = VIP
guest-vip-hover = 重要なゲスト（VIP、Mews の分類による）
guest-very-vip = VIP+
guest-very-vip-hover = 特に重要なゲスト（VIP+、Mews の分類による）
# A guest in lists: the name and the reservation number.
guest-who = { $name }（{ $number }）
guest-reservation = 予約 { $number }

## Guests waiting at the desk
waiting-heading = お待ちのゲスト：{ $count } 名
waiting-show-room = 客室を表示
waiting-waited = お待ち：{ $waited }
waiting-for-since = { $length }（{ $time } から）
waiting-since = { $time } から
waiting-room-ready = { $room } は準備完了（{ $state }）
waiting-room-not-ready = { $room } は準備中：{ $mark } { $state }
waiting-in-mews = お待ち（Mews で設定）
waiting-in-mews-hover = Mews でこのゲストは客室待ちに分類されています
waiting-at-desk = お待ち
waiting-at-desk-hover = このフロントでお待ちリストに追加
waiting-start = お待ちに登録
waiting-start-hover = ゲストがフロントにいます。客室の準備ができるまで「お待ち」に表示します
waiting-stop = お待ちを解除
waiting-stop-hover = ゲストをお待ちリストから外す

## Alerts: the banner and what each says
alert-count = 未対応のアラート { $count } 件
alert-count-more = 未対応のアラート { $count } 件（お待ちのゲストの分と最新分を表示）
alert-acknowledge = 確認
alert-acknowledge-hover = このアラートを消去
alert-acknowledge-all = すべて確認（{ $count } 件）
alert-acknowledge-all-hover = このバーからすべてのアラートを消去
alert-ready = { $room } の準備ができました（{ $state }）
alert-out-of-order = { $room } が故障中になりました
alert-out-of-service = { $room } が使用停止になりました
# For a guest waiting for the room, in the window (names them).
alert-waiting = { $who } がお待ちです：{ $alert }
alert-guest-of = 予約 { $number } のゲスト
alert-fired = { $count } 回
alert-now = 現在 { $state }

## Desktop notifications (no guest's name: the system may keep them, and guests may see them)
notify-waiting = ゲストがお待ちです（予約 { $number }）：{ $alert }
notify-body = { $time }：Mews Monitor アラート { $id }
notify-unavailable = このコンピューターではデスクトップ通知が表示されません。アラートはアプリ内にのみ表示されます

## Copying for support tickets, and the brief notice that says so
copy-id = ID をコピー
copy-ticket-line = チケット用の行をコピー
copy-reservation-number = 予約番号をコピー
copy-copied-id = ID をコピーしました
copy-copied-ticket-line = チケット用の行をコピーしました
copy-copied-reservation-number = 予約番号をコピーしました
