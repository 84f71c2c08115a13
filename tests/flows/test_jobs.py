"""Waiting for background jobs, email verifications and OAuth sessions, against FakeInstantly.

The fake advances a job one step per poll (`job_polls`); statuses it never produces by itself
(cancelled, ones the SDK does not know) are scripted with `fake.inject(..., body=...)`: faults
fire oldest first, one per request, so several injections answer in order."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter, errors, models
from instantly_async.testing import FakeInstantly

WAIT = {"poll_interval": 0.01, "max_poll_interval": 0.02}


@pytest.fixture
async def client(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as c:
        yield c


@pytest.fixture
def lead_and_target(fake: FakeInstantly) -> tuple[str, str]:
    lead = fake.seed_lead(email="a@b.co", campaign=fake.seed_campaign(name="from")["id"])
    return str(lead["id"]), str(fake.seed_campaign(name="to")["id"])


@pytest.fixture
async def job_id(client: AsyncInstantly, lead_and_target: tuple[str, str]) -> str:
    """A pending lead-move job."""
    lead, target = lead_and_target
    job = await client.leads.move(ids=[lead], to_campaign_id=target)
    assert job.status == "pending"
    return job.id


def answer(fake: FakeInstantly, job_id: str, **fields: Any) -> None:
    """Script the next unanswered poll of the job."""
    fake.inject("getBackgroundJob", body={**fake.state.background_jobs[job_id], **fields})


def polls(fake: FakeInstantly) -> int:
    return len(fake.requests_for("getBackgroundJob"))


async def test_wait_returns_the_successful_job_and_reports_progress(
    fake: FakeInstantly, client: AsyncInstantly, lead_and_target: tuple[str, str]
) -> None:
    fake.settings.job_polls = 4
    lead, target = lead_and_target
    job = await client.leads.move(ids=[lead], to_campaign_id=target)
    progress: list[tuple[str, float]] = []
    done = await client.background_jobs.wait(
        job.id, on_progress=lambda j: progress.append((str(j.status), j.progress)), **WAIT
    )
    assert isinstance(done, models.BackgroundJob) and done.status == "success"
    assert progress == [
        ("in-progress", 25),
        ("in-progress", 50),
        ("in-progress", 75),
        ("success", 100),
    ]
    assert fake.state.leads[lead]["campaign"] == target  # the job's effect happened


async def test_unknown_statuses_count_as_running(
    fake: FakeInstantly, client: AsyncInstantly, job_id: str
) -> None:
    answer(fake, job_id, status="queued-somewhere-new", progress=10)
    done = await client.background_jobs.wait(job_id, **WAIT)
    assert done.status == "success"
    assert polls(fake) == 3  # the scripted status, then the fake's two steps


async def test_a_failed_job_raises_with_the_job(
    fake: FakeInstantly, client: AsyncInstantly, job_id: str
) -> None:
    fake.state.job_runs[job_id].outcome = "failed"
    with pytest.raises(errors.BackgroundJobFailedError) as info:
        await client.background_jobs.wait(job_id, **WAIT)
    assert info.value.job.id == job_id and info.value.job.status == "failed"


async def test_a_cancelled_job_raises_with_the_job(
    fake: FakeInstantly, client: AsyncInstantly, job_id: str
) -> None:
    answer(fake, job_id, status="in-progress", progress=10)
    answer(fake, job_id, status="cancelled", progress=50)
    with pytest.raises(errors.BackgroundJobCancelledError) as info:
        await client.background_jobs.wait(job_id, **WAIT)
    assert info.value.job.id == job_id and info.value.job.status == "cancelled"


async def test_timeout_raises_with_the_last_state(
    fake: FakeInstantly, client: AsyncInstantly, job_id: str
) -> None:
    fake.state.job_runs[job_id].polls_needed = 10**9  # never finishes
    with pytest.raises(errors.BackgroundJobTimeoutError) as info:
        await client.background_jobs.wait(job_id, timeout=0.1, **WAIT)
    assert info.value.job.id == job_id and info.value.job.status == "in-progress"


async def test_waiting_is_cancellation_safe(
    fake: FakeInstantly, client: AsyncInstantly, job_id: str
) -> None:
    fake.state.job_runs[job_id].polls_needed = 10**9
    task = asyncio.ensure_future(client.background_jobs.wait(job_id, **WAIT))
    while polls(fake) < 2:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    seen = polls(fake)
    await asyncio.sleep(0.1)
    assert polls(fake) == seen  # nothing left polling


async def test_job_starting_operations_wait_in_one_step(
    fake: FakeInstantly, client: AsyncInstantly, lead_and_target: tuple[str, str]
) -> None:
    fake.settings.job_polls = 1  # the first poll finds it done: no poll_interval to sit out
    lead, target = lead_and_target
    finished = await client.leads.move(ids=[lead], to_campaign_id=target, wait=True)
    assert finished.status == "success" and fake.state.leads[lead]["campaign"] == target
    fake.seed_account("ada@example.com")
    warmed = await client.accounts.enable_warmup(emails=["ada@example.com"], wait=True)
    assert warmed.status == "success" and len(fake.requests_for("getBackgroundJob")) == 2
    assert fake.state.accounts["ada@example.com"]["warmup_status"] == 1


async def test_wait_validates_its_arguments(fake: FakeInstantly, client: AsyncInstantly) -> None:
    with pytest.raises(ValueError, match="job must be a non-empty id"):
        await client.background_jobs.wait("")
    with pytest.raises(ValueError, match="poll_interval"):
        await client.background_jobs.wait("6745a1b2c3d4e5f6a7b8c9d0", poll_interval=0)
    assert fake.requests == []


async def test_email_verification_polls_until_final(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    fake.settings.verification_polls = 3
    started = await client.email_verifications.create(email="a+b@example.com")
    assert started.verification_status == "pending"
    result = await client.email_verifications.wait("a+b@example.com", **WAIT)
    assert result.verification_status != "pending"
    checks = fake.requests_for("checkVerificationStatus")
    assert len(checks) == 3 and {r.path_params["email"] for r in checks} == {"a+b@example.com"}


async def test_oauth_session_polls_until_final(fake: FakeInstantly, client: AsyncInstantly) -> None:
    fake.settings.oauth_polls = 3
    session = await client.oauth.init_google()
    state = await client.oauth.wait_for_session(session.session_id, **WAIT)
    assert state.status == "success"
    assert len(fake.requests_for("getOAuthSessionStatus")) == 3
    expiring = await client.oauth.init_google()
    fake.inject("getOAuthSessionStatus", body={"status": "expired"})
    state = await client.oauth.wait_for_session(expiring.session_id, **WAIT)
    assert state.status == "expired"
