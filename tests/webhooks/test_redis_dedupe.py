"""Two receivers (two workers behind a load balancer) sharing one Redis dispatch an event once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async.testing import FakeInstantly
from instantly_async.webhooks import RedisDedupe, WebhookEvent, WebhookReceiver
from tests.support.redis_server import REDIS_SERVER_BINARY, RedisServer
from tests.support.webhook_servers import serve

pytestmark = pytest.mark.skipif(REDIS_SERVER_BINARY is None, reason="redis-server is not installed")

SECRET = "shared"


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


@pytest.fixture
async def stores(redis_server: RedisServer) -> AsyncIterator[list[RedisDedupe]]:
    made = [RedisDedupe(redis_server.url, prefix="test:") for _ in range(2)]
    yield made
    for store in made:
        await store.aclose()


async def test_two_receivers_sharing_redis_dispatch_each_event_once(
    fake: FakeInstantly, stores: list[RedisDedupe]
) -> None:
    seen: list[tuple[str, WebhookEvent]] = []
    receivers = []
    for name, store in zip(("a", "b"), stores, strict=True):
        receiver = WebhookReceiver(secrets=[SECRET], dedupe=store)
        receiver.on_any(lambda event, name=name: seen.append((name, event)))
        receivers.append(receiver)
    async with (
        serve("aiohttp", receivers[0]) as first,
        serve("asgi", receivers[1]) as second,
        AsyncInstantly(fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()) as api,
    ):
        # Both workers subscribed: every event reaches both at the same time.
        for url in (first, second):
            await api.webhooks.ensure(
                url, event_types=["reply_received"], headers={"X-Instantly-Secret": SECRET}
            )
        deliveries = await fake.emit("reply_received", lead_email="a@example.com", duplicate=True)
        await fake.emit("reply_received", lead_email="b@example.com")
    assert [d.status_code for d in deliveries] == [200] * 4
    assert sorted(event.lead_email or "" for _, event in seen) == ["a@example.com", "b@example.com"]


async def test_a_claim_is_atomic_and_a_release_lets_a_retry_through(
    stores: list[RedisDedupe],
) -> None:
    a, b = stores
    results = await asyncio.gather(*(store.claim("k") for store in (a, b, a, b)))
    assert sorted(results) == [False, False, False, True]
    await a.release("k")
    assert await b.claim("k")
    await b.confirm("k")
    assert not await a.claim("k")


def test_redis_dedupe_rejects_what_is_not_a_url_or_async_client() -> None:
    with pytest.raises(TypeError, match="redis_url_or_client"):
        RedisDedupe(42)  # type: ignore[arg-type]
