"""Cursor pagination: default and maximum limits, opaque cursors, the three ways a last page
ends, and walking whole lists with GET (cursor in the query) and POST /leads/list (in the body)."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from instantly_async.testing import LAST_PAGE_STYLES, FakeInstantly, LastPageStyle


async def get_page(http: aiohttp.ClientSession, path: str, **params: Any) -> dict[str, Any]:
    async with http.get(path, params={k: str(v) for k, v in params.items()}) as response:
        assert response.status == 200, await response.text()
        page: dict[str, Any] = await response.json()
        return page


async def post_page(http: aiohttp.ClientSession, path: str, body: dict[str, Any]) -> dict[str, Any]:
    async with http.post(path, json=body) as response:
        assert response.status == 200, await response.text()
        page: dict[str, Any] = await response.json()
        return page


async def walk_get(
    http: aiohttp.ClientSession, path: str, **params: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Follow cursors to the end; answers (items, pages). Stops on a missing, null or empty
    cursor or on an empty page, as a client must."""
    items: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = dict(params)
        if cursor:
            query["starting_after"] = cursor
        page = await get_page(http, path, **query)
        pages.append(page)
        items.extend(page["items"])
        cursor = page.get("next_starting_after")
        if not cursor or not page["items"]:
            return items, pages
        assert len(pages) < 100, "pagination does not end"


async def test_default_limit_is_10(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    for i in range(25):
        fake.seed_campaign(name=f"C{i:02d}")
    page = await get_page(http, "/api/v2/campaigns")
    assert [c["name"] for c in page["items"]] == [f"C{i:02d}" for i in range(10)]
    assert page["next_starting_after"] == page["items"][-1]["id"]


async def test_limit_bounds(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    for i in range(120):
        fake.seed_lead_list(name=f"L{i}")
    assert len((await get_page(http, "/api/v2/lead-lists", limit=100))["items"]) == 100
    async with http.get("/api/v2/lead-lists", params={"limit": "101"}) as response:
        assert response.status == 400
        assert (await response.json())["message"] == "querystring/limit must be <= 100"
    # Audit logs allow up to 1000 per page.
    assert (await get_page(http, "/api/v2/audit-logs", limit=1000))["items"]
    async with http.get("/api/v2/audit-logs", params={"limit": "1001"}) as response:
        assert (await response.json())["message"] == "querystring/limit must be <= 1000"
    async with http.post("/api/v2/leads/list", json={"limit": 101}) as response:
        assert response.status == 400
        assert (await response.json())["message"] == "body/limit must be <= 100"


@pytest.mark.parametrize("style", LAST_PAGE_STYLES)
async def test_walking_campaigns_to_the_end(style: LastPageStyle) -> None:
    async with FakeInstantly(rate_limits=False, last_page_style=style) as fake:
        created = [fake.seed_campaign(name=f"C{i}")["id"] for i in range(25)]
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
            items, pages = await walk_get(http, "/api/v2/campaigns", limit=10)
    assert [c["id"] for c in items] == created
    assert [len(p["items"]) for p in pages[:3]] == [10, 10, 5]
    last = pages[2]
    if style == "omit":
        assert len(pages) == 3
        assert "next_starting_after" not in last
    elif style == "null":
        assert len(pages) == 3
        assert last["next_starting_after"] is None
    else:
        assert last["next_starting_after"] == created[-1]
        assert len(pages) == 4
        assert pages[3] == {"items": []}


@pytest.mark.parametrize("style", LAST_PAGE_STYLES)
async def test_exactly_full_last_page(style: LastPageStyle) -> None:
    async with FakeInstantly(rate_limits=False, last_page_style=style) as fake:
        for i in range(20):
            fake.seed_campaign(name=f"C{i}")
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
            items, pages = await walk_get(http, "/api/v2/campaigns", limit=10)
    assert len(items) == 20
    assert len(pages) == (3 if style == "empty_page" else 2)


async def test_empty_list(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    assert await get_page(http, "/api/v2/custom-tags") == {"items": []}


async def test_walking_leads_with_the_cursor_in_the_body(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign(name="Target")["id"]
    other = fake.seed_campaign(name="Other")["id"]
    wanted = []
    for i in range(23):
        wanted.append(fake.seed_lead(email=f"lead{i}@example.com", campaign=campaign)["id"])
        fake.seed_lead(email=f"noise{i}@example.com", campaign=other)
    seen: list[str] = []
    body: dict[str, Any] = {"campaign": campaign, "limit": 7}
    sizes = []
    while True:
        page = await post_page(http, "/api/v2/leads/list", body)
        sizes.append(len(page["items"]))
        seen.extend(lead["id"] for lead in page["items"])
        cursor = page.get("next_starting_after")
        if not cursor:
            break
        body = {**body, "starting_after": cursor}
    assert seen == wanted
    assert sizes == [7, 7, 7, 2]
    assert all(r.query == {} for r in fake.requests_for("listLeads"))
    assert fake.requests_for("listLeads")[1].json["starting_after"] == wanted[6]


async def test_leads_list_without_a_body_defaults_to_10(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    for i in range(12):
        fake.seed_lead(email=f"lead{i}@example.com")
    async with http.post("/api/v2/leads/list") as response:
        assert response.status == 200
        assert len((await response.json())["items"]) == 10


async def test_account_cursor_is_timestamp_and_email(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    emails = [f"sender{i}+x@example.com" for i in range(5)]
    for email in emails:
        fake.seed_account(email)
    page = await get_page(http, "/api/v2/accounts", limit=2)
    last = page["items"][-1]
    assert page["next_starting_after"] == f"{last['timestamp_created']}&{last['email']}"
    items, _pages = await walk_get(http, "/api/v2/accounts", limit=2)
    assert [a["email"] for a in items] == emails


async def test_lead_list_and_label_cursors_are_timestamps(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    for i in range(3):
        fake.seed_lead_list(name=f"L{i}")
    page = await get_page(http, "/api/v2/lead-lists", limit=2)
    assert page["next_starting_after"] == page["items"][-1]["timestamp_created"]
    items, _ = await walk_get(http, "/api/v2/lead-lists", limit=2)
    assert [x["name"] for x in items] == ["L0", "L1", "L2"]
    for i in range(3):
        async with http.post(
            "/api/v2/lead-labels", json={"label": f"Label {i}", "interest_status_label": "neutral"}
        ) as response:
            assert response.status == 200
    labels, _ = await walk_get(http, "/api/v2/lead-labels", limit=2)
    assert [x["label"] for x in labels] == ["Label 0", "Label 1", "Label 2"]


async def test_distinct_contacts_cursor_is_the_email(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    for email in ("b@example.com", "a@example.com", "B@example.com", "c@example.com"):
        fake.seed_lead(email=email)
    page = await post_page(http, "/api/v2/leads/list", {"distinct_contacts": True, "limit": 2})
    assert [lead["email"] for lead in page["items"]] == ["a@example.com", "b@example.com"]
    assert page["next_starting_after"] == "b@example.com"
    page = await post_page(
        http,
        "/api/v2/leads/list",
        {"distinct_contacts": True, "limit": 2, "starting_after": "b@example.com"},
    )
    assert [lead["email"] for lead in page["items"]] == ["c@example.com"]


async def test_non_stateful_lists_answer_an_example_page(http: aiohttp.ClientSession) -> None:
    page = await get_page(http, "/api/v2/emails")
    assert len(page["items"]) == 1
    assert "next_starting_after" not in page
