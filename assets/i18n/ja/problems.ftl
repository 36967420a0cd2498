# What went wrong (the problems window, the status bar, tail's standard error) and
# what a load from Mews found (the resync line, the diagnostics).
# $detail, $message, $reason and $excerpt are the system's, Mews' or a library's own
# words, shown as given; $path is a file.
# Japanese: no plural forms. write-* end in a plain form that "ため" follows.

## Messages from Mews
trouble-unreadable-message = Mews から読み取れないメッセージを受信しました（{ $reason }）：{ $excerpt }
trouble-skipped-event = メッセージ内のイベント #{ $number } をスキップしました（{ $reason }）：{ $excerpt }
trouble-binary-message = Mews からテキストではないバイナリメッセージ（{ $bytes } バイト）が届いたため、スキップしました。
trouble-over-hard-limit = Mews からサイズの絶対上限を超えるメッセージが届いたため（{ $detail }）、接続をリセットしました。
trouble-message-too-large = Mews から { $size } MiB のメッセージが届きました。上限の { $limit } MiB を超えているため、スキップしました。

## Loading names and details from Mews
trouble-lookup-failed = Mews から{ $what }を読み込めませんでした：{ $why }
trouble-lookups-rejected = Mews が客室名と予約名用のトークンを拒否しました：{ $message }
trouble-hotel-day-unknown = 本日の到着予定を読み込めませんでした：{ $detail }。
lookup-hotel = ホテル情報
lookup-rooms = 客室
lookup-open-commands = 未処理のデバイスコマンド
lookup-arrivals = 本日の到着予定
lookup-changed-reservations = オフライン中に変更された予約
lookup-rates = 料金プラン名
lookup-guests = ゲスト名
lookup-reservations = 予約番号
lookup-commands = デバイス名
rest-refused = Mews がリクエストを拒否しました：{ $message }
rest-too-heavy = リクエストが大きすぎて、Mews が時間内に応答できませんでした
rest-throttled = Mews からリクエストを減らすよう求められたため、モニターはいったん中断しました
rest-http = Mews がエラーを返しました（HTTP { $status }）：{ $message }
rest-network = Mews に接続できませんでした：{ $detail }
rest-unreadable = Mews からの応答を読み取れませんでした：{ $detail }
rest-address = REST アドレス「{ $address }」は https:// で始まる必要があります（http:// はこのコンピューター自身の場合のみ）

## History
trouble-history-not-kept = このセッションでは履歴を保存していません：{ $detail }
trouble-history-damaged = 履歴ファイルが破損していました。{ $path } に移動し、新しいファイルを作成しました。
trouble-history-paused = { $why }ため、履歴を一時停止しています。イベントは引き続きここに表示されます。書き込み待ちのイベントは { $waiting } 件です。履歴は自動的に再試行します。
trouble-history-list-full = 履歴は一時停止したままで、待機リストがいっぱいです（{ $held } 件）。今から再開までに受信するイベントは履歴から欠落し、その欠落箇所には印が付きます。
trouble-history-resumed = 履歴の書き込みを再開しました。待機していたイベントは保存されています（{ $written } 件）。
trouble-history-resumed-gap = 履歴の書き込みを再開しました。待機していたイベントは保存されています（{ $written } 件）。一時停止中に受信したイベント { $missed } 件は履歴から欠落しています。欠落箇所は客室のタイムラインとエクスポートに印が付いています。
trouble-history-file-removed = Mews Monitor の実行中に履歴ファイル { $path } が削除されました。同じ場所に新しいファイルを作成し、今後のイベントはそこに保存します。
trouble-history-file-not-restarted = Mews Monitor の実行中に履歴ファイル { $path } が削除され、新しいファイルをまだ作成できません（{ $detail }）。イベントは引き続きここに表示されます。履歴は自動的に再試行します。
trouble-history-stopped = 履歴が停止しました。イベントは引き続きここに表示されますが、今後受信するイベントはこのコンピューターに保存されません。再び保存するには Mews Monitor を再起動してください。
write-disk-full = ディスクの空き容量がない
write-read-only = 履歴ファイルを変更できない
write-permission-denied = このユーザーには履歴ファイルへの書き込み権限がない
write-io = ディスクに書き込めなかった
write-other = 書き込みに失敗した（{ $detail }）

## What a load from Mews found
summary-rooms = Mews から客室 { $loaded } 室を読み込み、オフライン中の変更 { $changed } 室
summary-rooms-named = Mews から客室 { $loaded } 室を読み込み、オフライン中の変更 { $changed } 室（{ $names }）
summary-changed = オフライン中に変更された予約 { $count } 件（{ $numbers }）
summary-arrivals = Mews から { $date } の到着予定 { $arrivals } 件を読み込み（到着済み { $arrived } 件）、滞在中のゲスト { $in_house } 名
summary-guests = Mews からゲスト { $found } 名分の名前を読み込み
summary-guests-missing = Mews からゲスト { $found } 名分の名前を読み込み（見つからないもの { $missing } 名）
summary-guests-failed = ゲスト { $asked } 名分の名前を読み込めませんでした：{ $why }

## The app's own: settings, the window's layout, the organisation's policy
trouble-settings-unreadable = 設定ファイルを読み取れませんでした（{ $detail }）。既定の設定で起動しました。
trouble-settings-unreadable-kept = 設定ファイルを読み取れませんでした（{ $detail }）。既定の設定で起動し、古いファイルを { $path } として保存しました。
trouble-settings-not-saved = 設定を { $path } に保存できませんでした（{ $detail }）。まもなく再試行します。
trouble-window-layout-restored = ウィンドウレイアウトのファイルが破損していたため、最後の正常なレイアウトを復元しました。
# $scope is "computer" or "user"; $name and $value are the setting's name and value as written; $expected and $why are in English.
policy-invalid = 組織の設定 { $name }（{ $scope ->
        [user] ユーザーポリシー
       *[computer] コンピューターポリシー
    }）の値 { $value } は使用できません：{ $expected }。この設定は無視されます。
policy-unknown = 組織のポリシー（{ $scope ->
        [user] ユーザーポリシー
       *[computer] コンピューターポリシー
    }）に、このバージョンの Mews Monitor が認識しない設定 { $name } があります。この設定は無視されます。
policy-api-url-alone = 組織のポリシーで ApiUrl は設定されていますが、WebSocketUrl が設定されていません。独自のアドレスを使うには、Mews Monitor に両方が必要です。ApiUrl は無視されます。
policy-unreadable = 組織のポリシー（{ $scope ->
        [user] ユーザーポリシー
       *[computer] コンピューターポリシー
    }）を読み取れませんでした：{ $why }。このポリシーは無視されます。
policy-locked = 組織がこのコンピューターでの Mews Monitor の接続先を固定しているため（LockConnection）、{ $option } は使用できません。組織が指定する接続先に接続するには、このオプションを省略してください。
