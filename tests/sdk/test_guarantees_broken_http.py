"""Broken HTTP from a raw asyncio server: every outcome is a typed error, never a bare exception
or a hang (issue 10, item 1)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter, errors
from tests.support import KEY
from tests.support.raw_server import serve_raw

ANSWERS = [
    pytest.param(b"garbage\r\n\r\n", id="bad-status-line"),
    pytest.param(b'HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{"id": ', id="short-body"),
    pytest.param(b"HTTP/1.1 200 OK\r\nX: " + b"a" * 100_000 + b"\r\n\r\n", id="huge-header"),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"zz\r\n",
        id="bad-chunk",
    ),
    pytest.param(b"", id="closed-at-once"),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: 5\r\n\r\nnope!",
        id="bad-gzip",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=latin-1\r\n"
        b'Content-Length: 8\r\n\r\n{"a":1}',
        id="json-with-wrong-length",
    ),
]


@pytest.fixture
async def raw_server() -> AsyncIterator[tuple[str, list[bytes]]]:
    """A server that reads a request and writes back `answer[0]`, then closes."""
    answer: list[bytes] = [b""]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answer[0])
        await writer.drain()

    async with serve_raw(handle) as base_url:
        yield base_url, answer


@pytest.mark.parametrize("answer", ANSWERS)
async def test_broken_http_ends_in_a_typed_error(
    answer: bytes, raw_server: tuple[str, list[bytes]]
) -> None:
    base_url, scripted = raw_server
    scripted[0] = answer
    async with AsyncInstantly(
        KEY, base_url=base_url, rate_limiter=NoRateLimiter(), max_retries=1, timeout=10
    ) as client:
        with pytest.raises(errors.InstantlyError):
            await asyncio.wait_for(client.campaigns.get("c1"), 20)
