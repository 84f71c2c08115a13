"""Cancellation, budget waits and the client's lifecycle (issue 10, items 4, 5, 8), against real
local servers. Timing claims use generous tolerances only."""

from __future__ import annotations

import asyncio
import gc
import itertools
import threading
import warnings
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from instantly_async import (
    AsyncInstantly,
    InMemoryRateLimiter,
    NoRateLimiter,
    Rate,
    errors,
)
from instantly_async.events import Event, ResponseEvent
from tests.support import KEY
from tests.support.local_server import LocalServer


@pytest.fixture
async def gated(server: LocalServer) -> AsyncIterator[asyncio.Event]:
    """Requests to a path containing `slow` wait for the gate; others answer at once."""
    gate = asyncio.Event()

    async def handler(request: web.Request) -> web.StreamResponse:
        if "slow" in request.path:
            await gate.wait()
        return web.json_response({"id": request.path.rsplit("/", 1)[-1], "name": "n"})

    server.handler = handler
    yield gate
    gate.set()


async def until(condition: object, timeout: float = 10.0) -> None:
    async def poll() -> None:
        while not condition():  # type: ignore[operator]  # noqa: ASYNC110 - polled state
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), timeout)


async def test_a_call_cancelled_while_waiting_for_a_slot_is_never_sent(
    server: LocalServer, gated: asyncio.Event
) -> None:
    """The cancellation lands in the same loop step as the slot is handed over (the race in
    which `asyncio.wait_for` of Python 3.10/3.11 returns the slot and drops the cancellation)."""
    waiting: list[asyncio.Task[object]] = []

    def cancel_the_waiter(event: Event) -> None:
        if isinstance(event, ResponseEvent) and "slow" in event.url and waiting:
            # Runs just before the holder's slot is released and the waiter woken.
            asyncio.get_running_loop().call_soon(waiting[0].cancel)

    async with AsyncInstantly(
        KEY,
        base_url=server.base_url,
        rate_limiter=NoRateLimiter(),
        connector_limit=1,
        hooks=[cancel_the_waiter],
    ) as client:
        for round_ in range(5):
            gated.clear()
            waiting.clear()
            holder = asyncio.ensure_future(client.campaigns.get(f"slow{round_}"))
            await until(lambda r=round_: server.count("GET", f"/api/v2/campaigns/slow{r}") == 1)
            create = asyncio.ensure_future(client.campaigns.create(name="x", campaign_schedule={}))
            waiting.append(create)
            await asyncio.sleep(0.05)  # the create now waits for the only slot
            gated.set()
            await holder
            with pytest.raises(asyncio.CancelledError):
                await create
        assert server.count("POST", "/api/v2/campaigns") == 0
        # Every cancelled call gave its slot back: the one-slot pool still works.
        assert (await client.campaigns.get("after")).id == "after"


async def test_a_cancelled_call_gives_back_its_permit(server: LocalServer) -> None:
    async def ok(request: web.Request) -> web.StreamResponse:
        return web.json_response({"id": "c", "name": "n"})

    server.handler = ok
    limiter = InMemoryRateLimiter([Rate(1, 0.5)], jitter=0)
    async with AsyncInstantly(KEY, base_url=server.base_url, rate_limiter=limiter) as client:
        await client.campaigns.get("first")
        waiting = [asyncio.ensure_future(client.campaigns.get(f"w{i}")) for i in range(5)]
        await asyncio.sleep(0.05)
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)
        await asyncio.sleep(0.6)
        # Nobody took a permit on the cancelled calls' behalf: the next call goes at once.
        started = asyncio.get_running_loop().time()
        await client.campaigns.get("next")
        assert asyncio.get_running_loop().time() - started < 0.4
    assert len(server.arrivals) == 2


