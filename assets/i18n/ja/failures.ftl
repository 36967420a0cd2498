# Why a command could not do its work, said on standard error after "Error:" (and history's
# in the window too). $detail is the system's or a library's own words, shown as given.

## History
history-error-database = 履歴データベースの処理に失敗しました：{ $detail }
history-error-damaged = 履歴データベースが破損しています（{ $detail }）
history-error-file = 履歴ファイル { $path } を使用できませんでした：{ $detail }
history-error-export = エクスポートを書き込めませんでした：{ $detail }
history-error-no-thread = 履歴を読み込むスレッドを開始できませんでした（{ $detail }）
history-error-thread-stopped = 履歴を読み込むスレッドが停止しました

## The hotel's day ($zone is a time zone's name, such as Europe/Prague)
hotel-day-no-zone = Mews からホテルのタイムゾーンが返されませんでした
hotel-day-unknown-zone = ホテルのタイムゾーン「{ $zone }」は、このコンピューターでは認識できません

## Finding the tokens: $set, $missing, $var, $client and $access are environment variables'
## names (MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN); $profile is a profile's name as typed.
resolve-partial = { $set } は設定されていますが、{ $missing } が設定されていません。両方を設定してください。プロファイル「{ $profile }」に保存されたトークンを使う場合は、どちらも設定しないでください
resolve-invalid = { $var } の値は有効なトークンではありません：{ $problem }
resolve-not-saved = プロファイル「{ $profile }」のトークンがありません。{ $client } と { $access } を設定するか、`mews-monitor tokens set --profile { $profile }` で一度保存してください（ClientToken と AccessToken を 2 行で標準入力に渡します）
resolve-keyring = { $problem }（キーリングを使わない場合は、代わりに { $client } と { $access } を設定してください。）

## install-desktop and uninstall-desktop (Linux): their output, and why they failed
desktop-installed = Mews Monitor をアプリケーションメニューに追加しました（{ $program }）。
desktop-written = 書き込み済み：{ $path }
desktop-removed = 削除済み：{ $path }
desktop-autostart = ログイン時に自動的に起動します。
desktop-nothing-removed = Mews Monitor はアプリケーションメニューにありませんでした。削除するものはありません。
desktop-uninstalled = Mews Monitor をアプリケーションメニューと自動起動から削除しました。
desktop-unsupported = デスクトップエントリーは Linux/BSD の仕組みです。このシステムでは代わりにネイティブパッケージを使用してください
desktop-use-installer = Windows では mews-monitor-setup.exe で Mews Monitor をインストールしてください。スタートメニューにショートカット「Mews Monitor」が追加され、選択した場合はログイン時に自動的に起動するよう設定されます。アンインストーラーはその両方を削除します
desktop-no-home = ホームフォルダーが不明なため、メニュー項目を置く場所がありません
desktop-relative-program = プログラムのパス { $path } が絶対パスではありません
desktop-not-utf8 = プログラムのパス { $path } は有効な UTF-8 ではありません。デスクトップエントリーには UTF-8 が必要です
desktop-control-character = プログラムのパス { $path } に制御文字が含まれています
