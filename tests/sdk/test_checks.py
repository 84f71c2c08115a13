"""The API's rules on a call as a whole and on nested values are checked before sending: an empty
PATCH, a missing target, an empty nested object, a step whose variants are all disabled, and a
deprecated field (a warning naming its replacement)."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from aioresponses import aioresponses

from instantly_async import AsyncInstantly
from tests.support import BASE

CAMPAIGN = "0190aaaa-0000-7000-8000-000000000001"
SCHEDULE = {
    "schedules": [
        {
            "name": "Work days",
            "timing": {"from": "09:00", "to": "17:00"},
            "days": {"1": True},
            "timezone": "Etc/GMT+12",
        }
    ]
}


def _step(*disabled: bool) -> dict[str, Any]:
    return {
        "type": "email",
        "delay": 1,
        "variants": [{"subject": "s", "body": "b", "v_disabled": flag} for flag in disabled],
    }


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (
            lambda c: c.campaigns.update(CAMPAIGN),
            ValueError,
            r"campaigns\.update\(\) needs at least 1 field to send; it accepts: name, .*"
            r"campaign_schedule",
        ),
        (
            lambda c: c.leads.update(CAMPAIGN),
            ValueError,
            r"leads\.update\(\) needs at least 1 field",
        ),
        (
            lambda c: c.leads.move(),
            TypeError,
            r"leads\.move\(\) needs the argument 'to_campaign_id' or 'to_list_id'",
        ),
        (
            lambda c: c.leads.move(to_campaign_id=None),
            TypeError,
            r"needs the argument 'to_campaign_id' or 'to_list_id'",
        ),
        (
            lambda c: c.leads.add(leads=[{"email": "a@example.com"}]),
            TypeError,
            r"leads\.add\(\) needs the argument 'campaign_id' or 'list_id'",
        ),
        (
            lambda c: c.leads.delete_many(),
            TypeError,
            r"leads\.delete_many\(\) needs the argument 'campaign_id' or 'list_id'",
        ),
        (
            lambda c: c.campaigns.update(
                CAMPAIGN,
                campaign_schedule={
                    "schedules": [
                        SCHEDULE["schedules"][0],
                        {**SCHEDULE["schedules"][0], "days": {}},
                    ]
                },
            ),
            ValueError,
            r"argument 'campaign_schedule': campaign_schedule\.schedules\[1\]\.days must have at "
            r"least 1 entries, got 0",
        ),
        (
            lambda c: c.campaign_subsequences.create(
                parent_campaign=CAMPAIGN,
                name="Follow-up",
                conditions={"reply_contains": "yes"},
                subsequence_schedule=SCHEDULE,
                sequences=[{"steps": [_step(False), _step(True, True)]}],
            ),
            ValueError,
            r"sequences\[0\]\.steps\[1\]\.variants needs at least one item whose 'v_disabled' "
            r"is not True",
        ),
        (
            lambda c: c.supersearch_enrichments.create(
                resource_id=CAMPAIGN, integration_actions={}
            ),
            ValueError,
            r"argument 'integration_actions': integration_actions must have at least 1 entries",
        ),
    ],
)
async def test_a_broken_rule_raises_and_nothing_is_sent(
    call: Any, error: type[Exception], match: str, mocked: aioresponses, client: AsyncInstantly
) -> None:
    with pytest.raises(error, match=match):
        await call(client)
    assert not mocked.requests


async def test_calls_that_keep_the_rules_are_sent(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.patch(f"{BASE}/api/v2/campaigns/{CAMPAIGN}", payload={"id": CAMPAIGN, "name": "x"})
    await client.campaigns.update(CAMPAIGN, name="x", campaign_schedule=SCHEDULE)
    mocked.post(f"{BASE}/api/v2/subsequences", payload={"id": CAMPAIGN})
    await client.campaign_subsequences.create(
        parent_campaign=CAMPAIGN,
        name="Follow-up",
        conditions={"reply_contains": "yes"},
        sequences=[{"steps": [_step(True, False), _step(False)]}],
    )
    assert len(mocked.requests) == 2


async def test_a_deprecated_field_warns_with_its_replacement_at_the_callers_line(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.post(
        f"{BASE}/api/v2/supersearch-enrichment/count-leads-from-supersearch",
        payload={"number_of_leads": 3},
    )
    with pytest.warns(DeprecationWarning) as caught:
        await client.supersearch_enrichments.count_leads(search_filters={"jobListingFilter": ["x"]})
    (warning,) = caught
    assert str(warning.message) == (
        "supersearch_enrichments.count_leads() argument 'search_filters': "
        "search_filters.jobListingFilter is deprecated; use 'jobListing' instead"
    )
    assert warning.filename == __file__
    assert len(mocked.requests) == 1


async def test_the_replacement_field_does_not_warn(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.post(
        f"{BASE}/api/v2/supersearch-enrichment/count-leads-from-supersearch",
        payload={"number_of_leads": 3},
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await client.supersearch_enrichments.count_leads(search_filters={"jobListing": ["x"]})


async def test_a_patch_whose_only_field_comes_through_extra_body_is_sent(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    """A field the spec does not know yet, added with `with_options(extra_body=...)`, is a
    field: the PATCH is not empty."""
    url = f"{BASE}/api/v2/campaigns/{CAMPAIGN}"
    mocked.patch(url, payload={"id": CAMPAIGN, "name": "x"})
    await client.with_options(extra_body={"new_setting": True}).campaigns.update(CAMPAIGN)
    ((_, sent),) = [(key, calls) for key, calls in mocked.requests.items()]
    assert sent[0].kwargs["data"] == b'{"new_setting":true}'
    with pytest.raises(ValueError, match="needs at least 1 field"):
        await client.with_options(extra_body={}).campaigns.update(CAMPAIGN)
