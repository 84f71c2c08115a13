"""The request pipeline: headers, encoding, validation before sending, errors, sessions."""

from __future__ import annotations

import json
import logging

import aiohttp
import pytest
from aioresponses import aioresponses
from yarl import URL

from instantly_async import AsyncInstantly, NoRateLimiter, errors, models
from instantly_async.events import RequestEvent, ResponseEvent
from tests.support import BASE, KEY

LABEL = {
    "id": "0199f36c-d715-7d47-bf95-f1626b43ea03",
    "timestamp_created": "2025-10-17T18:27:00.501Z",
    "created_by": "u",
    "organization_id": "o",
    "label": "Hot",
    "interest_status_label": "positive",
    "interest_status": 1,
}


def only_request(mock: aioresponses) -> tuple[str, URL, dict]:
    assert len(mock.requests) == 1
    (method, url), calls = next(iter(mock.requests.items()))
    return method, url, calls[0].kwargs


def test_missing_api_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INSTANTLY_API_KEY", raising=False)
    with pytest.raises(errors.InstantlyError, match="INSTANTLY_API_KEY"):
        AsyncInstantly()


async def test_key_from_environment(monkeypatch: pytest.MonkeyPatch, mocked: aioresponses) -> None:
    monkeypatch.setenv("INSTANTLY_API_KEY", "env-key")
    mocked.get(f"{BASE}/api/v2/lead-labels/x", payload=LABEL)
    async with AsyncInstantly(base_url=BASE, rate_limiter=NoRateLimiter()) as client:
        await client.lead_labels.get("x")
    assert only_request(mocked)[2]["headers"]["Authorization"] == "Bearer env-key"


async def test_path_parameters_are_fully_percent_encoded(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.post(
        URL(f"{BASE}/api/v2/accounts/ada%2Bsales%40example.com/pause", encoded=True), payload={}
    )
    await client.accounts.pause("ada+sales@example.com")
    _, url, kwargs = only_request(mocked)
    assert url.raw_path == "/api/v2/accounts/ada%2Bsales%40example.com/pause"
    assert kwargs["data"] is None and "Content-Type" not in kwargs["headers"]


async def test_omitted_arguments_are_not_sent_and_none_is_sent_as_null(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.patch(f"{BASE}/api/v2/lead-labels/x", payload=LABEL)
    await client.lead_labels.update("x", description=None)
    assert json.loads(only_request(mocked)[2]["data"]) == {"description": None}


async def test_query_arrays_repeat_or_join_as_the_schema_says(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.get(
        URL(f"{BASE}/api/v2/campaigns/analytics").with_query([("ids", "a"), ("ids", "b")]),
        payload=[],
    )
    await client.campaigns.analytics(ids=["a", "b"])
    assert only_request(mocked)[2]["params"] == [("ids", "a"), ("ids", "b")]
    mocked.requests.clear()
    mocked.get(
        URL(f"{BASE}/api/v2/campaigns").with_query({"tag_ids": "t1,t2"}), payload={"items": []}
    )
    await client.campaigns.list(tag_ids=["t1", "t2"]).first_page()
    assert only_request(mocked)[2]["params"] == [("tag_ids", "t1,t2")]


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda c: c.lead_labels.get(""), ValueError, "argument 'id' must be a non-empty string"),
        (lambda c: c.lead_labels.get(None), TypeError, "argument 'id' must not be None"),
        (
            lambda c: c.lead_labels.create(label="x"),
            TypeError,
            "missing 1 required keyword-only argument: 'interest_status_label'",
        ),
        (
            lambda c: c.lead_labels.create(label="x", interest_status_label="great"),
            ValueError,
            "argument 'interest_status_label' must be one of 'positive', 'negative', 'neutral'",
        ),
        (
            lambda c: c.lead_labels.list(limit=101).first_page(),
            ValueError,
            "argument 'limit' must be <= 100",
        ),
        (
            lambda c: c.lead_labels.list(limit=0).first_page(),
            ValueError,
            "argument 'limit' must be >= 1",
        ),
        (
            lambda c: c.lead_labels.list(limit="10").first_page(),
            TypeError,
            "argument 'limit' must be int",
        ),
        (lambda c: c.audit_logs.list(limit=1001).first_page(), ValueError, "must be <= 1000"),
    ],
)
async def test_bad_input_never_reaches_the_wire(
    call, error: type[Exception], match: str, mocked: aioresponses, client: AsyncInstantly
) -> None:
    with pytest.raises(error, match=match):
        await call(client)
    assert not mocked.requests


