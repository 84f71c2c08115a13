"""A permit whose request never went out is given back (issue 10, item 4): a call cancelled or
failed between its rate-limit permit and its request leaves the budget as it found it.

The budget is one permit per minute, so an unreturned permit shows as a refusal within
`max_wait=0` (or a call timeout far shorter than the minute): no wall-clock timing involved."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import aiohttp
import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, InMemoryRateLimiter, errors
from instantly_async.events import Event, RequestEvent
from instantly_async.ratelimit import Rate, RateLimitTimeout, RedisRateLimiter
from tests.support import KEY
from tests.support.local_server import LocalServer
from tests.support.redis_server import REDIS_SERVER_BINARY, RedisServer, free_port


def one_a_minute() -> InMemoryRateLimiter:
    return InMemoryRateLimiter([Rate(1, 60.0)], burst=1, jitter=0.0, cold_start=0.0)


async def test_the_limiter_takes_back_an_unused_permit_once() -> None:
    limiter = one_a_minute()
    await limiter.acquire(max_wait=0)
    limiter.give_back()
    await limiter.acquire(max_wait=0)  # the budget is whole again
    limiter.give_back()
    limiter.give_back()  # a second give-back of the same permit returns nothing more
    await limiter.acquire(max_wait=0)
    with pytest.raises(RateLimitTimeout):
        await limiter.acquire(max_wait=0)


async def test_an_endpoint_budget_is_given_back_too() -> None:
    limiter = one_a_minute()
    await limiter.acquire("GET /emails", [Rate(1, 60.0)], max_wait=0)
    limiter.give_back()
    await limiter.acquire("GET /emails", [Rate(1, 60.0)], max_wait=0)


async def test_a_task_gives_back_only_its_own_permit() -> None:
    limiter = InMemoryRateLimiter([Rate(2, 60.0)], burst=2, jitter=0.0, cold_start=0.0)

    async def take() -> None:
        await limiter.acquire(max_wait=0)

    await asyncio.create_task(take())  # another task's permit: used
    limiter.give_back()  # this task took nothing: nothing to give back
    await limiter.acquire(max_wait=0)
    with pytest.raises(RateLimitTimeout):
        await limiter.acquire(max_wait=0)


async def test_a_call_cancelled_after_its_permit_gives_it_back(server: LocalServer) -> None:
    async def ok(request: web.Request) -> web.StreamResponse:
        return web.json_response({"id": "c1"})

    server.handler = ok
    limiter = one_a_minute()
    cancelled = []

    def cancel_first_request(event: Event) -> None:
        # Runs after the permit was granted and before the request is written.
        if isinstance(event, RequestEvent) and not cancelled:
            task = asyncio.current_task()
            assert task is not None
            cancelled.append(task.cancel())

    async with AsyncInstantly(
        KEY,
        base_url=server.base_url,
        rate_limiter=limiter,
        max_retries=0,
        hooks=[cancel_first_request],
    ) as client:
        with pytest.raises(asyncio.CancelledError):
            await asyncio.create_task(client.campaigns.get("c1"))
        assert cancelled == [True] and server.arrivals == []
        # With the permit used up, this call would need a minute: more than its timeout.
        campaign = await client.with_options(timeout=5.0).campaigns.get("c1")
    assert campaign.id == "c1" and len(server.arrivals) == 1


async def test_a_connection_that_cannot_be_made_gives_the_permit_back() -> None:
    limiter = one_a_minute()
    async with AsyncInstantly(
        KEY, base_url=f"http://127.0.0.1:{free_port()}", rate_limiter=limiter, max_retries=0
    ) as client:
        with pytest.raises(errors.APIConnectionError):
            await client.campaigns.get("c1")
    await limiter.acquire(max_wait=0)


async def test_with_a_session_of_the_users_own_a_failed_connection_gives_it_back_too() -> None:
    limiter = one_a_minute()
    async with (
        aiohttp.ClientSession() as session,
        AsyncInstantly(
            KEY,
            base_url=f"http://127.0.0.1:{free_port()}",
            rate_limiter=limiter,
            max_retries=0,
            session=session,
        ) as client,
    ):
        with pytest.raises(errors.APIConnectionError):
            await client.campaigns.get("c1")
    await limiter.acquire(max_wait=0)


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    if REDIS_SERVER_BINARY is None:
        pytest.skip("redis-server binary not found: install it (apt-get install redis-server)")
    with RedisServer() as server:
        yield server


async def test_the_redis_limiter_takes_back_an_unused_permit_once(
    redis_server: RedisServer,
) -> None:
    limiter = RedisRateLimiter(
        redis_server.url,
        key=f"test-{uuid.uuid4().hex}",
        rates=[Rate(1, 60.0)],
        burst=1,
        jitter=0.0,
        cold_start=0.0,
        fallback="raise",
    )
    try:
        await limiter.acquire("GET /emails", [Rate(1, 60.0)], max_wait=0)
        limiter.give_back()
        limiter.give_back()  # once only
        await asyncio.wait(set(limiter._refunds))  # it runs in a task of its own
        await limiter.acquire("GET /emails", [Rate(1, 60.0)], max_wait=0)
        with pytest.raises(RateLimitTimeout):
            await limiter.acquire(max_wait=0)
    finally:
        await limiter.aclose()
