// A Connector client as an integrator would write it in Node.js with the `ws`
// package: connect with the cookie, read each frame, parse it, and write one
// JSON line per event (as `mews-monitor tail` does) until WANTED events have
// arrived.
//
// Usage: node flood_client.mjs WS_URL WANTED (tokens from MEWS_CLIENT_TOKEN and
// MEWS_ACCESS_TOKEN). Says "Connected" on standard error once the link is up.

import WebSocket from 'ws';

const [url, wantedText] = process.argv.slice(2);
const wanted = Number(wantedText);
const cookie =
  `ClientToken=${process.env.MEWS_CLIENT_TOKEN}; AccessToken=${process.env.MEWS_ACCESS_TOKEN}`;
const socket = new WebSocket(url, { headers: { Cookie: cookie }, maxPayload: 0 });
let seen = 0;

socket.on('open', () => console.error('Connected'));
socket.on('message', (data) => {
  const lines = [];
  for (const event of JSON.parse(data).Events ?? []) {
    seen += 1;
    lines.push(JSON.stringify({ seq: seen, event }));
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (seen >= wanted) {
    socket.terminate();
  }
});
socket.on('error', (error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
