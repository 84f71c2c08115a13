"""Serve a webhook receiver on 127.0.0.1 over real HTTP: its aiohttp handler in an aiohttp
server, or its ASGI app in uvicorn. Both yield the URL to post deliveries to."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Callable
from typing import Any

import uvicorn
from aiohttp import web
from aiohttp.test_utils import TestServer

from instantly_async.webhooks import WebhookReceiver

HOOK_PATH = "/hooks/instantly"


@contextlib.asynccontextmanager
async def serve_aiohttp(receiver: WebhookReceiver) -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_route("*", HOOK_PATH, receiver.aiohttp_handler())
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url(HOOK_PATH))
    finally:
        await server.close()


@contextlib.asynccontextmanager
async def serve_asgi(app: Callable[..., Any]) -> AsyncIterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan="on", log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{port}{HOOK_PATH}"
    finally:
        server.should_exit = True
        await task
        sock.close()


@contextlib.asynccontextmanager
async def serve(kind: str, receiver: WebhookReceiver) -> AsyncIterator[str]:
    """`kind` is "aiohttp" or "asgi"."""
    if kind == "aiohttp":
        async with serve_aiohttp(receiver) as url:
            yield url
    else:
        async with serve_asgi(receiver.asgi_app()) as url:
            yield url


SERVER_KINDS = ("aiohttp", "asgi")
