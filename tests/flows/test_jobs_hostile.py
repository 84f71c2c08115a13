"""Every wait is a hard deadline, even when one poll hangs (issue 10, item 8)."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, NoRateLimiter, errors, models
from tests.support import KEY
from tests.support.local_server import LocalServer


async def test_a_hanging_poll_cannot_outlast_the_wait(server: LocalServer) -> None:
    polls = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal polls
        polls += 1
        if polls == 1:
            return web.json_response({"id": "j1", "status": "in-progress", "type": "move-leads"})
        await asyncio.sleep(60)  # the second poll never answers in time
        return web.json_response({"id": "j1", "status": "success"})

    server.handler = handler
    assert models.BackgroundJob  # imported before the clock starts: the import blocks the loop
    async with AsyncInstantly(KEY, base_url=server.base_url, rate_limiter=NoRateLimiter()) as c:
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(errors.BackgroundJobTimeoutError) as caught:
            await c.background_jobs.wait("j1", timeout=1.0, poll_interval=0.1)
        assert loop.time() - started < 5  # not the call's own 120 s timeout
        assert caught.value.job is not None and caught.value.job.status == "in-progress"
        verification = asyncio.ensure_future(c.email_verifications.wait("a@b.co", timeout=0.5))
        with pytest.raises(errors.PollTimeoutError):
            await asyncio.wait_for(verification, 5)


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), True])
async def test_a_wait_refuses_a_timeout_it_cannot_keep(timeout: float) -> None:
    async with AsyncInstantly(KEY, rate_limiter=NoRateLimiter()) as c:
        with pytest.raises(ValueError, match="timeout"):
            await c.background_jobs.wait("j1", timeout=timeout)