async def test_enum_members_are_accepted_for_enum_arguments(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.post(f"{BASE}/api/v2/lead-labels", payload=LABEL)
    label = await client.lead_labels.create(
        label="Hot", interest_status_label=models.LeadLabelInterestStatusLabel.POSITIVE
    )
    assert json.loads(only_request(mocked)[2]["data"])["interest_status_label"] == "positive"
    assert isinstance(label, models.LeadLabel) and label.label == "Hot"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (402, errors.PaymentRequiredError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (413, errors.PayloadTooLargeError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
async def test_error_statuses_map_to_typed_errors(
    status: int, cls: type, mocked: aioresponses, client: AsyncInstantly
) -> None:
    body = {"statusCode": status, "error": "Oops", "message": "Resource not found"}
    mocked.get(f"{BASE}/api/v2/lead-labels/x", status=status, payload=body, headers={"X-Req": "1"})
    with pytest.raises(cls) as info:
        await client.lead_labels.get("x")
    assert type(info.value) is cls
    assert info.value.status == status and info.value.body == body
    assert info.value.message == "Resource not found" and info.value.headers["X-Req"] == "1"
    assert info.value.method == "GET" and info.value.url == "/api/v2/lead-labels/x"
    assert KEY not in str(info.value)


async def test_non_json_error_bodies_are_kept_as_text(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.get(
        f"{BASE}/api/v2/lead-labels/x",
        status=403,
        body="<html>error code: 1010</html>",
        content_type="text/html",
    )
    with pytest.raises(errors.PermissionDeniedError, match="error code: 1010") as info:
        await client.lead_labels.get("x")
    assert info.value.body == "<html>error code: 1010</html>"


async def test_error_inside_a_200_is_raised(mocked: aioresponses, client: AsyncInstantly) -> None:
    mocked.post(f"{BASE}/api/v2/emails/test", payload={"error": "ACC_AUTH_ERROR"})
    with pytest.raises(errors.APIStatusError, match="ACC_AUTH_ERROR") as info:
        await client.emails.send_test(
            eaccount="a@b.co", to_address_email_list="c@d.co", subject="s", body={"text": "t"}
        )
    assert info.value.status == 200


async def test_a_session_passed_in_is_used_and_never_closed(mocked: aioresponses) -> None:
    mocked.get(f"{BASE}/api/v2/lead-labels/x", payload=LABEL)
    async with aiohttp.ClientSession() as session:
        async with AsyncInstantly(
            KEY, base_url=BASE, session=session, rate_limiter=NoRateLimiter()
        ) as client:
            await client.lead_labels.get("x")
        assert not session.closed


async def test_own_session_is_closed() -> None:
    client = AsyncInstantly(KEY, base_url=BASE, rate_limiter=NoRateLimiter())
    session = client._transport.session()
    await client.close()
    assert session.closed


async def test_escape_hatch_uses_the_same_pipeline(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    query = [("a", "1"), ("on", "true"), ("ids", "x"), ("ids", "y")]
    mocked.get(URL(f"{BASE}/api/v2/brand-new").with_query(query), payload={"ok": True})
    got = await client.request(
        "GET", "/api/v2/brand-new", query={"a": 1, "on": True, "ids": ["x", "y"]}
    )
    assert got == {"ok": True}
    kwargs = only_request(mocked)[2]
    assert kwargs["headers"]["Authorization"] == f"Bearer {KEY}"
    assert kwargs["params"] == query
    mocked.post(f"{BASE}/api/v2/brand-new", status=404, payload={"message": "nope"})
    with pytest.raises(errors.NotFoundError):
        await client.request("POST", "/api/v2/brand-new", json={"x": 1})


async def test_with_options_sets_per_call_extras(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.patch(URL(f"{BASE}/api/v2/lead-labels/x").with_query({"debug": "true"}), payload=LABEL)
    view = client.with_options(
        extra_headers={"X-Trace": "t1"}, extra_query={"debug": True}, extra_body={"note": "n"}
    )
    await view.lead_labels.update("x", label="Warm")
    kwargs = only_request(mocked)[2]
    assert kwargs["headers"]["X-Trace"] == "t1"
    assert json.loads(kwargs["data"]) == {"label": "Warm", "note": "n"}
    assert client.options.extra_headers == {}  # the original client is unchanged
    with pytest.raises(TypeError, match="unknown option"):
        client.with_options(retries=3)


async def test_hooks_and_logs_never_show_the_key(
    mocked: aioresponses, caplog: pytest.LogCaptureFixture
) -> None:
    seen = []
    mocked.get(f"{BASE}/api/v2/lead-labels/x", payload=LABEL)
    caplog.set_level(logging.DEBUG, logger="instantly_async")
    async with AsyncInstantly(
        KEY, base_url=BASE, rate_limiter=NoRateLimiter(), hooks=[seen.append]
    ) as client:
        await client.lead_labels.get("x")
    assert [type(e) for e in seen] == [RequestEvent, ResponseEvent]
    assert seen[1].status == 200 and seen[0].operation_id == "getLeadLabel"
    assert caplog.records and all(KEY not in r.getMessage() for r in caplog.records)
