"""A Connector client as an integrator would write it in Python with the
`websockets` package: connect with the cookie, read each frame, parse it, and
write one JSON line per event (as `mews-monitor tail` does) until WANTED
events have arrived.

Usage: flood_client.py WS_URL WANTED (tokens from MEWS_CLIENT_TOKEN and
MEWS_ACCESS_TOKEN). Says "Connected" on standard error once the link is up.
"""

import asyncio
import json
import os
import sys

import websockets


async def main(url: str, wanted: int) -> None:
    cookie = (
        f"ClientToken={os.environ['MEWS_CLIENT_TOKEN']}; "
        f"AccessToken={os.environ['MEWS_ACCESS_TOKEN']}"
    )
    seen = 0
    out = sys.stdout
    async with websockets.connect(
        url, additional_headers={"Cookie": cookie}, max_size=None
    ) as socket:
        print("Connected", file=sys.stderr, flush=True)
        async for message in socket:
            for event in json.loads(message).get("Events", []):
                seen += 1
                out.write(json.dumps({"seq": seen, "event": event}) + "\n")
            out.flush()
            if seen >= wanted:
                break


asyncio.run(main(sys.argv[1], int(sys.argv[2])))
