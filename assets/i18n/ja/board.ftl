# The housekeeping board, the room panel and the live tables (rooms, reservations,
# device commands, price updates).
# Placeables: $count, $shown, $total and $changes are numbers (plural forms follow
# them), other $names are text. Marks (⚑ ↕ ★ ⚠) are added by the program around them.
# Japanese: no plural forms.

## A room's name as staff say it ("Room 101"); not added when the name already
## starts with the word of room-word ("Room 5", "room 5").
room-called = 客室 { $room }
room-word = 客室

## The board's filters
board-search = 客室を検索
board-search-hint = 客室名
board-floor-choice = フロア
board-all-floors = すべてのフロア
board-floor = { $floor }階
board-no-floor = フロアなし
board-show-all = すべての客室を表示
board-showing = 全 { $total } 室中 { $shown } 室を表示
# A state's or a day's switch with how many rooms have it: "Dirty: 120".
board-count = { $name }：{ $count }
# The switch of the rooms in a state the app does not know.
board-state-other = その他
board-click-to-hide = クリックするとこれらの客室を非表示にします
board-click-to-show = クリックするとこれらの客室を表示します
board-today = 本日：
board-turn-first = 優先清掃
board-turn-first-hover = 本日ゲストが到着する客室のうち、清掃待ちのもの、または点検を行うホテルで清掃済みだが未点検のものだけを、到着時刻順の一覧で表示します
board-day-not-loaded = 本日の滞在情報はまだ読み込まれていません。日の区分で絞り込んだ客室は、読み込み後に表示されます。

## The board's rooms
board-reading-history = 履歴から客室の前回の状態を読み込み中…
board-no-rooms = 客室はまだありません。Mews からホテルの客室情報または最初の客室イベントが届くと表示されます。
board-heading = { $title } · { $count } 室
board-turn-first-heading = 優先清掃：本日到着予定の客室（到着時刻順）

## A room's tile. Its name for screen readers is a list of facts:
## "Room 101, Dirty, 12 min, Turnover, guest arriving 15:00, watched".
board-tile-separator = {", "}
board-tile-changed-offline = オフライン中に変更
board-tile-unconfirmed = 前回の状態（Mews で未確認）
board-tile-alert-open = アラートあり
board-tile-watched = 監視中
# The state on a tile when none was received.
board-tile-state-unknown = 不明
# After the time on a tile: "12 min · offline · last known".
board-tile-offline = オフライン
board-tile-last-known = 前回の状態
board-tile-hover = { $label }
    フロア：{ $floor }
    前の状態：{ $previous }
    変更回数：{ $changes }
    ID：{ $id }
board-floor-not-known = 不明
board-previous-none = なし
# A room's day, when a guest arrives in it: "Turnover, guest arriving 15:00".
room-day-guest-arriving = { $day }、ゲスト到着 { $time }

## A room's menu
board-pin = 監視リストに追加
board-unpin = 監視リストから外す
board-show-timeline = タイムラインを表示

## The room panel
room-close = 閉じる
room-state-not-known = 状態不明
room-since = { $time } から（{ $ago } 前）
room-before = 以前の状態：{ $state }
room-floor = フロア：{ $floor }
room-changed-offline = モニターがオフラインの間に変更されました（再同期で検出）。
room-unconfirmed = 履歴にある前回の状態です。Mews からはまだ確認されていません。
room-watch = 監視：この客室の準備ができたら通知する
room-today = 本日：{ $day }
room-arriving = 到着：{ $guest }

## The room's timeline
room-timeline = タイムライン
room-timeline-today = 本日
room-timeline-days = { $count }日間
room-no-history = このセッションでは履歴を保存していないため、タイムラインはありません。
room-timeline-failed = タイムラインを読み込めませんでした：{ $problem }
room-no-changes = この期間に状態の変更はありません。
room-history-missed = ⚠ { $time } までのイベント { $count } 件が履歴に記録されていません。この間に客室の状態が変わった可能性があります
room-history-missed-hover = その時点で履歴を書き込めず（ディスクの空き不足など）、保持できる数を超えるイベントが届きました。

## The live tables
table-rooms = 客室 { $count } 室
table-reservations = 予約 { $count } 件
table-commands = デバイスコマンド { $count } 件
table-prices = 料金更新 { $count } 件
table-changed-offline = { $room }（オフライン中に変更）
# A column's hover: "Sort by Floor".
sort-by = { $column }で並べ替え

## The tables' column titles
table-column-room = 客室
table-column-floor = フロア
table-column-state = 状態
table-column-previous = 前の状態
table-column-since = 変更日時
table-column-changes = 変更回数
table-column-id = ID
table-column-reservation = 予約
table-column-room-assigned = 客室
table-column-arrival = 到着
table-column-departure = 出発
table-column-updated = 更新
table-column-device = デバイス
table-column-rate = 料金プラン
table-column-category = カテゴリー
table-column-from = 開始日
table-column-to = 終了日
table-column-received = 受信
