"""Events the request pipeline reports to hooks (`AsyncInstantly(hooks=[...])`).

A hook is a plain callable taking one event; it runs inline, so keep it quick. An exception in a
hook is logged and does not fail the call.
"""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.frozen
class RequestEvent:
    """An attempt is about to be sent."""

    operation_id: str | None
    method: str
    url: str
    attempt: int


@attrs.frozen
class ResponseEvent:
    """An attempt got an HTTP answer (any status)."""

    operation_id: str | None
    method: str
    url: str
    attempt: int
    status: int
    elapsed: float


@attrs.frozen
class RetryEvent:
    """An attempt failed and will be repeated after `wait` seconds."""

    operation_id: str | None
    method: str
    url: str
    attempt: int
    wait: float
    reason: str
    """e.g. `status 503`, `status 429`, `timeout`, `connection refused`."""


@attrs.frozen
class RateLimitWaitEvent:
    """A call waited for rate-limit budget: `client` = the SDK's limiter, `server` = a 429."""

    operation_id: str | None
    source: Literal["client", "server"]
    wait: float


Event = RequestEvent | ResponseEvent | RetryEvent | RateLimitWaitEvent
