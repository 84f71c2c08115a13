"""The in-process backends: :class:`InMemoryRateLimiter` (the default) and :class:`NoRateLimiter`."""

from __future__ import annotations

import asyncio
import gc
import math
import threading
import weakref
from collections import deque
from collections.abc import Sequence
from time import monotonic as _monotonic
from typing import ClassVar, cast

from instantly_async.ratelimit._schedule import (
    DEFAULT_BURST,
    DEFAULT_COLD_START,
    DEFAULT_ENDPOINT_MARGIN,
    DEFAULT_JITTER,
    WORKSPACE_RATES,
    Budgets,
    Grant,
    Rate,
    check_burst,
    check_pause,
    check_rates,
    check_spacing,
    key_digest,
)
from instantly_async.ratelimit._waiting import QueuedLimiter, RateLimitTimeout

_STALL = 0.005
"""A garbage collection at least this long counts as a stall of the process (see
:meth:`Budget.stalled`): the requests granted just before it leave that much later."""

_watching: weakref.WeakSet[InMemoryRateLimiter] = weakref.WeakSet()
_collection_started = [0.0]


def _on_collection(phase: str, info: dict[str, int]) -> None:
    # Runs inside the collector, possibly while a limiter's lock is held: only record.
    now = _monotonic()
    if phase == "start":
        _collection_started[0] = now
    elif now - _collection_started[0] >= _STALL:
        for limiter in list(_watching):
            limiter._stalls.append((_collection_started[0], now - _collection_started[0]))


gc.callbacks.append(_on_collection)


