"""A real local aiohttp server whose handlers each test scripts, recording what arrived.

Only for broken HTTP, what neither other tool can produce: connections cut mid-body, bytes that
are not HTTP or not what the headers say. The tests use one kind of server per purpose:
aioresponses (`mocked`) for the shape of a request, FakeInstantly (`fake`) for flows and for the
API's faults (statuses, Retry-After, delays, dropped connections: `fake.inject`), and this."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class LocalServer:
    def __init__(self) -> None:
        self.arrivals: list[tuple[float, str, str]] = []  # (monotonic time, method, path)
        self.handler: Handler = self._not_scripted
        self._server: TestServer | None = None

    async def _not_scripted(self, request: web.Request) -> web.StreamResponse:
        return web.json_response({"message": "not scripted"}, status=500)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.arrivals.append((time.monotonic(), request.method, request.path))
        return await self.handler(request)

    async def __aenter__(self) -> LocalServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        assert self._server is not None
        await self._server.close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return str(self._server.make_url("")).rstrip("/")

    def count(self, method: str, path: str) -> int:
        return sum(1 for _, m, p in self.arrivals if m == method and p == path)


async def drop_connection(request: web.Request) -> web.StreamResponse:
    """Close the connection without answering."""
    assert request.transport is not None
    request.transport.close()
    await asyncio.sleep(0)
    return web.Response()
