"""FakeInstantly delivering webhooks over real HTTP to the receiver, end to end: subscriptions
made with `ensure`, matching, headers, retries, disabling, test deliveries and the delivery log."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter
from instantly_async.testing import FakeInstantly
from instantly_async.webhooks import (
    CustomLabelEvent,
    LinkClicked,
    ReplyReceived,
    WebhookEvent,
    WebhookReceiver,
)
from tests.support.local_server import LocalServer
from tests.support.webhook_servers import SERVER_KINDS, serve

SECRET = "fake-delivery-secret"
HEADERS = {"X-Instantly-Secret": SECRET}


@pytest.fixture
async def api(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    fake.webhook_delivery.retry_delays = (0.0, 0.0, 0.0)
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as client:
        yield client


def collecting_receiver() -> tuple[WebhookReceiver, list[WebhookEvent]]:
    receiver = WebhookReceiver(secrets=[SECRET])
    seen: list[WebhookEvent] = []
    receiver.on_any(seen.append)
    return receiver, seen


@pytest.mark.parametrize("kind", SERVER_KINDS)
async def test_emitted_reply_reaches_the_receiver_with_lead_data_merged(
    kind: str, fake: FakeInstantly, api: AsyncInstantly
) -> None:
    receiver, seen = collecting_receiver()
    campaign = fake.seed_campaign("Q3 outreach")
    fake.seed_lead(
        email="ann@example.com",
        campaign=campaign["id"],
        first_name="Ann",
        company_name="Acme",
        custom_variables={"tier": "gold"},
    )
    async with serve(kind, receiver) as url:
        await api.webhooks.ensure(url, event_types=["reply_received"], headers=HEADERS)
        deliveries = await fake.emit(
            "reply_received", lead_email="ann@example.com", reply_text="Yes!"
        )
    assert [(d.status_code, d.attempt) for d in deliveries] == [(200, 1)]
    assert deliveries[0].headers["X-Instantly-Secret"] == SECRET
    (event,) = seen
    assert isinstance(event, ReplyReceived)
    assert event.campaign_id == campaign["id"]
    assert event.campaign_name == "Q3 outreach"
    assert event.workspace == fake.state.workspace_id
    assert event.reply_text == "Yes!"
    assert event.lead_fields == {"first_name": "Ann", "company_name": "Acme"}
    assert event.custom_variables == {"tier": "gold"}
    assert event.timestamp is not None and event.timestamp.tzinfo is not None


async def test_subscriptions_match_by_event_name_all_events_label_and_campaign(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    receivers = {name: collecting_receiver() for name in ("clicks", "all", "label", "other")}
    mine, other = fake.seed_campaign("Mine"), fake.seed_campaign("Other")
    label = await api.lead_labels.create(
        label="Hot Lead", interest_status_label="positive", description="Hot"
    )
    async with (
        serve("aiohttp", receivers["clicks"][0]) as clicks,
        serve("aiohttp", receivers["all"][0]) as everything,
        serve("aiohttp", receivers["label"][0]) as labels,
        serve("aiohttp", receivers["other"][0]) as other_campaign,
    ):
        await api.webhooks.ensure(clicks, event_types=["email_link_clicked"], headers=HEADERS)
        await api.webhooks.ensure(everything, event_types=["all_events"], headers=HEADERS)
        await api.webhooks.create(
            target_hook_url=labels,
            custom_interest_value=label.interest_status,
            headers=HEADERS,
        )
        await api.webhooks.ensure(
            other_campaign, event_types=["all_events"], headers=HEADERS, campaign=other["id"]
        )
        await fake.emit("link_clicked", lead_email="a@example.com", campaign_id=mine["id"])
        await fake.emit("Hot Lead", lead_email="a@example.com", campaign_id=mine["id"])
        await fake.emit("email_opened", lead_email="a@example.com", campaign_id=mine["id"])
    assert [type(e) for e in receivers["clicks"][1]] == [LinkClicked]
    assert [e.event_type for e in receivers["all"][1]] == [
        "link_clicked",
        "Hot Lead",
        "email_opened",
    ]
    assert [type(e) for e in receivers["label"][1]] == [CustomLabelEvent]
    assert receivers["other"][1] == []


async def test_duplicate_delivery_is_dispatched_once(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    receiver, seen = collecting_receiver()
    async with serve("asgi", receiver) as url:
        await api.webhooks.ensure(url, event_types=["email_sent"], headers=HEADERS)
        deliveries = await fake.emit("email_sent", lead_email="a@example.com", duplicate=True)
    assert [d.status_code for d in deliveries] == [200, 200]
    assert deliveries[0].payload == deliveries[1].payload
    assert len(seen) == 1


@pytest.mark.parametrize("kind", SERVER_KINDS)
async def test_handler_failure_then_the_fakes_retry_succeeds(
    kind: str, fake: FakeInstantly, api: AsyncInstantly
) -> None:
    receiver = WebhookReceiver(secrets=[SECRET])
    calls: list[WebhookEvent] = []

    @receiver.on("reply_received")
    def flaky(event: WebhookEvent) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("CRM timed out")

    async with serve(kind, receiver) as url:
        (hook,) = await api.webhooks.ensure(url, event_types=["reply_received"], headers=HEADERS)
        deliveries = await fake.emit("reply_received", lead_email="a@example.com")
    assert [(d.attempt, d.status_code) for d in deliveries] == [(1, 500), (2, 200)]
    assert len(calls) == 2 and calls[0] == calls[1]
    log = [event async for event in api.webhook_events.list()]
    assert [(e.retry_count, e.success, e.will_retry) for e in log] == [
        (0, False, True),
        (1, True, False),
    ]
    assert log[1].retry_successful is True
    assert log[0].retry_group_id == log[1].retry_group_id
    assert (await api.webhooks.get(hook.id)).status == 1


async def test_wrong_secret_fails_every_attempt_and_disables_the_subscription(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    fake.webhook_delivery.disable_after = 3
    receiver, seen = collecting_receiver()
    async with serve("aiohttp", receiver) as url:
        (hook,) = await api.webhooks.ensure(
            url, event_types=["email_opened"], headers={"X-Instantly-Secret": "stale"}
        )
        deliveries = await fake.emit("email_opened", lead_email="a@example.com")
        assert [d.status_code for d in deliveries] == [401, 401, 401]
        disabled = await api.webhooks.get(hook.id)
        assert disabled.status == -1 and disabled.timestamp_error is not None
        assert await fake.emit("email_opened", lead_email="a@example.com") == []

        # ensure repairs it: new headers and resumed.
        (repaired,) = await api.webhooks.ensure(url, event_types=["email_opened"], headers=HEADERS)
        assert repaired.id == hook.id and repaired.status == 1
        assert [
            d.status_code for d in await fake.emit("email_opened", lead_email="a@example.com")
        ] == [200]
    assert len(seen) == 1
    failed = [e async for e in api.webhook_events.list(success=False)]
    assert [e.status_code for e in failed] == [401, 401, 401]


async def test_unreachable_endpoint_is_retried_on_the_schedule_then_given_up(
    fake: FakeInstantly, api: AsyncInstantly, server: LocalServer
) -> None:
    async def refuse(request: object) -> object:
        from aiohttp import web

        return web.Response(status=503)

    server.handler = refuse  # type: ignore[assignment]
    fake.webhook_delivery.retry_delays = (0.0,)
    await api.webhooks.create(target_hook_url=server.base_url + "/hook", event_type="email_sent")
    deliveries = await fake.emit("email_sent", lead_email="a@example.com")
    assert [(d.attempt, d.status_code, d.success) for d in deliveries] == [
        (1, 503, False),
        (2, 503, False),
    ]
    assert server.count("POST", "/hook") == 2
    assert fake.deliveries == deliveries


async def test_test_endpoint_delivers_a_sample_and_reports_the_outcome(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    receiver, seen = collecting_receiver()
    async with serve("asgi", receiver) as url:
        (hook,) = await api.webhooks.ensure(
            url, event_types=["email_link_clicked"], headers=HEADERS
        )
        result = await api.webhooks.test(hook.id)
        assert result.success is True and result.status_code == 200
        await api.webhooks.update(hook.id, headers={"X-Instantly-Secret": "nope"})
        refused = await api.webhooks.test(hook.id)
        assert refused.success is False and refused.status_code == 401
    assert [type(e) for e in seen] == [LinkClicked]
    assert [d.test for d in fake.deliveries] == [True, True]
    assert (await api.webhooks.get(hook.id)).status == 1  # tests do not count towards disabling


async def test_delivery_log_filters_and_single_records(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    receiver, _ = collecting_receiver()
    async with serve("aiohttp", receiver) as url:
        await api.webhooks.ensure(url, event_types=["all_events"], headers=HEADERS)
        await fake.emit("email_sent", lead_email="ann@example.com")
        await fake.emit("email_sent", lead_email="bob@example.com")
    found = [e async for e in api.webhook_events.list(search="bob@")]
    assert [e.lead_email for e in found] == ["bob@example.com"]
    one = await api.webhook_events.get(found[0].id)
    assert one.payload is not None and one.payload["lead_email"] == "bob@example.com"
    assert [e async for e in api.webhook_events.list(success=False)] == []


def test_fake_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="webhook_retry_delays"):
        FakeInstantly(webhook_retry_delays=(-1,))
    with pytest.raises(ValueError, match="webhook_disable_after"):
        FakeInstantly(webhook_disable_after=0)


async def test_emit_checks_its_event_type(fake: FakeInstantly) -> None:
    with pytest.raises(ValueError, match="event_type"):
        await fake.emit("")


async def test_deliveries_to_other_hosts_fail_without_a_request(
    fake: FakeInstantly, api: AsyncInstantly
) -> None:
    fake.webhook_delivery.retry_delays = ()
    hook = await api.webhooks.create(
        target_hook_url="https://example.com/in", event_type="email_sent"
    )
    (attempt,) = await fake.emit("email_sent", lead_email="a@example.com")
    assert attempt.status_code is None and not attempt.success
    assert attempt.error_message is not None and "loopback" in attempt.error_message
    result = await api.webhooks.test(hook.id)
    assert result.success is False and "loopback" in (result.error or "")
