"""`leads.add_many` accounts for every lead and never hangs (issue 10, item 3): inputs that raise
midway, items that are not leads, an `on_progress` that raises, cancellation."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, NoRateLimiter, errors
from tests.support import KEY
from tests.support.local_server import LocalServer

CHUNK = 10


def leads(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"email": f"lead{i}@example.com"} for i in range(start, start + n)]


@pytest.fixture
def imported() -> list[str]:
    """Emails of every lead the server received, in arrival order."""
    return []


@pytest.fixture
async def importer(server: LocalServer, imported: list[str]) -> AsyncIterator[AsyncInstantly]:
    async def handler(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        imported.extend(lead["email"] for lead in body["leads"])
        await asyncio.sleep(0.01)
        n = len(body["leads"])
        return web.json_response({"status": "success", "total_sent": n, "leads_uploaded": n})

    server.handler = handler
    async with AsyncInstantly(
        KEY, base_url=server.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as client:
        yield client


class Broken(Exception):
    pass


def raising_after(n: int) -> Iterator[dict[str, Any]]:
    yield from leads(n)
    raise Broken("bad CSV row")


async def araising_after(n: int) -> AsyncIterator[dict[str, Any]]:
    for lead in leads(n):
        yield lead
    raise Broken("bad CSV row")


def with_bad_item(n: int, bad: object) -> list[Any]:
    return [*leads(n), bad, *leads(5, start=n)]


SHAPES = [
    pytest.param(lambda n: raising_after(n), Broken, id="generator-raises"),
    pytest.param(lambda n: araising_after(n), Broken, id="async-generator-raises"),
    pytest.param(lambda n: with_bad_item(n, "x@y.z"), TypeError, id="string-item"),
    pytest.param(lambda n: with_bad_item(n, None), TypeError, id="none-item"),
    pytest.param(lambda n: with_bad_item(n, 42), TypeError, id="int-item"),
    pytest.param(lambda n: with_bad_item(n, ["a"]), TypeError, id="list-item"),
    pytest.param(
        lambda n: with_bad_item(n, {"email": "a@b.co", "x": float("nan")}),
        ValueError,
        id="nan-field",
    ),
]


@pytest.mark.parametrize("read", [0, 5, CHUNK, 25, 40])
@pytest.mark.parametrize(("make", "cause"), SHAPES)
async def test_a_failing_input_stops_with_the_report(
    make: Any, cause: type[Exception], read: int, imported: list[str], importer: AsyncInstantly
) -> None:
    with pytest.raises(errors.BulkAddError) as caught:
        await asyncio.wait_for(
            importer.leads.add_many(make(read), campaign_id="c", chunk_size=CHUNK, concurrency=2),
            10,
        )
    assert isinstance(caught.value.__cause__, cause)
    report = caught.value.report
    sent = imported
    assert report.leads_seen == read
    assert sum(c.size for c in report.chunks) == len(sent) == report.leads_uploaded
    assert len(sent) + len(report.unsent) == read  # every lead read is accounted for
    assert [lead["email"] for lead in report.unsent] == [
        f"lead{i}@example.com" for i in range(len(sent), read)
    ]
    assert not report.ok
    assert not [t for t in asyncio.all_tasks() if "add_many" in repr(t)]


async def test_on_progress_raising_stops_the_import(
    imported: list[str], importer: AsyncInstantly
) -> None:
    calls = 0

    def progress(report: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise Broken("progress bar crashed")

    with pytest.raises(errors.BulkAddError) as caught:
        await asyncio.wait_for(
            importer.leads.add_many(
                leads(200), campaign_id="c", chunk_size=CHUNK, concurrency=2, on_progress=progress
            ),
            10,
        )
    assert isinstance(caught.value.__cause__, Broken)
    report = caught.value.report
    sent = imported
    assert len(sent) < 200
    assert sum(c.size for c in report.chunks) == len(sent)
    assert report.leads_seen == len(sent) + len(report.unsent)


async def test_cancelling_add_many_leaves_no_task(server: LocalServer) -> None:
    release = asyncio.Event()

    async def stuck(request: web.Request) -> web.StreamResponse:
        await release.wait()
        return web.json_response({"status": "success"})

    server.handler = stuck
    before = asyncio.all_tasks()
    async with AsyncInstantly(KEY, base_url=server.base_url, rate_limiter=NoRateLimiter()) as c:
        job = asyncio.ensure_future(c.leads.add_many(leads(100), campaign_id="c", chunk_size=10))
        while len(server.arrivals) < 4:  # noqa: ASYNC110 - arrivals are counted by the server
            await asyncio.sleep(0.01)
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
        await asyncio.sleep(0)
        left = {t for t in asyncio.all_tasks() - before if not t.done()}
        left = {t for t in left if "LocalServer" not in repr(t) and "web_protocol" not in repr(t)}
        assert not [t for t in left if "add_many" in repr(t) or "send" in repr(t)]
        release.set()
    assert len(server.arrivals) == 4


async def test_a_typo_in_a_flag_raises(server: LocalServer, importer: AsyncInstantly) -> None:
    with pytest.raises(TypeError, match="skip_if_in_worksapce"):
        await importer.leads.add_many(leads(3), campaign_id="c", skip_if_in_worksapce=True)
    assert server.arrivals == []


@pytest.mark.parametrize("not_leads", [{"email": "a@b.co"}, "a@b.co", 42, None])
async def test_something_that_is_not_a_stream_of_leads_is_refused(
    not_leads: object, server: LocalServer, importer: AsyncInstantly
) -> None:
    with pytest.raises(TypeError, match="iterable"):
        await importer.leads.add_many(not_leads, campaign_id="c")  # type: ignore[arg-type]
    assert server.arrivals == []


async def test_an_async_on_progress_is_awaited(
    imported: list[str], importer: AsyncInstantly
) -> None:
    seen: list[int] = []

    async def progress(report: Any) -> None:
        seen.append(report.chunks_done)
        await asyncio.sleep(0)

    report = await importer.leads.add_many(
        leads(35), campaign_id="c", chunk_size=CHUNK, on_progress=progress
    )
    assert report.ok and len(imported) == 35
    assert len(seen) == 4 and seen[-1] == 4  # once per chunk, awaited before add_many returns
