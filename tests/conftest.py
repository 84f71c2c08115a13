from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aioresponses import aioresponses

from instantly_async import AsyncInstantly, NoRateLimiter

BASE = "https://api.test.instantly.invalid"
KEY = "test-key-0123456789"


@pytest.fixture
def mocked() -> aioresponses:
    with aioresponses() as mock:
        yield mock


@pytest.fixture
async def client() -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(KEY, base_url=BASE, rate_limiter=NoRateLimiter(), max_retries=0) as c:
        yield c
