"""Workspace-wide rate limiting for the Instantly API.

Instantly limits the whole workspace (every API key, V1 and V2 together) to 100 requests per
second and 6,000 per minute, and some endpoints further (``GET /api/v2/emails`` 20 per minute,
...). The transport asks a :class:`RateLimiter` for one permit before every HTTP attempt,
retries included, and calls :meth:`RateLimiter.pause` when the server answers 429.

Backends:

- :class:`InMemoryRateLimiter`: one process. Use :meth:`InMemoryRateLimiter.shared` so every
  client of the same workspace in the process draws from one budget.
- :class:`RedisRateLimiter`: many processes or machines, state in Redis, timed by the Redis
  server's clock. Needs the optional ``redis`` package.
- :class:`NoRateLimiter`: no budget at all (a server 429 pause is still honoured).

Every budget is a sliding-window log: in any window of ``period`` seconds at most ``limit``
permits are granted. See ``docs/rate-limiter.md`` for the design and its trade-offs.
"""

from __future__ import annotations

import abc
import asyncio
import hashlib
import logging
import math
import secrets
import threading
from collections import deque
from collections.abc import Sequence
from time import monotonic as _monotonic
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, cast, runtime_checkable

import attrs

from instantly_async.errors import RateLimiterUnavailableError

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

__all__ = [
    "DEFAULT_ENDPOINT_MARGIN",
    "DEFAULT_JITTER",
    "WORKSPACE_RATES",
    "InMemoryRateLimiter",
    "NoRateLimiter",
    "Rate",
    "RateLimitTimeout",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RedisRateLimiter",
]

logger = logging.getLogger(__name__)


def _check_limit(_: object, __: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"Rate.limit must be an int >= 1, got {value!r}")


def _check_period(_: object, __: object, value: float) -> None:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
        raise ValueError(f"Rate.period must be a finite number of seconds > 0, got {value!r}")


@attrs.frozen
class Rate:
    """A budget of ``limit`` permits in any window of ``period`` seconds (sliding window)."""

    limit: int = attrs.field(validator=_check_limit)
    period: float = attrs.field(validator=_check_period)


WORKSPACE_RATES: tuple[Rate, ...] = (Rate(100, 1.0), Rate(6000, 60.0))
"""The limits Instantly applies to a whole workspace: 100 per second and 6,000 per minute."""

DEFAULT_ENDPOINT_MARGIN = 0.1
"""Extra spacing on endpoint budgets: ``Rate(20, 60)`` is enforced as 20 per 66 seconds."""

DEFAULT_JITTER = 0.1
"""Seconds added to every window, so that permits granted one window apart still reach the server
one window apart when their network latency differs by up to this much. 0.1 s costs about 9% of
the nominal 100/s and, measured against a server counting arrivals, avoids every 429 that
0.05 s still let through under load (docs/rate-limiter.md)."""


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
    """What the transport needs from a rate limiter (one permit per HTTP attempt)."""

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


def _digest(key: str) -> str:
    # The key is often the API key itself: keep only a digest of it in memory and in Redis.
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _check_rates(rates: Sequence[Rate], what: str) -> tuple[Rate, ...]:
    checked = tuple(rates)
    if not checked or not all(isinstance(rate, Rate) for rate in checked):
        raise ValueError(f"{what} must be a non-empty sequence of Rate")
    return checked


def _check_spacing(name: str, value: float) -> float:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and value >= 0):
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
    return float(value)


def _widen(rates: tuple[Rate, ...], margin: float, jitter: float) -> tuple[Rate, ...]:
    """The rates as enforced: each period stretched by ``margin`` and lengthened by ``jitter``."""
    if not margin and not jitter:
        return rates
    return tuple(Rate(rate.limit, rate.period * (1.0 + margin) + jitter) for rate in rates)


class _Log:
    """Grant times of one budget, oldest first: just enough of them to check every rate."""

    __slots__ = ("rates", "source", "times")

    def __init__(self, source: tuple[Rate, ...], rates: tuple[Rate, ...]) -> None:
        self.source = source  # the rates as the caller gave them (before margin and jitter)
        self.rates = rates
        self.times: deque[float] = deque(maxlen=max(rate.limit for rate in rates))

    def retune(self, source: tuple[Rate, ...], rates: tuple[Rate, ...]) -> None:
        self.source, self.rates = source, rates
        longest = max(rate.limit for rate in rates)
        if longest != self.times.maxlen:
            self.times = deque(self.times, maxlen=longest)

    def free_at(self, now: float, ahead: int = 0) -> float:
        """Earliest time this budget can grant a permit to a waiter with ``ahead`` grants
        still to be made before it (exact for ``ahead=0``, a lower bound otherwise)."""
        at = now
        count = len(self.times)
        for rate in self.rates:
            laps, slot = divmod(ahead, rate.limit)
            index = count - rate.limit + slot  # the grant whose expiry frees that slot
            base = max(now, self.times[index] + rate.period) if index >= 0 else now
            at = max(at, base + laps * rate.period)
        return at


