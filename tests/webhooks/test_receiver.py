"""The receiver over real HTTP on 127.0.0.1, as an aiohttp handler and as an ASGI app in uvicorn:
authentication, refusals, de-duplication and dispatch."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from instantly_async.webhooks import (
    InMemoryDedupe,
    LeadInterested,
    ReplyReceived,
    WebhookEvent,
    WebhookReceiver,
)
from tests.support.webhook_servers import SERVER_KINDS, serve

SECRET = "s3cret-value"
HEADERS = {"X-Instantly-Secret": SECRET}


def payload(event_type: str = "reply_received", **extra: Any) -> dict[str, Any]:
    body = {
        "timestamp": "2026-03-01T10:20:30.123Z",
        "event_type": event_type,
        "workspace": "w-1",
        "campaign_id": "c-1",
        "campaign_name": "Q3",
        "lead_email": "ann@example.com",
        "email_id": "e-1",
        "step": 1,
        "variant": 1,
    }
    body.update(extra)
    return body


@pytest.fixture(params=SERVER_KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def post(
    session: aiohttp.ClientSession,
    url: str,
    body: Any,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    sent = {"Content-Type": "application/json", **(HEADERS if headers is None else headers)}
    async with session.post(url, data=data, headers=sent) as response:
        return response.status, await response.json()


async def test_dispatches_to_type_handlers_then_catch_all_sync_and_async(
    kind: str, session: aiohttp.ClientSession
) -> None:
    receiver = WebhookReceiver(secret_header="X-Instantly-Secret", secrets=[SECRET])
    seen: list[tuple[str, WebhookEvent]] = []

    @receiver.on("reply_received")
    async def first(event: ReplyReceived) -> None:
        seen.append(("first", event))

    @receiver.on("reply_received")
    def second(event: ReplyReceived) -> None:
        seen.append(("second", event))

    @receiver.on_any
    def anything(event: WebhookEvent) -> None:
        seen.append(("any", event))

    async with serve(kind, receiver) as url:
        assert await post(session, url, payload()) == (200, {"ok": True})
        assert await post(session, url, payload("lead_interested")) == (200, {"ok": True})
    assert [name for name, _ in seen] == ["first", "second", "any", "any"]
    assert isinstance(seen[0][1], ReplyReceived)
    assert isinstance(seen[3][1], LeadInterested)


async def test_missing_or_wrong_secret_is_401_and_nothing_is_dispatched(
    kind: str, session: aiohttp.ClientSession
) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    async with serve(kind, receiver) as url:
        assert (await post(session, url, payload(), headers={}))[0] == 401
        wrong = {"X-Instantly-Secret": SECRET + "x"}
        assert (await post(session, url, payload(), headers=wrong))[0] == 401
        # Header names are case-insensitive; the value is not.
        assert (await post(session, url, payload(), headers={"x-instantly-secret": SECRET}))[
            0
        ] == 200
        upper = {"X-Instantly-Secret": SECRET.upper()}
        assert (await post(session, url, payload(step=2), headers=upper))[0] == 401
    assert len(seen) == 1


async def test_rotation_accepts_old_and_new_secrets(
    kind: str, session: aiohttp.ClientSession
) -> None:
    receiver = WebhookReceiver(secret_header="X-Hook-Key", secrets=["old", "new"])
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    async with serve(kind, receiver) as url:
        assert (await post(session, url, payload(step=1), headers={"X-Hook-Key": "old"}))[0] == 200
        assert (await post(session, url, payload(step=2), headers={"X-Hook-Key": "new"}))[0] == 200
        assert (await post(session, url, payload(step=3), headers={"X-Hook-Key": "other"}))[
            0
        ] == 401
        assert (await post(session, url, payload(step=4)))[0] == 401  # the default header name
    assert [event.step for event in seen] == [1, 2]


async def test_non_post_is_405(kind: str, session: aiohttp.ClientSession) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    async with serve(kind, receiver) as url:
        for method in ("GET", "PUT", "DELETE"):
            async with session.request(method, url, headers=HEADERS) as response:
                assert response.status == 405
                assert response.headers["Allow"] == "POST"


async def test_body_over_one_mib_is_413(kind: str, session: aiohttp.ClientSession) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    big = payload(padding="x" * (1024 * 1024))
    async with serve(kind, receiver) as url:
        assert (await post(session, url, big))[0] == 413
        # Streamed without a Content-Length, the limit holds as well.
        data = json.dumps(big).encode()

        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(data), 65536):
                yield data[start : start + 65536]

        async with session.post(url, data=chunks(), headers=HEADERS) as response:
            assert response.status == 413
        assert (await post(session, url, payload()))[0] == 200
    assert len(seen) == 1


@pytest.mark.parametrize("body", [b"not json", b"[]", json.dumps({"lead_email": "a@b.c"}).encode()])
async def test_malformed_payload_is_400_with_the_reason(
    kind: str, session: aiohttp.ClientSession, body: bytes
) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    async with serve(kind, receiver) as url:
        status, answer = await post(session, url, body)
    assert status == 400
    assert "webhook" in answer["error"]


async def test_duplicate_within_the_window_is_200_without_dispatching_again(
    kind: str, session: aiohttp.ClientSession
) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    async with serve(kind, receiver) as url:
        assert await post(session, url, payload()) == (200, {"ok": True})
        assert await post(session, url, payload()) == (200, {"ok": True, "duplicate": True})
        assert (await post(session, url, payload(step=2)))[0] == 200
    assert [event.step for event in seen] == [1, 2]


async def test_handler_failure_is_500_and_the_retry_dispatches(
    kind: str, session: aiohttp.ClientSession
) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    calls: list[WebhookEvent] = []

    @receiver.on("reply_received")
    async def flaky(event: ReplyReceived) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("database down")

    async with serve(kind, receiver) as url:
        assert (await post(session, url, payload()))[0] == 500
        assert await post(session, url, payload()) == (200, {"ok": True})
        assert await post(session, url, payload()) == (200, {"ok": True, "duplicate": True})
    assert len(calls) == 2


async def test_without_dedupe_every_delivery_is_dispatched(session: aiohttp.ClientSession) -> None:
    receiver = WebhookReceiver(secrets=[SECRET], dedupe=None)
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    async with serve("aiohttp", receiver) as url:
        for _ in range(3):
            assert (await post(session, url, payload()))[0] == 200
    assert len(seen) == 3


async def test_asgi_app_answers_lifespan_and_any_mount_path(session: aiohttp.ClientSession) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    async with serve("asgi", receiver) as url:  # uvicorn runs the lifespan protocol ("on")
        assert (await post(session, url.replace("/hooks/instantly", "/elsewhere"), payload()))[
            0
        ] == 200
    assert len(seen) == 1


def test_receiver_arguments_are_checked() -> None:
    with pytest.raises(TypeError, match="secrets must be a list"):
        WebhookReceiver(secrets="single")
    with pytest.raises(ValueError, match="at least one non-empty string"):
        WebhookReceiver(secrets=[])
    with pytest.raises(ValueError, match="at least one non-empty string"):
        WebhookReceiver(secrets=[""])
    with pytest.raises(ValueError, match="secret_header"):
        WebhookReceiver(secrets=["s"], secret_header=" ")
    with pytest.raises(TypeError, match="dedupe must be"):
        WebhookReceiver(secrets=["s"], dedupe="redis://x")  # type: ignore[arg-type]
    receiver = WebhookReceiver(secrets=["s"])
    with pytest.raises(ValueError, match="link_clicked"):
        receiver.on("email_link_clicked")
    with pytest.raises(ValueError, match="on_any"):
        receiver.on("all_events")
    with pytest.raises(TypeError, match="callable"):
        receiver.on_any("not a function")  # type: ignore[type-var]


async def test_in_memory_dedupe_forgets_after_the_ttl_on_an_injected_clock() -> None:
    now = [1000.0]
    store = InMemoryDedupe(ttl=60, claim_ttl=5, clock=lambda: now[0])
    assert await store.claim("a")
    assert not await store.claim("a")  # held while dispatching
    now[0] += 6
    assert await store.claim("a")  # an abandoned claim expires
    await store.confirm("a")
    now[0] += 59
    assert not await store.claim("a")
    now[0] += 2
    assert await store.claim("a")


async def test_in_memory_dedupe_is_bounded_oldest_first() -> None:
    store = InMemoryDedupe(max_entries=3)
    for key in "abcd":
        assert await store.claim(key)
        await store.confirm(key)
    assert len(store) == 3
    assert await store.claim("a")  # the oldest was dropped
    assert not await store.claim("d")


async def test_a_released_claim_can_be_claimed_again() -> None:
    store = InMemoryDedupe()
    assert await store.claim("k")
    await store.release("k")
    assert await store.claim("k")


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [({"ttl": 0}, "ttl"), ({"claim_ttl": -1}, "claim_ttl"), ({"max_entries": 0}, "max_entries")],
)
def test_in_memory_dedupe_arguments_are_checked(kwargs: dict[str, Any], says: str) -> None:
    with pytest.raises(ValueError, match=says):
        InMemoryDedupe(**kwargs)


class BrokenStore(InMemoryDedupe):
    """A store whose every call fails, as Redis does while it is down."""

    async def claim(self, key: str) -> bool:
        raise ConnectionError("store down")


async def test_unreachable_dedupe_store_is_503_and_nothing_is_dispatched(
    session: aiohttp.ClientSession,
) -> None:
    receiver = WebhookReceiver(secrets=[SECRET], dedupe=BrokenStore())
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    async with serve("aiohttp", receiver) as url:
        status, answer = await post(session, url, payload())
    assert (status, answer) == (503, {"error": "de-duplication store unavailable"})
    assert seen == []
