"""The workspace rate limits of the live API, enforced as sliding windows.

A request is granted when every window that applies to it (the workspace's per-second and
per-minute windows, plus the operation's own budget) holds fewer grants than its limit over the
last ``period`` seconds; a refused request answers 429 and is not counted. Every grant is logged
so tests can measure how a client paced itself (:meth:`RateLimiter.max_in_window`).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ._spec import Operation

OAUTH_INIT_OPERATIONS = frozenset({"initGoogleOAuth", "initMicrosoftOAuth"})


@dataclass(frozen=True)
class RateLimits:
    """Which limits the fake enforces.

    ``per_second`` / ``per_minute``: the workspace windows (``None`` switches one off).
    ``endpoints``: per-operation budgets ``{operationId: (limit, period_seconds)}``; they replace
    the spec's ``x-rate-limit`` values for those operations (e.g. ``{"listEmail": (2, 60)}``).
    ``spec_endpoint_limits``: apply the spec's ``x-rate-limit`` budgets (``GET /emails`` 20/min,
    ``POST /emails/test`` 10/min, OAuth init 75/min, ...).
    ``retry_after_operations``: operations whose 429s carry ``Retry-After`` (seconds, rounded
    up); the live API documents the header only on the OAuth init endpoints.
    """

    per_second: int | None = 100
    per_minute: int | None = 6000
    endpoints: Mapping[str, tuple[int, float]] = field(default_factory=dict)
    spec_endpoint_limits: bool = True
    retry_after_operations: frozenset[str] = OAUTH_INIT_OPERATIONS


@dataclass(frozen=True)
class Rejection:
    """Why a request was refused and when the window that refused it frees a slot."""

    window: str
    retry_after: float

    @property
    def retry_after_header(self) -> str:
        return str(max(1, math.ceil(self.retry_after)))


class RateLimiter:
    """Sliding-window limiter with a log of grant times."""

    def __init__(
        self, limits: RateLimits | None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits
        self._clock = clock
        self._windows: dict[str, deque[float]] = {}
        self.grants: list[tuple[float, str]] = []
        self.rejections = 0

    def _applicable(self, operation: Operation) -> list[tuple[str, int, float]]:
        limits = self.limits
        if limits is None:
            return []
        windows: list[tuple[str, int, float]] = []
        if limits.per_second is not None:
            windows.append(("workspace/second", limits.per_second, 1.0))
        if limits.per_minute is not None:
            windows.append(("workspace/minute", limits.per_minute, 60.0))
        budget = limits.endpoints.get(operation.operation_id)
        if budget is None and limits.spec_endpoint_limits:
            budget = operation.rate_limit
        if budget is not None:
            windows.append(
                (f"operation/{operation.operation_id}", int(budget[0]), float(budget[1]))
            )
        return windows

    def acquire(self, operation: Operation) -> Rejection | None:
        """Grant the request (and log it) or say which window refused it."""
        now = self._clock()
        windows = self._applicable(operation)
        for key, limit, period in windows:
            grants = self._windows.setdefault(key, deque())
            while grants and grants[0] <= now - period:
                grants.popleft()
            if len(grants) >= limit:
                self.rejections += 1
                oldest = grants[0] if grants else now
                return Rejection(window=key, retry_after=max(0.0, oldest + period - now))
        for key, _limit, _period in windows:
            self._windows[key].append(now)
        self.grants.append((now, operation.operation_id))
        return None

    def sends_retry_after(self, operation: Operation) -> bool:
        return (
            self.limits is not None and operation.operation_id in self.limits.retry_after_operations
        )

    def max_in_window(self, seconds: float, operation_id: str | None = None) -> int:
        """The most grants that fell within any ``seconds``-long sliding window."""
        times = [t for t, op in self.grants if operation_id is None or op == operation_id]
        best = 0
        start = 0
        for end, t in enumerate(times):
            while times[start] <= t - seconds:
                start += 1
            best = max(best, end - start + 1)
        return best

    def reset(self) -> None:
        """Forget every window and the grant log."""
        self._windows.clear()
        self.grants.clear()
        self.rejections = 0
