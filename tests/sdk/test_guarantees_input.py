"""Bad input never reaches the wire and paths cannot change route (issue 10, items 7, 9, 11).
Every case checks the error names the argument and that the server saw nothing."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timezone
from typing import Any

import pytest
from aiohttp import web

from instantly_async import AsyncInstantly, NoRateLimiter
from tests.support import KEY
from tests.support.local_server import LocalServer

Call = Callable[[AsyncInstantly], Awaitable[Any]]


@pytest.fixture
async def local(server: LocalServer) -> AsyncIterator[AsyncInstantly]:
    async def ok(request: web.Request) -> web.StreamResponse:
        return web.json_response({"id": "x"})

    server.handler = ok
    async with AsyncInstantly(
        KEY, base_url=server.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as client:
        yield client


NAIVE = datetime(2026, 1, 1, 12, 0)

BAD_CALLS = [
    (lambda c: c.block_list_entries.delete("."), ValueError, "'id' cannot be '.'"),
    (lambda c: c.block_list_entries.delete(".."), ValueError, "'id' cannot be '..'"),
    (lambda c: c.campaigns.get(123), TypeError, "'id' must be a non-empty string id, got int"),
    (lambda c: c.campaigns.get(b"c1"), TypeError, "'id' must be a non-empty string id"),
    (
        lambda c: c.leads.create(email="a@b.co", custom_variables={"score": math.nan}),
        ValueError,
        r"'custom_variables'\['score'\] must be a finite number",
    ),
    (
        lambda c: c.leads.create(email="a@b.co", custom_variables={"x": math.inf}),
        ValueError,
        "must be a finite number",
    ),
    # Items of arrays and fields of nested objects keep the spec's types and nullability.
    (
        lambda c: c.leads.add(campaign_id="c", leads=["x"]),
        TypeError,
        r"'leads': leads\[0\] must be a mapping or a model, got str 'x'",
    ),
    (
        lambda c: c.leads.add(campaign_id="c", leads=[{"email": "a@b.co"}, {"email": 7}]),
        TypeError,
        r"leads\[1\]\.email must be a string, got int 7",
    ),
    (
        lambda c: c.leads.add(campaign_id="c", leads=[{"lt_interest_status": None}]),
        TypeError,
        r"leads\[0\]\.lt_interest_status must not be None",
    ),
    (
        lambda c: c.leads.create(email="a@b.co", custom_variables={"x": [math.inf]}),
        TypeError,
        r"custom_variables\['x'\] must be a string or a number or a boolean, got list",
    ),
    (
        lambda c: c.campaigns.create(
            name="n",
            campaign_schedule={
                "schedules": [
                    {"name": "s", "timing": None, "days": {"1": True}, "timezone": "Etc/GMT+12"}
                ]
            },
        ),
        TypeError,
        r"campaign_schedule\.schedules\[0\]\.timing must not be None",
    ),
    (
        lambda c: c.campaigns.create(
            name="n",
            campaign_schedule={
                "schedules": [
                    {
                        "name": "s",
                        "timing": {"from": "09:00", "to": "17:00"},
                        "days": {"1": 1},
                        "timezone": "Etc/GMT+12",
                    }
                ]
            },
        ),
        TypeError,
        r"campaign_schedule\.schedules\[0\]\.days\.1 must be a boolean, got int 1",
    ),
    (
        lambda c: c.campaigns.create(name="n", campaign_schedule={"schedules": []}, email_list=[1]),
        TypeError,
        r"'email_list': email_list\[0\] must be a string, got int 1",
    ),
    (
        lambda c: c.leads.create(email="a@b.co", custom_variables=["a"]),
        TypeError,
        "'custom_variables' must be a mapping or a model, got list",
    ),
    (
        lambda c: c.campaigns.create(name="n", campaign_schedule="every day"),
        TypeError,
        "'campaign_schedule' must be a mapping or a model, got str",
    ),
    (
        lambda c: c.campaigns.create(name=None, campaign_schedule={}),
        TypeError,
        "'name' must not be None",
    ),
    (
        lambda c: c.leads.add(campaign_id="c", leads=[{"email": f"{i}@x.co"} for i in range(1001)]),
        ValueError,
        "'leads' holds 1001 items; the API takes at most 1000",
    ),
    (
        lambda c: c.leads.create(email="a@b.co", custom_variables={"when": NAIVE}),
        ValueError,
        "naive datetime",
    ),
    (lambda c: c.lead_labels.list(limit=True).first_page(), TypeError, "'limit' must be int"),
    (
        lambda c: c.request("POST", "/api/v2/x", json={"a": float("nan")}),
        ValueError,
        r"json\['a'\] must be a finite number",
    ),
    (
        lambda c: c.request("GET", "/api/v2/x", query={"a": math.inf}),
        ValueError,
        "must be a finite number",
    ),
    (lambda c: c.with_options(timeout=True).campaigns.get("c1"), ValueError, "timeout"),
    (lambda c: c.with_options(max_retries=True).campaigns.get("c1"), ValueError, "max_retries"),
    (lambda c: c.with_options(timeout=math.nan).campaigns.get("c1"), ValueError, "timeout"),
    (lambda c: c.with_options(timeout=math.inf).campaigns.get("c1"), ValueError, "timeout"),
    (lambda c: c.with_options(backoff_max=-1).campaigns.get("c1"), ValueError, "backoff_max"),
    (
        lambda c: c.with_options(extra_body={"x": math.nan}).campaigns.get("c1"),
        ValueError,
        "extra_body",
    ),
    (lambda c: c.campaigns.list(max_items=True).first_page(), ValueError, "max_items"),
    (lambda c: c.leads.add_many([], campaign_id="c", chunk_size=True), ValueError, "chunk_size"),
    (lambda c: c.leads.add_many([], campaign_id="c", concurrency=False), ValueError, "concurrency"),
    (
        lambda c: c.leads.add_many([], campaign_id="c", skip_if_in_worksapce=True),
        TypeError,
        "skip_if_in_worksapce",
    ),
    (lambda c: c.campaigns.list(starting_after=5).first_page(), TypeError, "starting_after"),
]


@pytest.mark.parametrize(("call", "error", "match"), BAD_CALLS)
async def test_bad_input_is_refused_before_sending(
    call: Call, error: type[Exception], match: str, server: LocalServer, local: AsyncInstantly
) -> None:
    with pytest.raises(error, match=match):
        await call(local)
    assert server.arrivals == []


async def test_ids_are_one_segment_whatever_they_hold(
    server: LocalServer, local: AsyncInstantly
) -> None:
    seen: list[str] = []

    async def record(request: web.Request) -> web.StreamResponse:
        seen.append(request.raw_path)
        return web.json_response({"id": "x"})

    server.handler = record
    for raw in ["a/b", "../admin", "...", "%2e%2e", "a?b=c", "a#b", " x "]:
        await local.campaigns.get(raw)
    assert seen == [
        "/api/v2/campaigns/a%2Fb",
        "/api/v2/campaigns/..%2Fadmin",
        "/api/v2/campaigns/...",
        "/api/v2/campaigns/%252e%252e",
        "/api/v2/campaigns/a%3Fb%3Dc",
        "/api/v2/campaigns/a%23b",
        "/api/v2/campaigns/%20x%20",
    ]


async def test_none_in_a_query_is_never_the_text_none(
    server: LocalServer, local: AsyncInstantly
) -> None:
    queries: list[str] = []

    async def record(request: web.Request) -> web.StreamResponse:
        queries.append(request.query_string)
        return web.json_response({"items": []})

    server.handler = record
    await local.request("GET", "/api/v2/x", query={"a": None, "b": "1", "c": [None, "2"]})
    await local.with_options(extra_query={"z": None}).request("GET", "/api/v2/x")
    assert queries == ["b=1&c=2", ""]


async def test_aware_datetimes_and_explicit_null_still_go_out(
    server: LocalServer, local: AsyncInstantly
) -> None:
    bodies: list[Any] = []

    async def record(request: web.Request) -> web.StreamResponse:
        bodies.append(await request.json())
        return web.json_response({"id": "x"})

    server.handler = record
    when = datetime(2026, 1, 1, tzinfo=timezone.utc)
    await local.leads.create(email="a@b.co", custom_variables={"when": when})
    await local.leads.add(campaign_id="c", leads=[{"email": "a@b.co"}], blocklist_id=None)
    assert bodies[0]["custom_variables"] == {"when": "2026-01-01T00:00:00.000Z"}
    assert bodies[1]["blocklist_id"] is None


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"api_key": 12345}, TypeError, "api_key must be a str"),
        ({"api_key": b"key"}, TypeError, "api_key must be a str"),
        ({"connector_limit": 0}, ValueError, "connector_limit"),
        ({"connector_limit": True}, ValueError, "connector_limit"),
        ({"timeout": -1}, ValueError, "timeout"),
        ({"max_retries": 1.5}, ValueError, "max_retries"),
        ({"base_url": "ftp://x"}, ValueError, "base_url"),
    ],
)
def test_bad_client_settings_are_refused(
    kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    kwargs.setdefault("api_key", KEY)
    with pytest.raises(error, match=match):
        AsyncInstantly(**kwargs)
