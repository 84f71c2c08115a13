"""`client.webhooks.ensure` against the fake: one subscription per event type for a URL."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async.testing import FakeInstantly

URL = "https://hooks.example.com/instantly"
HEADERS = {"X-Instantly-Secret": "one"}
WRITES = ("createWebhook", "patchWebhook", "resumeWebhook", "deleteWebhook")


@pytest.fixture
async def api(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as client:
        yield client


def writes(fake: FakeInstantly) -> list[str]:
    return [r.operation_id for r in fake.requests if r.operation_id in WRITES]


async def test_creates_one_per_event_type_and_a_second_run_changes_nothing(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    types = ["reply_received", "email_link_clicked", "lead_interested"]
    first = await api.webhooks.ensure(URL, event_types=types, headers=HEADERS)
    assert [str(getattr(h.event_type, "value", h.event_type)) for h in first] == types
    assert all(h.target_hook_url == URL and h.headers == HEADERS for h in first)
    assert writes(fake) == ["createWebhook"] * 3

    fake.requests.clear()
    second = await api.webhooks.ensure(URL, event_types=types, headers=HEADERS)
    assert [h.id for h in second] == [h.id for h in first]
    assert writes(fake) == []
    assert len(fake.state.webhooks) == 3


async def test_updates_headers_resumes_disabled_and_removes_extra_copies(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    a = await api.webhooks.create(target_hook_url=URL, event_type="email_sent", headers=HEADERS)
    b = await api.webhooks.create(target_hook_url=URL, event_type="email_opened", headers=HEADERS)
    extra = await api.webhooks.create(target_hook_url=URL, event_type="email_opened")
    fake.state.webhooks[a.id]["status"] = -1
    fake.requests.clear()

    rotated = {"X-Instantly-Secret": "two"}
    result = await api.webhooks.ensure(
        URL, event_types=["email_sent", "email_opened"], headers=rotated
    )
    assert [h.id for h in result] == [a.id, b.id]
    assert all(h.headers == rotated and h.status == 1 for h in result)
    assert extra.id not in fake.state.webhooks
    assert sorted(writes(fake)) == sorted(
        ["patchWebhook", "patchWebhook", "resumeWebhook", "deleteWebhook"]
    )


async def test_leaves_other_urls_campaigns_and_event_types_alone(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    campaign = fake.seed_campaign("Q3")
    others = [
        await api.webhooks.create(
            target_hook_url="https://other.example.com/h", event_type="email_sent"
        ),
        await api.webhooks.create(target_hook_url=URL, event_type="lead_closed"),
        await api.webhooks.create(
            target_hook_url=URL, event_type="email_sent", campaign=campaign["id"]
        ),
    ]
    before = {h.id: dict(fake.state.webhooks[h.id]) for h in others}
    (made,) = await api.webhooks.ensure(URL, event_types=["email_sent"])
    assert made.id not in before and made.campaign is None
    assert {h.id: fake.state.webhooks[h.id] for h in others} == before

    (scoped,) = await api.webhooks.ensure(URL, event_types=["email_sent"], campaign=campaign["id"])
    assert scoped.id == others[2].id


async def test_headers_none_leaves_existing_headers(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    hook = await api.webhooks.create(target_hook_url=URL, event_type="email_sent", headers=HEADERS)
    fake.requests.clear()
    (same,) = await api.webhooks.ensure(URL, event_types=["email_sent"])
    assert same.id == hook.id and same.headers == HEADERS
    assert writes(fake) == []


@pytest.mark.parametrize(
    ("kwargs", "error", "says"),
    [
        ({"event_types": ["link_clicked"]}, ValueError, "subscribe to 'email_link_clicked'"),
        ({"event_types": ["nope"]}, ValueError, "allowed: all_events"),
        ({"event_types": []}, ValueError, "at least one"),
        ({"event_types": "email_sent"}, TypeError, "event_types must be a list"),
        ({"event_types": ["email_sent"], "headers": {"X": 1}}, TypeError, "headers"),
        ({"event_types": ["email_sent"], "campaign": ""}, ValueError, "campaign"),
    ],
)
async def test_bad_arguments_fail_before_anything_is_sent(
    fake: FakeInstantly, api: AsyncInstantly, kwargs: dict[str, object], error: type, says: str
) -> None:
    with pytest.raises(error, match=says):
        await api.webhooks.ensure(URL, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="target_hook_url"):
        await api.webhooks.ensure("ftp://x", event_types=["email_sent"])
    assert fake.requests == []