class _LocalBudgets:
    """The workspace budget and the endpoint budgets of one process (not thread-safe)."""

    def __init__(self, rates: tuple[Rate, ...], margin: float, jitter: float) -> None:
        self.workspace = _Log(rates, _widen(rates, 0.0, jitter))
        self.margin = margin
        self.jitter = jitter
        self.endpoints: dict[str, _Log] = {}

    def _logs(self, endpoint: str | None, rates: tuple[Rate, ...]) -> tuple[_Log, ...]:
        if endpoint is None:
            return (self.workspace,)
        log = self.endpoints.get(endpoint)
        if log is None:
            log = self.endpoints[endpoint] = _Log(rates, _widen(rates, self.margin, self.jitter))
        elif log.source != rates:
            log.retune(rates, _widen(rates, self.margin, self.jitter))
        return (self.workspace, log)

    def take(self, now: float, endpoint: str | None, rates: tuple[Rate, ...]) -> float:
        """Take a permit from every budget involved if all have one now (returns 0.0);
        otherwise take nothing and return the seconds until they all could."""
        logs = self._logs(endpoint, rates)
        wait = max(log.free_at(now) for log in logs) - now
        if wait > 0:
            return wait
        for log in logs:
            log.times.append(now)
        return 0.0

    def lower_bound(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...], ahead: int
    ) -> float:
        return max(log.free_at(now, ahead) for log in self._logs(endpoint, rates)) - now


def _hand_turn(turn: asyncio.Future[None]) -> None:
    if not turn.done():
        turn.set_result(None)


