"""The Redis backend: one budget shared by many processes and machines, timed by the Redis
server's clock. Its scripts live next to this module (``acquire.lua``, ``pause.lua``,
``give_back.lua``) and are read
once, when the module is imported."""

from __future__ import annotations

import asyncio
import logging
import math
import secrets
from collections.abc import Sequence
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Literal, cast

from instantly_async.errors import RateLimiterUnavailableError
from instantly_async.ratelimit._schedule import (
    DEFAULT_BURST,
    DEFAULT_COLD_START,
    DEFAULT_ENDPOINT_MARGIN,
    DEFAULT_JITTER,
    MAX_JITTER,
    RECOVER_AFTER,
    WORKSPACE_RATES,
    Budget,
    Budgets,
    Rate,
    check_burst,
    check_pause,
    check_rates,
    check_spacing,
    key_digest,
)
from instantly_async.ratelimit._waiting import QueuedLimiter

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

logger = logging.getLogger(__name__)

_LATE_GRANT_RETRIES = 2
"""How often a permit that reached the process too late is given back and asked for again."""

_ACQUIRE_LUA = files(__package__).joinpath("acquire.lua").read_text(encoding="utf-8")
_PAUSE_LUA = files(__package__).joinpath("pause.lua").read_text(encoding="utf-8")
_GIVE_BACK_LUA = files(__package__).joinpath("give_back.lua").read_text(encoding="utf-8")


def _window_args(windows: list[tuple[int, float]]) -> list[int]:
    args = [len(windows)]
    for limit, window in windows:
        args += [limit, math.ceil(window * 1_000_000)]
    return args


