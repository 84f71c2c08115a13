"""Retries that never duplicate writes, Retry-After, deadlines: against a real local server.

No wall-clock assertions: the tests check what reached the server and what the pipeline
decided (through its hooks)."""

from __future__ import annotations

import asyncio
import random
import socket
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, InMemoryRateLimiter, NoRateLimiter, Rate, errors
from instantly_async.events import Event, RateLimitWaitEvent, RequestEvent, RetryEvent
from tests.support.local_server import LocalServer, drop_connection

LEAD = {
    "id": "l1",
    "timestamp_created": "2026-01-01T00:00:00.000Z",
    "organization": "o",
    "email": "a@b.co",
}
CREATE = "/api/v2/leads"


def make_client(server: LocalServer, events: list[Event] | None = None, **kwargs) -> AsyncInstantly:
    kwargs.setdefault("rate_limiter", NoRateLimiter())
    kwargs.setdefault("attempt_timeout", 2.0)
    return AsyncInstantly(
        "k", base_url=server.base_url, hooks=[events.append] if events is not None else [], **kwargs
    )


def fast(client: AsyncInstantly) -> AsyncInstantly:
    return client.with_options(backoff_base=0.01, backoff_max=0.05)


@pytest.mark.parametrize("fault", ["502", "timeout", "drop"])
async def test_a_create_whose_fate_is_unknown_is_sent_exactly_once(
    server: LocalServer, fault: str
) -> None:
    applied = []

    async def handler(request: web.Request) -> web.StreamResponse:
        applied.append(await request.json())  # the server applies the write...
        if fault == "502":
            return web.json_response({"message": "Bad Gateway"}, status=502)
        if fault == "timeout":
            await asyncio.sleep(5)
            return web.json_response(LEAD)
        return await drop_connection(request)

    server.handler = handler
    async with make_client(server, attempt_timeout=0.5) as client:
        expected = {
            "502": errors.InternalServerError,
            "timeout": errors.APITimeoutError,
            "drop": errors.APIConnectionError,
        }
        with pytest.raises(expected[fault]):
            await fast(client).leads.create(email="a@b.co")
    assert server.count("POST", CREATE) == 1
    assert len(applied) == 1


async def test_opting_in_retries_an_ambiguous_create(server: LocalServer) -> None:
    answers = iter(
        [web.json_response({"message": "Bad Gateway"}, status=502), web.json_response(LEAD)]
    )

    async def handler(request: web.Request) -> web.StreamResponse:
        return next(answers)

    server.handler = handler
    async with make_client(server) as client:
        lead = await fast(client).with_options(retry_ambiguous=True).leads.create(email="a@b.co")
    assert lead.id == "l1"
    assert server.count("POST", CREATE) == 2


async def test_gets_ride_out_random_503s(server: LocalServer) -> None:
    chance = random.Random(7)
    failures = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal failures
        if chance.random() < 0.3:
            failures += 1
            return web.json_response({"message": "Service Unavailable"}, status=503)
        return web.json_response(dict(LEAD, id=request.match_info["tail"].rsplit("/", 1)[1]))

    server.handler = handler
    async with make_client(server, max_retries=8) as client:
        leads = await asyncio.gather(*(fast(client).leads.get(f"lead-{i}") for i in range(200)))
    assert [lead.id for lead in leads] == [f"lead-{i}" for i in range(200)]
    assert failures > 30  # the faults really happened


async def test_a_timed_out_get_is_retried(server: LocalServer) -> None:
    calls = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        if calls == 1:
            await asyncio.sleep(5)
        return web.json_response(LEAD)

    server.handler = handler
    async with make_client(server, attempt_timeout=0.3) as client:
        lead = await fast(client).leads.get("l1")
    assert lead.email == "a@b.co" and calls == 2


async def test_final_errors_are_not_retried(server: LocalServer) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response({"message": "body/email must match format"}, status=400)

    server.handler = handler
    async with make_client(server) as client:
        with pytest.raises(errors.BadRequestError, match="must match format"):
            await client.leads.get("l1")
    assert len(server.arrivals) == 1


