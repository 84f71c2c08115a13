"""Webhooks: typed events, the subscription/payload name mapping, and a verifying,
de-duplicating receiver for aiohttp and any ASGI framework.

Instantly posts flat JSON payloads, unsigned: the only authentication is a secret header set on
the subscription (`client.webhooks.ensure(url, event_types=[...], headers={...})`). Payloads carry
no event id and can arrive more than once, so the receiver derives a key from the content and
dispatches each event once within a window.

```python
from instantly_async.webhooks import ReplyReceived, WebhookReceiver

receiver = WebhookReceiver(secret_header="X-Instantly-Secret", secrets=["s3cret"])

@receiver.on("reply_received")
async def on_reply(event: ReplyReceived) -> None:
    print(event.lead_email, event.reply_text)

app.router.add_post("/hooks/instantly", receiver.aiohttp_handler())   # aiohttp.web
fastapi_app.mount("/hooks/instantly", receiver.asgi_app())           # FastAPI / Starlette
```
"""

from __future__ import annotations

import abc
import hashlib
import hmac
import inspect
import json
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs

from instantly_async.errors import WebhookPayloadError
from instantly_async.models.webhooks import WebhookEventType

if TYPE_CHECKING:
    from aiohttp import web
    from redis.asyncio import Redis

__all__ = [
    "ALL_EVENTS",
    "PAYLOAD_EVENT_TYPES",
    "SUBSCRIPTION_EVENT_TYPES",
    "AccountError",
    "AutoReplyReceived",
    "CampaignCompleted",
    "CustomLabelEvent",
    "DedupeStore",
    "EmailBounced",
    "EmailOpened",
    "EmailSent",
    "InMemoryDedupe",
    "LeadClosed",
    "LeadInterested",
    "LeadMeetingBooked",
    "LeadMeetingCompleted",
    "LeadNeutral",
    "LeadNoShow",
    "LeadNotInterested",
    "LeadOutOfOffice",
    "LeadUnsubscribed",
    "LeadWrongPerson",
    "LinkClicked",
    "RedisDedupe",
    "ReplyReceived",
    "SupersearchEnrichmentCompleted",
    "UnknownEvent",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReceiver",
    "parse_event",
    "payload_events_for",
    "subscription_event_for",
]

logger = logging.getLogger(__name__)

# -- names --------------------------------------------------------------------------------------

ALL_EVENTS = "all_events"

#: What a subscription's `event_type` may be (the spec's enum); `all_events` means every event.
SUBSCRIPTION_EVENT_TYPES: tuple[str, ...] = tuple(member.value for member in WebhookEventType)

#: The `event_type` values payloads are known to carry (the last two are subscription names the
#: payload list does not mention: assumed to arrive unchanged). Custom label names and event
#: types added later arrive too: `parse_event` turns them into `CustomLabelEvent` /
#: `UnknownEvent`.
PAYLOAD_EVENT_TYPES: tuple[str, ...] = (
    "email_sent",
    "email_opened",
    "reply_received",
    "auto_reply_received",
    "link_clicked",
    "email_bounced",
    "lead_unsubscribed",
    "account_error",
    "campaign_completed",
    "lead_neutral",
    "lead_interested",
    "lead_not_interested",
    "lead_meeting_booked",
    "lead_meeting_completed",
    "lead_closed",
    "lead_out_of_office",
    "lead_wrong_person",
    "lead_no_show",
    "supersearch_enrichment_completed",
)

# Payload names that differ from the subscription that delivers them. `auto_reply_received` has
# no subscription name of its own: only an `all_events` subscription is known to receive it.
_SUBSCRIPTION_FOR_PAYLOAD = {
    "link_clicked": "email_link_clicked",
    "auto_reply_received": ALL_EVENTS,
}


def subscription_event_for(payload_event_type: str) -> str | None:
    """The subscription `event_type` that delivers payloads of `payload_event_type`.

    `subscription_event_for("link_clicked") == "email_link_clicked"`; `"auto_reply_received"`
    gives `"all_events"` (it has no name of its own). `None` for a name that is not a known
    payload event type (a custom label, or a type added after this SDK version): subscribe to
    those with `all_events`, or for a label with `event_type=None, custom_interest_value=...`.
    """
    if payload_event_type not in PAYLOAD_EVENT_TYPES:
        return None
    return _SUBSCRIPTION_FOR_PAYLOAD.get(payload_event_type, payload_event_type)