async def test_waiting_for_an_endpoint_budget_holds_no_connection_slot(
    server: LocalServer,
) -> None:
    async def ok(request: web.Request) -> web.StreamResponse:
        if request.path == "/api/v2/emails":
            return web.json_response({"items": []})
        return web.json_response({"id": "c", "name": "n"})

    server.handler = ok
    async with AsyncInstantly(
        KEY,
        base_url=server.base_url,
        rate_limiter=InMemoryRateLimiter(),
        endpoint_rates={"listEmail": [Rate(1, 100)]},
        connector_limit=2,
        timeout=300,
    ) as client:
        await client.emails.list().first_page()  # spends the endpoint's budget
        starved = [asyncio.ensure_future(client.emails.list().first_page()) for _ in range(4)]
        await asyncio.sleep(0.2)
        # The four calls wait for /emails budget; other endpoints flow meanwhile.
        campaigns = await asyncio.wait_for(
            asyncio.gather(*(client.campaigns.get(f"c{i}") for i in range(10))), 10
        )
        assert len(campaigns) == 10
        assert not any(task.done() for task in starved)
        for task in starved:
            task.cancel()
        await asyncio.gather(*starved, return_exceptions=True)
    assert server.count("GET", "/api/v2/emails") == 1


async def test_permits_are_not_bunched_behind_a_full_pool(server: LocalServer) -> None:
    """A permit is taken only with a connection in hand: calls that queued for the pool while
    the budget refilled still reach the server one window apart."""
    arrivals: list[float] = []
    loop = asyncio.get_running_loop()

    async def slow_first(request: web.Request) -> web.StreamResponse:
        arrivals.append(loop.time())
        if len(arrivals) <= 2:
            await asyncio.sleep(1.5)
        return web.json_response({"id": "c", "name": "n"})

    server.handler = slow_first
    limiter = InMemoryRateLimiter([Rate(1, 0.4)], jitter=0)
    async with AsyncInstantly(
        KEY, base_url=server.base_url, rate_limiter=limiter, connector_limit=2
    ) as client:
        await asyncio.gather(*(client.campaigns.get(f"c{i}") for i in range(5)))
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(arrivals) == 5
    assert min(gaps) >= 0.3, gaps


async def test_a_call_after_close_raises_and_opens_nothing(server: LocalServer) -> None:
    client = AsyncInstantly(KEY, base_url=server.base_url, rate_limiter=NoRateLimiter())
    await client.close()
    with pytest.raises(errors.ClientClosedError, match="closed"):
        await client.campaigns.get("c1")
    assert client._transport._session is None
    assert server.arrivals == []


async def test_close_ends_calls_in_flight_with_a_typed_error(
    server: LocalServer, gated: asyncio.Event
) -> None:
    client = AsyncInstantly(KEY, base_url=server.base_url, rate_limiter=NoRateLimiter())
    calls = [asyncio.ensure_future(client.campaigns.get(f"slow{i}")) for i in range(3)]
    sleeping = asyncio.ensure_future(client.with_options(max_retries=3).campaigns.get("slow-retry"))
    await until(lambda: len(server.arrivals) == 4)
    await client.close()
    for task in [*calls, sleeping]:
        with pytest.raises(errors.ClientClosedError):
            await task
    session = client._transport._session
    assert session is None or session.closed