@pytest.mark.parametrize("header", ["seconds", "http-date"])
async def test_retry_after_is_honoured(server: LocalServer, header: str) -> None:
    events: list[Event] = []
    answers = iter(["429", "ok"])

    async def handler(request: web.Request) -> web.StreamResponse:
        if next(answers) == "429":
            when = (
                "1"
                if header == "seconds"
                else format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2), usegmt=True)
            )
            return web.json_response(
                {"message": "Rate limit exceeded"}, status=429, headers={"Retry-After": when}
            )
        return web.json_response(LEAD)

    server.handler = handler
    async with make_client(server, events) as client:
        await client.leads.create(email="a@b.co")  # a 429 was not applied: safe even for a create
    (retry,) = [e for e in events if isinstance(e, RetryEvent)]
    assert retry.reason == "status 429"
    assert 0.5 <= retry.wait <= 2.0
    assert server.arrivals[1][0] - server.arrivals[0][0] >= retry.wait
    assert any(isinstance(e, RateLimitWaitEvent) and e.source == "server" for e in events)


async def test_a_server_wait_beyond_the_deadline_raises_at_once(server: LocalServer) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {"message": "Rate limit exceeded"}, status=429, headers={"Retry-After": "30"}
        )

    server.handler = handler
    async with make_client(server, timeout=2.0) as client:
        with pytest.raises(errors.RateLimitError) as info:
            await client.leads.get("l1")
    assert info.value.retry_after == 30
    assert len(server.arrivals) == 1


async def test_the_deadline_covers_every_attempt_and_wait(server: LocalServer) -> None:
    events: list[Event] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.2)
        return web.json_response({"message": "Service Unavailable"}, status=503)

    server.handler = handler
    async with make_client(server, events, timeout=1.0, max_retries=50) as client:
        with pytest.raises((errors.InternalServerError, errors.APITimeoutError)):
            await client.with_options(backoff_base=0.1, backoff_max=0.3).leads.get("l1")
    attempts = [e for e in events if isinstance(e, RequestEvent)]
    assert 2 <= len(attempts) < 10  # far fewer than max_retries allowed: the deadline stopped it


async def test_connection_refused_is_retried_even_for_a_create(unused_tcp_port: int) -> None:
    events: list[Event] = []
    async with AsyncInstantly(
        "k",
        base_url=f"http://127.0.0.1:{unused_tcp_port}",
        rate_limiter=NoRateLimiter(),
        max_retries=3,
        hooks=[events.append],
    ) as client:
        with pytest.raises(errors.APIConnectionError, match="could not connect"):
            await fast(client).leads.create(email="a@b.co")
    assert len([e for e in events if isinstance(e, RequestEvent)]) == 4


async def test_a_429_pauses_every_task_sharing_the_limiter(server: LocalServer) -> None:
    paused_at: list[float] = []
    loop = asyncio.get_running_loop()

    async def handler(request: web.Request) -> web.StreamResponse:
        if not paused_at:
            paused_at.append(loop.time())
            return web.json_response(
                {"message": "Rate limit exceeded"}, status=429, headers={"Retry-After": "1"}
            )
        return web.json_response(LEAD)

    server.handler = handler
    limiter = InMemoryRateLimiter([Rate(1000, 1.0)])
    async with make_client(server, rate_limiter=limiter) as client:

        async def one(i: int) -> None:
            await asyncio.sleep(0.01 * i)  # spread the tasks over the pause
            await client.leads.get(f"l{i}")

        await asyncio.gather(*(one(i) for i in range(60)))
    pause_start = paused_at[0]
    during = [t for t, _, _ in server.arrivals[1:] if pause_start + 0.2 < t < pause_start + 0.9]
    assert during == []
    assert len(server.arrivals) == 61


@pytest.fixture
def unused_tcp_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