def payload_events_for(subscription_event_type: str) -> frozenset[str]:
    """The payload `event_type` values a subscription to `subscription_event_type` receives.

    `payload_events_for("email_link_clicked") == {"link_clicked"}`; `"all_events"` covers every
    known payload type (including `auto_reply_received`) and, on the live service, custom label
    events and types added later.
    """
    if subscription_event_type == ALL_EVENTS:
        return frozenset(PAYLOAD_EVENT_TYPES)
    if subscription_event_type not in SUBSCRIPTION_EVENT_TYPES:
        raise ValueError(
            f"subscription_event_type must be one of {', '.join(SUBSCRIPTION_EVENT_TYPES)}; "
            f"got {subscription_event_type!r}"
        )
    return frozenset(
        name
        for name in PAYLOAD_EVENT_TYPES
        if _SUBSCRIPTION_FOR_PAYLOAD.get(name, name) == subscription_event_type
    )


# -- events -------------------------------------------------------------------------------------

# Payload keys with a meaning of their own; every other key is lead data merged in by Instantly.
_KNOWN_FIELDS = frozenset(
    {
        "timestamp",
        "event_type",
        "workspace",
        "campaign_id",
        "campaign_name",
        "lead_email",
        "email_account",
        "unibox_url",
        "step",
        "variant",
        "is_first",
        "email_id",
        "email_subject",
        "email_text",
        "email_html",
        "reply_text_snippet",
        "reply_subject",
        "reply_text",
        "reply_html",
    }
)

# The lead's own fields (Lead schema and the camelCase names of its `payload`); whatever else is
# merged in is one of the workspace's custom variables.
LEAD_FIELD_NAMES = frozenset(
    {
        "email",
        "first_name",
        "last_name",
        "company_name",
        "company_domain",
        "job_title",
        "phone",
        "website",
        "personalization",
        "firstName",
        "lastName",
        "companyName",
        "jobTitle",
    }
)


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """One delivered event. Subclasses name the payload `event_type`; fields the payload does not
    carry are `None`. `raw` is the payload as received."""

    event_type: str
    """The payload's `event_type` (e.g. `link_clicked`, or a custom label's name)."""
    timestamp: datetime | None
    """When the event happened, timezone-aware (UTC); `None` only if the payload had none."""
    workspace: str | None = None
    campaign_id: str | None = None
    campaign_name: str | None = None
    lead_email: str | None = None
    email_account: str | None = None
    """The sending account involved."""
    unibox_url: str | None = None
    step: int | None = None
    """Sequence step, 1-based."""
    variant: int | None = None
    """Variant of the step, 1-based."""
    is_first: bool | None = None
    """Whether this is the lead's first event of this type."""
    email_id: str | None = None
    """The email's id: pass it as `reply_to_uuid` to answer in the same thread."""
    email_subject: str | None = None
    email_text: str | None = None
    email_html: str | None = None
    reply_text_snippet: str | None = None
    reply_subject: str | None = None
    reply_text: str | None = None
    reply_html: str | None = None
    lead_fields: Mapping[str, Any] = attrs.field(factory=dict)
    """The lead's own fields merged into the payload (`first_name`, `company_name`, ...)."""
    custom_variables: Mapping[str, Any] = attrs.field(factory=dict)
    """Every other merged key: the lead's custom variables."""
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False)

    EVENT_TYPE: ClassVar[str | None] = None

    @property
    def dedupe_key(self) -> str:
        """A key derived from the content, identical for every redelivery of this event (the
        payload has no id): event type, workspace, campaign, lead, email id, step, variant and
        timestamp."""
        parts = [
            self.event_type,
            self.workspace,
            self.campaign_id,
            self.lead_email.lower() if self.lead_email else None,
            self.email_id,
            self.step,
            self.variant,
            self.timestamp.isoformat() if self.timestamp else self.raw.get("timestamp"),
        ]
        digest = hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()
        return f"{self.event_type}:{digest[:40]}"


