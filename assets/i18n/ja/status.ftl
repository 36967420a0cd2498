# The connection to Mews: its state, and why it was lost. A $detail is the system's own
# words (it stays as the system said it).

connection-connecting = Mews に接続中…
connection-connecting-again = Mews に接続中（{ $attempt } 回目）…
connection-connected-utc = { $time } UTC から接続中
connection-retrying = { $reason }。{ $seconds } 秒後に再試行します。
connection-rejected = Mews がトークンを拒否しました（HTTP { $status }）。ClientToken と AccessToken を Mews 管理者に確認してから、もう一度接続してください。
connection-stopped = 切断されました。

disconnect-no-network = Mews へのネットワーク接続がありません（{ $detail }）
disconnect-timeout = Mews から時間内に応答がありませんでした
disconnect-tls = Mews との安全な接続に失敗しました（{ $detail }）
disconnect-untrusted = このコンピューターはホテルのネットワークの証明書を信頼していません（{ $detail }）。この証明書をこのコンピューターにインストールするよう IT 担当者に依頼してください
disconnect-dns = 名前 { $host } が見つかりませんでした（DNS）
disconnect-http = Mews は現在接続を受け付けていません（HTTP { $status }）
disconnect-closed = Mews が接続を閉じました
disconnect-closed-code = Mews が接続を閉じました（コード { $code }）
disconnect-closed-code-reason = Mews が接続を閉じました（コード { $code }：{ $reason }）
disconnect-dropped = Mews との接続が切れました（{ $detail }）
disconnect-silent = Mews の応答が止まりました（{ $seconds } 秒間応答なし）
disconnect-too-large = Mews から大きすぎて受け付けられないメッセージが届きました
disconnect-slept = このコンピューターが { $length } スリープしていたため、Mews との接続を開き直します
