"""Rate limits: the workspace windows, per-endpoint budgets from the spec, the 429 envelope,
Retry-After where the API documents it, and the grant log tests measure pacing with."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from instantly_async.testing import FakeInstantly, RateLimits
from instantly_async.testing._ratelimit import RateLimiter
from instantly_async.testing._spec import load_spec

TOO_MANY = {"statusCode": 429, "error": "Too Many Requests", "message": "Rate limit exceeded"}


async def statuses(
    fake: FakeInstantly, method: str, path: str, count: int, *, concurrent: bool = False
) -> list[int]:
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:

        async def one() -> int:
            async with http.request(method, path) as response:
                if response.status == 429:
                    assert await response.json() == TOO_MANY
                return response.status

        if concurrent:
            return list(await asyncio.gather(*(one() for _ in range(count))))
        return [await one() for _ in range(count)]


async def test_workspace_minute_window() -> None:
    async with FakeInstantly(rate_limits=RateLimits(per_second=None, per_minute=5)) as fake:
        codes = await statuses(fake, "GET", "/api/v2/campaigns", 8)
        assert codes == [200] * 5 + [429] * 3
        # The window is the workspace's: other endpoints are refused too.
        assert await statuses(fake, "GET", "/api/v2/lead-lists", 1) == [429]
        assert fake.rate_limited_count == 4
        assert len(fake.grant_times) == 5
        assert fake.max_requests_in_window(60) == 5
        assert [r.status for r in fake.requests] == [*codes, 429]


async def test_workspace_second_window() -> None:
    async with FakeInstantly(rate_limits=RateLimits(per_second=4, per_minute=None)) as fake:
        codes = await statuses(fake, "GET", "/api/v2/campaigns", 10, concurrent=True)
        assert codes.count(200) >= 4
        assert codes.count(429) >= 1
        assert fake.max_requests_in_window(1.0) <= 4
        assert fake.rate_limited_count == codes.count(429)


async def test_default_limits_include_the_emails_budget() -> None:
    async with FakeInstantly() as fake:
        codes = await statuses(fake, "GET", "/api/v2/emails", 21)
        assert codes == [200] * 20 + [429]
        assert await statuses(fake, "GET", "/api/v2/campaigns", 1) == [200]
        assert fake.max_requests_in_window(60, "listEmail") == 20


async def test_custom_endpoint_budgets_replace_the_spec() -> None:
    limits = RateLimits(endpoints={"listEmail": (2, 60), "sendTestEmail": (1, 60)})
    async with FakeInstantly(rate_limits=limits) as fake:
        assert await statuses(fake, "GET", "/api/v2/emails", 3) == [200, 200, 429]
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        body = {
            "eaccount": "a@b.co",
            "to_address_email_list": "c@d.co",
            "subject": "s",
            "body": {"html": "x"},
        }
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
            for expected in (200, 429):
                async with http.post("/api/v2/emails/test", json=body) as response:
                    assert response.status == expected
                    assert "Retry-After" not in response.headers


async def test_oauth_init_429_carries_retry_after() -> None:
    limits = RateLimits(endpoints={"initGoogleOAuth": (1, 30)})
    async with FakeInstantly(rate_limits=limits) as fake:
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
            async with http.post("/api/v2/oauth/google/init") as response:
                assert response.status == 200
            async with http.post("/api/v2/oauth/google/init") as response:
                assert response.status == 429
                assert await response.json() == TOO_MANY
                assert 1 <= int(response.headers["Retry-After"]) <= 30


async def test_limits_can_be_switched_off() -> None:
    async with FakeInstantly(rate_limits=False) as fake:
        codes = await statuses(fake, "GET", "/api/v2/emails", 30, concurrent=True)
        assert codes == [200] * 30
        assert fake.rate_limited_count == 0
        assert fake.max_requests_in_window(60) == 30


async def test_refused_requests_do_not_count_and_reset_forgets() -> None:
    async with FakeInstantly(rate_limits=RateLimits(per_second=None, per_minute=2)) as fake:
        assert await statuses(fake, "GET", "/api/v2/campaigns", 4) == [200, 200, 429, 429]
        assert len(fake.grant_times) == 2
        fake.reset()
        assert await statuses(fake, "GET", "/api/v2/campaigns", 1) == [200]
        assert fake.rate_limited_count == 0


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def test_windows_slide(clock: ManualClock) -> None:
    op = load_spec().by_id["listEmail"]  # x-rate-limit: 20 per 60 s
    limiter = RateLimiter(RateLimits(per_second=None, per_minute=None), clock=clock)
    # One request every 3 s is exactly 20/min: each one finds 19 grants in the last 60 s.
    for step in range(40):
        clock.now = 1000.0 + 3 * step
        assert limiter.acquire(op) is None
    assert limiter.max_in_window(60) == 20
    # One every 2.9 s is a little faster: the sliding window refuses some.
    refused = 0
    for step in range(40):
        clock.now = 2000.0 + 2.9 * step
        refused += limiter.acquire(op) is not None
    assert refused > 0
    assert limiter.max_in_window(60) == 20
    # A burst takes what is left of the budget, then waits for the oldest grant to expire.
    clock.now = 3000.0
    burst = [limiter.acquire(op) is None for _ in range(25)]
    assert burst.count(True) == 20
    rejection = limiter.acquire(op)
    assert rejection is not None
    assert rejection.window == "operation/listEmail"
    assert rejection.retry_after == pytest.approx(60.0)
    assert rejection.retry_after_header == "60"
    clock.now = 3060.0
    assert limiter.acquire(op) is None


def test_max_in_window(clock: ManualClock) -> None:
    op = load_spec().by_id["getCampaign"]
    limiter = RateLimiter(None, clock=clock)
    for t in (0.0, 0.1, 0.2, 1.05, 1.1, 5.0):
        clock.now = t
        assert limiter.acquire(op) is None
    assert limiter.max_in_window(1.0) == 3
    assert limiter.max_in_window(1.0, "getCampaign") == 3
    assert limiter.max_in_window(1.0, "listCampaign") == 0
    assert limiter.max_in_window(10.0) == 6
