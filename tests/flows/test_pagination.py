"""Cursor pagination against FakeInstantly: GET (query cursor) and POST /leads/list (body cursor),
every stop condition, resuming from a saved cursor, the repeated-cursor guard."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from instantly_async import AsyncInstantly, AsyncPager, NoRateLimiter, Page, errors, models
from instantly_async.testing import FakeInstantly


@pytest.fixture
async def client(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as c:
        yield c


@pytest.fixture
async def labels(fake: FakeInstantly, http: aiohttp.ClientSession) -> list[str]:
    """25 lead labels, in list order (their cursor is the creation time)."""
    for i in range(25):
        body = {"label": f"L{i}", "interest_status_label": "positive"}
        async with http.post("/api/v2/lead-labels", json=body) as response:
            assert response.status == 200, await response.text()
    fake.requests.clear()  # the tests count the list requests only
    return [r["id"] for r in sorted(fake.state.lead_labels.values(), key=by_created)]


@pytest.fixture
def campaign(fake: FakeInstantly) -> str:
    return str(fake.seed_campaign(name="Q3")["id"])


@pytest.fixture
def leads(fake: FakeInstantly, campaign: str) -> list[dict[str, Any]]:
    """23 leads in the campaign, in list order (their cursor is the id, a UUIDv7)."""
    for i in range(23):
        fake.seed_lead(email=f"lead{i}@example.com", campaign=campaign)
    return sorted(fake.state.leads.values(), key=lambda lead: str(lead["id"]))


def by_created(record: dict[str, Any]) -> str:
    return str(record["timestamp_created"])


def queries(fake: FakeInstantly) -> list[dict[str, str]]:
    return [dict(r.query) for r in fake.requests_for("listLeadLabel")]


def bodies(fake: FakeInstantly) -> list[Any]:
    return [r.json for r in fake.requests_for("listLeads")]


@pytest.mark.parametrize("last_page", ["omit", "null", "empty_page"])
async def test_get_lists_walk_every_item_and_stop(
    fake: FakeInstantly, client: AsyncInstantly, labels: list[str], last_page: Any
) -> None:
    fake.settings.last_page_style = last_page
    pager = client.lead_labels.list(limit=10, search="L")
    assert isinstance(pager, AsyncPager)  # returned at once, no await
    walked = [label async for label in pager]
    assert [label.id for label in walked] == labels
    assert all(isinstance(label, models.LeadLabel) for label in walked)
    sent = queries(fake)
    assert sent[0] == {"limit": "10", "search": "L"}
    cursor = by_created(fake.state.lead_labels[labels[9]])
    assert sent[1] == {"limit": "10", "search": "L", "starting_after": cursor}
    assert len(sent) == (4 if last_page == "empty_page" else 3)
    assert pager.exhausted and pager.cursor is None


async def test_an_empty_string_cursor_ends_the_walk(
    fake: FakeInstantly, client: AsyncInstantly, labels: list[str]
) -> None:
    first = [dict(fake.state.lead_labels[i]) for i in labels[:2]]
    fake.inject("listLeadLabel", body={"items": first, "next_starting_after": ""})
    assert [label.id async for label in client.lead_labels.list()] == labels[:2]
    assert len(queries(fake)) == 1


async def test_post_list_sends_cursor_and_filters_in_the_body(
    fake: FakeInstantly, client: AsyncInstantly, campaign: str, leads: list[dict[str, Any]]
) -> None:
    walked = [lead async for lead in client.leads.list(campaign=campaign, limit=5)]
    assert [lead.email for lead in walked] == [row["email"] for row in leads]
    sent = bodies(fake)
    assert sent[0] == {"campaign": campaign, "limit": 5}
    assert sent[1] == {"campaign": campaign, "limit": 5, "starting_after": leads[4]["id"]}
    assert len(sent) == 5


async def test_pages_first_page_and_max_items(
    fake: FakeInstantly, client: AsyncInstantly, labels: list[str]
) -> None:
    pages = [page async for page in client.lead_labels.list(limit=10).pages()]
    assert [len(p.items) for p in pages] == [10, 10, 5]
    first = await client.lead_labels.list(limit=7).first_page()
    assert isinstance(first, Page) and len(first.items) == 7
    assert first.next_starting_after == by_created(fake.state.lead_labels[labels[6]])
    some = [label.id async for label in client.lead_labels.list(limit=10, max_items=13)]
    assert some == labels[:13]


async def test_resume_from_a_saved_cursor_continues_exactly(
    client: AsyncInstantly, leads: list[dict[str, Any]]
) -> None:
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
    assert saved == leads[4]["id"]
    assert done[:5] + rest == [row["id"] for row in leads]


async def test_item_iteration_resumes_without_skipping(
    client: AsyncInstantly, leads: list[dict[str, Any]]
) -> None:
    pager = client.leads.list(limit=5)
    seen: list[str] = []
    async for lead in pager:
        seen.append(lead.id)
        if len(seen) == 12:  # mid-way through the third page
            break
    resumed = [lead.id async for lead in client.leads.list(limit=5, starting_after=pager.cursor)]
    assert resumed[0] == leads[10]["id"]  # the unfinished page again, nothing skipped
    assert set(seen) | set(resumed) == {row["id"] for row in leads}


async def test_a_repeated_cursor_raises_instead_of_looping(
    fake: FakeInstantly, client: AsyncInstantly, labels: list[str]
) -> None:
    first = [dict(fake.state.lead_labels[i]) for i in labels[:2]]
    fake.inject("listLeadLabel", body={"items": first, "next_starting_after": "same"}, times=None)
    with pytest.raises(errors.PaginationError, match="'same' twice"):
        async for _ in client.lead_labels.list():
            pass
    assert len(queries(fake)) == 2


async def test_page_size_is_validated_before_sending(
    fake: FakeInstantly, client: AsyncInstantly
) -> None:
    with pytest.raises(ValueError, match="'limit' must be <= 100"):
        await client.leads.list(limit=500).first_page()
    with pytest.raises(ValueError, match="max_items"):
        client.leads.list(max_items=-1)
    assert fake.requests == []


async def test_page_size_is_limit_by_a_clearer_name(
    fake: FakeInstantly, client: AsyncInstantly, labels: list[str], leads: list[dict[str, Any]]
) -> None:
    walked = [label.id async for label in client.lead_labels.list(page_size=20)]
    assert len(walked) == 25 and queries(fake)[0] == {"limit": "20"}
    all_leads = [lead async for lead in client.leads.list(page_size=50)]
    assert len(all_leads) == 23 and bodies(fake)[-1] == {"limit": 50}
    with pytest.raises(ValueError, match="'page_size' must be an int from 1 to 100"):
        client.lead_labels.list(page_size=101)
    with pytest.raises(ValueError, match="'page_size' must be an int from 1 to 1000"):
        client.audit_logs.list(page_size=0)
    assert [log async for log in client.audit_logs.list(page_size=1000, max_items=0)] == []
    with pytest.raises(TypeError, match="limit= or page_size=, not both"):
        client.leads.list(limit=10, page_size=10)


async def test_a_walk_without_a_page_size_asks_for_the_largest_page(
    fake: FakeInstantly,
    client: AsyncInstantly,
    campaign: str,
    leads: list[dict[str, Any]],
    labels: list[str],
) -> None:
    """Every request spends the workspace's rate budget: 23 leads in one request, not three."""
    walked = [lead async for lead in client.leads.list(campaign=campaign)]
    assert len(walked) == len(leads)
    assert bodies(fake) == [{"campaign": campaign, "limit": 100}]
    pages = [page async for page in client.lead_labels.list().pages()]
    assert [len(page.items) for page in pages] == [25]
    assert queries(fake) == [{"limit": "100"}]
    fake.requests.clear()
    await client.lead_labels.list().first_page()  # one page: what the caller passed
    assert queries(fake) == [{}]


async def test_max_items_smaller_than_a_page_asks_for_only_what_it_needs(
    fake: FakeInstantly, client: AsyncInstantly, labels: list[str]
) -> None:
    some = [label.id async for label in client.lead_labels.list(max_items=3)]
    assert some == labels[:3]
    assert queries(fake) == [{"limit": "3"}]
    fake.requests.clear()
    chosen = [label.id async for label in client.lead_labels.list(page_size=20, max_items=3)]
    assert len(chosen) == 3 and queries(fake) == [{"limit": "20"}]  # the caller's choice stands
