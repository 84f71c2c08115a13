"""The benchmark's local API server, run in its own process (`python benchmarks/server.py`).

It prints its port on stdout, then serves until stdin closes (the benchmark holds the pipe) or
it gets SIGTERM. Bodies are encoded once at start: the server's own cost per request is the
aiohttp request handling and a few byte concatenations, the same for every client.

Routes:
- `POST /api/v2/leads/list`: body `{"list_id": "bench-<N>", "limit": L, "starting_after": C}`;
  pages of `L` leads out of N, `{"items": [...], "next_starting_after": "<cursor>"}`, the last
  page without a cursor.
- `GET /api/v2/campaigns/{id}`: one campaign (64 different ones, chosen by the id).
- `GET /_cpu`: this process's CPU seconds so far (user + system), to see how busy the server was.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import time
import zlib

from aiohttp import web

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from payloads import make_campaign, make_leads

POOL = 1000  # distinct leads; page k holds leads (k*limit + i) % POOL


class Data:
    def __init__(self) -> None:
        self.leads = [json.dumps(lead, separators=(",", ":")).encode() for lead in make_leads(POOL)]
        self.campaigns = [
            json.dumps(make_campaign(i), separators=(",", ":")).encode() for i in range(64)
        ]
        self._pages: dict[tuple[int, int], bytes] = {}

    def items(self, offset: int, count: int) -> bytes:
        key = (offset % POOL, count)
        body = self._pages.get(key)
        if body is None:
            body = self._pages[key] = b",".join(
                self.leads[(offset + i) % POOL] for i in range(count)
            )
        return body


def make_app(data: Data) -> web.Application:
    async def list_leads(request: web.Request) -> web.Response:
        args = await request.json()
        total = int(str(args.get("list_id") or "bench-1000").rpartition("-")[2])
        limit = int(args.get("limit") or 100)
        cursor = args.get("starting_after")
        offset = int(cursor[1:]) if cursor else 0
        count = max(0, min(limit, total - offset))
        body = b'{"items":[' + data.items(offset, count) + b"]"
        if offset + count < total:
            body += b',"next_starting_after":"c%d"' % (offset + count)
        return web.Response(body=body + b"}", content_type="application/json")

    async def get_campaign(request: web.Request) -> web.Response:
        campaign_id = request.match_info["id"]
        body = data.campaigns[zlib.crc32(campaign_id.encode()) % len(data.campaigns)]
        return web.Response(body=body, content_type="application/json")

    async def cpu(_: web.Request) -> web.Response:
        return web.json_response({"cpu": time.process_time()})

    app = web.Application()
    app.router.add_post("/api/v2/leads/list", list_leads)
    app.router.add_get("/api/v2/campaigns/{id}", get_campaign)
    app.router.add_get("/_cpu", cpu)
    return app


async def main() -> None:
    data = Data()
    runner = web.AppRunner(make_app(data), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    stdin_closed = loop.create_future()

    def watch_stdin() -> None:  # returns when the parent closes the pipe or dies
        sys.stdin.read()
        loop.call_soon_threadsafe(stdin_closed.set_result, None)

    loop.run_in_executor(None, watch_stdin)
    try:
        await stdin_closed
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
