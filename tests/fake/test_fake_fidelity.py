"""What an outside fuzzer driven by the published document found, pinned down: no 5xx, no
answer that breaks the published schema, the published constraints enforced, the JSON error
envelope on every path, and the unpublished rules kept in one place that matches the spec."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from yarl import URL

from codegen.spec import load_spec as load_source_spec
from instantly_async.testing import FakeInstantly
from instantly_async.testing._rules import RULES
from instantly_async.testing._spec import load_spec
from instantly_async.testing._validation import FORMATS, SchemaValidator

SPEC = load_spec()
VALIDATOR = SchemaValidator(SPEC)
SCHEDULE = {
    "name": "Work days",
    "timing": {"from": "09:00", "to": "17:00"},
    "days": {"1": True},
    "timezone": "Etc/GMT+12",
}


async def test_whole_float_limits_are_integers(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign()
    for n in range(7):
        fake.seed_lead(email=f"l{n}@example.com", campaign=campaign["id"])
    async with http.post("/api/v2/leads/list", json={"limit": 5.0}) as response:
        assert response.status == 200
        assert len((await response.json())["items"]) == 5
    body = {"campaign_id": campaign["id"], "limit": 2.0}
    async with http.delete("/api/v2/leads", json=body) as response:
        assert response.status == 200
        assert await response.json() == {"count": 2}
    async with http.post("/api/v2/leads/list", json={"limit": 5.5}) as response:
        assert response.status == 400
        assert (await response.json())["message"] == "body/limit must be integer"


@pytest.mark.parametrize("raw", [b'{"limit": NaN}', b'{"limit": Infinity}', b'{"limit": 1e999}'])
async def test_numbers_json_does_not_have_are_refused(
    http: aiohttp.ClientSession, raw: bytes
) -> None:
    headers = {"Content-Type": "application/json"}
    async with http.post("/api/v2/leads/list", data=raw, headers=headers) as response:
        assert response.status == 400
        assert (await response.json())["code"] == "FST_ERR_CTP_INVALID_JSON_BODY"


@pytest.mark.parametrize(
    ("method", "path", "body", "message"),
    [
        ("PATCH", "/api/v2/campaigns/{campaign}", {}, "body must NOT have fewer than 1 properties"),
        ("PATCH", "/api/v2/leads/{lead}", {}, "body must NOT have fewer than 1 properties"),
        (
            "POST",
            "/api/v2/campaigns",
            {"name": "x", "campaign_schedule": {"schedules": [{**SCHEDULE, "days": {}}]}},
            "body/campaign_schedule/schedules/0/days must NOT have fewer than 1 properties",
        ),
        (
            "POST",
            "/api/v2/webhooks",
            {"target_hook_url": "https://Ï", "event_type": "email_sent"},
            'body/target_hook_url must match format "uri"',
        ),
        (
            "POST",
            "/api/v2/supersearch-enrichment/",
            {"resource_id": "0190aaaa-0000-7000-8000-000000000001", "integration_actions": {}},
            "body/integration_actions must NOT have fewer than 1 properties",
        ),
        (
            "POST",
            "/api/v2/leads/move",
            {"ids": []},
            "Either to_campaign_id or to_list_id is required",
        ),
        ("DELETE", "/api/v2/leads", None, "body must match a schema in anyOf"),
    ],
)
async def test_published_constraints_are_enforced(
    fake: FakeInstantly,
    http: aiohttp.ClientSession,
    method: str,
    path: str,
    body: Any,
    message: str,
) -> None:
    campaign = fake.seed_campaign()
    lead = fake.seed_lead(email="a@example.com")
    url = path.format(campaign=campaign["id"], lead=lead["id"])
    async with http.request(method, url, json=body) as response:
        assert response.status == 400
        assert (await response.json())["message"] == message


async def test_a_subsequence_needs_a_variant_that_is_not_disabled(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign()
    step = {"type": "email", "delay": 1, "variants": [{"subject": "s", "body": "b"}]}
    body = {
        "parent_campaign": campaign["id"],
        "name": "Follow-up",
        "conditions": {"reply_contains": "yes"},
        "subsequence_schedule": {"schedules": [SCHEDULE]},
        "sequences": [{"steps": [step]}],
    }
    step["variants"][0]["v_disabled"] = True
    async with http.post("/api/v2/subsequences", json=body) as response:
        assert response.status == 400
        assert (await response.json())["message"] == (
            "body/sequences/0/steps/0/variants must contain at least 1 valid item(s)"
        )
    step["variants"].append({"subject": "s2", "body": "b2", "v_disabled": False})
    async with http.post("/api/v2/subsequences", json=body) as response:
        assert response.status == 200
        subsequence = await response.json()
    async with http.get(f"/api/v2/subsequences/{subsequence['id']}") as response:
        served = await response.json()
    assert (
        VALIDATOR.first_error(served, {"$ref": "#/components/schemas/CampaignSubsequence"}) is None
    )


@pytest.mark.parametrize(
    "raw_path",
    [
        "/api/v2/leads/%0A",
        "/api/v2/campaigns/a%0Ab",
        "/api/v2/nowhere%0A",
        "/%0A",
        "/api/v2/leads/%FF",
        "/api/v2/campaigns/%E2%80%A8",
    ],
)
async def test_every_path_gets_the_json_error_envelope(
    http: aiohttp.ClientSession, raw_path: str
) -> None:
    async with http.get(URL(raw_path, encoded=True)) as response:
        assert response.status in (400, 404)
        assert response.content_type == "application/json"
        body = await response.json()
        assert body["statusCode"] == response.status
        assert isinstance(body["message"], str)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("https://example.com/hook?x=1#y", True),
        ("mailto:ada@example.com", True),
        ("https://[::1]:8080/", True),
        ("https://Ï", False),
        ("https://example.com/a b", False),
        ("no scheme", False),
        ("https://example.com/\n", False),
    ],
)
def test_uri_format_is_rfc_3986(value: str, valid: bool) -> None:
    assert FORMATS["uri"](value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2025-01-01T00:00:00.000Z", True),
        ("2025-01-01t00:00:00+01:00", True),
        ("2025-01-01 00:00:00Z", False),
        ("2025-01-01T24:00:00Z", False),
        ("2025-02-30T00:00:00Z", False),
        ("2025-01-01T00:00:00Z\n", False),
    ],
)
def test_date_time_format_is_rfc_3339(value: str, valid: bool) -> None:
    assert FORMATS["date-time"](value) is valid


def test_patterns_read_dollar_as_the_end_and_digits_as_ascii() -> None:
    schema = {"type": "string", "pattern": "^([01][0-9]|2[0-3]):([0-5][0-9])$"}
    assert VALIDATOR.is_valid("09:00", schema)
    assert not VALIDATOR.is_valid("09:00\n", schema)
    assert not VALIDATOR.is_valid("٠٩:٠٠", {"type": "string", "pattern": r"^\d\d:\d\d$"})
    assert not VALIDATOR.is_valid("\u00a0", {"type": "string", "pattern": r".*\S.*"})
    blank = {"type": "string", "pattern": r"^\s*$"}
    assert VALIDATOR.is_valid("\u00a0\t", blank)  # a space to JavaScript and to Python
    assert not VALIDATOR.is_valid("\x1c", blank)  # a space to Python only
    assert not VALIDATOR.is_valid("\ufeff", blank)  # a space to JavaScript only


@pytest.mark.parametrize("op", SPEC.operations, ids=lambda op: op.operation_id)
def test_every_example_the_fake_serves_follows_its_schema(fake_examples: Any, op: Any) -> None:
    if op.success_content_type != "application/json" or op.success_schema is None:
        return
    example = fake_examples.build(op.success_schema)
    assert VALIDATOR.first_error(example, op.success_schema) is None


@pytest.fixture(scope="module")
def fake_examples() -> Any:
    return FakeInstantly(rate_limits=False).examples


def _requires_one_of(node: Any, found: dict[str, list[list[str]]], name: str = "") -> None:
    if isinstance(node, dict):
        if "x-sdk-requires-one-of" in node:
            found[name] = node["x-sdk-requires-one-of"]
        for key, value in node.items():
            _requires_one_of(value, found, key)


def test_the_unpublished_rules_are_the_specs() -> None:
    spec = load_source_spec()
    in_spec: dict[str, list[list[str]]] = {}
    _requires_one_of(spec["components"]["schemas"], in_spec)
    by_operation = {}
    for item in spec["paths"].values():
        for op in item.values():
            ref = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            name = ref.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
            if name in in_spec:
                by_operation[op["operationId"]] = in_spec[name]
    in_fake = {
        operation_id: [list(rule.fields) for rule in rules] for operation_id, rules in RULES.items()
    }
    assert in_fake == by_operation
    assert all(rule.reason for rules in RULES.values() for rule in rules)


@pytest.mark.parametrize("limit", ["2.5", "-3", "0", "1e300"])
async def test_an_unbounded_number_limit_never_breaks_a_page(
    fake: FakeInstantly, http: aiohttp.ClientSession, limit: str
) -> None:
    fake.seed_account("ada@example.com")
    url = f"/api/v2/account-campaign-mappings/ada%40example.com?limit={limit}"
    async with http.get(url) as response:
        assert response.status == 200
        page = await response.json()
    op = next(op for op in SPEC.operations if op.operation_id == "getAccountCampaignMapping")
    assert VALIDATOR.first_error(page, op.success_schema or {}) is None
