# Why the connection screen cannot connect: addresses typed, the demo hotel, a
# connection test. $address and $scheme are as typed; $detail and $why are the
# system's or a library's own words.

target-ws-url = WebSocket アドレスを使用できません：{ $why }
address-unreadable = 「{ $address }」は Web アドレスではありません
address-scheme = アドレスは wss:// で始まる必要があります（{ $scheme }:// で始まっています）
address-plain-remote = 暗号化されていない ws:// アドレスは、このコンピューター（127.0.0.1、::1、localhost）に対してのみ使用できます。wss:// を使用してください
address-no-host = アドレスにホスト名がありません
target-demo-not-running = 内蔵デモホテルが起動していません。
connect-tls-failed = 安全な接続を設定できませんでした：{ $detail }
demo-failed = デモホテルを起動できませんでした：{ $detail }
rest-rejected = Mews がこのリクエストのトークンを拒否しました（HTTP 401）：{ $message }
demo-stopped = 起動処理が予期せず停止しました
