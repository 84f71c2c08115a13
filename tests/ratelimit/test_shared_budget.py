"""Two worker processes, each with its own AsyncInstantly, share one workspace budget through a
real Redis server: together they stay inside it, measured by the server they both call."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Iterator

import pytest

from instantly_async.testing import FakeInstantly, RateLimits
from tests.support.redis_server import REDIS_SERVER_BINARY, RedisServer

pytestmark = [
    pytest.mark.skipif(REDIS_SERVER_BINARY is None, reason="redis-server is not installed"),
    pytest.mark.slow,  # real processes and seconds of wall clock
]

PER_SECOND = 40
CALLS_PER_WORKER = 120


def worker(
    base_url: str, api_key: str, redis_url: str, campaign_id: str, results: multiprocessing.Queue
) -> None:
    from instantly_async import AsyncInstantly, Rate, RedisRateLimiter
    from instantly_async.events import RetryEvent

    async def run() -> tuple[int, int]:
        retries: list[object] = []
        limiter = RedisRateLimiter(
            redis_url, key="workspace-under-test", rates=[Rate(PER_SECOND, 1.0)]
        )
        async with AsyncInstantly(
            api_key,
            base_url=base_url,
            rate_limiter=limiter,
            hooks=[lambda e: retries.append(e) if isinstance(e, RetryEvent) else None],
        ) as client:

            async def one() -> None:
                await client.campaigns.get(campaign_id)

            await asyncio.gather(*(one() for _ in range(CALLS_PER_WORKER)))
        await limiter.aclose()
        return CALLS_PER_WORKER, len(retries)

    results.put(asyncio.run(run()))


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


@pytest.mark.slow  # two processes pacing against a real server in real time
async def test_two_processes_stay_within_one_budget(redis: RedisServer) -> None:
    async with FakeInstantly(
        rate_limits=RateLimits(per_second=PER_SECOND, per_minute=6000)
    ) as fake:
        campaign = fake.seed_campaign(name="Shared")
        context = multiprocessing.get_context("spawn")
        results: multiprocessing.Queue = context.Queue()
        processes = [
            context.Process(
                target=worker,
                args=(fake.base_url, fake.api_key, redis.url, campaign["id"], results),
            )
            for _ in range(2)
        ]
        for process in processes:
            process.start()
        outcomes = []
        loop = asyncio.get_running_loop()
        for _ in processes:  # the fake answers on this loop while the workers run
            outcomes.append(await loop.run_in_executor(None, results.get, True, 120))
        for process in processes:
            await loop.run_in_executor(None, process.join, 30)
        assert [calls for calls, _ in outcomes] == [CALLS_PER_WORKER, CALLS_PER_WORKER]
        # Zero 429s is proven in simulated time (test_schedule.py) and measured by
        # benchmarks/budget.py; here a generous bound: two processes with a budget each
        # (not shared) would see about half their calls refused.
        assert fake.rate_limited_count <= CALLS_PER_WORKER // 5
        assert fake.max_requests_in_window(1.0) <= PER_SECOND
        assert len(fake.requests_for("getCampaign")) == 2 * CALLS_PER_WORKER
