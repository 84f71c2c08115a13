from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import aiohttp
import pytest
import pytest_asyncio
from aioresponses import aioresponses

from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async.testing import FakeInstantly
from tests.support import BASE, KEY
from tests.support.local_server import LocalServer


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    """A real local aiohttp server whose answers each test scripts."""
    async with LocalServer() as local:
        yield local


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    with aioresponses() as mock:
        yield mock


@pytest.fixture
async def client() -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(KEY, base_url=BASE, rate_limiter=NoRateLimiter(), max_retries=0) as c:
        yield c


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeInstantly]:
    """A fake server without rate limits (modules that test other settings override it)."""
    async with FakeInstantly(rate_limits=False) as server:
        yield server


@pytest_asyncio.fixture
async def http(fake: FakeInstantly) -> AsyncIterator[aiohttp.ClientSession]:
    """A bare aiohttp session authenticated against `fake`, for protocol-level tests."""
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as session:
        yield session