@attrs.frozen(kw_only=True)
class EmailSent(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "email_sent"


@attrs.frozen(kw_only=True)
class EmailOpened(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "email_opened"


@attrs.frozen(kw_only=True)
class LinkClicked(WebhookEvent):
    """Delivered to `email_link_clicked` subscriptions."""

    EVENT_TYPE: ClassVar[str | None] = "link_clicked"


@attrs.frozen(kw_only=True)
class ReplyReceived(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "reply_received"


@attrs.frozen(kw_only=True)
class AutoReplyReceived(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "auto_reply_received"


@attrs.frozen(kw_only=True)
class EmailBounced(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "email_bounced"


@attrs.frozen(kw_only=True)
class LeadUnsubscribed(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_unsubscribed"


@attrs.frozen(kw_only=True)
class AccountError(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "account_error"


@attrs.frozen(kw_only=True)
class CampaignCompleted(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "campaign_completed"


@attrs.frozen(kw_only=True)
class LeadInterested(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_interested"


@attrs.frozen(kw_only=True)
class LeadNotInterested(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_not_interested"


@attrs.frozen(kw_only=True)
class LeadNeutral(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_neutral"


@attrs.frozen(kw_only=True)
class LeadMeetingBooked(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_meeting_booked"


@attrs.frozen(kw_only=True)
class LeadMeetingCompleted(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_meeting_completed"


@attrs.frozen(kw_only=True)
class LeadClosed(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_closed"


@attrs.frozen(kw_only=True)
class LeadOutOfOffice(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_out_of_office"


@attrs.frozen(kw_only=True)
class LeadWrongPerson(WebhookEvent):
    EVENT_TYPE: ClassVar[str | None] = "lead_wrong_person"


@attrs.frozen(kw_only=True)
class LeadNoShow(WebhookEvent):
    """Subscribable as `lead_no_show`; assumed to arrive under the same name."""

    EVENT_TYPE: ClassVar[str | None] = "lead_no_show"


@attrs.frozen(kw_only=True)
class SupersearchEnrichmentCompleted(WebhookEvent):
    """Subscribable as `supersearch_enrichment_completed`; assumed to arrive under that name."""

    EVENT_TYPE: ClassVar[str | None] = "supersearch_enrichment_completed"


@attrs.frozen(kw_only=True)
class CustomLabelEvent(WebhookEvent):
    """A lead was given one of the workspace's own labels; `label` is its name."""

    @property
    def label(self) -> str:
        return self.event_type


@attrs.frozen(kw_only=True)
class UnknownEvent(WebhookEvent):
    """An event type this SDK version does not know; everything is still in the fields and
    `raw`."""


EVENT_CLASSES: Mapping[str, type[WebhookEvent]] = {
    cls.EVENT_TYPE: cls
    for cls in (
        EmailSent,
        EmailOpened,
        LinkClicked,
        ReplyReceived,
        AutoReplyReceived,
        EmailBounced,
        LeadUnsubscribed,
        AccountError,
        CampaignCompleted,
        LeadInterested,
        LeadNotInterested,
        LeadNeutral,
        LeadMeetingBooked,
        LeadMeetingCompleted,
        LeadClosed,
        LeadOutOfOffice,
        LeadWrongPerson,
        LeadNoShow,
        SupersearchEnrichmentCompleted,
    )
    if cls.EVENT_TYPE is not None
}

# System event names are snake_case; a name that is not (e.g. "Hot lead") can only be a label.
_SYSTEM_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def parse_event(
    body: bytes | str | Mapping[str, Any], *, custom_labels: Iterable[str] = ()
) -> WebhookEvent:
    """Turn a delivery's body into its event class (`ReplyReceived`, `LinkClicked`, ...).

    A payload `event_type` named in `custom_labels` (the workspace's lead label names), or one that
    is not a snake_case system name, gives `CustomLabelEvent`; any other unknown name gives
    `UnknownEvent`, never an error. Raises `WebhookPayloadError` for a body that is not JSON, not
    an object, or has no string `event_type`, and for an unreadable `timestamp`.
    """
    payload = _decode(body)
    event_type = payload.get("event_type")
    if not isinstance(event_type, str) or not event_type.strip():
        raise WebhookPayloadError(
            f"webhook payload has no event_type string (got {event_type!r}); "
            f"keys present: {', '.join(sorted(payload)) or 'none'}"
        )
    cls = EVENT_CLASSES.get(event_type)
    if cls is None:
        labels = set(custom_labels) if not isinstance(custom_labels, str) else {custom_labels}
        is_label = event_type in labels or not _SYSTEM_NAME.match(event_type)
        cls = CustomLabelEvent if is_label else UnknownEvent
    lead_fields = {k: v for k, v in payload.items() if k in LEAD_FIELD_NAMES}
    custom = {
        k: v for k, v in payload.items() if k not in _KNOWN_FIELDS and k not in LEAD_FIELD_NAMES
    }
    return cls(
        event_type=event_type,
        timestamp=_timestamp(payload.get("timestamp")),
        workspace=_text(payload, "workspace"),
        campaign_id=_text(payload, "campaign_id"),
        campaign_name=_text(payload, "campaign_name"),
        lead_email=_text(payload, "lead_email"),
        email_account=_text(payload, "email_account"),
        unibox_url=_text(payload, "unibox_url"),
        step=_number(payload, "step"),
        variant=_number(payload, "variant"),
        is_first=payload["is_first"] if isinstance(payload.get("is_first"), bool) else None,
        email_id=_text(payload, "email_id"),
        email_subject=_text(payload, "email_subject"),
        email_text=_text(payload, "email_text"),
        email_html=_text(payload, "email_html"),
        reply_text_snippet=_text(payload, "reply_text_snippet"),
        reply_subject=_text(payload, "reply_subject"),
        reply_text=_text(payload, "reply_text"),
        reply_html=_text(payload, "reply_html"),
        lead_fields=lead_fields,
        custom_variables=custom,
        raw=payload,
    )


def _decode(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    if not isinstance(body, (bytes, bytearray, str)):
        raise TypeError(f"body must be bytes, str or a mapping, got {type(body).__name__}")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise WebhookPayloadError(f"webhook body is not JSON: {error}") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError(
            f"webhook body must be a JSON object, got a JSON {type(payload).__name__}"
        )
    return payload


def _text(payload: Mapping[str, Any], key: str) -> str | None:
    value = payload.get(key)
    return None if value is None else str(value)


def _number(payload: Mapping[str, Any], key: str) -> int | None:
    value = payload.get(key)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _timestamp(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise WebhookPayloadError(f"webhook timestamp must be an ISO-8601 string, got {value!r}")
    try:
        # fromisoformat reads "Z" only from Python 3.11 on.
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise WebhookPayloadError(
            f"webhook timestamp is not an ISO-8601 date-time: {value!r}"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


# -- de-duplication -----------------------------------------------------------------------------


class DedupeStore(abc.ABC):
    """Remembers which events were dispatched, so a redelivery is not dispatched again.

    A delivery `claim`s its key before dispatching (False: another delivery of the same event
    holds it or finished it), then `confirm`s it after the handlers succeeded, or `release`s it
    after one failed so that Instantly's retry can dispatch it.
    """

    @abc.abstractmethod
    async def claim(self, key: str) -> bool:
        """Reserve `key`; False when it is already reserved or seen."""

    @abc.abstractmethod
    async def confirm(self, key: str) -> None:
        """Mark `key` seen for the de-duplication window."""

    @abc.abstractmethod
    async def release(self, key: str) -> None:
        """Forget a reservation whose dispatch failed."""

    async def aclose(self) -> None:  # noqa: B027 - stores without connections have nothing to close
        """Release connections the store owns."""


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return float(value)


class InMemoryDedupe(DedupeStore):
    """Keys of one process, each kept `ttl` seconds (default a day), at most `max_entries` (the
    oldest are forgotten first). A claim whose dispatch never ends is dropped after
    `claim_ttl` seconds. `clock` (seconds, monotonic) is injectable for tests."""

    def __init__(
        self,
        ttl: float = 24 * 3600,
        *,
        max_entries: int = 100_000,
        claim_ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = _positive("ttl", ttl)
        self.claim_ttl = _positive("claim_ttl", claim_ttl)
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValueError(f"max_entries must be a positive integer, got {max_entries!r}")
        self.max_entries = max_entries
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()

    def __len__(self) -> int:
        self._expire()
        return len(self._expiry)

    def _expire(self) -> None:
        now = self._clock()
        for key in [k for k, expires in self._expiry.items() if expires <= now]:
            del self._expiry[key]

    def _put(self, key: str, seconds: float) -> None:
        self._expiry[key] = self._clock() + seconds
        self._expiry.move_to_end(key)
        while len(self._expiry) > self.max_entries:
            self._expiry.popitem(last=False)

    async def claim(self, key: str) -> bool:
        now = self._clock()
        # Drop expired keys from the least recently written end: amortised O(1) per claim.
        while self._expiry:
            oldest, oldest_expiry = next(iter(self._expiry.items()))
            if oldest_expiry > now:
                break
            del self._expiry[oldest]
        expires = self._expiry.get(key)
        if expires is not None and expires > now:
            return False
        self._put(key, self.claim_ttl)
        return True

    async def confirm(self, key: str) -> None:
        self._put(key, self.ttl)

    async def release(self, key: str) -> None:
        self._expiry.pop(key, None)


class RedisDedupe(DedupeStore):
    """Keys shared by every worker through Redis (the `redis` extra), so several receivers behind
    a load balancer dispatch an event once. `SET NX` makes the claim atomic.

    `redis_url_or_client` is a URL (the store owns that client; `aclose()` closes it) or a
    `redis.asyncio` client (never closed here). Keys are `prefix + dedupe_key`.
    """

    def __init__(
        self,
        redis_url_or_client: str | Redis,
        *,
        ttl: float = 24 * 3600,
        claim_ttl: float = 300.0,
        prefix: str = "instantly-async:webhook:",
    ) -> None:
        try:
            import redis.asyncio
        except ImportError:  # pragma: no cover - depends on the environment
            raise ImportError(
                "RedisDedupe needs the 'redis' package: pip install 'instantly-async[redis]'"
            ) from None
        self.ttl = _positive("ttl", ttl)
        self.claim_ttl = _positive("claim_ttl", claim_ttl)
        self.prefix = prefix
        self._owns_client = isinstance(redis_url_or_client, str)
        if isinstance(redis_url_or_client, str):
            self._redis: Redis = redis.asyncio.Redis.from_url(redis_url_or_client)
        elif isinstance(redis_url_or_client, redis.asyncio.Redis):
            self._redis = redis_url_or_client
        else:
            raise TypeError(
                "redis_url_or_client must be a redis:// URL or a redis.asyncio.Redis client, "
                f"got {type(redis_url_or_client).__name__}"
            )

    async def claim(self, key: str) -> bool:
        claimed = await self._redis.set(
            self.prefix + key, b"claimed", nx=True, px=int(self.claim_ttl * 1000)
        )
        return bool(claimed)

    async def confirm(self, key: str) -> None:
        await self._redis.set(self.prefix + key, b"seen", px=int(self.ttl * 1000))

    async def release(self, key: str) -> None:
        await self._redis.delete(self.prefix + key)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._redis.aclose()


# -- the receiver -------------------------------------------------------------------------------

# A handler takes the event; it may be a coroutine function or a plain function.
Handler = Callable[[Any], object]
H = TypeVar("H", bound=Handler)
_DEFAULT_DEDUPE: Any = object()
MAX_BODY_BYTES = 1024 * 1024


@attrs.frozen
class Outcome:
    """What the receiver answers one delivery: an HTTP status and a short JSON body."""

    status: int
    body: Mapping[str, Any]
    event: WebhookEvent | None = None

    def json_bytes(self) -> bytes:
        return json.dumps(self.body, separators=(",", ":")).encode()


class WebhookReceiver:
    """Verifies, de-duplicates and dispatches Instantly webhook deliveries.

    * `secrets`: the values the subscription sends in `secret_header` (compared in constant time;
      list the old and the new value while rotating). Missing or wrong: 401, nothing dispatched.
    * `dedupe`: an `InMemoryDedupe` by default; a `RedisDedupe` for several workers; `None` to
      dispatch every delivery.
    * `custom_labels`: the workspace's lead label names, parsed as `CustomLabelEvent`.

    Answers: non-POST 405; body over `max_body_bytes` (1 MiB) 413; malformed payload 400;
    a duplicate within the window 200 without dispatching; a handler that raises 500, and the
    event is not marked seen, so Instantly's retry can succeed later; a de-duplication store
    that cannot be reached 503 (nothing dispatched); otherwise 200.
    """

    def __init__(
        self,
        *,
        secrets: Iterable[str],
        secret_header: str = "X-Instantly-Secret",
        dedupe: DedupeStore | None = _DEFAULT_DEDUPE,
        custom_labels: Iterable[str] = (),
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        if isinstance(secrets, (str, bytes)):
            raise TypeError(
                "secrets must be a list of strings (e.g. secrets=['s3cret']), not one str"
            )
        accepted = list(secrets)
        if not accepted or not all(isinstance(s, str) and s for s in accepted):
            raise ValueError(
                f"secrets must hold at least one non-empty string, got {accepted!r}; deliveries "
                "are unsigned, so the secret header is their only authentication"
            )
        if not isinstance(secret_header, str) or not secret_header.strip():
            raise ValueError(f"secret_header must be a header name, got {secret_header!r}")
        if (
            dedupe is not None
            and dedupe is not _DEFAULT_DEDUPE
            and not isinstance(dedupe, DedupeStore)
        ):
            raise TypeError(
                f"dedupe must be a DedupeStore (InMemoryDedupe, RedisDedupe) or None, got {dedupe!r}"
            )
        if (
            isinstance(max_body_bytes, bool)
            or not isinstance(max_body_bytes, int)
            or max_body_bytes < 1
        ):
            raise ValueError(f"max_body_bytes must be a positive integer, got {max_body_bytes!r}")
        self.secret_header = secret_header.strip()
        self._secrets = [s.encode() for s in accepted]
        self.dedupe = InMemoryDedupe() if dedupe is _DEFAULT_DEDUPE else dedupe
        self.custom_labels = frozenset(custom_labels)
        self.max_body_bytes = max_body_bytes
        self._handlers: dict[str, list[Handler]] = {}
        self._any: list[Handler] = []

    # -- registration

    def on(self, event_type: str) -> Callable[[H], H]:
        """Register the decorated callable (async or sync, taking the event) for payloads whose
        `event_type` is this name; several per name run in registration order."""
        if not isinstance(event_type, str) or not event_type:
            raise ValueError(f"event_type must be a payload event name, got {event_type!r}")
        if event_type == ALL_EVENTS:
            raise ValueError("no payload is named 'all_events': use @receiver.on_any")
        if event_type == "email_link_clicked":
            raise ValueError(
                "payloads name the 'email_link_clicked' subscription's events 'link_clicked': "
                "use @receiver.on('link_clicked')"
            )

        def register(handler: H) -> H:
            _check_callable(handler)
            self._handlers.setdefault(event_type, []).append(handler)
            return handler

        return register

    def on_any(self, handler: H) -> H:
        """Register the decorated callable for every event (after the type's own handlers)."""
        _check_callable(handler)
        self._any.append(handler)
        return handler

    # -- the framework-neutral core

    def authorized(self, headers: Mapping[str, str]) -> bool:
        """Whether `headers` (case-insensitive mapping) carry one of the secrets."""
        given = headers.get(self.secret_header)
        if given is None:
            return False
        presented = given.encode()
        # Compare against every secret, always: the time taken does not tell which one matched.
        matches = [hmac.compare_digest(presented, secret) for secret in self._secrets]
        return any(matches)

    async def receive(self, method: str, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Answer one delivery; the adapters call this. `headers` must be case-insensitive."""
        if method.upper() != "POST":
            return Outcome(405, {"error": "method not allowed: deliveries are POSTed"})
        if not self.authorized(headers):
            return Outcome(401, {"error": f"missing or wrong {self.secret_header} header"})
        if len(body) > self.max_body_bytes:
            return self._too_large()
        try:
            event = parse_event(body, custom_labels=self.custom_labels)
        except WebhookPayloadError as error:
            return Outcome(400, {"error": str(error)})
        key = event.dedupe_key
        if self.dedupe is not None:
            try:
                claimed = await self.dedupe.claim(key)
            except Exception:
                # Without the store a redelivery could be dispatched twice: refuse, and let
                # Instantly's retry come back when the store answers again.
                logger.exception("webhook de-duplication store failed for %s", key)
                return Outcome(503, {"error": "de-duplication store unavailable"}, event)
            if not claimed:
                return Outcome(200, {"ok": True, "duplicate": True}, event)
        try:
            await self.dispatch(event)
        except Exception:
            logger.exception("webhook handler failed for %s (%s)", event.event_type, key)
            if self.dedupe is not None:
                await _quietly(self.dedupe.release(key), "release", key)
            return Outcome(500, {"error": "handler failed"}, event)
        if self.dedupe is not None:
            # The event was handled: answer 200 even if the store fails now; its claim still
            # covers redeliveries for `claim_ttl`.
            await _quietly(self.dedupe.confirm(key), "confirm", key)
        return Outcome(200, {"ok": True}, event)

    def _too_large(self) -> Outcome:
        return Outcome(413, {"error": f"body over {self.max_body_bytes} bytes"})

    async def dispatch(self, event: WebhookEvent) -> None:
        """Run the handlers of `event` (its type's, then the catch-all ones), without checks."""
        for handler in [*self._handlers.get(event.event_type, ()), *self._any]:
            result = handler(event)
            if inspect.isawaitable(result):
                await result

    # -- adapters

    def aiohttp_handler(self) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        """A handler for an `aiohttp.web` route: `app.router.add_route("*", path, handler)`
        (register it for every method to answer 405 yourself, or with `add_post`)."""

        async def handle(request: web.Request) -> web.StreamResponse:
            if request.method == "POST" and self.authorized(request.headers):
                length = request.content_length
                if length is not None and length > self.max_body_bytes:
                    return _aiohttp_response(self._too_large())
                chunks: list[bytes] = []
                size = 0
                async for chunk in request.content.iter_any():
                    size += len(chunk)
                    if size > self.max_body_bytes:
                        return _aiohttp_response(self._too_large())
                    chunks.append(chunk)
                body = b"".join(chunks)
            else:
                body = b""
            outcome = await self.receive(request.method, request.headers, body)
            return _aiohttp_response(outcome)

        return handle

    def asgi_app(self) -> Callable[[Any, Any, Any], Awaitable[None]]:
        """A plain ASGI 3 application answering every path it is mounted on."""

        async def app(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "lifespan":
                await _asgi_lifespan(receive, send)
                return
            if scope["type"] != "http":
                raise RuntimeError(f"the webhook receiver serves HTTP, not {scope['type']!r}")
            headers = _CaseInsensitive(
                (k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", ())
            )
            method = scope["method"]
            body = b""
            if method == "POST" and self.authorized(headers):
                body, too_large = await _asgi_body(receive, self.max_body_bytes)
                if too_large:
                    await _asgi_send(send, self._too_large())
                    return
            await _asgi_send(send, await self.receive(method, headers, body))

        return app


async def _quietly(step: Awaitable[None], what: str, key: str) -> None:
    try:
        await step
    except Exception:
        logger.exception("webhook de-duplication store could not %s %s", what, key)


def _check_callable(handler: object) -> None:
    if not callable(handler):
        raise TypeError(f"a webhook handler must be callable, got {handler!r}")


def _aiohttp_response(outcome: Outcome) -> web.Response:
    from aiohttp import web

    headers = {"Allow": "POST"} if outcome.status == 405 else None
    return web.Response(
        status=outcome.status,
        body=outcome.json_bytes(),
        content_type="application/json",
        headers=headers,
    )


class _CaseInsensitive(dict[str, str]):
    """Header lookup by any case (the ASGI scope lists names in lower case)."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        super().__init__((k.lower(), v) for k, v in items)

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(key.lower(), default)


async def _asgi_body(receive: Any, limit: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


async def _asgi_send(send: Any, outcome: Outcome) -> None:
    body = outcome.json_bytes()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if outcome.status == 405:
        headers.append((b"allow", b"POST"))
    await send({"type": "http.response.start", "status": outcome.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _asgi_lifespan(receive: Any, send: Any) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
