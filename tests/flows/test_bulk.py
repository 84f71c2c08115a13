"""Bulk lead import: streaming, chunking, bounded concurrency, exact failure reports."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, BulkAddReport, NoRateLimiter, errors
from instantly_async.errors import BulkAddError
from tests.support.local_server import LocalServer


def added(leads: list[dict[str, Any]], skipped: int = 0) -> dict[str, Any]:
    uploaded = len(leads) - skipped
    return {
        "status": "success",
        "total_sent": len(leads),
        "leads_uploaded": uploaded,
        "in_blocklist": 0,
        "blocklist_used": None,
        "duplicated_leads": skipped,
        "skipped_count": skipped,
        "invalid_email_count": 0,
        "incomplete_count": 0,
        "duplicate_email_count": 0,
        "remaining_in_plan": None,
        "created_leads": [],
    }


@pytest.fixture
async def client(server: LocalServer) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly("k", base_url=server.base_url, rate_limiter=NoRateLimiter()) as c:
        yield c


def leads(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {"email": f"lead{i}@example.com", "first_name": f"F{i}", "custom_variables": {"n": i}}


async def test_25000_leads_with_one_failing_chunk_reported_precisely(
    server: LocalServer, client: AsyncInstantly
) -> None:
    bodies: list[dict[str, Any]] = []
    in_flight = peak = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal in_flight, peak
        body = await request.json()
        bodies.append(body)
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        if body["leads"][0]["email"] == "lead7000@example.com":
            return web.json_response(
                {"statusCode": 400, "message": "body/leads/3/email must match format"}, status=400
            )
        return web.json_response(added(body["leads"], skipped=1))

    server.handler = handler
    progress: list[int] = []
    report = await client.leads.add_many(
        leads(25_000),
        campaign_id="c1",
        skip_if_in_campaign=True,
        concurrency=3,
        on_progress=lambda r: progress.append(r.chunks_done),
    )
    assert isinstance(report, BulkAddReport)
    assert len(bodies) == 25 and all(len(b["leads"]) == 1000 for b in bodies)
    assert all(b["campaign_id"] == "c1" and b["skip_if_in_campaign"] is True for b in bodies)
    assert peak <= 3
    assert report.leads_seen == 25_000 and report.chunks_done == 25 and progress[-1] == 25
    assert (
        report.total_sent == 24_000
        and report.leads_uploaded == 24_000 - 24
        and report.skipped_count == 24
    )
    (failure,) = report.failures
    assert failure.chunk == 7 and failure.offset == 7000 and len(failure.leads) == 1000
    assert failure.leads[0] == {
        "email": "lead7000@example.com",
        "first_name": "F7000",
        "custom_variables": {"n": 7000},
    }
    assert isinstance(failure.error, errors.BadRequestError)
    assert not report.ok and report.failed_leads == failure.leads
    sent = sorted(lead["email"] for b in bodies for lead in b["leads"])
    assert len(sent) == 25_000 == len(set(sent))  # nothing dropped, nothing sent twice


async def test_async_iterables_and_models_stream_in(
    server: LocalServer, client: AsyncInstantly
) -> None:
    seen: list[int] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        seen.append(len(body["leads"]))
        return web.json_response(added(body["leads"]))

    async def source() -> AsyncIterator[dict[str, Any]]:
        for lead in leads(2_500):
            yield lead

    server.handler = handler
    report = await client.leads.add_many(source(), list_id="list-1", chunk_size=1000)
    assert sorted(seen) == [500, 1000, 1000] and report.ok and report.leads_uploaded == 2_500


async def test_an_ambiguous_chunk_is_retried_only_when_dedupe_makes_it_safe(
    server: LocalServer, client: AsyncInstantly
) -> None:
    calls = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        body = await request.json()
        if calls == 1:
            return web.json_response({"message": "Bad Gateway"}, status=502)
        return web.json_response(added(body["leads"]))

    server.handler = handler
    fast = client.with_options(backoff_base=0.01)
    unsafe = await fast.leads.add_many(leads(10), campaign_id="c1")
    assert calls == 1 and isinstance(unsafe.failures[0].error, errors.InternalServerError)
    calls = 0
    safe = await fast.leads.add_many(leads(10), campaign_id="c1", skip_if_in_workspace=True)
    assert calls == 2 and safe.ok and safe.leads_uploaded == 10


async def test_a_generator_of_200000_leads_is_not_held_in_memory(
    server: LocalServer, client: AsyncInstantly
) -> None:
    produced = 0
    max_ahead = 0
    imported = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal produced, max_ahead
        for i in range(200_000):
            produced += 1
            max_ahead = max(max_ahead, produced - imported)
            yield {"email": f"l{i}@example.com"}

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal imported
        body = await request.json()
        imported += len(body["leads"])
        return web.json_response(added(body["leads"]))

    server.handler = handler
    report = await client.leads.add_many(source(), campaign_id="c1", concurrency=2)
    assert report.leads_uploaded == 200_000
    # read ahead by at most the chunks in flight plus the queue: a few thousand, not 200,000
    assert max_ahead <= 6_000


async def test_bad_arguments_fail_before_anything_is_sent(
    server: LocalServer, client: AsyncInstantly
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
    assert server.arrivals == []