class _QueuedLimiter(abc.ABC):
    """Shared waiting logic: one FIFO line per budget combination, only its head polls.

    A caller joins the line of its key (its endpoint, or ``None`` for the workspace alone).
    The head of each line asks the backend for a permit; when there is none it sleeps until the
    exact time the backend says one frees up, then asks again. Everybody else waits on a future
    that the previous head resolves when it leaves. Nothing is reserved while waiting, so a
    cancelled or timed-out waiter only has to leave its line. Lines of different endpoints never
    block each other: a caller held up by ``GET /emails`` does not stall workspace-only calls.
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

    def _lower_bound(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...], ahead: int
    ) -> float:
        """Seconds the caller will wait at least, with ``ahead`` callers before it in its line."""
        return max(0.0, self._paused_until - now)

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
            _check_rates(endpoint_rates, "endpoint_rates")
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
                timeout = None if deadline == math.inf else max(0.0, deadline - _monotonic())
                await asyncio.wait((turn,), timeout=timeout)
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
        until = _monotonic() + _check_pause(seconds)
        with self._lock:
            self._paused_until = max(self._paused_until, until)

    def _join(
        self, key: str | None
    ) -> tuple[deque[asyncio.Future[None]], asyncio.Future[None], int]:
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        with self._lock:
            line = self._lines.setdefault(key, deque())
            if line and line[0].get_loop().is_closed():
                # The head's event loop died with it in line: it will never leave. Drop it (and
                # any dead waiters behind it) and hand the turn on, or the line is wedged.
                line.popleft()
                self._wake_next(line)
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


def _check_pause(seconds: float) -> float:
    if not (isinstance(seconds, (int, float)) and math.isfinite(seconds)):
        raise ValueError(f"pause seconds must be a finite number, got {seconds!r}")
    return max(0.0, float(seconds))


class InMemoryRateLimiter(_QueuedLimiter):
    """Sliding-window rate limiter for one process (the default).

    ``rates`` is the workspace budget. Endpoint budgets passed to :meth:`acquire` have their
    period stretched by ``margin`` (default 10%: Instantly's per-endpoint windows trip at exactly
    their nominal pace). Every window, workspace and endpoint, is also lengthened by ``jitter``
    seconds (default 0.05) to absorb differences in network latency between requests: without it,
    requests granted exactly one window apart can reach the server less than a window apart.
    ``Rate(100, 1.0)`` is thus enforced as 100 per 1.05 s and ``Rate(20, 60)`` as 20 per 66.05 s.

    All clients of one workspace in a process must share one instance: use :meth:`shared`.
    Safe to use from several threads/event loops at once.
    """

    _registry: ClassVar[dict[str, InMemoryRateLimiter]] = {}
    _registry_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        rates: Sequence[Rate] = WORKSPACE_RATES,
        *,
        margin: float = DEFAULT_ENDPOINT_MARGIN,
        jitter: float = DEFAULT_JITTER,
    ) -> None:
        super().__init__()
        self.rates = _check_rates(rates, "rates")
        self.margin = _check_spacing("margin", margin)
        self.jitter = _check_spacing("jitter", jitter)
        self._budgets = _LocalBudgets(self.rates, self.margin, self.jitter)

    def __repr__(self) -> str:
        return (
            f"InMemoryRateLimiter(rates={self.rates!r}, margin={self.margin!r}, "
            f"jitter={self.jitter!r})"
        )

    @classmethod
    def shared(
        cls,
        key: str,
        rates: Sequence[Rate] = WORKSPACE_RATES,
        *,
        margin: float = DEFAULT_ENDPOINT_MARGIN,
        jitter: float = DEFAULT_JITTER,
    ) -> InMemoryRateLimiter:
        """The process-wide limiter for ``key`` (e.g. the API key or a workspace name), created on
        first use. Only a digest of ``key`` is kept. Raises ``ValueError`` if it already exists
        with other settings."""
        wanted = InMemoryRateLimiter(rates, margin=margin, jitter=jitter)
        digest = _digest(key)
        with cls._registry_lock:
            limiter = cls._registry.setdefault(digest, wanted)
            if (limiter.rates, limiter.margin, limiter.jitter) != (
                wanted.rates,
                wanted.margin,
                wanted.jitter,
            ):
                raise ValueError(
                    f"a shared rate limiter for this key already exists: {limiter!r}; "
                    f"asked for {wanted!r}"
                )
            return limiter

    async def _try_take(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...]
    ) -> tuple[float, float]:
        with self._lock:
            return self._budgets.take(now, endpoint, rates), now

    def _lower_bound(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...], ahead: int
    ) -> float:
        with self._lock:
            budget = self._budgets.lower_bound(now, endpoint, rates, ahead)
        return max(budget, super()._lower_bound(now, endpoint, rates, ahead))

    async def aclose(self) -> None:
        """Nothing to release; the limiter stays usable (it may be shared by other clients)."""


class NoRateLimiter:
    """Grants every permit at once (benchmarks, or limits enforced elsewhere).

    A server 429 is still honoured: :meth:`pause` holds every caller until it ends, since the
    server refuses requests during that time anyway.
    """

    def __init__(self) -> None:
        self._paused_until = -math.inf

    def __repr__(self) -> str:
        return "NoRateLimiter()"

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
        self._paused_until = max(self._paused_until, _monotonic() + _check_pause(seconds))

    async def aclose(self) -> None:
        """Nothing to release."""


# KEYS[1] pause key (value: end of the pause, server microseconds), KEYS[2..] grant logs (sorted
# sets, score = grant time in server microseconds). ARGV[1] member to add; then for each log:
# the number of rates, then limit and period (microseconds) per rate. Takes a permit from every
# log, or from none; returns {1, 0} or {0, microseconds to wait}.
_ACQUIRE_LUA = """
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local wait = 0
local paused = tonumber(redis.call('GET', KEYS[1]) or 0)
if paused > now then wait = paused - now end
local arg = 2
local longest = {}
for k = 2, #KEYS do
  local n = tonumber(ARGV[arg])
  arg = arg + 1
  local rates = {}
  longest[k] = 0
  for r = 1, n do
    rates[r] = {tonumber(ARGV[arg]), tonumber(ARGV[arg + 1])}
    if rates[r][2] > longest[k] then longest[k] = rates[r][2] end
    arg = arg + 2
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[k], '-inf', string.format('%d', now - longest[k]))
  for r = 1, n do
    local limit, period = rates[r][1], rates[r][2]
    local start = string.format('(%d', now - period)
    local count = redis.call('ZCOUNT', KEYS[k], start, '+inf')
    if count >= limit then
      local oldest = redis.call('ZRANGEBYSCORE', KEYS[k], start, '+inf', 'WITHSCORES', 'LIMIT', count - limit, 1)
      local free = tonumber(oldest[2]) + period - now
      if free > wait then wait = free end
    end
  end
end
if wait > 0 then return {0, wait} end
for k = 2, #KEYS do
  redis.call('ZADD', KEYS[k], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[k], math.ceil(longest[k] / 1000) + 1000)
