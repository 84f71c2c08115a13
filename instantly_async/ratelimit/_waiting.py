"""Waiting for permits: the :class:`RateLimiter` protocol, and the waiting lines every backend
shares (one FIFO line per budget, only its head asks the backend, nobody polls)."""

from __future__ import annotations

import abc
import asyncio
import math
import threading
from collections import deque
from collections.abc import Sequence
from contextvars import ContextVar
from time import monotonic as _monotonic
from typing import Protocol, runtime_checkable

from instantly_async.ratelimit._schedule import Rate, check_pause, check_rates


class RateLimitTimeout(Exception):
    """The permit would not be granted within ``max_wait``; nothing was consumed.

    ``wait`` is the (estimated, at least) number of seconds the permit would have needed,
    counted from the call to ``acquire``.
    """

    def __init__(self, wait: float, max_wait: float) -> None:
        self.wait = wait
        self.max_wait = max_wait
        super().__init__(
            f"rate limit: the next permit needs about {wait:.3f}s, more than max_wait={max_wait:.3f}s"
        )

    def __reduce__(self) -> tuple[type[RateLimitTimeout], tuple[float, float]]:
        return (type(self), (self.wait, self.max_wait))


@runtime_checkable
class RateLimiter(Protocol):
    """What the transport needs from a rate limiter (one permit per HTTP attempt).

    A limiter may also offer ``give_back()`` (the built-in ones do): the transport calls it when
    the request of the permit its task's last ``acquire`` took was never sent (cancelled, or the
    connection failed), so that the permit counts against no budget.
    """

    async def acquire(
        self,
        endpoint: str | None = None,
        endpoint_rates: Sequence[Rate] = (),
        *,
        max_wait: float | None = None,
    ) -> float:
        """Wait for one permit from the workspace budget and, when ``endpoint`` is given with
        ``endpoint_rates``, from that endpoint's budget too, taken atomically (one budget is
        never held while waiting for the other). Returns the seconds waited.

        Raises :class:`RateLimitTimeout`, without consuming anything, when the permit cannot be
        granted within ``max_wait`` seconds.
        """
        ...

    async def pause(self, seconds: float) -> None:
        """The server answered 429: grant nobody sharing this limiter a permit for ``seconds``
        from now. Extends a running pause, never shortens it."""
        ...

    async def aclose(self) -> None:
        """Release resources owned by the limiter."""
        ...


_last_permit: ContextVar[tuple[QueuedLimiter, object] | None] = ContextVar(
    "instantly_async_last_permit", default=None
)
"""The permit the current task's last `acquire` took, and from which limiter: what
`give_back` returns. A context variable, so concurrent calls never give back each other's."""


DEAD_HEAD_CHECK = 0.5
"""Seconds between a waiter's checks that the head of its line is alive: a head whose event
loop died never hands the turn on, and the waiters behind it take over at their next check."""


def _hand_turn(turn: asyncio.Future[None]) -> None:
    if not turn.done():
        turn.set_result(None)


