"""Hostile servers: every answer becomes the declared result or a typed error (issue 10, items 1,
6, 10, 11). Each case is a real local aiohttp server answering something an API must not."""

from __future__ import annotations

import json
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from instantly_async import OPERATIONS, AsyncInstantly, NoRateLimiter, errors
from instantly_async.models import Campaign
from tests.support.local_server import LocalServer

KEY = "sk-live-0123456789abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
async def hostile(server: LocalServer) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        KEY, base_url=server.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as client:
        yield client


def answer(
    body: bytes, *, status: int = 200, content_type: str | None = "application/json"
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.Response(status=status, body=body)
        if content_type is None:
            response.headers.pop("Content-Type", None)
        else:
            response.headers["Content-Type"] = content_type
        return response

    return handler


UNREADABLE = [
    pytest.param(b"<html>502 Bad Gateway</html>", "text/html", id="html"),
    pytest.param(b'{"id": "c1", "name": "x', "application/json", id="truncated"),
    pytest.param(b"", "application/json", id="empty"),
    pytest.param(b'["a", "b"]', "application/json", id="array-for-object"),
    pytest.param(b'"just a string"', "application/json", id="string"),
    pytest.param(b"null", "application/json", id="null"),
    pytest.param(b'{"id": "c1"}', "text/plain", id="json-labelled-text"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "application/json", id="too-deep"),
    pytest.param(b'{"id": ' + b"9" * 5000 + b"}", "application/json", id="number-too-long"),
    pytest.param(b'{"id": "\xff\xfe"}', "application/json", id="bad-utf8"),
]


@pytest.mark.parametrize(("body", "content_type"), UNREADABLE)
async def test_a_model_call_gets_a_model_or_a_validation_error(
    body: bytes, content_type: str, server: LocalServer, hostile: AsyncInstantly
) -> None:
    server.handler = answer(body, content_type=content_type)
    try:
        result = await hostile.campaigns.get("c1")
    except errors.APIResponseValidationError as exc:
        assert exc.status == 200
        assert exc.method == "GET"
        assert exc.url == "/api/v2/campaigns/c1"
        assert len(exc.body) <= 201
    else:  # only a body that really is a campaign may come back
        assert isinstance(result, Campaign)


async def test_204_where_a_body_is_due_is_a_validation_error(
    server: LocalServer, hostile: AsyncInstantly
) -> None:
    server.handler = answer(b"", status=204, content_type=None)
    with pytest.raises(errors.APIResponseValidationError, match="204"):
        await hostile.campaigns.get("c1")


@pytest.mark.parametrize(
    "body",
    [b'{"id": 1}', b"[1, 2]", b'{"items": {"a": 1}}', b'[{"id": "a"}, "b"]'],
    ids=["object", "array-of-ints", "object-with-items", "mixed-array"],
)
async def test_a_list_call_gets_a_list_of_models_or_a_validation_error(
    body: bytes, server: LocalServer, hostile: AsyncInstantly
) -> None:
    server.handler = answer(body)
    op = next(o for o in OPERATIONS.values() if o.response_shape == "list" and o.method == "GET")
    call = getattr(getattr(hostile, op.resource), op.name)
    required = {p.arg: "x" for p in op.params if p.required}
    with pytest.raises(errors.APIResponseValidationError):
        await call(**required)


async def test_odd_fields_stay_lenient(server: LocalServer, hostile: AsyncInstantly) -> None:
    """Field-level leniency is unchanged: a wrong-typed field does not sink the record."""
    server.handler = answer(b'{"id": "c1", "name": 42, "status": "brand-new", "extra": [1]}')
    campaign = await hostile.campaigns.get("c1")
    assert isinstance(campaign, Campaign)
    assert campaign.id == "c1"


async def test_the_key_never_appears_in_a_message_even_cut(
    server: LocalServer, hostile: AsyncInstantly
) -> None:
    """A body echoing the key just where the excerpt is cut: redaction comes first."""
    for padding in range(150, 230, 7):
        text = "x" * padding + KEY + " trailing"
        server.handler = answer(text.encode(), status=400, content_type="text/plain")
        with pytest.raises(errors.BadRequestError) as caught:
            await hostile.campaigns.get("c1")
        for fragment in (KEY[:12], KEY[-12:], KEY[10:22]):
            assert fragment not in str(caught.value)
            assert fragment not in str(caught.value.body)
        server.handler = answer(text.encode(), status=200, content_type="text/html")
        with pytest.raises(errors.APIResponseValidationError) as invalid:
            await hostile.campaigns.get("c1")
        for fragment in (KEY[:12], KEY[-12:]):
            assert fragment not in str(invalid.value)


@pytest.mark.parametrize(
    "path",
    ["https://evil.example/api/v2/x", "http://127.0.0.1:1/x", "api/v2/campaigns", "//evil/x"],
)
async def test_request_takes_only_paths_under_the_base_url(
    path: str, server: LocalServer, hostile: AsyncInstantly
) -> None:
    with pytest.raises(ValueError, match="path"):
        await hostile.request("GET", path)
    assert server.arrivals == []


def test_plain_http_to_a_remote_host_warns_once() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        AsyncInstantly(KEY, base_url="http://api.unencrypted.invalid")
        AsyncInstantly(KEY, base_url="http://api.unencrypted.invalid")
        AsyncInstantly(KEY, base_url="http://127.0.0.1:9")
        AsyncInstantly(KEY, base_url="http://localhost:9")
    plain = [w for w in caught if "plain http" in str(w.message)]
    assert len(plain) == 1


@pytest.mark.parametrize(
    "value",
    ["1e12", "inf", "-inf", "nan", "-5", "soon", "Wed, 21 Oct 2015 07:28:00 GMT", "Mon, 99 Foo"],
)
async def test_any_retry_after_is_handled(
    value: str, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        if calls == 1:
            return web.json_response(
                {"message": "slow down"}, status=429, headers={"Retry-After": value}
            )
        return web.json_response({"id": "c1", "name": "n"})

    server.handler = handler
    async with AsyncInstantly(
        KEY,
        base_url=server.base_url,
        rate_limiter=NoRateLimiter(),
        timeout=2,
        backoff_base=0.01,
        backoff_max=0.05,
    ) as client:
        try:
            campaign = await client.campaigns.get("c1")
        except errors.RateLimitError as exc:  # a wait beyond the deadline: said so, typed
            assert "deadline" in str(exc)
        else:
            assert campaign.id == "c1"


async def test_rate_limit_error_says_the_retries_ran_out(server: LocalServer) -> None:
    server.handler = answer(b'{"message": "too many"}', status=429)
    async with AsyncInstantly(
        KEY,
        base_url=server.base_url,
        rate_limiter=NoRateLimiter(),
        max_retries=2,
        backoff_base=0.001,
        backoff_max=0.001,
    ) as client:
        with pytest.raises(errors.RateLimitError) as caught:
            await client.campaigns.get("c1")
    assert "retries ran out" in str(caught.value)
    assert "deadline" not in str(caught.value)
    assert len(server.arrivals) == 3


async def test_backoff_options_are_taken_by_the_constructor() -> None:
    client = AsyncInstantly(KEY, backoff_base=0.25, backoff_max=3)
    assert (client.options.backoff_base, client.options.backoff_max) == (0.25, 3)


async def test_a_base_url_ending_in_api_v2_still_reaches_the_api(server: LocalServer) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        if request.path == "/api/v2/campaigns/c1":
            return web.json_response({"id": "c1", "name": "n"})
        return web.Response(status=404, text=f"Cannot GET {request.path}")

    server.handler = handler
    async with AsyncInstantly(
        KEY, base_url=server.base_url + "/api/v2/", rate_limiter=NoRateLimiter()
    ) as client:
        assert (await client.campaigns.get("c1")).id == "c1"


async def test_an_unknown_route_points_at_the_base_url(server: LocalServer) -> None:
    server.handler = answer(
        b"Cannot GET /proxy/api/v2/campaigns/c1", status=404, content_type="text/html"
    )
    async with AsyncInstantly(
        KEY, base_url=server.base_url + "/proxy", rate_limiter=NoRateLimiter()
    ) as client:
        with pytest.raises(errors.NotFoundError, match="base_url"):
            await client.campaigns.get("c1")


async def test_escape_hatch_results(server: LocalServer, hostile: AsyncInstantly) -> None:
    server.handler = answer(b'{"a": 1}')
    assert await hostile.request("GET", "/api/v2/x") == {"a": 1}
    server.handler = answer(b"<p>hi</p>", content_type="text/html")
    assert await hostile.request("GET", "/api/v2/x") == "<p>hi</p>"
    server.handler = answer(b'{"a": ')
    with pytest.raises(errors.APIResponseValidationError):
        await hostile.request("GET", "/api/v2/x")
    server.handler = answer(b"[" * 100_000)
    with pytest.raises(errors.APIResponseValidationError):
        await hostile.request("GET", "/api/v2/x")


@pytest.mark.parametrize("depth", [10, 900, 5000, 200_000])
async def test_deeply_nested_error_bodies_stay_typed(
    depth: int, server: LocalServer, hostile: AsyncInstantly
) -> None:
    body = b'{"message": ' + b"[" * depth + b'"' + KEY.encode() + b'"' + b"]" * depth + b"}"
    server.handler = answer(body, status=400)
    with pytest.raises(errors.BadRequestError) as caught:
        await hostile.campaigns.get("c1")
    assert KEY not in str(caught.value)
    kept = caught.value.body
    assert KEY not in (kept if isinstance(kept, str) else repr(kept))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param('{"name": "Ünïcode ✓"}'.encode(), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + '{"name": "Ünïcode ✓"}'.encode(), id="utf-8-bom"),
        pytest.param('{"name": "Ünïcode ✓"}'.encode("utf-16"), id="utf-16"),
        pytest.param('{"name": "Ünïcode ✓"}'.encode("utf-32-le"), id="utf-32"),
        pytest.param(b'{"name": "ascii"}'.decode().encode("utf-16-le"), id="utf-16-ascii"),
    ],
)
async def test_json_in_any_encoding_json_reads_is_read(
    body: bytes, server: LocalServer, hostile: AsyncInstantly
) -> None:
    server.handler = answer(body)
    assert await hostile.request("GET", "/api/v2/anything") == json.loads(body)
