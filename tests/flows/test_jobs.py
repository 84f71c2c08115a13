"""Waiting for background jobs, email verifications and OAuth sessions (real local server)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, NoRateLimiter, errors, models
from tests.support.local_server import LocalServer

JOB_ID = "6745a1b2c3d4e5f6a7b8c9d0"


def job(status: str, progress: int) -> dict[str, Any]:
    return {
        "id": JOB_ID,
        "workspace_id": "w",
        "type": "move-leads",
        "progress": progress,
        "status": status,
        "created_at": "2026-01-01T00:00:00.000Z",
        "updated_at": "2026-01-01T00:00:01.000Z",
        "data": {"moved_lead_emails": ["a@b.co"]},
    }


@pytest.fixture
async def client(server: LocalServer) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly("k", base_url=server.base_url, rate_limiter=NoRateLimiter()) as c:
        yield c


def script(server: LocalServer, answers: list[dict[str, Any]]) -> None:
    states = iter(answers)
    last: list[dict[str, Any]] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.method == "POST":  # the call that starts the job
            return web.json_response(job("pending", 0))
        last[:] = [next(states, last[0] if last else answers[-1])]
        return web.json_response(last[0])

    server.handler = handler


WAIT = {"poll_interval": 0.01, "max_poll_interval": 0.02}


async def test_wait_returns_the_successful_job_and_reports_progress(
    server: LocalServer, client: AsyncInstantly
) -> None:
    script(
        server,
        [job("pending", 0), job("in-progress", 40), job("draining", 90), job("success", 100)],
    )
    progress: list[tuple[str, float]] = []
    done = await client.background_jobs.wait(
        JOB_ID, on_progress=lambda j: progress.append((str(j.status), j.progress)), **WAIT
    )
    assert isinstance(done, models.BackgroundJob) and done.status == "success"
    assert progress == [("pending", 0), ("in-progress", 40), ("draining", 90), ("success", 100)]
    assert done.data.moved_lead_emails == ["a@b.co"]


async def test_unknown_statuses_count_as_running(
    server: LocalServer, client: AsyncInstantly
) -> None:
    script(server, [job("queued-somewhere-new", 10), job("success", 100)])
    done = await client.background_jobs.wait(JOB_ID, **WAIT)
    assert done.status == "success"
    assert server.count("GET", f"/api/v2/background-jobs/{JOB_ID}") == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [
        ("failed", errors.BackgroundJobFailedError),
        ("cancelled", errors.BackgroundJobCancelledError),
    ],
)
async def test_failed_and_cancelled_jobs_raise_with_the_job(
    server: LocalServer, client: AsyncInstantly, status: str, error: type[errors.BackgroundJobError]
) -> None:
    script(server, [job("in-progress", 10), job(status, 50)])
    with pytest.raises(error) as info:
        await client.background_jobs.wait(JOB_ID, **WAIT)
    assert info.value.job.id == JOB_ID and info.value.job.status == status


async def test_timeout_raises_with_the_last_state(
    server: LocalServer, client: AsyncInstantly
) -> None:
    script(server, [job("in-progress", 10)])
    with pytest.raises(errors.BackgroundJobTimeoutError) as info:
        await client.background_jobs.wait(JOB_ID, timeout=0.1, **WAIT)
    assert info.value.job.progress == 10


async def test_waiting_is_cancellation_safe(server: LocalServer, client: AsyncInstantly) -> None:
    script(server, [job("in-progress", 10)])
    task = asyncio.ensure_future(client.background_jobs.wait(JOB_ID, **WAIT))
    while server.count("GET", f"/api/v2/background-jobs/{JOB_ID}") < 2:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    polls = server.count("GET", f"/api/v2/background-jobs/{JOB_ID}")
    await asyncio.sleep(0.1)
    assert server.count("GET", f"/api/v2/background-jobs/{JOB_ID}") == polls  # nothing left polling


async def test_job_starting_operations_wait_in_one_step(
    server: LocalServer, client: AsyncInstantly
) -> None:
    script(server, [job("in-progress", 50), job("success", 100)])
    started = await client.leads.move(ids=["l1"], to_campaign_id="c2")
    assert started.status == "pending"
    script(server, [job("in-progress", 50), job("success", 100)])
    finished = await client.leads.move(ids=["l1"], to_campaign_id="c2", wait=True)
    assert finished.status == "success"
    script(server, [job("success", 100)])
    warmed = await client.accounts.enable_warmup(emails=["a@b.co"], wait=True)
    assert warmed.status == "success"


async def test_wait_validates_its_arguments(client: AsyncInstantly) -> None:
    with pytest.raises(ValueError, match="job must be a non-empty id"):
        await client.background_jobs.wait("")
    with pytest.raises(ValueError, match="poll_interval"):
        await client.background_jobs.wait(JOB_ID, poll_interval=0)


async def test_email_verification_polls_until_final(
    server: LocalServer, client: AsyncInstantly
) -> None:
    answers = iter(["pending", "pending", "verified"])

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {"email": "a+b@c.co", "verification_status": next(answers), "status": "success"}
        )

    server.handler = handler
    result = await client.email_verifications.wait("a+b@c.co", **WAIT)
    assert result.verification_status == "verified"
    assert server.count("GET", "/api/v2/email-verification/a+b@c.co") == 3


async def test_oauth_session_polls_until_final(server: LocalServer, client: AsyncInstantly) -> None:
    answers = iter(["pending", "expired"])

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response({"status": next(answers)})

    server.handler = handler
    state = await client.oauth.wait_for_session("sess-1", **WAIT)
    assert state.status == "expired"
