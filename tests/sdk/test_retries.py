"""Retries that never duplicate writes, Retry-After, deadlines: against FakeInstantly's faults.

No wall-clock assertions beyond generous bounds: the tests check what reached the server, what
it stored, and what the pipeline decided (through its hooks)."""

from __future__ import annotations

import asyncio
import socket
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import pytest

from instantly_async import AsyncInstantly, InMemoryRateLimiter, NoRateLimiter, Rate, errors
from instantly_async.events import Event, RateLimitWaitEvent, RequestEvent, RetryEvent
from instantly_async.testing import FakeInstantly


def make_client(
    fake: FakeInstantly, events: list[Event] | None = None, **kwargs: Any
) -> AsyncInstantly:
    kwargs.setdefault("rate_limiter", NoRateLimiter())
    kwargs.setdefault("attempt_timeout", 2.0)
    return AsyncInstantly(
        fake.api_key,
        base_url=fake.base_url,
        hooks=[events.append] if events is not None else [],
        **kwargs,
    )


def fast(client: AsyncInstantly) -> AsyncInstantly:
    return client.with_options(backoff_base=0.01, backoff_max=0.05)


def creates(fake: FakeInstantly) -> int:
    return len(fake.requests_for("createLead"))


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ({"status": 502}, errors.InternalServerError),
        ({"delay": 5.0}, errors.APITimeoutError),
        ({"drop": True}, errors.APIConnectionError),
    ],
    ids=["502", "timeout", "drop"],
)
async def test_a_create_whose_fate_is_unknown_is_sent_exactly_once(
    fake: FakeInstantly, fault: dict[str, Any], error: type[Exception]
) -> None:
    fake.inject("createLead", apply=True, **fault)  # the server stores the lead, then fails
    async with make_client(fake, attempt_timeout=0.5) as client:
        with pytest.raises(error):
            await fast(client).leads.create(email="a@b.co")
    assert creates(fake) == 1
    assert [lead["email"] for lead in fake.state.leads.values()] == ["a@b.co"]


async def test_opting_in_retries_an_ambiguous_create(fake: FakeInstantly) -> None:
    fake.inject("createLead", status=502)  # not stored: here a repeat is what the caller wants
    async with make_client(fake) as client:
        lead = await fast(client).with_options(retry_ambiguous=True).leads.create(email="a@b.co")
    assert fake.state.leads[lead.id]["email"] == "a@b.co"
    assert creates(fake) == 2


async def test_gets_ride_out_a_burst_of_503s(fake: FakeInstantly) -> None:
    ids = [str(fake.seed_lead(email=f"lead{i}@example.com")["id"]) for i in range(200)]
    burst = fake.inject("getLead", status=503, times=60)
    async with make_client(fake, max_retries=8) as client:
        leads = await asyncio.gather(*(fast(client).leads.get(i) for i in ids))
    assert [lead.id for lead in leads] == ids
    assert burst.hits == 60  # the faults really happened
    assert len(fake.requests_for("getLead")) == 260


async def test_a_timed_out_get_is_retried(fake: FakeInstantly) -> None:
    lead = fake.seed_lead(email="a@b.co")
    fake.inject("getLead", delay=5.0)
    async with make_client(fake, attempt_timeout=0.3) as client:
        got = await fast(client).leads.get(lead["id"])
    assert got.email == "a@b.co" and len(fake.requests_for("getLead")) == 2


async def test_final_errors_are_not_retried(fake: FakeInstantly) -> None:
    fake.inject("getLead", status=400, body={"message": "params/id must match format"})
    async with make_client(fake) as client:
        with pytest.raises(errors.BadRequestError, match="must match format"):
            await client.leads.get("l1")
    assert len(fake.requests) == 1


@pytest.mark.parametrize("header", ["seconds", "http-date"])
async def test_retry_after_is_honoured(fake: FakeInstantly, header: str) -> None:
    events: list[Event] = []
    when = (
        "1"
        if header == "seconds"
        else format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2), usegmt=True)
    )
    fake.inject("createLead", status=429, headers={"Retry-After": when})
    async with make_client(fake, events) as client:
        await client.leads.create(email="a@b.co")  # a 429 was not applied: safe even for a create
    (retry,) = [e for e in events if isinstance(e, RetryEvent)]
    assert retry.reason == "status 429"
    assert 0.5 <= retry.wait <= 2.0
    first, second = fake.requests_for("createLead")
    assert second.received_at - first.received_at >= retry.wait
    assert any(isinstance(e, RateLimitWaitEvent) and e.source == "server" for e in events)
    assert len(fake.state.leads) == 1


async def test_a_server_wait_beyond_the_deadline_raises_at_once(fake: FakeInstantly) -> None:
    fake.inject("getLead", status=429, retry_after=30, times=None)
    async with make_client(fake, timeout=2.0) as client:
        with pytest.raises(errors.RateLimitError) as info:
            await client.leads.get("l1")
    assert info.value.retry_after == 30
    assert len(fake.requests) == 1


async def test_the_deadline_covers_every_attempt_and_wait(fake: FakeInstantly) -> None:
    events: list[Event] = []
    fake.inject("getLead", status=503, delay=0.2, times=None)
    async with make_client(fake, events, timeout=1.0, max_retries=50) as client:
        with pytest.raises((errors.InternalServerError, errors.APITimeoutError)):
            await client.with_options(backoff_base=0.1, backoff_max=0.3).leads.get("l1")
    attempts = [e for e in events if isinstance(e, RequestEvent)]
    assert 2 <= len(attempts) < 10  # far fewer than max_retries allowed: the deadline stopped it


async def test_connection_refused_is_retried_even_for_a_create(unused_tcp_port: int) -> None:
    events: list[Event] = []
    async with AsyncInstantly(
        "k",
        base_url=f"http://127.0.0.1:{unused_tcp_port}",
        rate_limiter=NoRateLimiter(),
        max_retries=3,
        hooks=[events.append],
    ) as client:
        with pytest.raises(errors.APIConnectionError, match="could not connect"):
            await fast(client).leads.create(email="a@b.co")
    assert len([e for e in events if isinstance(e, RequestEvent)]) == 4


async def test_a_429_pauses_every_task_sharing_the_limiter(fake: FakeInstantly) -> None:
    ids = [str(fake.seed_lead(email=f"lead{i}@example.com")["id"]) for i in range(60)]
    fake.inject("getLead", status=429, retry_after=1)
    limiter = InMemoryRateLimiter([Rate(1000, 1.0)])
    async with make_client(fake, rate_limiter=limiter) as client:

        async def one(i: int) -> None:
            await asyncio.sleep(0.01 * i)  # spread the tasks over the pause
            await client.leads.get(ids[i])

        await asyncio.gather(*(one(i) for i in range(60)))
    arrivals = fake.requests_for("getLead")
    assert arrivals[0].status == 429
    pause_start = arrivals[0].received_at
    during = [r for r in arrivals[1:] if pause_start + 0.2 < r.received_at < pause_start + 0.9]
    assert during == []
    assert len(arrivals) == 61


@pytest.fixture
def unused_tcp_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
