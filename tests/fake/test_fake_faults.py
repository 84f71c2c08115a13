"""Fault injection: 5xx after or before the write, dropped connections, delays, 429 storms,
errors inside 200s, undeclared fields and unknown enum values, and the bookkeeping of faults."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest
from multidict import CIMultiDictProxy

from instantly_async.testing import FakeInstantly
from instantly_async.testing._faults import UNKNOWN_NUMBER_ENUM, UNKNOWN_STRING_ENUM


async def call(
    http: aiohttp.ClientSession, method: str, path: str, **kwargs: Any
) -> tuple[int, Any, CIMultiDictProxy[str]]:
    async with http.request(method, path, **kwargs) as response:
        if response.content_type == "application/json":
            return response.status, await response.json(), response.headers
        return response.status, await response.text(), response.headers


async def eventually(condition: Callable[[], bool]) -> None:
    """Wait (bounded) for the server side to catch up with what the client already saw."""
    for _ in range(200):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached")


async def test_5xx_after_apply_stores_the_write(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    fault = fake.inject("createLead", status=502, apply=True, times=1)
    status, body, _ = await call(http, "POST", "/api/v2/leads", json={"email": "ann@example.com"})
    assert status == 502
    assert body == {"statusCode": 502, "error": "Bad Gateway", "message": "Bad Gateway"}
    assert [lead["email"] for lead in fake.state.leads.values()] == ["ann@example.com"]
    assert (fault.hits, fault.remaining) == (1, 0)
    # The fault is spent: a blind retry creates a duplicate, as it would on the live API.
    status, _, _ = await call(http, "POST", "/api/v2/leads", json={"email": "ann@example.com"})
    assert status == 200
    assert len(fake.state.leads) == 2
    assert len(fake.requests_for("createLead")) == 2


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_5xx_before_apply_stores_nothing(
    fake: FakeInstantly, http: aiohttp.ClientSession, status: int
) -> None:
    fake.inject("createLead", status=status)
    answered, body, _ = await call(http, "POST", "/api/v2/leads", json={"email": "ann@example.com"})
    assert (answered, body["statusCode"]) == (status, status)
    assert fake.state.leads == {}


async def test_dropped_connection(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    fake.inject("listLeads", drop=True)
    with pytest.raises(aiohttp.ClientConnectionError):
        await call(http, "POST", "/api/v2/leads/list", json={})
    assert fake.requests_for("listLeads")[0].status is None
    status, _, _ = await call(http, "POST", "/api/v2/leads/list", json={})
    assert status == 200


async def test_dropped_connection_after_apply(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    fake.inject("createLeadList", drop=True, apply=True)
    with pytest.raises(aiohttp.ClientConnectionError):
        await call(http, "POST", "/api/v2/lead-lists", json={"name": "Ambiguous"})
    assert [x["name"] for x in fake.state.lead_lists.values()] == ["Ambiguous"]


async def test_delay_trips_a_client_timeout(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign()
    fake.inject("getCampaign", delay=5.0)
    with pytest.raises(asyncio.TimeoutError):
        await call(
            http,
            "GET",
            f"/api/v2/campaigns/{campaign['id']}",
            timeout=aiohttp.ClientTimeout(total=0.1),
        )
    status, body, _ = await call(http, "GET", f"/api/v2/campaigns/{campaign['id']}")
    assert (status, body["id"]) == (200, campaign["id"])


async def test_delay_after_apply_stores_before_the_client_gives_up(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    fake.inject("createCustomTag", delay=5.0, apply=True)
    with pytest.raises(asyncio.TimeoutError):
        await call(
            http,
            "POST",
            "/api/v2/custom-tags",
            json={"label": "Late"},
            timeout=aiohttp.ClientTimeout(total=0.1),
        )
    await eventually(lambda: len(fake.state.custom_tags) == 1)


async def test_delay_without_apply_is_cancelled_with_the_request(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    fake.inject("createCustomTag", delay=0.3)
    with pytest.raises(asyncio.TimeoutError):
        await call(
            http,
            "POST",
            "/api/v2/custom-tags",
            json={"label": "Never"},
            timeout=aiohttp.ClientTimeout(total=0.05),
        )
    await asyncio.sleep(0.6)
    assert fake.state.custom_tags == {}
    assert fake.requests_for("createCustomTag")[0].status is None


async def test_delayed_answer_still_arrives(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    fake.inject("createCustomTag", delay=0.05)
    status, body, _ = await call(http, "POST", "/api/v2/custom-tags", json={"label": "Slow"})
    assert (status, body["label"]) == (200, "Slow")


async def test_global_429_storm_with_retry_after(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    storm = fake.inject(None, status=429, retry_after=1, times=3)
    for path in ("/api/v2/campaigns", "/api/v2/lead-lists", "/api/v2/accounts"):
        status, body, headers = await call(http, "GET", path)
        assert status == 429
        assert body == {
            "statusCode": 429,
            "error": "Too Many Requests",
            "message": "Rate limit exceeded",
        }
        assert headers["Retry-After"] == "1"
    status, _, headers = await call(http, "GET", "/api/v2/campaigns")
    assert status == 200
    assert storm.hits == 3
    assert fake.rate_limited_count == 0  # injected 429s are the fault's, not the limiter's


async def test_429_without_retry_after(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    fake.inject("listCampaign", status=429, times=2)
    for _ in range(2):
        status, _, headers = await call(http, "GET", "/api/v2/campaigns")
        assert status == 429
        assert "Retry-After" not in headers
    assert (await call(http, "GET", "/api/v2/campaigns"))[0] == 200


async def test_error_inside_a_200(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    fake.inject("sendTestEmail", body={"error": "ACC_AUTH_ERROR"})
    request = {
        "eaccount": "me@example.com",
        "to_address_email_list": "you@example.com",
        "subject": "Hi",
        "body": {"html": "<p>Hi</p>"},
    }
    status, body, _ = await call(http, "POST", "/api/v2/emails/test", json=request)
    assert (status, body) == (200, {"error": "ACC_AUTH_ERROR"})
    op = fake.spec.by_id["sendTestEmail"]
    assert fake.validator.first_error(body, op.success_schema or {}) is None
    status, body, _ = await call(http, "POST", "/api/v2/emails/test", json=request)
    assert (status, body) == (200, {"status": "success"})


async def test_text_bodies(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    fake.inject(
        "getWorkspace", status=403, body="<html>error code: 1010</html>", content_type="text/html"
    )
    async with http.get("/api/v2/workspaces/current") as response:
        assert response.status == 403
        assert response.content_type == "text/html"
        assert await response.text() == "<html>error code: 1010</html>"


async def test_extra_fields_and_unknown_enums(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    lead = fake.seed_lead(email="ann@example.com", lt_interest_status=1)
    fake.inject("getLead", extra_fields={"brand_new": 1}, unknown_enums=True)
    status, body, _ = await call(http, "GET", f"/api/v2/leads/{lead['id']}")
    assert status == 200
    assert body["brand_new"] == 1
    assert body["status"] == UNKNOWN_NUMBER_ENUM
    assert body["lt_interest_status"] == UNKNOWN_NUMBER_ENUM
    assert body["upload_method"] == UNKNOWN_STRING_ENUM
    assert body["email"] == "ann@example.com"
    schema = fake.spec.by_id["getLead"].success_schema or {}
    assert fake.validator.first_error(body, schema) is not None
    # The stored record is untouched and the next answer is normal again.
    assert fake.state.leads[lead["id"]]["status"] == 1
    status, body, _ = await call(http, "GET", f"/api/v2/leads/{lead['id']}")
    assert "brand_new" not in body
    assert fake.validator.first_error(body, schema) is None


async def test_extra_fields_reach_every_item_of_a_page(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    for i in range(3):
        fake.seed_campaign(name=f"C{i}")
    fake.inject("listCampaign", extra_fields={"tags": ["x"]}, unknown_enums=True)
    _, page, _ = await call(http, "GET", "/api/v2/campaigns")
    assert [c["tags"] for c in page["items"]] == [["x"]] * 3
    assert {c["status"] for c in page["items"]} == {UNKNOWN_NUMBER_ENUM}


async def test_faults_target_one_operation(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    campaign = fake.seed_campaign()
    fake.inject("getCampaign", status=500, times=None)
    assert (await call(http, "GET", "/api/v2/campaigns"))[0] == 200
    for _ in range(3):
        assert (await call(http, "GET", f"/api/v2/campaigns/{campaign['id']}"))[0] == 500
    assert fake.faults[0].hits == 3 and fake.faults[0].remaining is None
    fake.clear_faults()
    assert (await call(http, "GET", f"/api/v2/campaigns/{campaign['id']}"))[0] == 200
    assert fake.faults == []


async def test_oldest_fault_fires_first(fake: FakeInstantly, http: aiohttp.ClientSession) -> None:
    fake.inject("listCampaign", status=503, times=1)
    fake.inject(None, status=500, times=1)
    codes = [(await call(http, "GET", "/api/v2/campaigns"))[0] for _ in range(3)]
    assert codes == [503, 500, 200]


async def test_faults_do_not_hit_unauthenticated_requests(fake: FakeInstantly) -> None:
    fake.inject(None, status=500)
    async with (
        aiohttp.ClientSession(base_url=fake.base_url) as anonymous,
        anonymous.get("/api/v2/campaigns") as response,
    ):
        assert response.status == 401
    assert fake.faults[0].hits == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"operation_id": "noSuchOperation", "status": 500},
        {"operation_id": "getLead"},
        {"operation_id": "getLead", "status": 500, "drop": True},
        {"operation_id": "getLead", "retry_after": 1},
        {"operation_id": "getLead", "status": 99},
        {"operation_id": "getLead", "status": 500, "times": 0},
        {"operation_id": "getLead", "delay": -1},
    ],
)
def test_inject_refuses_nonsense(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        FakeInstantly().inject(**kwargs)


async def test_stop_does_not_wait_for_delayed_requests() -> None:
    fake = FakeInstantly(rate_limits=False)
    await fake.start()
    fake.inject("listCampaign", delay=60.0)
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
        pending = asyncio.create_task(call(http, "GET", "/api/v2/campaigns"))
        await eventually(lambda: len(fake.requests) == 1)
        await asyncio.wait_for(fake.stop(), timeout=10)
        with pytest.raises(aiohttp.ClientError):
            await pending
    with pytest.raises(RuntimeError):
        _ = fake.base_url
