"""FakeInstantly speaks the live protocol: bearer keys and scopes, AJV-worded validation errors,
body rules, literal-first routing, percent-decoded path parameters and request recording."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from yarl import URL

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


async def call(
    http: aiohttp.ClientSession, method: str, path: str | URL, **kwargs: Any
) -> tuple[int, Any]:
    async with http.request(method, path, **kwargs) as response:
        if response.content_type == "application/json":
            return response.status, await response.json()
        return response.status, await response.text()


# -- authentication and scopes ------------------------------------------------------------------


async def test_missing_key_is_a_401_envelope(fake: FakeInstantly) -> None:
    async with aiohttp.ClientSession(base_url=fake.base_url) as anonymous:
        status, body = await call(anonymous, "GET", "/api/v2/campaigns")
    assert status == 401
    assert body["statusCode"] == 401
    assert body["error"] == "Unauthorized"
    assert isinstance(body["message"], str) and body["message"]
    assert fake.state.campaigns == {}


@pytest.mark.parametrize("header", ["Bearer not-a-key", "Basic abc", "Bearer ", "nonsense"])
async def test_invalid_key_is_a_401_envelope(fake: FakeInstantly, header: str) -> None:
    async with aiohttp.ClientSession(
        base_url=fake.base_url, headers={"Authorization": header}
    ) as session:
        status, body = await call(session, "GET", "/api/v2/campaigns")
    assert status == 401
    assert body["error"] == "Unauthorized"
    assert "not-a-key" not in body["message"]


async def test_revoked_key_is_refused(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    assert (await call(http, "GET", "/api/v2/campaigns"))[0] == 200
    fake.revoke_api_key(fake.api_key)
    status, body = await call(http, "GET", "/api/v2/campaigns")
    assert (status, body["statusCode"]) == (401, 401)


async def test_scopes_are_checked_per_operation(fake: FakeInstantly) -> None:
    fake.add_api_key("reader", scopes=["leads:read"])
    async with aiohttp.ClientSession(
        base_url=fake.base_url, headers={"Authorization": "Bearer reader"}
    ) as reader:
        assert (await call(reader, "POST", "/api/v2/leads/list", json={}))[0] == 200
        status, body = await call(reader, "POST", "/api/v2/leads", json={"email": "a@b.co"})
        assert status == 403
        assert body["statusCode"] == 403
        assert body["error"] == "Forbidden"
        assert "leads:create" in body["message"]
        assert (await call(reader, "GET", "/api/v2/campaigns"))[0] == 403
        # An operation whose spec lists no scopes accepts any valid key.
        assert (await call(reader, "GET", "/api/v2/campaigns/analytics"))[0] == 200
    assert fake.state.leads == {}


@pytest.mark.parametrize(
    ("scopes", "expected"),
    [
        (["all:read"], (200, 403)),
        (["leads:all"], (200, 200)),
        (["all:all"], (200, 200)),
        (["campaigns:all"], (403, 403)),
    ],
)
async def test_wider_scopes_cover_narrower_ones(
    fake: FakeInstantly, scopes: list[str], expected: tuple[int, int]
) -> None:
    fake.add_api_key("scoped", scopes=scopes)
    async with aiohttp.ClientSession(
        base_url=fake.base_url, headers={"Authorization": "Bearer scoped"}
    ) as session:
        read = (await call(session, "POST", "/api/v2/leads/list", json={}))[0]
        write = (await call(session, "POST", "/api/v2/leads", json={"email": "a@b.co"}))[0]
    assert (read, write) == expected


# -- validation ---------------------------------------------------------------------------------


async def assert_400(
    http: aiohttp.ClientSession, method: str, path: str, message: str, **kw: Any
) -> None:
    status, body = await call(http, method, path, **kw)
    assert status == 400, body
    assert body["statusCode"] == 400
    assert body["error"] == "Bad Request"
    assert body["message"] == message


async def test_body_enum_error_names_the_nested_field(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    schedule = {"schedules": [{**SCHEDULE["schedules"][0], "timezone": "America/New_York"}]}
    await assert_400(
        http,
        "POST",
        "/api/v2/campaigns",
        "body/campaign_schedule/schedules/0/timezone must be equal to one of the allowed values",
        json={"name": "Q3", "campaign_schedule": schedule},
    )
    assert fake.state.campaigns == {}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"campaign_schedule": SCHEDULE}, "body must have required property 'name'"),
        ({"name": 7, "campaign_schedule": SCHEDULE}, "body/name must be string"),
        ({"name": "Q3"}, "body must have required property 'campaign_schedule'"),
        (
            {"name": "Q3", "campaign_schedule": SCHEDULE, "colour": "red"},
            "body must NOT have additional properties",
        ),
        (
            {"name": "Q3", "campaign_schedule": {"schedules": []}},
            "body/campaign_schedule/schedules must NOT have fewer than 1 items",
        ),
        (
            {
                "name": "Q3",
                "campaign_schedule": {
                    "schedules": [
                        {**SCHEDULE["schedules"][0], "timing": {"from": "9am", "to": "17:00"}}
                    ]
                },
            },
            'body/campaign_schedule/schedules/0/timing/from must match pattern "^([01][0-9]|2[0-3]):([0-5][0-9])$"',
        ),
        (
            {"name": "Q3", "campaign_schedule": SCHEDULE, "daily_max_leads": -1},
            "body/daily_max_leads must be >= 0",
        ),
        (
            {"name": "Q3", "campaign_schedule": SCHEDULE, "daily_limit": "10"},
            "body/daily_limit must be number,null",
        ),
        (
            {"name": "Q3", "campaign_schedule": SCHEDULE, "cc_list": ["not-an-email"]},
            'body/cc_list/0 must match format "email"',
        ),
        ([], "body must be object"),
    ],
)
async def test_body_validation_messages(
    http: aiohttp.ClientSession, body: Any, message: str
) -> None:
    await assert_400(http, "POST", "/api/v2/campaigns", message, json=body)


async def test_required_body_missing(http: aiohttp.ClientSession) -> None:
    await assert_400(http, "POST", "/api/v2/campaigns", "body must be object")


async def test_combinator_and_array_limits(http: aiohttp.ClientSession) -> None:
    await assert_400(
        http, "DELETE", "/api/v2/leads", "body must match a schema in anyOf", json={"limit": 5}
    )
    leads = [{"email": f"lead{i}@example.com"} for i in range(1001)]
    await assert_400(
        http,
        "POST",
        "/api/v2/leads/add",
        "body/leads must NOT have more than 1000 items",
        json={"campaign_id": "019a0000-0000-7000-8000-000000000001", "leads": leads},
    )
    await assert_400(
        http,
        "POST",
        "/api/v2/custom-tags",
        "body/label must NOT have fewer than 1 characters",
        json={"label": ""},
    )
    await assert_400(
        http,
        "POST",
        "/api/v2/webhooks",
        'body/target_hook_url must match format "uri"',
        json={"target_hook_url": "https://bad host"},
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("limit=101", "querystring/limit must be <= 100"),
        ("limit=0", "querystring/limit must be >= 1"),
        ("limit=ten", "querystring/limit must be integer"),
        ("limit=2.5", "querystring/limit must be integer"),
        ("limit=5&limit=6", "querystring/limit must be integer"),
        ("status=7", "querystring/status must be equal to one of the allowed values"),
        ("ai_sales_agent_id=nope", 'querystring/ai_sales_agent_id must match format "uuid"'),
    ],
)
async def test_querystring_validation_messages(
    http: aiohttp.ClientSession, query: str, message: str
) -> None:
    await assert_400(http, "GET", f"/api/v2/campaigns?{query}", message)


async def test_query_values_are_coerced_per_schema(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    fake.seed_lead_list(name="Enriched", has_enrichment_task=True)
    fake.seed_lead_list(name="Plain", has_enrichment_task=False)
    status, page = await call(http, "GET", "/api/v2/lead-lists?has_enrichment_task=true&limit=5")
    assert status == 200
    assert [item["name"] for item in page["items"]] == ["Enriched"]
    await assert_400(
        http,
        "GET",
        "/api/v2/lead-lists?has_enrichment_task=yes",
        "querystring/has_enrichment_task must be boolean",
    )
    active = fake.seed_campaign(name="Active")
    active["status"] = 1
    fake.seed_campaign(name="Draft")
    status, page = await call(http, "GET", "/api/v2/campaigns?status=1")
    assert [item["name"] for item in page["items"]] == ["Active"]


async def test_array_query_parameters_take_repeated_keys(http: aiohttp.ClientSession) -> None:
    ids = ["019a0000-0000-7000-8000-000000000001", "019a0000-0000-7000-8000-000000000002"]
    assert (
        await call(http, "GET", "/api/v2/campaigns/analytics", params=[("ids", i) for i in ids])
    )[0] == 200
    assert (await call(http, "GET", "/api/v2/campaigns/analytics", params={"ids": ids[0]}))[
        0
    ] == 200
    await assert_400(
        http,
        "GET",
        f"/api/v2/campaigns/analytics?ids={ids[0]}&ids=bad",
        'querystring/ids/1 must match format "uuid"',
    )
    await assert_400(
        http,
        "GET",
        "/api/v2/accounts/analytics/daily?" + "&".join(f"emails=a{i}@b.co" for i in range(201)),
        "querystring/emails must NOT have more than 200 items",
    )


async def test_comma_separated_query_parameters(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    first = fake.seed_lead(email="one@example.com")
    second = fake.seed_lead(email="two@example.com")
    statuses = []
    for lead in (first, second, fake.seed_lead(email="three@example.com")):
        _, job = await call(
            http,
            "POST",
            "/api/v2/leads/move",
            json={"ids": [lead["id"]], "to_list_id": first["id"]},
        )
        statuses.append(job["id"])
    status, page = await call(
        http, "GET", "/api/v2/background-jobs", params={"ids": f"{statuses[0]},{statuses[2]}"}
    )
    assert status == 200
    assert [job["id"] for job in page["items"]] == [statuses[0], statuses[2]]


async def test_required_query_parameter(http: aiohttp.ClientSession) -> None:
    await assert_400(
        http,
        "GET",
        "/api/v2/subsequences/analytics",
        "querystring must have required property 'campaign_id'",
    )


async def test_path_parameter_validation(http: aiohttp.ClientSession) -> None:
    await assert_400(
        http, "GET", "/api/v2/campaigns/not-a-uuid", 'params/id must match format "uuid"'
    )
    await assert_400(
        http,
        "GET",
        "/api/v2/email-verification/not-an-email",
        'params/email must match format "email"',
    )


# -- bodies ---------------------------------------------------------------------------------------


async def test_empty_body_under_json_content_type_is_refused(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign()
    status, body = await call(
        http,
        "POST",
        f"/api/v2/campaigns/{campaign['id']}/activate",
        data=b"",
        headers={"Content-Type": "application/json"},
    )
    assert status == 400
    assert body["statusCode"] == 400
    assert body["error"] == "Bad Request"
    assert "empty" in body["message"]
    assert campaign["status"] == 0
    status, _ = await call(
        http,
        "DELETE",
        f"/api/v2/campaigns/{campaign['id']}",
        headers={"Content-Type": "application/json"},
    )
    assert status == 400
    assert campaign["id"] in fake.state.campaigns
    # Without a body and without a content type, both work.
    assert (await call(http, "POST", f"/api/v2/campaigns/{campaign['id']}/activate"))[0] == 200
    assert campaign["status"] == 1
    assert (await call(http, "DELETE", f"/api/v2/campaigns/{campaign['id']}"))[0] == 200
    assert fake.state.campaigns == {}


async def test_malformed_json_and_foreign_media_types(http: aiohttp.ClientSession) -> None:
    status, body = await call(
        http, "POST", "/api/v2/leads", data=b"{oops", headers={"Content-Type": "application/json"}
    )
    assert (status, body["statusCode"]) == (400, 400)
    status, body = await call(
        http, "POST", "/api/v2/leads", data=b"email=a", headers={"Content-Type": "text/plain"}
    )
    assert (status, body["statusCode"]) == (415, 415)


# -- routing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("POST", "/api/v2/accounts/warmup/enable", "enableWarmupForAccounts"),
        ("POST", "/api/v2/accounts/warmup/disable", "disableWarmupForAccounts"),
        ("GET", "/api/v2/accounts/ctd/status?host=example.com", "getCtdStatus"),
        ("POST", "/api/v2/accounts/pause", "pauseAccounts"),
        ("GET", "/api/v2/campaigns/analytics", "getCampaignAnalytics"),
        ("GET", "/api/v2/campaigns/analytics/overview", "getCampaignAnalyticsOverview"),
        ("GET", "/api/v2/campaigns/count-launched", "countLaunched"),
        ("GET", "/api/v2/workspace-group-members/admin", "getAdminWorkspaceGroupMember"),
        ("GET", "/api/v2/webhooks/event-types", "listWebhookEventTypes"),
        (
            "GET",
            "/api/v2/inbox-placement-tests/email-service-provider-options",
            "getInboxPlacementTestESPOptions",
        ),
        ("GET", "/api/v2/block-lists-entries/download", "downloadBlockListEntry"),
        ("GET", "/api/v2/emails/unread/count", "countUnreadEmails"),
    ],
)
async def test_literal_routes_win_over_parameters(
    fake: FakeInstantly, http: aiohttp.ClientSession, method: str, path: str, operation_id: str
) -> None:
    status, _ = await call(
        http, method, path, json={"emails": ["a@b.co"]} if method == "POST" else None
    )
    assert status == 200
    assert fake.requests[-1].operation_id == operation_id
    assert fake.requests[-1].path_params == {}


async def test_parameter_routes_still_match(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign(name="By id")
    status, body = await call(http, "GET", f"/api/v2/campaigns/{campaign['id']}")
    assert (status, body["name"]) == (200, "By id")
    assert fake.requests[-1].operation_id == "getCampaign"
    assert fake.requests[-1].path_params == {"id": campaign["id"]}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v2/nothing-here"),
        ("PATCH", "/api/v2/accounts/warmup/enable"),
        ("GET", "/api/v2/accounts/warmup/enable"),
        ("PUT", "/api/v2/campaigns"),
        ("GET", "/api/v1/campaigns"),
        ("GET", "/api/v2/campaigns/"),
    ],
)
async def test_unknown_routes_are_404(
    fake: FakeInstantly, http: aiohttp.ClientSession, method: str, path: str
) -> None:
    status, body = await call(http, method, path)
    assert status == 404
    assert body["statusCode"] == 404
    assert body["error"] == "Not Found"
    assert fake.requests[-1].operation_id is None


@pytest.mark.parametrize(
    "raw_path",
    [
        "/api/v2/accounts/first.last%2Btag%40example.com",
        "/api/v2/accounts/first.last+tag@example.com",
        "/api/v2/accounts/first.last%2btag@example.com",
        "/api/v2/accounts/First.Last%2BTag%40Example.com",
    ],
)
async def test_account_emails_in_paths_are_decoded(
    fake: FakeInstantly, http: aiohttp.ClientSession, raw_path: str
) -> None:
    fake.seed_account("first.last+tag@example.com")
    status, body = await call(http, "GET", URL(fake.base_url + raw_path, encoded=True))
    assert status == 200, body
    assert body["email"] == "first.last+tag@example.com"
    assert fake.requests[-1].path == raw_path
    assert fake.requests[-1].path_params["email"].lower() == "first.last+tag@example.com"


async def test_a_space_is_not_a_plus(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    fake.seed_account("first.last+tag@example.com")
    status, _ = await call(
        http,
        "GET",
        URL(fake.base_url + "/api/v2/accounts/first.last%20tag%40example.com", encoded=True),
    )
    assert status == 404


async def test_account_actions_by_encoded_email(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    account = fake.seed_account("ops+1@example.com")
    status, body = await call(
        http,
        "POST",
        URL(fake.base_url + "/api/v2/accounts/ops%2B1%40example.com/pause", encoded=True),
    )
    assert (status, body["status"], account["status"]) == (200, 2, 2)
    status, body = await call(
        http, "POST", URL(fake.base_url + "/api/v2/accounts/ops+1@example.com/resume", encoded=True)
    )
    assert (status, body["status"], account["status"]) == (200, 1, 1)


# -- responses and recording -----------------------------------------------------------------------


async def test_status_codes_and_content_types(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign()
    fake.seed_block_list_entry("spam.example")
    fake.seed_block_list_entry("bad@ok.example")
    async with http.post(f"/api/v2/campaigns/{campaign['id']}/share") as response:
        assert response.status == 204
        assert await response.read() == b""
    async with http.get("/api/v2/block-lists-entries/download") as response:
        assert response.status == 200
        assert response.content_type == "text/csv"
        text = await response.text()
    assert text.splitlines() == ["bl_value,is_domain", "spam.example,true", "bad@ok.example,false"]
    async with http.get("/api/v2/block-lists-entries/download?domains_only=true") as response:
        assert (await response.text()).splitlines() == ["bl_value,is_domain", "spam.example,true"]
    status, body = await call(
        http,
        "POST",
        "/api/v2/leads/update-interest-status",
        json={"lead_email": "x@example.com", "interest_value": 1},
    )
    assert status == 202 and isinstance(body["message"], str)
    status, _ = await call(
        http,
        "POST",
        "/api/v2/leads/bulk-assign",
        json={"organization_user_ids": ["019a0000-0000-7000-8000-000000000001"]},
    )
    assert status == 202
    async with http.get("/api/v2/campaigns") as response:
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"


async def test_a_post_is_recorded_once_with_its_details(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    status, lead = await call(
        http,
        "POST",
        "/api/v2/leads?trace=1&trace=2",
        json={"email": "ann@example.com", "custom_variables": {"tier": "gold"}},
        headers={"User-Agent": "instantly-async/test"},
    )
    assert status == 200
    creates = fake.requests_for("createLead")
    assert len(creates) == 1
    record = creates[0]
    assert (record.method, record.path, record.status) == ("POST", "/api/v2/leads", 200)
    assert record.json == {"email": "ann@example.com", "custom_variables": {"tier": "gold"}}
    assert record.query.getall("trace") == ["1", "2"]
    assert record.headers["User-Agent"] == "instantly-async/test"
    assert record.headers["Authorization"] == f"Bearer {fake.api_key}"
    assert fake.state.leads[lead["id"]]["payload"] == {"tier": "gold"}
