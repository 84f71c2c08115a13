"""The stateful flows: campaigns, leads (bulk add with de-duplication, filters, bulk delete, move
jobs), accounts and warmup jobs, email verification, OAuth sessions, and the smaller resources."""

from __future__ import annotations

import re
from typing import Any

import aiohttp
import pytest

from instantly_async.testing import FakeInstantly

SCHEDULE = {
    "schedules": [
        {
            "name": "Weekdays",
            "timing": {"from": "09:00", "to": "17:00"},
            "days": {"1": True, "2": True, "3": True, "4": True, "5": True},
            "timezone": "Europe/Belgrade",
        }
    ]
}


class Api:
    """Tiny JSON helper that also checks every 2xx body against the operation's schema."""

    def __init__(self, fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
        self.fake = fake
        self.http = http

    async def __call__(
        self, method: str, path: str, json: Any = None, expect: int = 200, **kw: Any
    ) -> Any:
        if json is not None:
            kw["json"] = json
        async with self.http.request(method, path, **kw) as response:
            body = await response.json() if response.content_type == "application/json" else None
            assert response.status == expect, body
        op_id = self.fake.requests[-1].operation_id
        if 200 <= expect < 300 and body is not None and op_id is not None:
            schema = self.fake.spec.by_id[op_id].success_schema or {}
            error = self.fake.validator.first_error(body, schema)
            assert error is None, error.describe("response")
        return body


@pytest.fixture
def api(fake: FakeInstantly, http: aiohttp.ClientSession) -> Api:
    return Api(fake, http)


# -- campaigns ------------------------------------------------------------------------------------


async def test_campaign_lifecycle(fake: FakeInstantly, api: Api) -> None:
    created = await api(
        "POST",
        "/api/v2/campaigns",
        {"name": "Q3", "campaign_schedule": SCHEDULE, "daily_limit": 50},
    )
    cid = created["id"]
    assert created["status"] == 0
    assert created["daily_limit"] == 50
    assert created["timestamp_created"].endswith("Z")
    assert fake.state.campaigns[cid]["name"] == "Q3"

    assert (await api("POST", f"/api/v2/campaigns/{cid}/activate"))["status"] == 1
    assert fake.state.campaigns[cid]["status"] == 1
    assert (await api("POST", f"/api/v2/campaigns/{cid}/pause"))["status"] == 2
    fetched = await api("GET", f"/api/v2/campaigns/{cid}")
    assert (fetched["status"], fetched["name"]) == (2, "Q3")

    patched = await api("PATCH", f"/api/v2/campaigns/{cid}", {"name": "Q3 (final)"})
    assert patched["name"] == "Q3 (final)"
    assert patched["timestamp_updated"] >= patched["timestamp_created"]

    copy = await api("POST", f"/api/v2/campaigns/{cid}/duplicate", {"name": "Q4"})
    assert copy["name"] == "Q4"
    assert copy["id"] != cid and copy["status"] == 0 and copy["daily_limit"] == 50

    page = await api("GET", "/api/v2/campaigns", params={"search": "final"})
    assert [c["id"] for c in page["items"]] == [cid]

    deleted = await api("DELETE", f"/api/v2/campaigns/{cid}")
    assert deleted["id"] == cid
    assert cid not in fake.state.campaigns
    await api("GET", f"/api/v2/campaigns/{cid}", expect=404)
    await api("POST", f"/api/v2/campaigns/{cid}/activate", expect=404)
    # Sub-resources of an unknown campaign are 404 too.
    await api("GET", f"/api/v2/campaigns/{cid}/sending-status", expect=404)
    assert (await api("GET", f"/api/v2/campaigns/{copy['id']}/sending-status")) is not None


# -- leads ----------------------------------------------------------------------------------------


async def test_bulk_add_counts_and_dedupe(fake: FakeInstantly, api: Api) -> None:
    campaign = fake.seed_campaign(name="Target")["id"]
    other = fake.seed_campaign(name="Other")["id"]
    fake.seed_lead(email="already@example.com", campaign=campaign)
    fake.seed_block_list_entry("blocked@example.com")
    fake.seed_block_list_entry("spam.example")
    leads = [
        {"email": "new1@example.com", "first_name": "New", "custom_variables": {"tier": "gold"}},
        {"email": "NEW1@example.com"},
        {"email": "not-an-email"},
        {"first_name": "No email"},
        {"email": "blocked@example.com"},
        {"email": "someone@spam.example"},
        {"email": "already@example.com"},
        {"email": "new2@example.com"},
    ]
    result = await api("POST", "/api/v2/leads/add", {"campaign_id": campaign, "leads": leads})
    assert result["total_sent"] == 8
    assert result["leads_uploaded"] == 2
    assert result["duplicate_email_count"] == 1
    assert result["invalid_email_count"] == 1
    assert result["incomplete_count"] == 1
    assert result["in_blocklist"] == 2
    assert result["duplicated_leads"] == 1
    assert result["skipped_count"] == 0
    assert [(c["index"], c["email"]) for c in result["created_leads"]] == [
        (0, "new1@example.com"),
        (7, "new2@example.com"),
    ]
    stored = fake.state.leads[result["created_leads"][0]["id"]]
    assert stored["campaign"] == campaign
    assert stored["payload"] == {"tier": "gold"}

    # Into another campaign, an email present elsewhere is added unless a skip flag says no.
    again = [{"email": "new1@example.com"}, {"email": "fresh@example.com"}]
    result = await api(
        "POST",
        "/api/v2/leads/add",
        {"campaign_id": other, "leads": again, "skip_if_in_workspace": True},
    )
    assert (result["skipped_count"], result["leads_uploaded"]) == (1, 1)
    result = await api(
        "POST",
        "/api/v2/leads/add",
        {
            "campaign_id": other,
            "leads": [{"email": "new2@example.com"}],
            "skip_if_in_campaign": True,
        },
    )
    assert (result["skipped_count"], result["leads_uploaded"]) == (1, 0)
    result = await api(
        "POST",
        "/api/v2/leads/add",
        {"campaign_id": other, "leads": [{"email": "new2@example.com"}], "skip_if_in_list": True},
    )
    assert (result["skipped_count"], result["leads_uploaded"]) == (0, 1)
    listed = fake.seed_lead_list(name="List")["id"]
    fake.seed_lead(email="listed@example.com", list_id=listed)
    result = await api(
        "POST",
        "/api/v2/leads/add",
        {"campaign_id": other, "leads": [{"email": "listed@example.com"}], "skip_if_in_list": True},
    )
    assert (result["skipped_count"], result["leads_uploaded"]) == (1, 0)
    result = await api(
        "POST", "/api/v2/leads/add", {"list_id": listed, "leads": [{"email": "listed@example.com"}]}
    )
    assert (result["duplicated_leads"], result["leads_uploaded"]) == (1, 0)
    await api("POST", "/api/v2/leads/add", {"leads": [{"email": "x@example.com"}]}, expect=400)


async def test_lead_crud_and_custom_variables(fake: FakeInstantly, api: Api) -> None:
    campaign = fake.seed_campaign()["id"]
    lead = await api(
        "POST",
        "/api/v2/leads",
        {
            "campaign": campaign,
            "email": "ann@acme.example",
            "first_name": "Ann",
            "custom_variables": {"a": 1, "b": "x"},
        },
    )
    assert lead["company_domain"] == "acme.example"
    assert lead["payload"] == {"a": 1, "b": "x"}
    patched = await api(
        "PATCH",
        f"/api/v2/leads/{lead['id']}",
        {"last_name": "Lee", "custom_variables": {"c": True}},
    )
    assert patched["payload"] == {"c": True}
    assert (patched["first_name"], patched["last_name"]) == ("Ann", "Lee")
    await api(
        "PATCH",
        f"/api/v2/leads/{lead['id']}",
        {"custom_variables": {"nested": {"x": 1}}},
        expect=400,
    )
    assert (await api("GET", f"/api/v2/leads/{lead['id']}"))["payload"] == {"c": True}
    assert (await api("DELETE", f"/api/v2/leads/{lead['id']}"))["id"] == lead["id"]
    await api("GET", f"/api/v2/leads/{lead['id']}", expect=404)
    # createLead honours the skip flags by answering the lead already there.
    first = await api("POST", "/api/v2/leads", {"email": "bob@example.com", "campaign": campaign})
    same = await api(
        "POST", "/api/v2/leads", {"email": "bob@example.com", "skip_if_in_workspace": True}
    )
    assert same["id"] == first["id"]
    assert len(fake.state.leads) == 1


async def test_list_leads_filters(fake: FakeInstantly, api: Api) -> None:
    campaign = fake.seed_campaign()["id"]
    lead_list = fake.seed_lead_list()["id"]
    ann = fake.seed_lead(email="ann@example.com", first_name="Ann", campaign=campaign)
    bob = fake.seed_lead(email="bob@example.com", company_name="Bobcorp", campaign=campaign)
    cat = fake.seed_lead(email="cat@example.com", list_id=lead_list)
    fake.seed_lead(email="dan@example.com")

    async def emails(body: dict[str, Any]) -> list[str]:
        page = await api("POST", "/api/v2/leads/list", body)
        return [lead["email"] for lead in page["items"]]

    assert await emails({"campaign": campaign}) == ["ann@example.com", "bob@example.com"]
    assert await emails({"list_id": lead_list}) == ["cat@example.com"]
    assert await emails({"search": "bobCORP"}) == ["bob@example.com"]
    assert await emails({"ids": [ann["id"], cat["id"]]}) == ["ann@example.com", "cat@example.com"]
    assert await emails({"contacts": ["CAT@example.com", "dan@example.com"]}) == [
        "cat@example.com",
        "dan@example.com",
    ]
    assert await emails({"campaign": campaign, "excluded_ids": [bob["id"]]}) == ["ann@example.com"]
    assert await emails({"in_campaign": False, "in_list": False}) == ["dan@example.com"]


async def test_bulk_delete_with_a_json_body(fake: FakeInstantly, api: Api) -> None:
    campaign = fake.seed_campaign()["id"]
    other = fake.seed_campaign()["id"]
    doomed = [fake.seed_lead(email=f"d{i}@example.com", campaign=campaign)["id"] for i in range(4)]
    keep = fake.seed_lead(email="keep@example.com", campaign=other)["id"]
    result = await api("DELETE", "/api/v2/leads", {"campaign_id": campaign, "ids": doomed[:2]})
    assert result == {"count": 2}
    result = await api("DELETE", "/api/v2/leads", {"campaign_id": campaign, "limit": 1})
    assert result == {"count": 1}
    result = await api("DELETE", "/api/v2/leads", {"campaign_id": campaign})
    assert result == {"count": 1}
    assert list(fake.state.leads) == [keep]
    assert fake.requests_for("bulkDeleteLeads")[0].json == {
        "campaign_id": campaign,
        "ids": doomed[:2],
    }


async def test_move_leads_job_advances_over_polls(fake: FakeInstantly, api: Api) -> None:
    source = fake.seed_campaign()["id"]
    target = fake.seed_campaign()["id"]
    ids = [fake.seed_lead(email=f"m{i}@example.com", campaign=source)["id"] for i in range(3)]
    job = await api("POST", "/api/v2/leads/move", {"campaign": source, "to_campaign_id": target})
    assert re.fullmatch(r"[0-9a-f]{24}", job["id"])
    assert (job["status"], job["progress"], job["type"]) == ("pending", 0, "move-leads")
    assert {fake.state.leads[i]["campaign"] for i in ids} == {source}

    polled = await api("GET", f"/api/v2/background-jobs/{job['id']}")
    assert (polled["status"], polled["progress"]) == ("in-progress", 50)
    assert {fake.state.leads[i]["campaign"] for i in ids} == {source}

    polled = await api("GET", f"/api/v2/background-jobs/{job['id']}")
    assert (polled["status"], polled["progress"]) == ("success", 100)
    assert polled["data"]["moved_count"] == 3
    assert {fake.state.leads[i]["campaign"] for i in ids} == {target}
    assert (await api("GET", f"/api/v2/background-jobs/{job['id']}"))["status"] == "success"
    selected = await api(
        "GET", f"/api/v2/background-jobs/{job['id']}", params={"data_fields": "moved_count"}
    )
    assert selected["data"] == {"moved_count": 3}
    page = await api("GET", "/api/v2/background-jobs", params={"type": "move-leads"})
    assert [j["id"] for j in page["items"]] == [job["id"]]


async def test_failed_and_instant_jobs(fake: FakeInstantly, api: Api) -> None:
    lead_list = fake.seed_lead_list()["id"]
    lead = fake.seed_lead(email="x@example.com")
    fake.settings.job_outcome = "failed"
    fake.settings.job_polls = 1
    job = await api("POST", "/api/v2/leads/move", {"ids": [lead["id"]], "to_list_id": lead_list})
    assert (await api("GET", f"/api/v2/background-jobs/{job['id']}"))["status"] == "failed"
    assert lead["list_id"] is None
    fake.settings.job_outcome = "success"
    fake.settings.job_polls = 0
    job = await api(
        "POST",
        "/api/v2/leads/move",
        {"ids": [lead["id"]], "to_list_id": lead_list, "copy_leads": True},
    )
    assert (job["status"], job["progress"]) == ("success", 100)
    assert lead["list_id"] is None
    assert len(fake.state.leads) == 2
    await api("GET", "/api/v2/background-jobs/0123456789abcdef01234567", expect=404)


async def test_move_duplicate_checks(fake: FakeInstantly, api: Api) -> None:
    source = fake.seed_campaign()["id"]
    target = fake.seed_campaign()["id"]
    fake.settings.job_polls = 0
    mover = fake.seed_lead(email="dup@example.com", campaign=source)
    fake.seed_lead(email="dup@example.com", campaign=target)
    lone = fake.seed_lead(email="lone@example.com", campaign=source)
    body = {"campaign": source, "to_campaign_id": target, "check_duplicates": True}
    job = await api("POST", "/api/v2/leads/move", body)
    assert job["data"] == {"moved_count": 1, "moved_lead_emails": ["lone@example.com"]}
    assert (mover["campaign"], lone["campaign"]) == (source, target)
    job = await api("POST", "/api/v2/leads/move", {"ids": [mover["id"]], "to_campaign_id": target})
    assert job["data"]["moved_count"] == 1
    assert mover["campaign"] == target


@pytest.mark.parametrize("polls", [1, 3])
async def test_job_poll_count_is_configurable(polls: int) -> None:
    async with FakeInstantly(rate_limits=False, job_polls=polls) as fake:
        fake.seed_account("a@example.com")
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
            api = Api(fake, http)
            job = await api("POST", "/api/v2/accounts/warmup/enable", {"emails": ["a@example.com"]})
            seen = [
                (await api("GET", f"/api/v2/background-jobs/{job['id']}"))["status"]
                for _ in range(polls)
            ]
    assert seen == ["in-progress"] * (polls - 1) + ["success"]


# -- accounts -------------------------------------------------------------------------------------


async def test_account_lifecycle(fake: FakeInstantly, api: Api) -> None:
    body = {
        "email": "Sender@Example.com",
        "first_name": "Sam",
        "last_name": "Sender",
        "provider_code": 1,
        "imap_username": "u",
        "imap_password": "p",
        "imap_host": "imap.example.com",
        "imap_port": 993,
        "smtp_username": "u",
        "smtp_password": "p",
        "smtp_host": "smtp.example.com",
        "smtp_port": 587,
        "daily_limit": 30,
    }
    created = await api("POST", "/api/v2/accounts", body)
    assert (created["status"], created["warmup_status"], created["daily_limit"]) == (1, 0, 30)
    assert "imap_password" not in created
    await api("POST", "/api/v2/accounts", body, expect=409)
    fetched = await api("GET", "/api/v2/accounts/sender%40example.com")
    assert fetched["email"] == "Sender@Example.com"
    patched = await api("PATCH", "/api/v2/accounts/Sender%40Example.com", {"daily_limit": 40})
    assert patched["daily_limit"] == 40
    assert (await api("POST", "/api/v2/accounts/sender%40example.com/pause"))["status"] == 2
    assert (await api("POST", "/api/v2/accounts/sender%40example.com/resume"))["status"] == 1
    fixed = await api("POST", "/api/v2/accounts/sender%40example.com/mark-fixed")
    assert fixed["email"] == "Sender@Example.com"
    result = await api(
        "POST", "/api/v2/accounts/pause", {"emails": ["sender@example.com", "ghost@example.com"]}
    )
    assert result == {
        "paused_emails": ["sender@example.com"],
        "failed_emails": ["ghost@example.com"],
    }
    assert fake.state.accounts["sender@example.com"]["status"] == 2
    deleted = await api("DELETE", "/api/v2/accounts/sender%40example.com")
    assert deleted["email"] == "Sender@Example.com"
    await api("GET", "/api/v2/accounts/sender%40example.com", expect=404)
    await api("POST", "/api/v2/accounts/ghost%40example.com/pause", expect=404)


async def test_warmup_jobs_flip_warmup_status(fake: FakeInstantly, api: Api) -> None:
    for email in ("a@example.com", "b@example.com", "c@example.com"):
        fake.seed_account(email)
    job = await api(
        "POST",
        "/api/v2/accounts/warmup/enable",
        {"emails": ["a@example.com", "b@example.com", "nobody@example.com"]},
    )
    assert (job["type"], job["status"]) == ("update-warmup-accounts", "pending")
    assert fake.state.accounts["a@example.com"]["warmup_status"] == 0
    for _ in range(2):
        done = await api("GET", f"/api/v2/background-jobs/{job['id']}")
    assert done["status"] == "success"
    assert {k: a["warmup_status"] for k, a in fake.state.accounts.items()} == {
        "a@example.com": 1,
        "b@example.com": 1,
        "c@example.com": 0,
    }
    assert fake.state.accounts["a@example.com"]["timestamp_warmup_start"] is not None

    job = await api(
        "POST",
        "/api/v2/accounts/warmup/disable",
        {"include_all_emails": True, "excluded_emails": ["b@example.com"]},
    )
    fake.finish_job(job["id"])
    assert {k: a["warmup_status"] for k, a in fake.state.accounts.items()} == {
        "a@example.com": 0,
        "b@example.com": 1,
        "c@example.com": 0,
    }


async def test_list_accounts_filters(fake: FakeInstantly, api: Api) -> None:
    fake.seed_account("one@alpha.example")
    paused = fake.seed_account("two@beta.example")
    paused["status"] = 2
    page = await api("GET", "/api/v2/accounts", params={"status": "2"})
    assert [a["email"] for a in page["items"]] == ["two@beta.example"]
    page = await api("GET", "/api/v2/accounts", params={"search": "alpha"})
    assert [a["email"] for a in page["items"]] == ["one@alpha.example"]


# -- email verification and OAuth -------------------------------------------------------------


async def test_email_verification_pending_then_final(fake: FakeInstantly, api: Api) -> None:
    first = await api("POST", "/api/v2/email-verification", {"email": "ann@example.com"})
    assert first["verification_status"] == "pending"
    final = await api("GET", "/api/v2/email-verification/ann%40example.com")
    assert final["verification_status"] == "verified"
    again = await api("GET", "/api/v2/email-verification/ann%40example.com")
    assert again["verification_status"] == "verified"
    await api("GET", "/api/v2/email-verification/other%40example.com", expect=404)


async def test_email_verification_poll_count_and_results() -> None:
    async with FakeInstantly(rate_limits=False, verification_polls=3) as fake:
        fake.state.verification_results["bad@example.com"] = "invalid"
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
            api = Api(fake, http)
            await api("POST", "/api/v2/email-verification", {"email": "bad@example.com"})
            seen = []
            for _ in range(4):
                polled = await api("GET", "/api/v2/email-verification/bad%40example.com")
                seen.append(polled["verification_status"])
            assert seen == ["pending", "pending", "invalid", "invalid"]
            fake.settings.verification_polls = 0
            now = await api("POST", "/api/v2/email-verification", {"email": "good@example.com"})
            assert now["verification_status"] == "verified"


async def test_oauth_session_becomes_success_and_connects_an_account(
    fake: FakeInstantly, api: Api
) -> None:
    session = await api("POST", "/api/v2/oauth/microsoft/init")
    assert session["auth_url"].startswith("https://login.microsoftonline.com/")
    path = f"/api/v2/oauth/session/status/{session['session_id']}"
    assert (await api("GET", path))["status"] == "pending"
    done = await api("GET", path)
    assert done["status"] == "success"
    assert fake.state.accounts[done["email"].lower()]["provider_code"] == 3
    await api("GET", "/api/v2/oauth/session/status/unknown", expect=404)


# -- smaller resources ------------------------------------------------------------------------------


async def test_custom_tags_refuse_duplicate_labels(fake: FakeInstantly, api: Api) -> None:
    tag = await api("POST", "/api/v2/custom-tags", {"label": "VIP"})
    body = await api("POST", "/api/v2/custom-tags", {"label": " vip "}, expect=409)
    assert (body["statusCode"], body["error"]) == (409, "Conflict")
    other = await api("POST", "/api/v2/custom-tags", {"label": "Cold"})
    await api("PATCH", f"/api/v2/custom-tags/{other['id']}", {"label": "VIP"}, expect=409)
    renamed = await api("PATCH", f"/api/v2/custom-tags/{tag['id']}", {"label": "VIP+"})
    assert renamed["label"] == "VIP+"
    page = await api("GET", "/api/v2/custom-tags", params={"tag_ids": f"{tag['id']},{other['id']}"})
    assert len(page["items"]) == 2
    await api("DELETE", f"/api/v2/custom-tags/{tag['id']}")
    assert list(fake.state.custom_tags) == [other["id"]]


async def test_lead_lists_labels_and_webhooks(fake: FakeInstantly, api: Api) -> None:
    lead_list = await api("POST", "/api/v2/lead-lists", {"name": "Imports"})
    assert lead_list["organization_id"] == fake.state.workspace_id
    renamed = await api("PATCH", f"/api/v2/lead-lists/{lead_list['id']}", {"name": "Renamed"})
    assert renamed["name"] == "Renamed"
    await api("DELETE", f"/api/v2/lead-lists/{lead_list['id']}")
    assert fake.state.lead_lists == {}

    label = await api(
        "POST", "/api/v2/lead-labels", {"label": "Warm", "interest_status_label": "positive"}
    )
    lead = fake.seed_lead(email="l@example.com", lt_interest_status=label["interest_status"])
    await api("DELETE", f"/api/v2/lead-labels/{label['id']}", {"reassigned_status": 1})
    assert lead["lt_interest_status"] == 1

    hook = await api(
        "POST",
        "/api/v2/webhooks",
        {"target_hook_url": "https://example.com/hook", "event_type": "reply_received"},
    )
    fake.state.webhooks[hook["id"]]["status"] = -1
    assert (await api("POST", f"/api/v2/webhooks/{hook['id']}/resume"))["status"] == 1
    page = await api("GET", "/api/v2/webhooks", params={"event_type": "reply_received"})
    assert [h["id"] for h in page["items"]] == [hook["id"]]
    await api("POST", f"/api/v2/webhooks/{hook['id']}/test")
    await api("DELETE", f"/api/v2/webhooks/{hook['id']}")
    await api("POST", f"/api/v2/webhooks/{hook['id']}/test", expect=404)


async def test_block_list_entries(fake: FakeInstantly, api: Api) -> None:
    result = await api(
        "POST",
        "/api/v2/block-lists-entries/bulk-create",
        {"bl_values": ["a@x.example", "y.example", "not valid"]},
    )
    assert (result["valid_count"], result["invalid_count"]) == (2, 1)
    assert [e["is_domain"] for e in result["items"]] == [False, True]
    page = await api("GET", "/api/v2/block-lists-entries", params={"domains_only": "true"})
    assert [e["bl_value"] for e in page["items"]] == ["y.example"]
    deleted = await api(
        "POST", "/api/v2/block-lists-entries/bulk-delete", {"ids": [result["items"][0]["id"]]}
    )
    assert [e["bl_value"] for e in deleted] == ["a@x.example"]
    cleared = await api("DELETE", "/api/v2/block-lists-entries")
    assert [e["bl_value"] for e in cleared] == ["y.example"]
    assert fake.state.block_list_entries == {}


async def test_api_keys_created_through_the_api_authenticate(fake: FakeInstantly, api: Api) -> None:
    created = await api("POST", "/api/v2/api-keys", {"name": "CI", "scopes": ["campaigns:read"]})
    async with aiohttp.ClientSession(
        base_url=fake.base_url, headers={"Authorization": f"Bearer {created['key']}"}
    ) as http:
        async with http.get("/api/v2/campaigns") as response:
            assert response.status == 200
        async with http.post("/api/v2/leads/list", json={}) as response:
            assert response.status == 403
        await api("DELETE", f"/api/v2/api-keys/{created['id']}")
        async with http.get("/api/v2/campaigns") as response:
            assert response.status == 401
    page = await api("GET", "/api/v2/api-keys")
    assert [k["key"] for k in page["items"]] == [fake.api_key]
