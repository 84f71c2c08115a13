"""What the all-operations coverage tests share: ids of real resources in a fresh fake, and
bodies that need a value the generated examples cannot give."""

from __future__ import annotations

from typing import Any

import aiohttp

from instantly_async.testing import FakeInstantly

# The example label of patchCustomTag is the one createCustomTag's example already took: a
# duplicate tag label is a 409 on the live API, so rename to a free one.
BODY_OVERRIDES: dict[str, Any] = {"patchCustomTag": {"label": "Renamed coverage tag"}}


async def resources_by_kind(fake: FakeInstantly, http: aiohttp.ClientSession) -> dict[str, str]:
    """One stored resource of each stateful kind; path template -> the value of its parameter."""
    campaign = fake.seed_campaign(name="Coverage")
    lead = fake.seed_lead(email="lead@example.com", campaign=campaign["id"])
    lead_list = fake.seed_lead_list(name="Coverage list")
    fake.seed_account("sender@example.com", first_name="Sam", last_name="Sender")
    entry = fake.seed_block_list_entry("blocked.example")
    key = fake.add_api_key("coverage-key", ["all:all"])
    label = await _post(
        http, "/api/v2/lead-labels", {"label": "Hot", "interest_status_label": "positive"}
    )
    tag = await _post(http, "/api/v2/custom-tags", {"label": "Coverage tag"})
    hook = await _post(http, "/api/v2/webhooks", {"target_hook_url": "https://example.com/in"})
    # A test delivery leaves a delivery record (failed: the fake posts to loopback hosts only).
    await _post(http, f"/api/v2/webhooks/{hook['id']}/test", None)
    (delivery,) = fake.state.webhook_events.values()
    job = await _post(
        http, "/api/v2/leads/move", {"ids": [lead["id"]], "to_list_id": lead_list["id"]}
    )
    await _post(http, "/api/v2/email-verification", {"email": "verify@example.com"})
    session = await _post(http, "/api/v2/oauth/google/init", None)
    return {
        "/api/v2/campaigns/{id}": campaign["id"],
        "/api/v2/leads/{id}": lead["id"],
        "/api/v2/lead-lists/{id}": lead_list["id"],
        "/api/v2/accounts/{email}": "sender@example.com",
        "/api/v2/block-lists-entries/{id}": entry["id"],
        "/api/v2/api-keys/{id}": key["id"],
        "/api/v2/lead-labels/{id}": label["id"],
        "/api/v2/custom-tags/{id}": tag["id"],
        "/api/v2/webhooks/{id}": hook["id"],
        "/api/v2/webhook-events/{id}": delivery["id"],
        "/api/v2/background-jobs/{id}": job["id"],
        "/api/v2/email-verification/{email}": "verify@example.com",
        "/api/v2/oauth/session/status/{sessionId}": session["session_id"],
    }


async def _post(http: aiohttp.ClientSession, path: str, body: Any) -> Any:
    async with http.post(path, json=body) as response:
        assert response.status == 200, await response.text()
        return await response.json()