class QueuedLimiter(abc.ABC):
    """Shared waiting logic: one FIFO line per budget combination, only its head polls.

    A caller joins the line of its key (its endpoint, or ``None`` for the workspace alone).
    The head of each line asks the backend for a permit; when there is none it sleeps until the
    exact time the backend says one frees up, then asks again. Everybody else waits on a future
    that the previous head resolves when it leaves, glancing every :data:`DEAD_HEAD_CHECK`
    seconds (without asking the backend) that the head's event loop is still alive, so a head
    that died in line never wedges it. Nothing is reserved while waiting, so a cancelled or
    timed-out waiter only has to leave its line. Lines of different endpoints never block each
    other: a caller held up by ``GET /emails`` does not stall workspace-only calls.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lines: dict[str | None, deque[asyncio.Future[None]]] = {}
        self._paused_until = -math.inf

    @abc.abstractmethod
    async def _try_take(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...]
    ) -> tuple[float, float]:
        """Return ``(0.0, granted_at)`` after taking a permit, or ``(wait, now)`` without one."""

    def _granted(self, permit: object) -> None:
        """Called by `_try_take` when it took a permit: remember it for `give_back`."""
        _last_permit.set((self, permit))

    def _give_back(self, permit: object) -> None:  # noqa: B027 - optional hook
        """Forget `permit` (what `_try_take` passed to `_granted`); a backend that cannot keeps it."""

    def give_back(self) -> None:
        """Give back the permit this task's last :meth:`acquire` took, because its request was
        never sent: it no longer counts against any budget. Does nothing when that permit was
        already given back or came from another limiter."""
        last = _last_permit.get()
        if last is not None and last[0] is self:
            _last_permit.set(None)
            self._give_back(last[1])

    def _lower_bound(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...], ahead: int
    ) -> float:
        """Seconds the caller will wait at least, with ``ahead`` callers before it in its line."""
        return max(0.0, self._paused_until - now)

    @staticmethod
    def _now() -> float:
        return _monotonic()

    def _check_open(self) -> None:  # noqa: B027 - optional hook: only Redis can be closed
        """Raise if the limiter can no longer be used (an in-memory limiter always can be)."""

    async def acquire(
        self,
        endpoint: str | None = None,
        endpoint_rates: Sequence[Rate] = (),
        *,
        max_wait: float | None = None,
    ) -> float:
        """Wait for one permit from the workspace budget and, when ``endpoint`` is given with
        ``endpoint_rates``, from that endpoint's budget too, taken together or not at all.

        Callers are served first come, first served per endpoint. Returns the seconds waited.
        Raises :class:`RateLimitTimeout`, without consuming anything, as soon as it is known
        that the permit cannot be granted within ``max_wait`` seconds (and at the latest when
        ``max_wait`` has passed). ``endpoint`` without ``endpoint_rates`` uses the workspace
        budget only.
        """
        self._check_open()
        if max_wait is not None and not max_wait >= 0:
            raise ValueError(f"max_wait must be None or >= 0, got {max_wait!r}")
        rates = (
            check_rates(endpoint_rates, "endpoint_rates")
            if endpoint is not None and endpoint_rates
            else ()
        )
        key = endpoint if rates else None
        started = _monotonic()
        deadline = math.inf if max_wait is None else started + max_wait
        line, turn, ahead = self._join(key)
        now = started  # a permit granted at once reports exactly 0.0 seconds waited
        try:
            if not turn.done():
                bound = self._lower_bound(started, key, rates, ahead)
                if started + bound > deadline:
                    raise RateLimitTimeout(bound, max_wait or 0.0)
                while True:
                    # Woken by the caller before us when it leaves; every DEAD_HEAD_CHECK
                    # seconds, check that the head can still leave (its event loop may be gone).
                    left = max(0.0, deadline - _monotonic())
                    await asyncio.wait((turn,), timeout=min(left, DEAD_HEAD_CHECK))
                    if turn.done() or _monotonic() >= deadline:
                        break
                    with self._lock:
                        self._drop_dead_head(line)
                if not turn.done():
                    now = _monotonic()
                    with self._lock:
                        ahead = line.index(turn)
                    bound = self._lower_bound(now, key, rates, ahead)
                    raise RateLimitTimeout(
                        max(now - started + bound, max_wait or 0.0), max_wait or 0.0
                    )
                now = _monotonic()
            while True:
                wait = self._paused_until - now
                if wait <= 0:
                    wait, now = await self._try_take(now, key, rates)
                    if wait <= 0:
                        return now - started
                if now + wait > deadline:
                    raise RateLimitTimeout(now - started + wait, max_wait or 0.0)
                await asyncio.sleep(wait)
                now = _monotonic()
        finally:
            self._leave(key, line, turn)

    async def pause(self, seconds: float) -> None:
        """Grant nobody sharing this limiter a permit for ``seconds`` from now (a server 429).
        Extends a running pause, never shortens it."""
        now = _monotonic()
        seconds = check_pause(seconds)
        if seconds <= 0:
            return
        with self._lock:
            if now >= self._paused_until:  # a new episode, not another reply of the same one
                self._rejected(now)
            self._paused_until = max(self._paused_until, now + seconds)

    def _rejected(self, now: float) -> None:  # noqa: B027 - optional hook
        """The server answered 429: a backend may widen its allowance (called under the lock)."""

    def _join(
        self, key: str | None
    ) -> tuple[deque[asyncio.Future[None]], asyncio.Future[None], int]:
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        with self._lock:
            line = self._lines.setdefault(key, deque())
            self._drop_dead_head(line)
            ahead = len(line)
            if not line:
                turn.set_result(None)
            line.append(turn)
        return line, turn, ahead

    def _leave(
        self, key: str | None, line: deque[asyncio.Future[None]], turn: asyncio.Future[None]
    ) -> None:
        with self._lock:
            if line and line[0] is turn:
                line.popleft()
                self._wake_next(line)
            elif turn in line:  # not there: dropped as dead by `_join`
                line.remove(turn)
            if not line and self._lines.get(key) is line:
                del self._lines[key]

    def _drop_dead_head(self, line: deque[asyncio.Future[None]]) -> None:
        """Called under the lock. The head's event loop died with it in line: it will never
        leave. Drop it (and any dead waiters behind it) and hand the turn on, or the line is
        wedged."""
        if line and line[0].get_loop().is_closed():
            line.popleft()
            self._wake_next(line)

    @staticmethod
    def _wake_next(line: deque[asyncio.Future[None]]) -> None:
        try:
            here: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # a coroutine being closed outside its loop
            here = None
        while line:
            turn = line[0]
            loop = turn.get_loop()
            if loop is here:
                _hand_turn(turn)
                return
            try:  # a waiter on another thread's event loop
                loop.call_soon_threadsafe(_hand_turn, turn)
                return
            except RuntimeError:  # its loop is closed: that waiter will never run again
                line.popleft()
