"""The SDK's flows against FakeInstantly: the stateful fake server that ships with the package."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from instantly_async import AsyncInstantly, InMemoryRateLimiter, NoRateLimiter, errors, models
from instantly_async.events import Event, RateLimitWaitEvent, RetryEvent
from instantly_async.testing import FakeInstantly, RateLimits

SCHEDULE = {
    "schedules": [
        {
            "name": "Office hours",
            "timing": {"from": "09:00", "to": "17:00"},
            "days": {"1": True, "2": True},
            "timezone": "America/Chicago",
        }
    ]
}


@pytest.fixture
async def client(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as c:
        yield c.with_options(backoff_base=0.01, backoff_max=0.05)


async def test_campaign_import_walk_move_and_wait(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    campaign = await client.campaigns.create(name="Q3", campaign_schedule=SCHEDULE)
    assert campaign.status == models.CampaignStatus.DRAFT
    await client.campaigns.activate(campaign.id)
    assert (await client.campaigns.get(campaign.id)).status == models.CampaignStatus.ACTIVE

    leads = ({"email": f"p{i}@example.com", "custom_variables": {"i": i}} for i in range(1_234))
    report = await client.leads.add_many(leads, campaign_id=campaign.id, skip_if_in_workspace=True)
    assert report.ok and report.leads_uploaded == 1_234 and report.chunks_done == 2

    again = await client.leads.add_many(
        [{"email": "p1@example.com"}], campaign_id=campaign.id, skip_if_in_workspace=True
    )
    assert again.leads_uploaded == 0 and again.skipped_count == 1

    walked = [lead async for lead in client.leads.list(campaign=campaign.id, limit=100)]
    assert len(walked) == 1_234 and len({lead.id for lead in walked}) == 1_234
    assert all(isinstance(lead, models.Lead) for lead in walked)

    target = await client.lead_lists.create(name="Moved")
    job = await client.leads.move(ids=[walked[0].id, walked[1].id], to_list_id=target.id, wait=True)
    assert job.status == "success"
    moved = [lead async for lead in client.leads.list(list_id=target.id)]
    assert {lead.id for lead in moved} == {walked[0].id, walked[1].id}


async def test_accounts_by_email_pause_resume_and_warmup(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    fake.seed_account("ada+sales@example.com", first_name="Ada", last_name="L")
    paused = await client.accounts.pause("ada+sales@example.com")
    assert paused.status == models.AccountStatus.PAUSED
    resumed = await client.accounts.resume("ada+sales@example.com")
    assert resumed.status == models.AccountStatus.ACTIVE
    job = await client.accounts.enable_warmup(emails=["ada+sales@example.com"])
    await client.background_jobs.wait(job, poll_interval=0.01)
    account = await client.accounts.get("ada+sales@example.com")
    assert account.warmup_status == models.AccountWarmupStatus.ACTIVE
    emails = [a.email async for a in client.accounts.list(limit=1)]
    assert "ada+sales@example.com" in emails


async def test_failed_job_raises_with_the_job(fake: FakeInstantly, client: AsyncInstantly) -> None:
    fake.settings.job_outcome = "failed"
    fake.seed_account("a@example.com", first_name="A", last_name="B")
    with pytest.raises(errors.BackgroundJobFailedError) as info:
        await client.accounts.disable_warmup(emails=["a@example.com"], wait=True)
    assert info.value.job.status == "failed"


async def test_verification_goes_from_pending_to_final(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    fake.settings.verification_polls = 2
    started = await client.email_verifications.create(email="check@example.com")
    assert started.verification_status == "pending"
    final = await client.email_verifications.wait("check@example.com", poll_interval=0.01)
    assert final.verification_status != "pending"


@pytest.mark.parametrize("style", ["omit", "null", "empty_page"])
async def test_every_last_page_style_ends_the_walk(style: str) -> None:
    async with FakeInstantly(rate_limits=False, last_page_style=style) as fake:
        for i in range(25):
            fake.seed_campaign(name=f"C{i}")
        async with AsyncInstantly(
            fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
        ) as client:
            names = [c.name async for c in client.campaigns.list(limit=10)]
    assert sorted(names) == sorted(f"C{i}" for i in range(25))


async def test_a_create_answered_502_after_applying_is_not_duplicated(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    fake.inject("createLead", status=502, apply=True)
    with pytest.raises(errors.InternalServerError):
        await client.leads.create(email="once@example.com")
    assert len(fake.requests_for("createLead")) == 1
    assert [lead["email"] for lead in fake.state.leads.values()] == ["once@example.com"]


async def test_a_create_that_times_out_is_not_repeated(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    fake.inject("createCampaign", delay=2.0, apply=True)
    with pytest.raises(errors.APITimeoutError):
        await client.with_options(attempt_timeout=0.3).campaigns.create(
            name="Once", campaign_schedule=SCHEDULE
        )
    assert len(fake.requests_for("createCampaign")) == 1


async def test_reads_ride_out_dropped_connections_and_5xx(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    campaign = fake.seed_campaign(name="Steady")
    fake.inject("getCampaign", drop=True)
    fake.inject("getCampaign", status=503, times=2)
    got = await client.campaigns.get(campaign["id"])
    assert got.name == "Steady" and len(fake.requests_for("getCampaign")) == 4


async def test_a_429_storm_with_and_without_retry_after(fake: FakeInstantly) -> None:
    events: list[Event] = []
    fake.seed_campaign(name="C")
    async with AsyncInstantly(
        fake.api_key,
        base_url=fake.base_url,
        rate_limiter=InMemoryRateLimiter(),
        hooks=[events.append],
        max_retries=10,
    ) as client:
        fake.inject(None, status=429, retry_after=0.2, times=3)
        fake.inject(None, status=429, times=3)
        pages = await asyncio.gather(
            *(
                client.with_options(backoff_base=0.05).campaigns.list().first_page()
                for _ in range(5)
            )
        )
    assert all(page.items for page in pages)
    assert fake.rate_limited_count == 0  # injected 429s are faults, not the limiter's
    assert sum(isinstance(e, RetryEvent) and e.reason == "status 429" for e in events) == 6
    assert any(
        isinstance(e, RateLimitWaitEvent) and e.source == "server" and e.wait == 0.2 for e in events
    )


async def test_errors_inside_200_and_undeclared_data(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    fake.inject("sendTestEmail", body={"error": "ACC_AUTH_ERROR"})
    with pytest.raises(errors.APIStatusError, match="ACC_AUTH_ERROR"):
        await client.emails.send_test(
            eaccount="a@example.com",
            to_address_email_list="b@example.com",
            subject="s",
            body={"text": "hi"},
        )
    lead = fake.seed_lead(email="odd@example.com")
    fake.inject("getLead", extra_fields={"brand_new": 1}, unknown_enums=True)
    got = await client.leads.get(lead["id"])
    assert got.additional_properties["brand_new"] == 1
    assert got.email == "odd@example.com"


async def test_auth_and_scopes_map_to_typed_errors(fake: FakeInstantly) -> None:
    fake.add_api_key("read-only", scopes=["campaigns:read"])
    async with AsyncInstantly(
        "read-only", base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as client:
        await client.campaigns.list().first_page()
        with pytest.raises(errors.PermissionDeniedError):
            await client.campaigns.create(name="x", campaign_schedule=SCHEDULE)
    async with AsyncInstantly(
        "wrong", base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as client:
        with pytest.raises(errors.AuthenticationError):
            await client.campaigns.list().first_page()


async def test_server_side_validation_errors_name_the_field(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    bad = {"schedules": [dict(SCHEDULE["schedules"][0], timezone="Mars/Olympus_Mons")]}
    with pytest.raises(errors.BadRequestError, match="timezone"):
        await client.campaigns.create(name="x", campaign_schedule=bad)


@pytest.mark.slow  # 40 s of real time at 100/s, and a busy machine can bunch arrivals
async def test_4000_calls_from_500_tasks_stay_inside_100_per_second() -> None:
    """The workspace budget: the server enforces 100/s (and 6,000/min) and counts what it
    granted; the SDK's default limiter must keep every one of 4,000 calls inside it."""
    async with FakeInstantly(rate_limits=RateLimits(per_second=100, per_minute=6000)) as fake:
        campaign = fake.seed_campaign(name="Hot")
        events: list[Event] = []
        async with AsyncInstantly(
            fake.api_key, base_url=fake.base_url, hooks=[events.append]
        ) as client:
            queue: asyncio.Queue[int] = asyncio.Queue()
            for i in range(4_000):
                queue.put_nowait(i)

            async def worker() -> int:
                done = 0
                while not queue.empty():
                    queue.get_nowait()
                    got = await client.campaigns.get(campaign["id"])
                    assert got.id == campaign["id"]
                    done += 1
                return done

            done = await asyncio.gather(*(worker() for _ in range(500)))
        assert sum(done) == 4_000
        # Zero 429s is proven in simulated time (tests/ratelimit/test_schedule.py) and measured
        # by benchmarks/budget.py; against the wall clock a busy machine can bunch arrivals, so
        # this keeps a generous bound that a limiter off by even 10% would break many times over.
        assert fake.rate_limited_count <= 40
        assert fake.max_requests_in_window(1.0) <= 100