end
return {1, 0}
"""

# KEYS[1] pause key; ARGV[1] pause length in microseconds. Extends, never shortens.
_PAUSE_LUA = """
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local length = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or 0)
if now + length > current then
  redis.call('SET', KEYS[1], string.format('%d', now + length), 'PX', math.ceil(length / 1000) + 1000)
end
return 1
"""


def _rate_args(rates: tuple[Rate, ...]) -> list[int]:
    args = [len(rates)]
    for rate in rates:
        args += [rate.limit, math.ceil(rate.period * 1_000_000)]
    return args


class RedisRateLimiter(_QueuedLimiter):
    """Sliding-window rate limiter shared by many processes and machines through Redis.

    Every check-and-take is one Lua script timed by the Redis server's ``TIME``, so all machines
    agree on the clock. Keys are ``{prefix}:{<digest of key>}:...`` (the key itself, often the API
    key, is not stored) and expire once they no longer matter. A 429 :meth:`pause` is stored in
    Redis, so it holds every process.

    ``margin`` and ``jitter`` widen the windows as in :class:`InMemoryRateLimiter`.
    ``redis_url_or_client`` is a URL (the limiter then owns the client, with ``timeout`` seconds
    for connects and replies) or a ``redis.asyncio`` client (never closed by the limiter).

    When Redis cannot be reached, ``fallback="local"`` logs one warning and grants permits from a
    process-local budget (``fallback_rates``, by default the same rates) until Redis answers
    again, trying it at most every ``retry_interval`` seconds; ``fallback="raise"`` raises
    :class:`RateLimiterUnavailableError`.

    Use one instance per event loop (a ``redis.asyncio`` client belongs to one loop); in one
    process, callers of the same line take turns, so a process sends at most one check to Redis
    at a time per endpoint budget.
    """

    def __init__(
        self,
        redis_url_or_client: str | Redis,
        *,
        key: str,
        rates: Sequence[Rate] = WORKSPACE_RATES,
        fallback: Literal["local", "raise"] = "local",
        margin: float = DEFAULT_ENDPOINT_MARGIN,
        jitter: float = DEFAULT_JITTER,
        fallback_rates: Sequence[Rate] | None = None,
        retry_interval: float = 5.0,
        timeout: float = 1.0,
        prefix: str = "instantly-async:ratelimit",
    ) -> None:
        super().__init__()
        try:
            import redis
            import redis.asyncio
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "RedisRateLimiter needs the 'redis' package: pip install 'instantly-async[redis]'"
            ) from exc
        if fallback not in ("local", "raise"):
            raise ValueError(f"fallback must be 'local' or 'raise', got {fallback!r}")
        self.rates = _check_rates(rates, "rates")
        self.margin = _check_spacing("margin", margin)
        self.jitter = _check_spacing("jitter", jitter)
        self.fallback = fallback
        self.retry_interval = float(retry_interval)
        self._local = _LocalBudgets(
            _check_rates(fallback_rates, "fallback_rates")
            if fallback_rates is not None
            else self.rates,
            self.margin,
            self.jitter,
        )
        given: object = redis_url_or_client
        if isinstance(given, str):
            self._redis: Redis = redis.asyncio.Redis.from_url(
                given,
                socket_timeout=timeout,
                socket_connect_timeout=timeout,
                retry=Retry(NoBackoff(), 1),  # one reconnect (stale pooled connection), no backoff
            )
            self._owns_client = True
        elif isinstance(given, redis.Redis):
            raise TypeError(
                "RedisRateLimiter needs a redis.asyncio client, not a synchronous redis.Redis"
            )
        else:
            self._redis = cast("Redis", given)
            self._owns_client = False
        self._where = self._describe(self._redis)
        self._unavailable: tuple[type[BaseException], ...] = (
            redis.exceptions.ConnectionError,
            redis.exceptions.TimeoutError,
            redis.exceptions.ReadOnlyError,
            OSError,
        )
        self._acquire_script: AsyncScript = self._redis.register_script(_ACQUIRE_LUA)
        self._pause_script: AsyncScript = self._redis.register_script(_PAUSE_LUA)
        self._prefix = f"{prefix}:{{{_digest(key)}}}"
        self._ws_args = _rate_args(_widen(self.rates, 0.0, self.jitter))
        self._endpoint_args: dict[tuple[Rate, ...], list[int]] = {}
        self._local_until = -math.inf  # use the local budget until then (Redis was unreachable)
        self._degraded = False
        self._closed = False
        self._refunds: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        return f"RedisRateLimiter({self._where}, rates={self.rates!r}, fallback={self.fallback!r})"

    @property
    def backend(self) -> Literal["redis", "local"]:
        """``"local"`` while permits come from the process-local fallback budget, else ``"redis"``."""
        return "local" if self._degraded else "redis"

    def key_for(self, endpoint: str | None = None) -> str:
        """Redis key of the workspace grant log (``endpoint=None``) or of an endpoint's grant log:
        a sorted set scored by grant time in Redis-server microseconds. For monitoring."""
        return (
            f"{self._prefix}:workspace"
            if endpoint is None
            else f"{self._prefix}:endpoint:{endpoint}"
        )

    @property
    def pause_key(self) -> str:
        """Redis key holding the end of the current 429 pause (Redis-server microseconds)."""
        return f"{self._prefix}:pause"

    @staticmethod
    def _describe(client: Any) -> str:
        # Host and port only: a URL may carry a password.
        try:
            kwargs = client.connection_pool.connection_kwargs
            if "path" in kwargs:
                return f"redis unix:{kwargs['path']}"
            return f"redis {kwargs.get('host', '?')}:{kwargs.get('port', '?')}"
        except AttributeError:
            return "redis"

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this RedisRateLimiter is closed")

    async def _try_take(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...]
    ) -> tuple[float, float]:
        if now < self._local_until:
            with self._lock:
                return self._local.take(now, endpoint, rates), now
        keys = [self.pause_key, self.key_for(None)]
        args: list[str | int] = [secrets.token_hex(8), *self._ws_args]
        if endpoint is not None:
            keys.append(self.key_for(endpoint))
            extra = self._endpoint_args.get(rates)
            if extra is None:
                extra = self._endpoint_args[rates] = _rate_args(
                    _widen(rates, self.margin, self.jitter)
                )
            args += extra
        try:
            granted, wait_us = await self._acquire_script(keys=keys, args=args)
        except asyncio.CancelledError:
            # The script may have run: give the permit back rather than leave it unused.
            self._refund(keys[1:], str(args[0]))
            raise
        except self._unavailable as exc:
            self._redis_failed(exc)
            now = _monotonic()
            with self._lock:
                return self._local.take(now, endpoint, rates), now
        self._redis_answered()
        return (0.0 if granted else max(int(wait_us), 1) / 1_000_000), now

    async def pause(self, seconds: float) -> None:
        """Hold every process sharing this key for ``seconds`` from now (a server 429). Extends a
        running pause, never shortens it. The pause also applies locally if Redis is down."""
        seconds = _check_pause(seconds)
        await super().pause(seconds)
        if seconds <= 0 or _monotonic() < self._local_until:
            return
        try:
            await self._pause_script(keys=[self.pause_key], args=[math.ceil(seconds * 1_000_000)])
        except self._unavailable as exc:
            self._redis_failed(exc)
        else:
            self._redis_answered()

    def _redis_failed(self, exc: BaseException) -> None:
        if self.fallback == "raise":
            raise RateLimiterUnavailableError(
                f"the shared rate limiter store ({self._where}) is unreachable: {type(exc).__name__}: {exc}. "
                "No permit was granted (fallback='raise'); use fallback='local' to keep going on a "
                "process-local budget while Redis is down."
            ) from exc
        self._local_until = _monotonic() + self.retry_interval
        if not self._degraded:
            self._degraded = True
            logger.warning(
                "rate limiter: %s is unreachable (%s: %s); using a process-local budget %r until it "
                "answers again (retrying every %.1fs)",
                self._where,
                type(exc).__name__,
                exc,
                self._local.workspace.rates,
                self.retry_interval,
            )

    def _redis_answered(self) -> None:
        if self._degraded:
            self._degraded = False
            logger.info("rate limiter: %s answers again; back to the shared budget", self._where)

    def _refund(self, keys: list[str], member: str) -> None:
        async def refund() -> None:
            try:
                for key in keys:
                    await self._redis.zrem(key, member)
            except Exception:  # best effort: the permit expires with its window anyway
                logger.debug("rate limiter: could not give back a cancelled permit", exc_info=True)

        task = asyncio.get_running_loop().create_task(refund())
        self._refunds.add(task)
        task.add_done_callback(self._refunds.discard)

    async def aclose(self) -> None:
        """Finish giving back cancelled permits and close the Redis client if the limiter made it."""
        if self._closed:
            return
        self._closed = True
        if self._refunds:
            await asyncio.wait(set(self._refunds), timeout=1.0)
        if self._owns_client:
            await self._redis.aclose()
