"""Bulk lead import against FakeInstantly: streaming, chunking, bounded concurrency, exact failure
reports, and retries that the API's de-duplication makes safe.

Chunks are 40 leads here (`chunk_size=CHUNK`; the API's cap and the default is 1,000): the fake
checks every lead against the whole workspace for duplicates, so its cost grows with the square
of the leads imported, and what is tested (chunking, order, accounting) does not depend on size."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from instantly_async import AsyncInstantly, BulkAddReport, NoRateLimiter, errors
from instantly_async.errors import BulkAddError
from instantly_async.events import Event, RequestEvent, ResponseEvent
from instantly_async.testing import FakeInstantly

CHUNK = 40


@pytest.fixture
async def client(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as c:
        yield c


@pytest.fixture
def campaign(fake: FakeInstantly) -> str:
    return str(fake.seed_campaign(name="Q3")["id"])


def leads(n: int, start: int = 0) -> Iterator[dict[str, Any]]:
    for i in range(start, start + n):
        yield {"email": f"lead{i}@example.com", "first_name": f"F{i}", "custom_variables": {"n": i}}


def sent_chunks(fake: FakeInstantly) -> list[dict[str, Any]]:
    return [r.json for r in fake.requests_for("bulkAddLeads")]


async def test_25_chunks_with_one_failing_chunk_reported_precisely(
    fake: FakeInstantly, campaign: str
) -> None:
    # One lead per chunk is already in a campaign (skipped), and chunk 7 holds a lead the API
    # refuses (a number where a string belongs): that whole chunk is refused before sending.
    for chunk in range(25):
        if chunk != 7:
            fake.seed_lead(email=f"lead{chunk * CHUNK + 1}@example.com", campaign=campaign)
    rows = list(leads(25 * CHUNK))
    rows[7 * CHUNK + 3] = {**rows[7 * CHUNK + 3], "first_name": 3}
    fake.inject("bulkAddLeads", delay=0.005, times=None)  # so that chunks overlap in flight
    in_flight = peak = 0

    def count(event: Event) -> None:
        nonlocal in_flight, peak
        if isinstance(event, RequestEvent):
            in_flight += 1
            peak = max(peak, in_flight)
        elif isinstance(event, ResponseEvent):
            in_flight -= 1

    progress: list[int] = []
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter(), hooks=[count]
    ) as client:
        report = await client.leads.add_many(
            iter(rows),
            campaign_id=campaign,
            skip_if_in_campaign=True,
            chunk_size=CHUNK,
            concurrency=3,
            on_progress=lambda r: progress.append(r.chunks_done),
        )
    assert isinstance(report, BulkAddReport)
    bodies = sent_chunks(fake)
    assert len(bodies) == 24 and all(len(b["leads"]) == CHUNK for b in bodies)
    assert all(b["campaign_id"] == campaign and b["skip_if_in_campaign"] is True for b in bodies)
    assert 1 < peak <= 3
    assert report.leads_seen == 25 * CHUNK and report.chunks_done == 25
    # once per chunk, each call showing that chunk's count, even when chunks end together
    assert progress == list(range(1, 26))
    assert report.total_sent == 24 * CHUNK
    assert report.leads_uploaded == 24 * CHUNK - 24 and report.skipped_count == 24
    (failure,) = report.failures
    assert failure.chunk == 7 and failure.offset == 7 * CHUNK and len(failure.leads) == CHUNK
    assert failure.leads == rows[7 * CHUNK : 8 * CHUNK]
    assert failure.leads[0] == {
        "email": "lead280@example.com",
        "first_name": "F280",
        "custom_variables": {"n": 280},
    }
    assert isinstance(failure.error, TypeError)
    assert "leads[3].first_name must be a string, got int 3" in str(failure.error)
    assert not report.ok and report.failed_leads == failure.leads
    sent = sorted(lead["email"] for b in bodies for lead in b["leads"])
    assert len(sent) == 24 * CHUNK == len(set(sent))  # nothing dropped, nothing sent twice
    stored = [lead["email"] for lead in fake.state.leads.values()]
    assert len(stored) == len(set(stored)) == 24 * CHUNK  # imported + the 24 seeded


async def test_async_iterables_and_models_stream_in(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    lead_list = str(fake.seed_lead_list(name="Imports")["id"])

    async def source() -> AsyncIterator[dict[str, Any]]:
        for lead in leads(250):
            yield lead

    report = await client.leads.add_many(source(), list_id=lead_list, chunk_size=100)
    assert sorted(len(b["leads"]) for b in sent_chunks(fake)) == [50, 100, 100]
    assert report.ok and report.leads_uploaded == 250
    assert {lead["list_id"] for lead in fake.state.leads.values()} == {lead_list}


async def test_an_ambiguous_chunk_is_retried_only_when_dedupe_makes_it_safe(
    fake: FakeInstantly, client: AsyncInstantly, campaign: str
) -> None:
    fast = client.with_options(backoff_base=0.01)
    fake.inject("bulkAddLeads", status=502, apply=True)  # imported, but the answer is lost
    unsafe = await fast.leads.add_many(leads(10), campaign_id=campaign)
    assert len(sent_chunks(fake)) == 1  # not repeated: it could have been (and was) applied
    assert isinstance(unsafe.failures[0].error, errors.InternalServerError)

    fake.inject("bulkAddLeads", status=502, apply=True)
    safe = await fast.leads.add_many(leads(10, 10), campaign_id=campaign, skip_if_in_workspace=True)
    assert len(sent_chunks(fake)) == 3  # repeated: the API skips what the lost attempt stored
    assert safe.ok and safe.skipped_count == 10
    stored = [lead["email"] for lead in fake.state.leads.values()]
    assert len(stored) == len(set(stored)) == 20  # every lead once, none duplicated


async def test_a_generator_of_leads_is_read_ahead_only_a_few_chunks(
    fake: FakeInstantly, client: AsyncInstantly, campaign: str
) -> None:
    produced = 0
    max_ahead = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal produced, max_ahead
        for i in range(50 * CHUNK):
            produced += 1
            max_ahead = max(max_ahead, produced - len(fake.state.leads))
            yield {"email": f"l{i}@example.com"}

    report = await client.leads.add_many(
        source(), campaign_id=campaign, chunk_size=CHUNK, concurrency=2
    )
    assert report.leads_uploaded == 50 * CHUNK
    # read ahead by at most the chunks in flight plus the queue (2 + 2 + the one being cut),
    # never the whole input: the same bound holds for 200,000 leads in chunks of 1,000
    assert max_ahead <= 6 * CHUNK


async def test_bad_arguments_fail_before_anything_is_sent(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    with pytest.raises(ValueError, match="exactly one of campaign_id= or list_id="):
        await client.leads.add_many(leads(3))
    with pytest.raises(ValueError, match="chunk_size"):
        await client.leads.add_many(leads(3), campaign_id="c", chunk_size=1001)
    # A bad lead stops the import before its chunk is sent; the error carries the report.
    with pytest.raises(BulkAddError, match=r"leads\[1\] must be a mapping") as stopped:
        await client.leads.add_many([{"email": "a@b.co"}, "not-a-lead"], campaign_id="c")
    assert isinstance(stopped.value.__cause__, TypeError)
    assert stopped.value.report.unsent == [{"email": "a@b.co"}]
    with pytest.raises(TypeError, match="skip_if_in_workspace"):
        await client.leads.add_many(leads(3), campaign_id="c", skip_if_in_workspace="yes")
    assert fake.requests == []
