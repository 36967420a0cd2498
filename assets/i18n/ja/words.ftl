# Names of what Mews sends (states, kinds), a room's day, an arrival's readiness, and
# lengths of time. Short: they are on every tile of the board.

## Housekeeping states of a room
state-dirty = 清掃待ち
state-clean = 清掃済み
state-inspected = 点検済み
state-out-of-service = 使用停止
state-out-of-order = 故障中
state-not-known = 状態不明

## Reservation states
reservation-inquired = 問い合わせ
reservation-requested = 依頼中
reservation-optional = 仮予約
reservation-confirmed = 確定
reservation-started = チェックイン済み
reservation-processed = チェックアウト済み
reservation-canceled = キャンセル

## Device command states
command-pending = 待機中
command-received = 受信済み
command-processing = 処理中
command-processed = 処理済み
command-cancelled = キャンセル済み
command-error = エラー

## Kinds of event
kind-resource = 客室
kind-reservation = 予約
kind-device-command = デバイスコマンド
kind-price-update = 料金更新
kind-unknown = その他

## A room's day
day-vacant = 空室
day-arriving = 到着
day-departing = 出発
day-turnover = 出発・到着
day-stayover = 連泊

## An arrival's readiness
readiness-ready = 準備完了
readiness-not-ready = 準備中
readiness-no-room = 客室未割当
readiness-arrived = 到着済み

## Lengths of time, short (the board's tiles): "今", "45秒", "12分", "3時間5分", "2日"
length-now = 今
length-under-a-minute = 1分未満
length-seconds = { $seconds }秒
length-minutes = { $minutes }分
length-hours = { $hours }時間
length-hours-minutes = { $hours }時間{ $minutes }分
length-days = { $days }日
