"""Webhook deliveries from the fake, over real HTTP, the way Instantly makes them.

``fake.emit(event_type, lead_email=..., campaign_id=..., **fields)`` builds a flat payload (the
lead's fields and custom variables merged in when the lead is stored in the fake) and POSTs it,
with each subscription's custom ``headers``, to every matching subscription's
``target_hook_url``. A subscription matches by event type (its subscription name, e.g.
``email_link_clicked`` for a ``link_clicked`` payload, ``all_events``, or for a custom lead label
``event_type: null`` with that label's ``custom_interest_value``) and campaign (its own or all).

Deliveries go to loopback hosts only (``127.0.0.1``, ``::1``, ``localhost``) unless
``fake.webhook_delivery.loopback_only`` is False: an attempt to any other host fails without a
request, so a test cannot reach the network by accident.

A delivery that is not answered with 2xx is retried after each of ``retry_delays`` seconds; after
``disable_after`` failed attempts in a row the subscription is disabled (``status: -1``) until
``POST /webhooks/{id}/resume``. Every attempt is a :class:`Delivery` in ``fake.deliveries`` and a
record served by ``GET /api/v2/webhook-events``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from instantly_async.client import is_loopback_host
from instantly_async.webhooks import ALL_EVENTS, payload_events_for

from ._handlers import Reply
from ._state import FakeState, Record, iso_timestamp

DISABLED = -1
USER_AGENT = "instantly-async-fake-webhooks"

# The lead's own fields a payload carries when the lead is known (custom variables come too).
_LEAD_FIELDS = (
    "first_name",
    "last_name",
    "company_name",
    "job_title",
    "phone",
    "website",
    "personalization",
)
_REPLY_EVENTS = ("reply_received", "auto_reply_received")
_NOT_ABOUT_AN_EMAIL = ("campaign_completed", "account_error")


@dataclass
class Delivery:
    """One attempt to deliver one event to one subscription.

    Names follow the API's delivery records (``GET /webhook-events``): ``status_code`` is the
    HTTP status the endpoint answered (``None``: no answer, see ``error_message``); ``attempt``
    counts from 1 for the first try of an event; ``record_id`` is the attempt's record id;
    ``test`` marks deliveries of ``POST /webhooks/{id}/test``; ``headers`` are those sent.
    """

    webhook_id: str
    webhook_url: str
    event_type: str
    payload: dict[str, Any]
    headers: dict[str, str]
    attempt: int
    status_code: int | None
    error_message: str | None
    response_time_ms: float
    record_id: str
    test: bool = False

    @property
    def success(self) -> bool:
        """Whether the endpoint answered 2xx."""
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass
class WebhookDelivery:
    """The fake's webhook sender: its settings can be changed at any time
    (``fake.webhook_delivery.retry_delays = (0.01,)``)."""

    state: FakeState
    retry_delays: Sequence[float] = (0.05, 0.25, 1.0)
    disable_after: int = 8
    timeout: float = 5.0
    # Tests must not reach the network by accident: a subscription to another host gets a failed
    # attempt without a request unless this is switched off.
    loopback_only: bool = True
    deliveries: list[Delivery] = field(default_factory=list)
    _failures: dict[str, int] = field(default_factory=dict)
    _session: aiohttp.ClientSession | None = None

    def __post_init__(self) -> None:
        check_settings(self.retry_delays, self.disable_after)

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def reset(self) -> None:
        self.deliveries.clear()
        self._failures.clear()

    # -- emitting

    async def emit(
        self,
        event_type: str,
        *,
        lead_email: str | None = None,
        campaign_id: str | None = None,
        duplicate: bool = False,
        fields: Mapping[str, Any],
    ) -> list[Delivery]:
        if not isinstance(event_type, str) or not event_type:
            raise ValueError(f"event_type must be a payload event name, got {event_type!r}")
        payload = self.build_payload(event_type, lead_email, campaign_id, fields)
        hooks = [h for h in self.state.webhooks.values() if self._matches(h, payload)]

        async def to_hook(hook: Record) -> list[Delivery]:
            attempts = await self._deliver(hook, payload)
            if duplicate:
                attempts += await self._deliver(hook, payload)
            return attempts

        results = await asyncio.gather(*(to_hook(hook) for hook in hooks))
        return [attempt for attempts in results for attempt in attempts]

    def build_payload(
        self,
        event_type: str,
        lead_email: str | None,
        campaign_id: str | None,
        fields: Mapping[str, Any],
    ) -> dict[str, Any]:
        state = self.state
        lead = _find_lead(state, lead_email, campaign_id)
        if campaign_id is None and lead is not None:
            campaign_id = lead.get("campaign")
        campaign = state.campaigns.get(campaign_id) if campaign_id else None
        payload: dict[str, Any] = {
            "timestamp": state.now(),
            "event_type": event_type,
            "workspace": state.workspace_id,
            "campaign_id": campaign_id,
            "campaign_name": campaign["name"] if campaign else None,
        }
        if event_type not in _NOT_ABOUT_AN_EMAIL or lead_email:
            payload["email_account"] = next(iter(state.accounts), "sender@example.com")
        if lead_email is not None:
            payload.update(lead_email=lead_email, step=1, variant=1, is_first=True)
            payload["email_id"] = state.new_id()
            payload["email_subject"] = "Quick question"
            payload["email_text"] = "Hi, do you have a minute this week?"
            payload["email_html"] = "<p>Hi, do you have a minute this week?</p>"
        if event_type in _REPLY_EVENTS:
            payload["unibox_url"] = f"https://app.instantly.ai/app/unibox?lead={lead_email}"
            payload["reply_subject"] = "Re: Quick question"
            payload["reply_text"] = "Thanks, Tuesday works for me."
            payload["reply_html"] = "<p>Thanks, Tuesday works for me.</p>"
            payload["reply_text_snippet"] = "Thanks, Tuesday works"
        if lead is not None:
            payload.update({k: lead[k] for k in _LEAD_FIELDS if lead.get(k) is not None})
            payload.update(lead.get("payload") or {})
        payload.update(fields)
        return payload

    def _matches(self, hook: Record, payload: Mapping[str, Any]) -> bool:
        if hook.get("status") == DISABLED:
            return False
        if hook.get("campaign") not in (None, payload.get("campaign_id")):
            return False
        subscribed = hook.get("event_type")
        event_type = payload["event_type"]
        if subscribed == ALL_EVENTS:
            return True
        if subscribed is None:
            value = hook.get("custom_interest_value")
            return any(
                label.get("label") == event_type and label.get("interest_status") == value
                for label in self.state.lead_labels.values()
            )
        return event_type in payload_events_for(subscribed)

    # -- test deliveries

    async def test(self, webhook_id: str) -> Reply:
        """Answer ``POST /webhooks/{id}/test``: one attempt with a sample payload, no retries,
        not counted towards disabling."""
        hook = self.state.webhooks[webhook_id]
        subscribed = hook.get("event_type")
        if subscribed is None:
            label = next(
                (
                    label["label"]
                    for label in self.state.lead_labels.values()
                    if label.get("interest_status") == hook.get("custom_interest_value")
                ),
                "Custom label",
            )
            event_type = str(label)
        elif subscribed == ALL_EVENTS:
            event_type = "email_sent"
        else:
            event_type = sorted(payload_events_for(subscribed))[0]
        payload = self.build_payload(event_type, "test-lead@example.com", hook.get("campaign"), {})
        attempt = await self._attempt(hook, payload, 1, self.state.new_id(), test=True)
        body: dict[str, Any] = {
            "success": attempt.success,
            "message": "Test delivery accepted"
            if attempt.success
            else "Test delivery failed: "
            + (attempt.error_message or f"HTTP {attempt.status_code}"),
            "response_time_ms": attempt.response_time_ms,
        }
        if attempt.status_code is not None:
            body["status_code"] = attempt.status_code
        if attempt.error_message is not None:
            body["error"] = attempt.error_message
        return Reply(200, json=body)

    # -- one event to one subscription, with retries

    async def _deliver(self, hook: Record, payload: dict[str, Any]) -> list[Delivery]:
        group = self.state.new_id()
        attempts: list[Delivery] = []
        for number in range(1, len(self.retry_delays) + 2):
            attempt = await self._attempt(hook, payload, number, group)
            attempts.append(attempt)
            if attempt.success or hook.get("status") == DISABLED or number > len(self.retry_delays):
                break
            await asyncio.sleep(self.retry_delays[number - 1])
        return attempts

    async def _attempt(
        self, hook: Record, payload: dict[str, Any], number: int, group: str, *, test: bool = False
    ) -> Delivery:
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        headers.update(hook.get("headers") or {})
        status: int | None = None
        error: str | None = None
        started = time.perf_counter()
        try:
            if self.loopback_only and not _is_loopback(hook["target_hook_url"]):
                raise _NotDelivered(
                    "not delivered: the fake posts to loopback hosts only "
                    "(set fake.webhook_delivery.loopback_only = False to allow others)"
                )
            if self._session is None:
                self._session = aiohttp.ClientSession()
            async with self._session.post(
                hook["target_hook_url"],
                json=payload,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                allow_redirects=False,
            ) as response:
                await response.read()
                status = response.status
                if not 200 <= status < 300:
                    error = f"HTTP {status}"
        except asyncio.TimeoutError:
            error = f"no answer within {self.timeout:g} s"
        except aiohttp.ClientError as exc:
            error = f"{type(exc).__name__}: {exc}"
        except _NotDelivered as refusal:
            error = str(refusal)
        elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
        ok = status is not None and 200 <= status < 300
        if not test:
            self._count(hook, ok)
        will_retry = (
            not ok
            and not test
            and number <= len(self.retry_delays)
            and hook.get("status") != DISABLED
        )
        record = self._record(hook, payload, number, group, status, error, elapsed_ms, will_retry)
        delivery = Delivery(
            webhook_id=hook["id"],
            webhook_url=hook["target_hook_url"],
            event_type=payload["event_type"],
            payload=payload,
            headers=headers,
            attempt=number,
            status_code=status,
            error_message=error,
            response_time_ms=elapsed_ms,
            record_id=record["id"],
            test=test,
        )
        self.deliveries.append(delivery)
        return delivery

    def _count(self, hook: Record, ok: bool) -> None:
        if ok:
            self._failures[hook["id"]] = 0
            return
        failures = self._failures.get(hook["id"], 0) + 1
        self._failures[hook["id"]] = failures
        hook["timestamp_error"] = self.state.now()
        if failures >= self.disable_after:
            hook["status"] = DISABLED
            self._failures[hook["id"]] = 0

    def _record(
        self,
        hook: Record,
        payload: dict[str, Any],
        number: int,
        group: str,
        status: int | None,
        error: str | None,
        elapsed_ms: float,
        will_retry: bool,
    ) -> Record:
        state = self.state
        ms = state.tick()
        created = iso_timestamp(ms)
        next_retry = None
        if will_retry:
            next_retry = iso_timestamp(ms + int(self.retry_delays[number - 1] * 1000))
        record: Record = {
            "id": state.new_id(ms),
            "timestamp_created": created,
            "timestamp_created_date": created[:10],
            "organization_id": state.workspace_id,
            "payload": payload,
            "success": status is not None and 200 <= status < 300,
            "retry_count": number - 1,
            "will_retry": will_retry,
            "webhook_url": hook["target_hook_url"],
            "status_code": status,
            "error_message": error,
            "timestamp_next_retry": next_retry,
            "retry_group_id": group,
            "retry_successful": (status is not None and 200 <= status < 300)
            if number > 1
            else None,
            "lead_email": payload.get("lead_email"),
            "response_time_ms": elapsed_ms,
        }
        state.webhook_events[record["id"]] = record
        return record


class _NotDelivered(Exception):
    pass


def _is_loopback(url: str) -> bool:
    return is_loopback_host((urlsplit(url).hostname or "").lower())


def check_settings(retry_delays: Sequence[float], disable_after: int) -> None:
    if isinstance(retry_delays, (str, bytes)) or not all(
        isinstance(d, (int, float)) and not isinstance(d, bool) and d >= 0 for d in retry_delays
    ):
        raise ValueError(
            f"webhook_retry_delays must be a list of seconds >= 0, got {retry_delays!r}"
        )
    if isinstance(disable_after, bool) or not isinstance(disable_after, int) or disable_after < 1:
        raise ValueError(f"webhook_disable_after must be an integer >= 1, got {disable_after!r}")


def _find_lead(state: FakeState, email: str | None, campaign_id: str | None) -> Record | None:
    if not email:
        return None
    same = [
        lead
        for lead in state.leads.values()
        if isinstance(lead.get("email"), str) and lead["email"].lower() == email.lower()
    ]
    in_campaign = [lead for lead in same if campaign_id and lead.get("campaign") == campaign_id]
    found = in_campaign or same
    return found[0] if found else None
