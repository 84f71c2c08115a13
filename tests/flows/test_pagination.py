"""Cursor pagination against a real local server: GET (query cursor) and POST /leads/list (body
cursor), every stop condition, resuming from a saved cursor, the repeated-cursor guard."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, AsyncPager, NoRateLimiter, Page, errors, models
from tests.support.local_server import LocalServer

LABELS = [
    {
        "id": f"label-{i:03d}",
        "timestamp_created": "2026-01-01T00:00:00.000Z",
        "created_by": "u",
        "organization_id": "o",
        "label": f"L{i}",
        "interest_status_label": "positive",
        "interest_status": 1,
    }
    for i in range(25)
]
LEADS = [
    {
        "id": f"lead-{i:03d}",
        "timestamp_created": "2026-01-01T00:00:00.000Z",
        "organization": "o",
        "email": f"lead{i}@example.com",
    }
    for i in range(23)
]


def paged(
    rows: list[dict[str, Any]], start: str | None, limit: int, last_page: str
) -> dict[str, Any]:
    index = 0 if start is None else next(i for i, r in enumerate(rows) if r["id"] == start) + 1
    items = rows[index : index + limit]
    more = index + limit < len(rows)
    page: dict[str, Any] = {"items": items}
    if more:
        page["next_starting_after"] = items[-1]["id"]
    elif last_page == "null":
        page["next_starting_after"] = None
    elif last_page == "empty-string":
        page["next_starting_after"] = ""
    elif last_page == "cursor-to-empty-page" and items:
        page["next_starting_after"] = items[-1]["id"]
    return page


def serve(server: LocalServer, last_page: str = "omit") -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.method == "POST":
            body = await request.json()
            seen.append(body)
            return web.json_response(
                paged(LEADS, body.get("starting_after"), body.get("limit", 10), last_page)
            )
        seen.append(dict(request.query))
        q = request.query
        return web.json_response(
            paged(LABELS, q.get("starting_after"), int(q.get("limit", "10")), last_page)
        )

    server.handler = handler
    return seen


@pytest.fixture
async def client(server: LocalServer) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly("k", base_url=server.base_url, rate_limiter=NoRateLimiter()) as c:
        yield c


@pytest.mark.parametrize("last_page", ["omit", "null", "empty-string", "cursor-to-empty-page"])
async def test_get_lists_walk_every_item_and_stop(
    server: LocalServer, client: AsyncInstantly, last_page: str
) -> None:
    requests = serve(server, last_page)
    pager = client.lead_labels.list(limit=10, search="L")
    assert isinstance(pager, AsyncPager)  # returned at once, no await
    labels = [label async for label in pager]
    assert [label.id for label in labels] == [row["id"] for row in LABELS]
    assert all(isinstance(label, models.LeadLabel) for label in labels)
    assert requests[0] == {"limit": "10", "search": "L"}
    assert requests[1] == {"limit": "10", "search": "L", "starting_after": "label-009"}
    assert len(requests) == (4 if last_page == "cursor-to-empty-page" else 3)
    assert pager.exhausted and pager.cursor is None


async def test_post_list_sends_cursor_and_filters_in_the_body(
    server: LocalServer, client: AsyncInstantly
) -> None:
    requests = serve(server)
    leads = [lead async for lead in client.leads.list(campaign="c1", limit=5)]
    assert [lead.email for lead in leads] == [row["email"] for row in LEADS]
    assert requests[0] == {"campaign": "c1", "limit": 5}
    assert requests[1] == {"campaign": "c1", "limit": 5, "starting_after": "lead-004"}
    assert len(requests) == 5


async def test_pages_first_page_and_max_items(server: LocalServer, client: AsyncInstantly) -> None:
    serve(server)
    pages = [page async for page in client.lead_labels.list(limit=10).pages()]
    assert [len(p.items) for p in pages] == [10, 10, 5]
    first = await client.lead_labels.list(limit=7).first_page()
    assert (
        isinstance(first, Page)
        and len(first.items) == 7
        and first.next_starting_after == "label-006"
    )
    some = [label.id async for label in client.lead_labels.list(limit=10, max_items=13)]
    assert some == [row["id"] for row in LABELS[:13]]


async def test_resume_from_a_saved_cursor_continues_exactly(
    server: LocalServer, client: AsyncInstantly
) -> None:
    serve(server)
    pager = client.leads.list(limit=5)
    done: list[str] = []
    async for page in pager.pages():
        done.extend(lead.id for lead in page.items)
        if len(done) == 10:
            break  # a crash after two pages were fully processed
    saved = pager.cursor
    rest = [lead.id async for lead in client.leads.list(limit=5, starting_after=saved)]
    # The second page was still "being processed" when the loop broke: it comes again, and
    # nothing is ever skipped.
    assert saved == "lead-004"
    assert done[:5] + rest == [row["id"] for row in LEADS]


async def test_item_iteration_resumes_without_skipping(
    server: LocalServer, client: AsyncInstantly
) -> None:
    serve(server)
    pager = client.leads.list(limit=5)
    seen: list[str] = []
    async for lead in pager:
        seen.append(lead.id)
        if len(seen) == 12:  # mid-way through the third page
            break
    resumed = [lead.id async for lead in client.leads.list(limit=5, starting_after=pager.cursor)]
    assert resumed[0] == "lead-010"  # the unfinished page again, nothing skipped
    assert set(seen) | set(resumed) == {row["id"] for row in LEADS}


async def test_a_repeated_cursor_raises_instead_of_looping(
    server: LocalServer, client: AsyncInstantly
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response({"items": LABELS[:2], "next_starting_after": "same"})

    server.handler = handler
    with pytest.raises(errors.PaginationError, match="'same' twice"):
        async for _ in client.lead_labels.list():
            pass
    assert len(server.arrivals) == 2


async def test_page_size_is_validated_before_sending(
    server: LocalServer, client: AsyncInstantly
) -> None:
    with pytest.raises(ValueError, match="'limit' must be <= 100"):
        await client.leads.list(limit=500).first_page()
    with pytest.raises(ValueError, match="max_items"):
        client.leads.list(max_items=-1)
    assert server.arrivals == []


async def test_page_size_is_limit_by_a_clearer_name(
    server: LocalServer, client: AsyncInstantly
) -> None:
    requests = serve(server)
    labels = [label.id async for label in client.lead_labels.list(page_size=20)]
    assert len(labels) == 25 and requests[0] == {"limit": "20"}
    leads = [lead async for lead in client.leads.list(page_size=50)]
    assert len(leads) == 23 and requests[-1] == {"limit": 50}
    with pytest.raises(ValueError, match="'page_size' must be an int from 1 to 100"):
        client.lead_labels.list(page_size=101)
    with pytest.raises(ValueError, match="'page_size' must be an int from 1 to 1000"):
        client.audit_logs.list(page_size=0)
    assert [log async for log in client.audit_logs.list(page_size=1000, max_items=0)] == []
    with pytest.raises(TypeError, match="limit= or page_size=, not both"):
        client.leads.list(limit=10, page_size=10)


async def test_a_walk_without_a_page_size_asks_for_the_largest_page(
    server: LocalServer, client: AsyncInstantly
) -> None:
    """Every request spends the workspace's rate budget: 23 leads in one request, not three."""
    requests = serve(server)
    leads = [lead async for lead in client.leads.list(campaign="c1")]
    assert len(leads) == len(LEADS)
    assert requests == [{"campaign": "c1", "limit": 100}]
    requests.clear()
    pages = [page async for page in client.lead_labels.list().pages()]
    assert [len(page.items) for page in pages] == [25]
    assert requests == [{"limit": "100"}]
    requests.clear()
    await client.lead_labels.list().first_page()  # one page: what the caller passed
    assert requests == [{}]


async def test_max_items_smaller_than_a_page_asks_for_only_what_it_needs(
    server: LocalServer, client: AsyncInstantly
) -> None:
    requests = serve(server)
    some = [label.id async for label in client.lead_labels.list(max_items=3)]
    assert some == [row["id"] for row in LABELS[:3]]
    assert requests == [{"limit": "3"}]
    requests.clear()
    chosen = [label.id async for label in client.lead_labels.list(page_size=20, max_items=3)]
    assert len(chosen) == 3 and requests == [{"limit": "20"}]  # the caller's choice stands
