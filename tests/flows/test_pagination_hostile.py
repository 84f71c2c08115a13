"""Pagination never ends silently and resumes without skipping (issue 10, items 2 and 11),
against a real local server serving lead labels (GET, cursor in the query)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, NoRateLimiter, errors
from tests.support import KEY
from tests.support.local_server import LocalServer

PAGE = 5
ROWS = [
    {"id": f"label-{i:02d}", "label": f"L{i}", "interest_status_label": "positive"}
    for i in range(17)
]


def page_after(start: str | None) -> dict[str, Any]:
    index = 0 if start is None else next(i for i, r in enumerate(ROWS) if r["id"] == start) + 1
    items = ROWS[index : index + PAGE]
    body: dict[str, Any] = {"items": items}
    if index + PAGE < len(ROWS):
        body["next_starting_after"] = items[-1]["id"]
    return body


@pytest.fixture
async def labels(server: LocalServer) -> AsyncIterator[AsyncInstantly]:
    async def handler(request: web.Request) -> web.StreamResponse:
        if "starting_after" in request.query and request.query["starting_after"] in {"", "None"}:
            return web.json_response({"message": "bad cursor"}, status=400)
        return web.json_response(page_after(request.query.get("starting_after")))

    server.handler = handler
    async with AsyncInstantly(
        KEY, base_url=server.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as client:
        yield client


@pytest.mark.parametrize("cut", range(len(ROWS) + 1))
async def test_resuming_after_max_items_skips_nothing(cut: int, labels: AsyncInstantly) -> None:
    pager = labels.lead_labels.list(limit=PAGE, max_items=cut)
    first = [label.id async for label in pager]
    assert len(first) == cut
    rest: list[str] = []
    if not pager.exhausted:
        rest = [
            label.id
            async for label in labels.lead_labels.list(limit=PAGE, starting_after=pager.cursor)
        ]
    seen = first + [i for i in rest if i not in first]
    assert seen == [r["id"] for r in ROWS]
    assert len(rest) - (len(seen) - len(first)) < PAGE  # at most the unfinished page again


async def test_starting_after_none_starts_from_the_beginning(
    server: LocalServer, labels: AsyncInstantly
) -> None:
    def load_checkpoint() -> str | None:
        return None  # the first run: no checkpoint yet

    pages = [
        p
        async for p in labels.lead_labels.list(limit=PAGE, starting_after=load_checkpoint()).pages()
    ]
    assert sum(len(p.items) for p in pages) == len(ROWS)


UNREADABLE = [
    pytest.param(b"<html>oops</html>", "text/html", id="html"),
    pytest.param(b'{"items": [{"id": "x"', "application/json", id="truncated"),
    pytest.param(b"", "application/json", id="empty"),
    pytest.param(b'[{"id": "x"}]', "application/json", id="array"),
    pytest.param(b'{"items": []}', "text/plain", id="json-as-text"),
    pytest.param(b'{"items": {"id": "x"}}', "application/json", id="items-not-a-list"),
    pytest.param(b'{"items": "x"}', "application/json", id="items-a-string"),
    pytest.param(b'{"next_starting_after": "x"}', "application/json", id="items-missing"),
    pytest.param(
        b'{"items": [{"id": "x"}], "next_starting_after": 7}', "application/json", id="cursor-int"
    ),
    pytest.param(b'{"items": ["x"]}', "application/json", id="item-not-an-object"),
]


@pytest.mark.parametrize(("body", "content_type"), UNREADABLE)
async def test_an_unreadable_page_raises_and_keeps_the_last_good_cursor(
    body: bytes, content_type: str, server: LocalServer, labels: AsyncInstantly
) -> None:
    async def second_page_broken(request: web.Request) -> web.StreamResponse:
        start = request.query.get("starting_after")
        if start is None:
            return web.json_response(page_after(None))
        return web.Response(body=body, headers={"Content-Type": content_type})

    server.handler = second_page_broken
    pager = labels.lead_labels.list(limit=PAGE)
    got: list[str] = []
    with pytest.raises(errors.UnreadablePageError, match="page 2") as caught:
        async for label in pager:
            got.append(label.id)
    assert got == [r["id"] for r in ROWS[:PAGE]]
    assert caught.value.page == 2
    assert caught.value.cursor == ROWS[PAGE - 1]["id"] == pager.cursor
    assert not pager.exhausted
    assert isinstance(caught.value, errors.APIResponseValidationError)
    assert isinstance(caught.value, errors.PaginationError)


async def test_first_page_alone_is_checked_too(server: LocalServer, labels: AsyncInstantly) -> None:
    async def broken(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"not json", headers={"Content-Type": "application/json"})

    server.handler = broken
    with pytest.raises(errors.UnreadablePageError, match="page 1"):
        await labels.lead_labels.list().first_page()
