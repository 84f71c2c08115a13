"""pytest fixtures for testing code that uses instantly-async against :class:`FakeInstantly`.

Registered through the ``pytest11`` entry point ``instantly_async``, so the fixtures are there
as soon as the package is installed:

* ``fake_instantly``: a started :class:`FakeInstantly` with default settings, one per test;
* ``instantly_client``: an ``AsyncInstantly`` client for that fake, opened with ``async with``.

To change the fake's settings, build your own fixture::

    @pytest.fixture
    async def fake_instantly():
        async with FakeInstantly(last_page_style="null", rate_limits=False) as fake:
            yield fake

The fixtures are async: they need pytest-asyncio (``asyncio_mode = "auto"`` or strict mode
both work). Without pytest-asyncio installed the plugin still loads, as plain fixtures.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

from ._server import FakeInstantly

if TYPE_CHECKING:
    from instantly_async import AsyncInstantly

_F = TypeVar("_F", bound=Callable[..., Any])


def _async_fixture(function: _F) -> _F:
    """``pytest_asyncio.fixture`` (works in strict and auto mode), or ``pytest.fixture`` when
    pytest-asyncio is missing: an installed plugin must never break a pytest run."""
    try:
        import pytest_asyncio
    except ImportError:
        return cast(_F, pytest.fixture(function))
    return cast(_F, pytest_asyncio.fixture(function))


@_async_fixture
async def fake_instantly() -> AsyncIterator[FakeInstantly]:
    """A running FakeInstantly, stopped after the test."""
    async with FakeInstantly() as fake:
        yield fake


@_async_fixture
async def instantly_client(fake_instantly: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    """An AsyncInstantly client bound to ``fake_instantly``."""
    from instantly_async import AsyncInstantly

    async with AsyncInstantly(
        api_key=fake_instantly.api_key, base_url=fake_instantly.base_url
    ) as client:
        yield client