class InMemoryRateLimiter(QueuedLimiter):
    """Rate limiter for one process (the default).

    ``rates`` is the workspace budget: permits are paced evenly after a burst of at most
    ``burst``, and no window of a rate's ``period`` (plus the allowance) holds more than its
    ``limit``. Endpoint budgets passed to :meth:`acquire` are sliding windows with their period
    stretched by ``margin`` (default 10%: Instantly's per-endpoint windows trip at exactly their
    nominal pace). Every window is lengthened by ``jitter`` seconds (default 0.02) for the
    spread of arrival times at the server; a server 429 (:meth:`pause`) widens that allowance,
    and quiet minutes narrow it back. ``Rate(100, 1.0)`` is thus enforced as 100 per 1.02 s,
    spaced 10.2 ms apart.

    All clients of one workspace in a process must share one instance: use :meth:`shared`.
    :meth:`for_workspace` gives the budget of a sub-workspace. Safe to use from several
    threads/event loops at once.
    """

    _registry: ClassVar[dict[str, InMemoryRateLimiter]] = {}
    _registry_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        rates: Sequence[Rate] = WORKSPACE_RATES,
        *,
        margin: float = DEFAULT_ENDPOINT_MARGIN,
        jitter: float = DEFAULT_JITTER,
        burst: int = DEFAULT_BURST,
        cold_start: float = DEFAULT_COLD_START,
    ) -> None:
        super().__init__()
        self.rates = check_rates(rates, "rates")
        self.margin = check_spacing("margin", margin)
        self.jitter = check_spacing("jitter", jitter)
        self.burst = check_burst(burst)
        self.cold_start = check_spacing("cold_start", cold_start)
        self._budgets = Budgets(
            self.rates,
            margin=self.margin,
            jitter=self.jitter,
            burst=burst,
            cold_start=self.cold_start,
        )
        self._workspaces: dict[str, InMemoryRateLimiter] = {}
        self._stalls: deque[tuple[float, float]] = deque()  # (started, seconds), from the GC
        _watching.add(self)

    def __repr__(self) -> str:
        return (
            f"InMemoryRateLimiter(rates={self.rates!r}, margin={self.margin!r}, "
            f"jitter={self.jitter!r}, burst={self.burst!r}, cold_start={self.cold_start!r})"
        )

    @classmethod
    def shared(
        cls,
        key: str,
        rates: Sequence[Rate] = WORKSPACE_RATES,
        *,
        margin: float = DEFAULT_ENDPOINT_MARGIN,
        jitter: float = DEFAULT_JITTER,
        burst: int = DEFAULT_BURST,
        cold_start: float = DEFAULT_COLD_START,
    ) -> InMemoryRateLimiter:
        """The process-wide limiter for ``key`` (e.g. the API key or a workspace name), created on
        first use. Only a digest of ``key`` is kept. Raises ``ValueError`` if it already exists
        with other settings."""
        wanted = InMemoryRateLimiter(
            rates, margin=margin, jitter=jitter, burst=burst, cold_start=cold_start
        )
        digest = key_digest(key)
        with cls._registry_lock:
            limiter = cls._registry.setdefault(digest, wanted)
            if limiter._settings() != wanted._settings():
                raise ValueError(
                    f"a shared rate limiter for this key already exists: {limiter!r}; "
                    f"asked for {wanted!r}"
                )
            return limiter

    def _settings(self) -> tuple[object, ...]:
        return (self.rates, self.margin, self.jitter, self.burst, self.cold_start)

    def for_workspace(self, workspace_id: str) -> InMemoryRateLimiter:
        """The budget of sub-workspace ``workspace_id``: a limiter with these settings, one per
        id, kept by this limiter (so every client sharing this limiter shares it too)."""
        with self._lock:
            limiter = self._workspaces.get(workspace_id)
            if limiter is None:
                limiter = self._workspaces[workspace_id] = InMemoryRateLimiter(
                    self.rates,
                    margin=self.margin,
                    jitter=self.jitter,
                    burst=self.burst,
                    cold_start=self.cold_start,
                )
            return limiter

    async def _try_take(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...]
    ) -> tuple[float, float]:
        with self._lock:
            self._account_for_stalls()
            wait, grant = self._budgets.grant(now, endpoint, rates)
        if grant is not None:
            self._granted(grant)
        return wait, now

    def _give_back(self, permit: object) -> None:
        with self._lock:
            self._budgets.give_back(cast(Grant, permit))

    def _account_for_stalls(self) -> None:
        """Called under the lock: move the permits granted just before a stall (see
        :meth:`Budget.stalled`)."""
        while self._stalls:
            self._budgets.stalled(*self._stalls.popleft())

    def _lower_bound(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...], ahead: int
    ) -> float:
        with self._lock:
            self._account_for_stalls()
            budget = self._budgets.lower_bound(now, endpoint, rates, ahead)
        return max(budget, super()._lower_bound(now, endpoint, rates, ahead))

    def _rejected(self, now: float) -> None:
        self._budgets.rejected(now)

    async def aclose(self) -> None:
        """Nothing to release; the limiter stays usable (it may be shared by other clients)."""


class NoRateLimiter:
    """Grants every permit at once (benchmarks, or limits enforced elsewhere).

    A server 429 is still honoured: :meth:`pause` holds every caller until it ends, since the
    server refuses requests during that time anyway.
    """

    def __init__(self) -> None:
        self._paused_until = -math.inf
        self._workspaces: dict[str, NoRateLimiter] = {}

    def __repr__(self) -> str:
        return "NoRateLimiter()"

    def for_workspace(self, workspace_id: str) -> NoRateLimiter:
        """A sub-workspace's limiter: no budget either, its own 429 pause."""
        return self._workspaces.setdefault(workspace_id, NoRateLimiter())

    async def acquire(
        self,
        endpoint: str | None = None,
        endpoint_rates: Sequence[Rate] = (),
        *,
        max_wait: float | None = None,
    ) -> float:
        """Return at once, unless a 429 pause is running (see :class:`RateLimiter`)."""
        started = now = _monotonic()
        while (wait := self._paused_until - now) > 0:
            if max_wait is not None and now - started + wait > max_wait:
                raise RateLimitTimeout(now - started + wait, max_wait)
            await asyncio.sleep(wait)
            now = _monotonic()
        return now - started

    async def pause(self, seconds: float) -> None:
        """Hold every caller for ``seconds`` from now (extends, never shortens)."""
        self._paused_until = max(self._paused_until, _monotonic() + check_pause(seconds))

    async def aclose(self) -> None:
        """Nothing to release."""
