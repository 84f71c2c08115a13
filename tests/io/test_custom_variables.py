"""leads.merge_custom_variables: read, merge, write back, against a real FakeInstantly."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async._extensions.custom_variables import custom_variables_of
from instantly_async.testing import FakeInstantly


@pytest.fixture
async def client(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as c:
        yield c


async def test_merge_keeps_the_other_variables(fake: FakeInstantly, client: AsyncInstantly) -> None:
    lead = fake.seed_lead(email="a@example.com", custom_variables={"tier": "gold", "n": 1})

    updated = await client.leads.merge_custom_variables(lead["id"], {"n": 2, "vip": True})

    assert fake.state.leads[lead["id"]]["payload"] == {"tier": "gold", "n": 2, "vip": True}
    assert custom_variables_of(updated) == {"tier": "gold", "n": 2, "vip": True}
    (patch,) = fake.requests_for("patchLead")
    assert patch.json == {"custom_variables": {"tier": "gold", "n": 2, "vip": True}}


async def test_remove_drops_names(fake: FakeInstantly, client: AsyncInstantly) -> None:
    lead = fake.seed_lead(email="a@example.com", custom_variables={"tier": "gold", "n": 1})

    await client.leads.merge_custom_variables(lead["id"], {}, remove=["tier", "absent"])

    assert fake.state.leads[lead["id"]]["payload"] == {"n": 1}


def test_payload_copies_of_lead_fields_are_not_custom_variables() -> None:
    lead = {"payload": {"firstName": "Ada", "companyName": "X", "tier": "gold"}}
    assert custom_variables_of(lead) == {"tier": "gold"}
    assert custom_variables_of({"email": "a@example.com"}) == {}


@pytest.mark.parametrize(
    ("updates", "kwargs", "error", "message"),
    [
        ({"tags": ["a"]}, {}, ValueError, "custom variable 'tags' must be a string, number"),
        ({"deep": {"x": 1}}, {}, ValueError, "got object"),
        ({"": 1}, {}, ValueError, "non-empty strings"),
        ({}, {}, ValueError, "at least one update"),
        ({"a": 1}, {"remove": ["a"]}, ValueError, "both in updates and in remove"),
        ({"a": 1}, {"remove": "a"}, TypeError, "remove must be a list"),
        ([("a", 1)], {}, TypeError, "updates must be a mapping"),
    ],
)
async def test_bad_updates_are_refused_before_any_request(
    fake: FakeInstantly,
    client: AsyncInstantly,
    updates: Any,
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    lead = fake.seed_lead(email="a@example.com")
    with pytest.raises(error, match=message):
        await client.leads.merge_custom_variables(lead["id"], updates, **kwargs)
    assert fake.requests == []


async def test_empty_lead_id_is_refused(fake: FakeInstantly, client: AsyncInstantly) -> None:
    with pytest.raises(ValueError, match="lead_id must be a non-empty"):
        await client.leads.merge_custom_variables(" ", {"a": 1})
    assert fake.requests == []