async def test_a_client_survives_its_first_event_loop() -> None:
    """Used in one `asyncio.run`, then in another: the second works and nothing leaks."""

    def serve_in_thread() -> tuple[str, threading.Event]:
        ready: list[str] = []
        stop = threading.Event()

        def run() -> None:
            async def main() -> None:
                async with LocalServer() as local:

                    async def ok(request: web.Request) -> web.StreamResponse:
                        return web.json_response({"id": "c", "name": "n"})

                    local.handler = ok
                    ready.append(local.base_url)
                    while not stop.is_set():  # noqa: ASYNC110 - set from another thread
                        await asyncio.sleep(0.01)

            asyncio.run(main())

        threading.Thread(target=run, daemon=True).start()
        while not ready:
            threading.Event().wait(0.01)
        return ready[0], stop

    base_url, stop = serve_in_thread()
    client = AsyncInstantly(KEY, base_url=base_url, rate_limiter=NoRateLimiter())

    def in_new_loop() -> str:
        async def call() -> str:
            campaign = await client.campaigns.get("c")
            return str(campaign.id)

        result: list[str] = []
        thread = threading.Thread(target=lambda: result.append(asyncio.run(call())))
        thread.start()
        thread.join(30)
        return result[0]

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert await asyncio.to_thread(in_new_loop) == "c"
        assert await asyncio.to_thread(in_new_loop) == "c"
        await client.close()
        gc.collect()
    stop.set()
    assert not [w for w in caught if "Unclosed" in str(w.message)]


async def test_a_client_busy_in_another_live_loop_says_why(server: LocalServer) -> None:
    client = AsyncInstantly(KEY, base_url=server.base_url, rate_limiter=NoRateLimiter())
    other = asyncio.new_event_loop()
    try:
        client._transport._loop = other  # as if first used by a loop still running elsewhere
        with pytest.raises(errors.InstantlyError, match="another event loop"):
            await client.campaigns.get("c1")
    finally:
        other.close()
    assert server.arrivals == []


async def test_close_does_not_wait_for_what_callers_do_next(
    server: LocalServer, gated: asyncio.Event
) -> None:
    """A caller that catches the error and goes on working does not hold close() up."""
    client = AsyncInstantly(KEY, base_url=server.base_url, rate_limiter=NoRateLimiter())
    caught = asyncio.Event()

    async def stubborn() -> None:
        try:
            await client.campaigns.get("slow")
        except errors.ClientClosedError:
            caught.set()
        await asyncio.sleep(3600)  # keeps running long after the client is gone

    worker = asyncio.ensure_future(stubborn())
    await until(lambda: len(server.arrivals) == 1)
    await asyncio.wait_for(client.close(), 5)
    await asyncio.wait_for(caught.wait(), 5)
    worker.cancel()


async def test_a_given_session_from_another_loop_is_refused_clearly(server: LocalServer) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as ours:  # belongs to this test's loop
        client = AsyncInstantly(
            KEY, base_url=server.base_url, session=ours, rate_limiter=NoRateLimiter()
        )

        def call_from_another_loop() -> BaseException | None:
            async def call() -> None:
                await client.campaigns.get("c1")

            try:
                asyncio.run(call())
            except BaseException as exc:
                return exc
            return None

        error = await asyncio.to_thread(call_from_another_loop)
    assert isinstance(error, errors.InstantlyError)
    assert "another event loop" in str(error)
    assert server.arrivals == []


async def test_a_429_pause_is_waited_out_without_a_connection_slot(server: LocalServer) -> None:
    async def first_is_refused(request: web.Request) -> web.StreamResponse:
        if len(server.arrivals) == 1:
            return web.json_response(
                {"message": "slow down"}, status=429, headers={"Retry-After": "1"}
            )
        return web.json_response({"id": "c", "name": "n"})

    server.handler = first_is_refused
    async with AsyncInstantly(
        KEY, base_url=server.base_url, rate_limiter=NoRateLimiter(), connector_limit=2
    ) as client:
        refused = asyncio.ensure_future(client.campaigns.get("c0"))
        await until(lambda: len(server.arrivals) == 1)
        await asyncio.sleep(0.1)
        others = [asyncio.ensure_future(client.campaigns.get(f"c{i}")) for i in range(1, 6)]
        await asyncio.sleep(0.3)
        assert len(server.arrivals) == 1  # the pause holds everyone ...
        assert client._transport._slots().in_use == 0  # ... and nobody holds a connection
        results = await asyncio.gather(refused, *others)
    assert len(results) == 6
    assert len(server.arrivals) == 7
