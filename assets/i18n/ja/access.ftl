# How the app reaches Mews and keeps its tokens: the system keyring, proxies, and the
# certificates trusted. $detail is the system's own words; $address, $name and $target
# are addresses as given.

## The system keyring
keyring-no-service = このコンピューターにはシステムのキーリングサービスがないため、トークンを保存できません。IT 部門に設定を依頼するか、このセッションだけトークンを使用してください。
keyring-locked = システムのキーリングがロックされています。（たとえばもう一度ログインして）ロックを解除してから再試行するか、このセッションだけトークンを使用してください。
keyring-access-denied = システムのキーリングが Mews Monitor へのアクセスを拒否しました。コンピューターから確認されたらアクセスを許可するか、IT 部門に問い合わせてください。それまでは、このセッションだけトークンを使用できます。
keyring-unreadable = 保存済みのトークンを読み取れませんでした。トークンを削除して、ClientToken と AccessToken をもう一度入力してください。
keyring-other = システムのキーリングが動作しませんでした（{ $detail }）。再試行するか、このセッションだけトークンを使用してください。
# $hint is the last characters of the saved AccessToken, like "…9F453D".
keyring-saved = システムのキーリングに保存済み · { $hint }
keyring-not-saved = このコンピューターには保存されていません

## Proxies
proxy-error-address = プロキシアドレス「{ $address }」は使用できません（http://host:port の形式で指定してください）
proxy-error-credentials-in-address = プロキシのユーザー名とパスワードは、アドレスではなくそれぞれの欄に入力してください
proxy-error-dns = プロキシ { $name } の名前が見つかりませんでした（DNS）
proxy-error-unreachable = { $address } のプロキシが接続を拒否しました
# $sent is "yes" when a user name and password were sent and not accepted.
proxy-error-auth-required = { $sent ->
        [yes] { $address } のプロキシにはユーザー名とパスワードが必要です（HTTP 407）。入力されたユーザー名とパスワードは受け付けられませんでした
       *[no] { $address } のプロキシにはユーザー名とパスワードが必要です（HTTP 407）
    }
proxy-error-refused = { $address } のプロキシが { $target } への接続を拒否しました
proxy-error-bad-answer = { $address } のプロキシから、このプログラムが理解できない応答が返されました

## How the connection reaches Mews (diagnostics)
route-direct = なし（直接接続）
trust-system = このコンピューターの証明書ストア
trust-bundled = Mews Monitor に組み込まれたリスト（このコンピューターの証明書ストアに証明書がありません）
trust-failed = 証明書を読み込めませんでした（{ $detail }）
