"""Sub-workspaces (agencies): `for_workspace` views send `x-as-workspace` and draw from their
own rate budget (or the shared one when asked); `across_workspaces` fans out with failures
isolated. Against FakeInstantly, which keeps a separate state per sub-workspace."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest

from instantly_async import AsyncInstantly, InMemoryRateLimiter, NoRateLimiter, Rate, errors
from instantly_async.testing import FakeInstantly
from tests.support.redis_server import REDIS_SERVER_BINARY, RedisServer

WORKSPACES = ["ws-a", "ws-b", "ws-c"]


@pytest.fixture
async def agency() -> AsyncIterator[FakeInstantly]:
    async with FakeInstantly(rate_limits=False, sub_workspaces=WORKSPACES) as fake:
        yield fake


def tight_limiter() -> InMemoryRateLimiter:
    """Two permits per 30 s: the third call of a budget cannot go out within its timeout."""
    return InMemoryRateLimiter([Rate(2, 30.0)], cold_start=0.0)


async def test_a_workspace_view_sends_the_header_and_sees_that_workspace(
    agency: FakeInstantly,
) -> None:
    async with AsyncInstantly(
        agency.api_key, base_url=agency.base_url, rate_limiter=NoRateLimiter()
    ) as client:
        view = client.for_workspace("ws-a")
        assert view.workspace_id == "ws-a" and client.workspace_id is None
        await view.lead_lists.create(name="A")
        assert [row.name async for row in view.lead_lists.list()] == ["A"]
        assert [row.name async for row in client.lead_lists.list()] == []
        per_call = client.with_options(as_workspace="ws-b")
        assert [row.name async for row in per_call.lead_lists.list()] == []
        sent = [r.headers.get("x-as-workspace") for r in agency.requests]
        assert sent == ["ws-a", "ws-a", None, "ws-b"]
        with pytest.raises(errors.PermissionDeniedError):
            await client.for_workspace("not-mine").lead_lists.list().first_page()


def test_workspace_ids_and_switches_are_checked() -> None:
    client = AsyncInstantly("k", rate_limiter=NoRateLimiter())
    for bad in ("", "  ", None, 7):
        with pytest.raises(ValueError, match="workspace_id"):
            client.for_workspace(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="as_workspace"):
        client.with_options(as_workspace="")
    with pytest.raises(ValueError, match="workspace_budgets"):
        AsyncInstantly("k", workspace_budgets="pooled")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="concurrency"):
        client.across_workspaces(["a"], lambda c: asyncio.sleep(0), concurrency=0)
    with pytest.raises(ValueError, match="repeat"):
        client.across_workspaces(["a", "a"], lambda c: asyncio.sleep(0))


async def test_each_workspace_draws_from_its_own_budget(agency: FakeInstantly) -> None:
    async with AsyncInstantly(
        agency.api_key, base_url=agency.base_url, rate_limiter=tight_limiter(), timeout=1.0
    ) as client:
        for view in (client, client.for_workspace("ws-a"), client.for_workspace("ws-b")):
            for _ in range(2):
                await view.lead_lists.list().first_page()
            with pytest.raises(errors.APITimeoutError, match="rate limiter"):
                await view.lead_lists.list().first_page()
        limiter = client.rate_limiter
        assert isinstance(limiter, InMemoryRateLimiter)
        assert limiter.for_workspace("ws-a") is limiter.for_workspace("ws-a")
        assert limiter.for_workspace("ws-a") is not limiter.for_workspace("ws-b")


async def test_one_shared_budget_when_the_api_counts_workspaces_together(
    agency: FakeInstantly,
) -> None:
    async with AsyncInstantly(
        agency.api_key,
        base_url=agency.base_url,
        rate_limiter=tight_limiter(),
        timeout=1.0,
        workspace_budgets="shared",
    ) as client:
        await client.lead_lists.list().first_page()
        await client.for_workspace("ws-a").lead_lists.list().first_page()
        with pytest.raises(errors.APITimeoutError, match="rate limiter"):
            await client.for_workspace("ws-b").lead_lists.list().first_page()


async def test_across_workspaces_yields_every_result_and_isolates_failures(
    agency: FakeInstantly,
) -> None:
    running = 0
    most = 0

    async def count_lists(view: AsyncInstantly) -> int:
        nonlocal running, most
        running += 1
        most = max(most, running)
        try:
            await asyncio.sleep(0.01)
            return len([row async for row in view.lead_lists.list()])
        finally:
            running -= 1

    ids = [*WORKSPACES, "not-mine"]
    async with AsyncInstantly(
        agency.api_key, base_url=agency.base_url, rate_limiter=NoRateLimiter()
    ) as client:
        await client.for_workspace("ws-b").lead_lists.create(name="B")
        results = {
            workspace_id: result
            async for workspace_id, result in client.across_workspaces(
                ids, count_lists, concurrency=2
            )
        }
    assert set(results) == set(ids)
    assert {k: results[k] for k in WORKSPACES} == {"ws-a": 0, "ws-b": 1, "ws-c": 0}
    assert isinstance(results["not-mine"], errors.PermissionDeniedError)
    assert most == 2


async def test_leaving_across_workspaces_early_cancels_the_rest(agency: FakeInstantly) -> None:
    started: list[str] = []
    cancelled: list[str] = []

    async def slow(view: AsyncInstantly) -> str:
        assert view.workspace_id is not None
        started.append(view.workspace_id)
        try:
            await asyncio.sleep(0 if view.workspace_id == "ws-a" else 30)
        except asyncio.CancelledError:
            cancelled.append(view.workspace_id)
            raise
        return view.workspace_id

    async with AsyncInstantly(agency.api_key, base_url=agency.base_url) as client:
        fan_out = client.across_workspaces(WORKSPACES, slow, concurrency=3)
        async for workspace_id, result in fan_out:
            assert (workspace_id, result) == ("ws-a", "ws-a")
            break
        await fan_out.aclose()
    assert sorted(cancelled) == ["ws-b", "ws-c"]


@pytest.mark.skipif(REDIS_SERVER_BINARY is None, reason="redis-server is not installed")
async def test_redis_keeps_a_budget_per_workspace() -> None:
    from instantly_async import RedisRateLimiter

    with RedisServer() as server:
        limiter = RedisRateLimiter(
            server.url, key=f"agency-{uuid.uuid4().hex}", rates=[Rate(1, 30.0)], fallback="raise"
        )
        try:
            child = limiter.for_workspace("ws-a")
            assert limiter.for_workspace("ws-a") is child
            assert child.key_for(None) != limiter.key_for(None)
            assert "ws-a" not in child.key_for(None)  # only a digest reaches Redis
            await limiter.acquire(max_wait=0)
            await child.acquire(max_wait=0)  # its own budget: still free
            await limiter.for_workspace("ws-b").acquire(max_wait=0)
        finally:
            await limiter.aclose()
        assert child._closed