class RedisRateLimiter(QueuedLimiter):
    """Rate limiter shared by many processes and machines through Redis.

    Every check-and-take is one Lua script timed by the Redis server's ``TIME``, so all machines
    agree on the clock. Keys are ``{prefix}:{<digest of key>}:...`` (the key itself, often the API
    key, is not stored) and expire once they no longer matter. A 429 :meth:`pause` is stored in
    Redis, so it holds every process.

    ``margin``, ``jitter`` and ``burst`` work as in :class:`InMemoryRateLimiter`; the pacing
    schedule is kept in Redis too, so all processes together space their permits evenly, and so
    is the arrival allowance: a 429 seen by any process widens it for all of them.
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
        burst: int = DEFAULT_BURST,
        cold_start: float = DEFAULT_COLD_START,
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
        self.rates = check_rates(rates, "rates")
        self.margin = check_spacing("margin", margin)
        self.jitter = check_spacing("jitter", jitter)
        self.burst = check_burst(burst)
        self.cold_start = check_spacing("cold_start", cold_start)
        self.key = key
        self.prefix = prefix
        self.fallback = fallback
        self.retry_interval = float(retry_interval)
        self.fallback_rates = (
            check_rates(fallback_rates, "fallback_rates") if fallback_rates is not None else None
        )
        self._local = Budgets(
            self.fallback_rates or self.rates,
            margin=self.margin,
            jitter=self.jitter,
            burst=self.burst,
            cold_start=self.cold_start,
        )
        self._workspace_args = _window_args(Budget(self.rates, margin=0.0).windows(0.0))
        # Kept in Redis and widened there by any process's 429 (pause.lua).
        self._allowance_args = [
            math.ceil(self.jitter * 1_000_000),
            math.ceil(MAX_JITTER * 1_000_000),
            math.ceil(RECOVER_AFTER * 1_000_000),
        ]
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
        self._give_back_script: AsyncScript = self._redis.register_script(_GIVE_BACK_LUA)
        self._prefix = f"{prefix}:{{{key_digest(key)}}}"
        self._workspaces: dict[str, RedisRateLimiter] = {}
        self._endpoint_args: dict[tuple[Rate, ...], list[int]] = {}
        self._cold_window = min(rate.period for rate in self.rates)
        self._cold_until = -math.inf
        self._last_grant = -math.inf
        self._local_until = -math.inf  # use the local budget until then (Redis was unreachable)
        self._degraded = False
        self._closed = False
        self._refunds: set[asyncio.Task[None]] = set()
        self._timeout = timeout

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
    def pacing_key(self) -> str:
        """Redis key holding when the next workspace permit is due on the even schedule."""
        return f"{self._prefix}:pacing"

    @property
    def allowance_key(self) -> str:
        """Redis key of the arrival allowance that 429s widen (hash: current, changed; us)."""
        return f"{self._prefix}:allowance"

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

    def for_workspace(self, workspace_id: str) -> RedisRateLimiter:
        """The budget of sub-workspace ``workspace_id``: a limiter with these settings on the same
        Redis client, keyed by ``key`` and the id (so every process shares it). Closed with this
        limiter."""
        limiter = self._workspaces.get(workspace_id)
        if limiter is None:
            limiter = self._workspaces[workspace_id] = RedisRateLimiter(
                self._redis,
                key=f"{self.key}\x00workspace:{workspace_id}",
                rates=self.rates,
                fallback=self.fallback,
                margin=self.margin,
                jitter=self.jitter,
                burst=self.burst,
                cold_start=self.cold_start,
                fallback_rates=self.fallback_rates,
                retry_interval=self.retry_interval,
                timeout=self._timeout,
                prefix=self.prefix,
            )
        return limiter

    def _rejected(self, now: float) -> None:
        self._local.rejected(now)  # Redis widens the shared allowance itself (pause.lua)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this RedisRateLimiter is closed")

    async def _try_take(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...]
    ) -> tuple[float, float]:
        if now < self._local_until:
            return self._take_locally(now, endpoint, rates)
        keys = [self.pause_key, self.pacing_key, self.allowance_key, self.key_for(None)]
        args: list[str | int] = [
            secrets.token_hex(8),
            self._allowance_args[0],
            self.burst,
            self._allowance_args[2],
            math.ceil(self._cold_extra(now) * 1_000_000),
            *self._workspace_args,
        ]
        if endpoint is not None:
            keys.append(self.key_for(endpoint))
            extra = self._endpoint_args.get(rates)
            if extra is None:
                extra = self._endpoint_args[rates] = _window_args(
                    Budget(rates, margin=self.margin).windows(0.0)
                )
            args += extra
        for attempt in range(_LATE_GRANT_RETRIES + 1):
            asked = self._now()
            try:
                granted, wait_us = await self._acquire_script(keys=keys, args=args)
            except asyncio.CancelledError:
                # The script may have run: give the permit back rather than leave it unused.
                self._refund(keys[3:], str(args[0]))
                raise
            except self._unavailable as exc:
                self._redis_failed(exc)
                return self._take_locally(self._now(), endpoint, rates)
            self._redis_answered()
            if not granted:
                return max(int(wait_us), 1) / 1_000_000, now
            late = self.jitter and self._now() - asked > self.jitter
            if not late or attempt == _LATE_GRANT_RETRIES:
                self._last_grant = now
                self._granted(("redis", keys[3:], str(args[0])))
                return 0.0, now
            # The grant reached this process later than the arrival allowance (a slow reply,
            # or the event loop was held up): its request would reach the server that late
            # too, bunched with permits granted after it. Give it back and ask again.
            self._refund(keys[3:], str(args[0]))
            args[0] = secrets.token_hex(8)
        raise AssertionError("unreachable")  # pragma: no cover

    def _take_locally(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...]
    ) -> tuple[float, float]:
        """The process-local budget, while Redis is unreachable."""
        with self._lock:
            wait, grant = self._local.grant(now, endpoint, rates)
        if grant is not None:
            self._granted(("local", grant))
        return wait, now

    def _give_back(self, permit: object) -> None:
        """Remove the permit from the grant logs it went to and step the even schedule back
        (give_back.lua), in a task of its own: the caller may be being cancelled."""
        where, *taken = cast(tuple[Any, ...], permit)
        if where == "local":
            with self._lock:
                self._local.give_back(taken[0])
            return
        logs, member = taken
        # The base allowance's interval: never more than the permit took.
        interval_us = math.floor(self._local.workspace.interval(self.jitter) * 1_000_000)

        async def give_back() -> None:
            try:
                await self._give_back_script(
                    keys=[self.pacing_key, *logs], args=[member, interval_us]
                )
            except Exception:  # best effort: the permit expires with its window anyway
                logger.debug("rate limiter: could not give back an unused permit", exc_info=True)

        task = asyncio.get_running_loop().create_task(give_back())
        self._refunds.add(task)
        task.add_done_callback(self._refunds.discard)

    def _cold_extra(self, now: float) -> float:
        """This process's cold start: its first window of permits after an idle one (its own
        connections are being opened) is logged ``cold_start`` later, as in memory."""
        if not self.cold_start:
            return 0.0
        if now - self._last_grant >= self._cold_window:
            self._cold_until = now + self._cold_window
        return self.cold_start if now < self._cold_until else 0.0

    async def pause(self, seconds: float) -> None:
        """Hold every process sharing this key for ``seconds`` from now (a server 429). Extends a
        running pause, never shortens it. The pause also applies locally if Redis is down."""
        seconds = check_pause(seconds)
        await super().pause(seconds)
        if seconds <= 0 or self._now() < self._local_until:
            return
        try:
            await self._pause_script(
                keys=[self.pause_key, self.allowance_key],
                args=[math.ceil(seconds * 1_000_000), *self._allowance_args],
            )
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
        self._local_until = self._now() + self.retry_interval
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
        for limiter in self._workspaces.values():
            await limiter.aclose()
        if self._refunds:
            await asyncio.wait(set(self._refunds), timeout=1.0)
        if self._owns_client:
            await self._redis.aclose()
