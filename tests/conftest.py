from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import aiohttp
import pytest
import pytest_asyncio

from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async.testing import FakeInstantly
from tests.support import BASE, KEY
from tests.support.local_server import LocalServer
from tests.support.manual_loop import ManualClockLoop

if TYPE_CHECKING:
    from aioresponses import aioresponses


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that mocks through aioresponses, so the newest-aiohttp session (where
    aioresponses cannot build responses) can leave exactly those out: -m "not aioresponses"."""
    for item in items:
        if "mocked" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.aioresponses)


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    """A raw local aiohttp server whose answers each test scripts: for broken HTTP only."""
    async with LocalServer() as local:
        yield local


@pytest.fixture
def manual_loop() -> Iterator[ManualClockLoop]:
    """An event loop whose clock only moves when the test moves it (`loop.now`)."""
    loop = ManualClockLoop()
    try:
        yield loop
    finally:
        loop.close()


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    """aioresponses: the client's requests are intercepted in aiohttp and answered as scripted."""
    from aioresponses import aioresponses

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
