"""The workspace rate limiter: sliding windows, endpoint budgets, 429 pauses, timeouts,
cancellation, fairness, and the Redis backend across processes and outages.

Outcomes are checked on grant times, never on how long something took:

- in memory, the exact time of each grant is the limiter's own clock reading at the moment it
  granted (the grant happens inside the acquiring task, at its last reading of the clock);
  ``GrantClock`` records that reading;
- in Redis, grants are the members of the limiter's sorted sets, scored by Redis ``TIME``. Tests
  that read them add a large, never-binding outer rate so no grant is trimmed before it is read.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from instantly_async.ratelimit import (
    DEFAULT_JITTER,
    WORKSPACE_RATES,
    InMemoryRateLimiter,
    NoRateLimiter,
    Rate,
    RateLimiter,
    RateLimiterUnavailableError,
    RateLimitTimeout,
    RedisRateLimiter,
    _waiting,
)
from tests.support.redis_server import REDIS_SERVER_BINARY, RedisServer, free_port

ROOT = Path(__file__).resolve().parents[2]
LOGGER = "instantly_async.ratelimit._redis"
OUTER = Rate(100_000, 600.0)  # never binding; keeps every grant in Redis until the test reads it
FLOAT_EPS = 1e-9  # float rounding of `t + period`, not a timing tolerance

requires_redis = pytest.mark.skipif(
    REDIS_SERVER_BINARY is None,
    reason="redis-server binary not found: install it (apt-get install redis-server) to run the "
    "Redis backend tests",
)


def assert_sliding(
    times: Sequence[float], limit: int, period: float, eps: float = FLOAT_EPS
) -> None:
    """No window of `period` seconds holds more than `limit` of `times`."""
    ordered = sorted(times)
    for i in range(len(ordered) - limit):
        gap = ordered[i + limit] - ordered[i]
        assert gap >= period - eps, (
            f"{limit + 1} grants within {gap:.6f}s (window {period}s), from grant #{i}"
        )


class GrantClock:
    """Stands in for the limiter's monotonic clock and remembers each task's last reading."""

    def __init__(self) -> None:
        self.last: dict[asyncio.Task[Any], float] = {}

    def __call__(self) -> float:
        now = time.monotonic()
        try:
            task = asyncio.current_task()
        except RuntimeError:
            task = None
        if task is not None:
            self.last[task] = now
        return now

    async def acquire(self, limiter: RateLimiter, *args: Any, **kwargs: Any) -> float:
        """Acquire and return the exact grant time."""
        await limiter.acquire(*args, **kwargs)
        task = asyncio.current_task()
        assert task is not None
        return self.last[task]


@pytest.fixture
def grant_clock(monkeypatch: pytest.MonkeyPatch) -> GrantClock:
    clock = GrantClock()
    monkeypatch.setattr(_waiting, "_monotonic", clock)
    return clock


def unique_key() -> str:
    return f"test-{uuid.uuid4().hex}"


# --------------------------------------------------------------------------------------------
# Backends under test: the same behaviour is expected from memory and Redis.


class Harness:
    """A limiter plus a way to read back its grant times, per backend."""

    def __init__(self, limiter: InMemoryRateLimiter | RedisRateLimiter, clock: GrantClock) -> None:
        self.limiter = limiter
        self.clock = clock
        self._memory: dict[str | None, list[float]] = {}

    async def grant(self, endpoint: str | None = None, rates: Sequence[Rate] = ()) -> None:
        granted = await self.clock.acquire(self.limiter, endpoint, rates)
        self._memory.setdefault(endpoint, []).append(granted)

    async def grants(self, endpoint: str | None = None) -> list[float]:
        """Grant times of the calls made for `endpoint` (None: workspace-only calls)."""
        if isinstance(self.limiter, InMemoryRateLimiter):
            return sorted(self._memory.get(endpoint, []))
        members = await self._zset(self.limiter.key_for(endpoint))
        if endpoint is None:
            for other in self._memory:
                if other is not None:
                    for member in await self._zset(self.limiter.key_for(other)):
                        members.pop(member, None)
        return sorted(members.values())

    async def all_grants(self) -> list[float]:
        if isinstance(self.limiter, InMemoryRateLimiter):
            return sorted(t for times in self._memory.values() for t in times)
        return sorted((await self._zset(self.limiter.key_for(None))).values())

    async def _zset(self, key: str) -> dict[bytes, float]:
        assert isinstance(self.limiter, RedisRateLimiter)
        rows: Any = await self.limiter._redis.zrange(key, 0, -1, withscores=True)
        return {member: score / 1_000_000 for member, score in rows}


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    if REDIS_SERVER_BINARY is None:
        pytest.skip("redis-server binary not found: install it (apt-get install redis-server)")
    with RedisServer() as server:
        yield server


MakeHarness = Callable[..., Harness]


@pytest.fixture(params=["memory", pytest.param("redis", marks=requires_redis)])
async def make(
    request: pytest.FixtureRequest, grant_clock: GrantClock
) -> AsyncIterator[MakeHarness]:
    made: list[Harness] = []

    def factory(rates: Sequence[Rate], *, margin: float = 0.1, jitter: float = 0.0) -> Harness:
        limiter: InMemoryRateLimiter | RedisRateLimiter
        if request.param == "memory":
            # No cold-start allowance: these tests check exact windows (test_schedule.py covers it).
            limiter = InMemoryRateLimiter(rates, margin=margin, jitter=jitter, cold_start=0.0)
        else:
            server: RedisServer = request.getfixturevalue("redis_server")
            limiter = RedisRateLimiter(
                server.url,
                key=unique_key(),
                rates=rates,
                margin=margin,
                jitter=jitter,
                cold_start=0.0,
                fallback="raise",
            )
        made.append(Harness(limiter, grant_clock))
        return made[-1]

    yield factory
    for harness in made:
        await harness.limiter.aclose()


async def settle() -> None:
    """Let every runnable task (and a Redis round trip) run before going on."""
    for _ in range(5):
        await asyncio.sleep(0.02)


# --------------------------------------------------------------------------------------------
# Rates


def test_rate_validates_its_fields() -> None:
    assert Rate(20, 60).period == 60
    for bad in [(0, 1.0), (-1, 1.0), (1.5, 1.0), (True, 1.0), (1, 0), (1, -1.0), (1, float("inf"))]:
        with pytest.raises(ValueError):
            Rate(*bad)  # type: ignore[arg-type]
    assert (Rate(100, 1.0), Rate(6000, 60.0)) == WORKSPACE_RATES


# --------------------------------------------------------------------------------------------
# Sliding windows


async def test_every_window_is_enforced(grant_clock: GrantClock) -> None:
    limiter = InMemoryRateLimiter((Rate(4, 0.1), Rate(10, 0.5)))
    grants = await asyncio.gather(*(grant_clock.acquire(limiter) for _ in range(25)))
    assert_sliding(grants, 4, 0.1)
    assert_sliding(grants, 10, 0.5)


async def test_endpoint_and_workspace_budgets_hold_together(make: MakeHarness) -> None:
    harness = make((Rate(10, 0.3), OUTER), margin=0.1)
    endpoint = (Rate(2, 0.5), OUTER)
    calls = [harness.grant("listEmail", endpoint) for _ in range(6)]
    calls += [harness.grant() for _ in range(20)]
    await asyncio.gather(*calls)

    everything = await harness.all_grants()
    emails = await harness.grants("listEmail")
    workspace_only = await harness.grants(None)
    assert (len(everything), len(emails), len(workspace_only)) == (26, 6, 20)
    assert_sliding(everything, 10, 0.3)
    assert_sliding(emails, 2, 0.5 * 1.1)  # the endpoint budget with its 10% margin
    # Callers held up by the endpoint budget do not hold up the workspace-only ones.
    assert workspace_only[-1] < emails[4]


async def test_margin_and_jitter_widen_the_windows(make: MakeHarness) -> None:
    harness = make((Rate(3, 0.1), OUTER), margin=0.5, jitter=0.05)
    calls = [harness.grant("sendTestEmail", (Rate(1, 0.1), OUTER)) for _ in range(3)]
    calls += [harness.grant() for _ in range(6)]
    await asyncio.gather(*calls)
    assert_sliding(await harness.all_grants(), 3, 0.1 + 0.05)  # workspace: jitter only
    assert_sliding(await harness.grants("sendTestEmail"), 1, 0.1 * 1.5 + 0.05)
    with pytest.raises(ValueError, match="jitter"):
        InMemoryRateLimiter(jitter=-1)


async def test_a_caller_waiting_for_its_endpoint_holds_no_workspace_permit(
    make: MakeHarness,
) -> None:
    harness = make((Rate(4, 30.0),))
    limiter = harness.limiter
    emails = (Rate(1, 30.0),)
    await limiter.acquire("listEmail", emails)
    blocked = asyncio.create_task(limiter.acquire("listEmail", emails))
    await settle()
    assert not blocked.done()
    for _ in range(3):  # 4 - 1: the blocked caller took nothing
        await limiter.acquire(max_wait=0)
    with pytest.raises(RateLimitTimeout):
        await limiter.acquire(max_wait=0)
    blocked.cancel()
    with pytest.raises(asyncio.CancelledError):
        await blocked


# --------------------------------------------------------------------------------------------
# max_wait


async def test_max_wait_raises_without_consuming_anything(make: MakeHarness) -> None:
    limiter = make((Rate(5, 30.0),), margin=0.1).limiter
    emails = (Rate(1, 30.0),)
    await limiter.acquire("listEmail", emails)
    with pytest.raises(RateLimitTimeout) as info:
        await limiter.acquire("listEmail", emails, max_wait=0.5)
    assert 30.0 * 1.1 - 5 < info.value.wait <= 30.0 * 1.1
    assert info.value.max_wait == 0.5
    for _ in range(4):  # 5 - 1: the refused call took no workspace permit
        await limiter.acquire(max_wait=0)
    with pytest.raises(RateLimitTimeout) as info:
        await limiter.acquire(max_wait=0)
    assert 25 < info.value.wait <= 30.0


async def test_max_wait_fails_fast_when_the_queue_alone_is_too_long() -> None:
    limiter = InMemoryRateLimiter((Rate(2, 1.0),))
    await limiter.acquire()
    await limiter.acquire()
    queued = [asyncio.create_task(limiter.acquire()) for _ in range(6)]
    await settle()
    with pytest.raises(RateLimitTimeout) as info:
        await limiter.acquire(max_wait=1.5)
    # Six callers ahead at two per second: at least three more windows.
    assert info.value.wait > 3.0
    assert not any(task.done() for task in queued)  # it did not wait for the queue to move
    for task in queued:
        task.cancel()
    await asyncio.gather(*queued, return_exceptions=True)


async def test_max_wait_gives_up_in_the_queue_and_leaves_it(make: MakeHarness) -> None:
    harness = make((Rate(1, 0.3), OUTER))
    limiter = harness.limiter
    await harness.grant()
    ahead = asyncio.create_task(harness.grant())
    await settle()
    with pytest.raises(RateLimitTimeout) as info:
        await limiter.acquire(max_wait=0.1)
    assert info.value.wait >= 0.1
    await harness.grant()  # not held up by the caller that gave up
    await ahead
    grants = await harness.grants()
    assert len(grants) == 3
    assert_sliding(grants, 1, 0.3, eps=FLOAT_EPS if isinstance(limiter, InMemoryRateLimiter) else 0)
    if isinstance(limiter, InMemoryRateLimiter):  # the caller that gave up took nothing
        assert len(limiter._budgets.workspace.times) == 3
    assert not limiter._lines


# --------------------------------------------------------------------------------------------
# 429 pauses


async def test_pause_holds_every_caller_until_it_ends(make: MakeHarness) -> None:
    limiter = make((Rate(100, 1.0),)).limiter
    before = time.monotonic()
    await limiter.pause(0.4)
    await limiter.pause(0.1)  # shorter: must not shorten the pause

    async def call(endpoint: str | None) -> float:
        await limiter.acquire(endpoint, (Rate(100, 1.0),) if endpoint else ())
        return time.monotonic()

    with pytest.raises(RateLimitTimeout):
        await limiter.acquire(max_wait=0.05)
    done = await asyncio.gather(*(call(None) for _ in range(5)), *(call("x") for _ in range(5)))
    assert min(done) >= before + 0.4


async def test_pause_extends_a_running_pause(make: MakeHarness) -> None:
    limiter = make((Rate(100, 1.0),)).limiter
    await limiter.pause(0.1)
    waiting = asyncio.create_task(limiter.acquire())
    before = time.monotonic()
    await limiter.pause(0.5)
    await waiting
    assert time.monotonic() >= before + 0.5


async def test_pause_rejects_nonsense() -> None:
    limiter = InMemoryRateLimiter()
    for bad in (float("nan"), float("inf")):
        with pytest.raises(ValueError):
            await limiter.pause(bad)
    await limiter.pause(-1)  # nothing to do
    assert await limiter.acquire(max_wait=0) == 0


# --------------------------------------------------------------------------------------------
# Cancellation, fairness, efficiency


async def test_cancelled_waiters_leave_no_permit_behind(make: MakeHarness) -> None:
    limiter = make((Rate(4, 30.0),), margin=0.1).limiter
    emails = (Rate(1, 30.0),)
    await limiter.acquire("listEmail", emails)
    waiters = [asyncio.create_task(limiter.acquire("listEmail", emails)) for _ in range(5)]
    await settle()
    for task in waiters:
        task.cancel()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    assert all(isinstance(result, asyncio.CancelledError) for result in results)
    for _ in range(3):
        await limiter.acquire(max_wait=0)
    with pytest.raises(RateLimitTimeout):
        await limiter.acquire(max_wait=0)
    with pytest.raises(RateLimitTimeout) as info:
        await limiter.acquire("listEmail", emails, max_wait=0)
    assert info.value.wait <= 30.0 * 1.1  # nobody left queued ahead of it
    assert not limiter._lines


async def test_cancelling_the_head_of_the_line_passes_the_turn_on(grant_clock: GrantClock) -> None:
    limiter = InMemoryRateLimiter((Rate(2, 0.2),))
    first = [await grant_clock.acquire(limiter) for _ in range(2)]
    tasks = [asyncio.create_task(grant_clock.acquire(limiter)) for _ in range(6)]
    await settle()
    tasks[0].cancel()  # the head, sleeping until the next permit frees up
    tasks[3].cancel()
    served = await asyncio.wait_for(asyncio.gather(*tasks[1:3], *tasks[4:]), timeout=30)
    assert tasks[0].cancelled() and tasks[3].cancelled()
    assert served == sorted(served)  # first come, first served
    assert_sliding(first + list(served), 2, 0.2)


async def test_many_waiters_are_served_in_order_without_a_thundering_herd(
    grant_clock: GrantClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    limiter = InMemoryRateLimiter((Rate(100, 0.25),))
    checks = 0
    take = limiter._try_take

    async def counting_take(*args: Any) -> tuple[float, float]:
        nonlocal checks
        checks += 1
        return await take(*args)

    monkeypatch.setattr(limiter, "_try_take", counting_take)
    grants = await asyncio.gather(*(grant_clock.acquire(limiter) for _ in range(500)))
    assert_sliding(grants, 100, 0.25)
    assert list(grants) == sorted(grants)  # in the order the callers came
    assert checks <= 3 * len(grants)  # O(1) budget checks per permit, not one per waiter


async def test_threads_with_their_own_event_loops_share_one_budget(
    grant_clock: GrantClock,
) -> None:
    limiter = InMemoryRateLimiter((Rate(10, 0.3),))
    grants: list[float] = []
    lock = threading.Lock()

    def thread_main() -> None:
        async def run() -> None:
            got = await asyncio.gather(*(grant_clock.acquire(limiter) for _ in range(12)))
            with lock:
                grants.extend(got)

        asyncio.run(run())

    threads = [threading.Thread(target=thread_main) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        await asyncio.to_thread(thread.join)
    assert len(grants) == 24
    assert_sliding(grants, 10, 0.3)


# --------------------------------------------------------------------------------------------
# Sharing and the no-op limiter


def test_shared_gives_one_limiter_per_key() -> None:
    key = f"secret-api-key-{uuid.uuid4().hex}"
    limiter = InMemoryRateLimiter.shared(key)
    assert InMemoryRateLimiter.shared(key) is limiter
    assert InMemoryRateLimiter.shared(key + "-other") is not limiter
    with pytest.raises(ValueError, match="already exists"):
        InMemoryRateLimiter.shared(key, (Rate(1, 1.0),))
    with pytest.raises(ValueError, match="already exists"):
        InMemoryRateLimiter.shared(key, jitter=0)
    assert limiter.jitter == DEFAULT_JITTER and limiter.margin == 0.1
    assert key not in repr(InMemoryRateLimiter._registry)  # only a digest of the key is kept
    assert isinstance(limiter, RateLimiter)


async def test_no_rate_limiter_grants_everything_but_honours_a_pause() -> None:
    limiter = NoRateLimiter()
    assert isinstance(limiter, RateLimiter)
    waits = [await limiter.acquire("listEmail", (Rate(1, 60.0),), max_wait=0) for _ in range(1000)]
    assert waits == [0.0] * 1000
    before = time.monotonic()
    await limiter.pause(0.2)
    with pytest.raises(RateLimitTimeout):
        await limiter.acquire(max_wait=0)
    await limiter.acquire()
    assert time.monotonic() >= before + 0.2
    await limiter.aclose()


# --------------------------------------------------------------------------------------------
# Redis: several processes, one budget

WORKER = r"""
import asyncio, json, sys
from instantly_async.ratelimit import Rate, RateLimitTimeout, RedisRateLimiter

async def main(cfg):
    limiter = RedisRateLimiter(cfg["url"], key=cfg["key"], fallback="raise",
                               rates=[Rate(*rate) for rate in cfg["rates"]])
    try:
        if cfg["mode"] == "burst":
            endpoint_rates = [Rate(*rate) for rate in cfg["endpoint_rates"]]
            async def caller(i):
                for _ in range(cfg["each"]):
                    if i % 2:
                        await limiter.acquire(cfg["endpoint"], endpoint_rates)
                    else:
                        await limiter.acquire()
            print("ready", flush=True)
            sys.stdin.readline()
            await asyncio.gather(*(caller(i) for i in range(cfg["callers"])))
            print(json.dumps({"granted": cfg["callers"] * cfg["each"]}), flush=True)
        elif cfg["mode"] == "pause":
            await limiter.pause(cfg["seconds"])
            print(json.dumps({"paused": cfg["seconds"]}), flush=True)
        elif cfg["mode"] == "probe":
            try:
                print(json.dumps({"waited": await limiter.acquire(max_wait=0)}), flush=True)
            except RateLimitTimeout as exc:
                print(json.dumps({"timeout": exc.wait}), flush=True)
    finally:
        await limiter.aclose()

asyncio.run(main(json.loads(sys.argv[1])))
"""


def spawn_worker(config: dict[str, Any]) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, json.dumps(config)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def run_worker(config: dict[str, Any]) -> dict[str, Any]:
    worker = spawn_worker(config)
    out, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0, out
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def zset_times(server: RedisServer, key: str) -> list[float]:
    import redis

    client = redis.Redis.from_url(server.url)
    try:
        rows: Any = client.zrange(key, 0, -1, withscores=True)
        return sorted(score for _, score in rows)
    finally:
        client.close()


@pytest.mark.slow  # two processes pacing in real time
@requires_redis
def test_redis_two_processes_stay_within_one_budget(redis_server: RedisServer) -> None:
    key = unique_key()
    workspace, endpoint = (20, 0.5), (4, 0.5)
    config = {
        "mode": "burst",
        "url": redis_server.url,
        "key": key,
        "rates": [list(workspace), [OUTER.limit, OUTER.period]],
        "endpoint": "listEmail",
        "endpoint_rates": [list(endpoint), [OUTER.limit, OUTER.period]],
        "callers": 8,
        "each": 5,
    }
    workers = [spawn_worker(config) for _ in range(2)]
    try:
        for worker in workers:  # both are connected and waiting: start them together
            assert worker.stdout is not None
            assert worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = [json.loads(worker.communicate(timeout=60)[0].strip()) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    assert [result["granted"] for result in results] == [40, 40]

    names = RedisRateLimiter(redis_server.url, key=key)
    everything = zset_times(redis_server, names.key_for(None))
    emails = zset_times(redis_server, names.key_for("listEmail"))
    assert (len(everything), len(emails)) == (80, 40)
    # Scores are Redis TIME in integer microseconds: the check is exact.
    assert_sliding(everything, workspace[0], workspace[1] * 1_000_000, eps=0)
    assert_sliding(emails, endpoint[0], endpoint[1] * 1.1 * 1_000_000, eps=0)


@pytest.mark.slow  # starts processes and waits out real pauses
@requires_redis
async def test_redis_pause_is_shared_across_processes(redis_server: RedisServer) -> None:
    key = unique_key()
    here = RedisRateLimiter(redis_server.url, key=key, fallback="raise")
    try:
        await here.pause(30)
        probe = run_worker(
            {"mode": "probe", "url": redis_server.url, "key": key, "rates": [[100, 1.0]]}
        )
        assert 20 < probe["timeout"] <= 30  # the other process is held by this one's pause
    finally:
        await here.aclose()

    key = unique_key()
    run_worker(
        {"mode": "pause", "url": redis_server.url, "key": key, "rates": [[100, 1.0]], "seconds": 30}
    )
    fresh = RedisRateLimiter(redis_server.url, key=key, fallback="raise")
    try:
        await fresh.pause(0.5)  # shorter: must not shorten the other process's pause
        fresh._paused_until = float("-inf")  # forget it locally: only Redis decides now
        with pytest.raises(RateLimitTimeout) as info:
            await fresh.acquire(max_wait=0)
        assert 20 < info.value.wait <= 30
    finally:
        await fresh.aclose()


@requires_redis
async def test_redis_keys_are_namespaced_hashed_and_expire(redis_server: RedisServer) -> None:
    api_key = f"sk-live-{uuid.uuid4().hex}"
    limiter = RedisRateLimiter(
        redis_server.url, key=api_key, rates=(Rate(100, 1.0), Rate(6000, 60.0))
    )
    other = RedisRateLimiter(redis_server.url, key=unique_key())
    try:
        await limiter.acquire()
        await limiter.acquire("listEmail", (Rate(20, 60.0),))
        await limiter.pause(5)
        await other.acquire()
        client = limiter._redis
        found: Any = await client.keys("instantly-async:ratelimit:*")
        names = [name.decode() for name in found]
        assert not any(api_key in name for name in names)
        mine = {limiter.key_for(None), limiter.key_for("listEmail"), limiter.pause_key}
        assert mine <= set(names)
        assert other.key_for(None) not in mine
        # Expiry: the longest window (with margin and jitter) plus one second.
        assert 0 < await client.pttl(limiter.key_for(None)) <= (60 + DEFAULT_JITTER + 1) * 1000
        assert (
            0 < await client.pttl(limiter.key_for("listEmail")) <= (66 + DEFAULT_JITTER + 1) * 1000
        )
        assert 0 < await client.pttl(limiter.pause_key) <= 6_000
        assert await client.zcard(limiter.key_for(None)) == 2
    finally:
        await limiter.aclose()
        await other.aclose()


@requires_redis
async def test_redis_permit_is_given_back_when_the_caller_is_cancelled_mid_call(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    limiter = RedisRateLimiter(redis_server.url, key=unique_key(), rates=(Rate(5, 30.0),))
    script = limiter._acquire_script
    in_flight = asyncio.Event()

    class SlowReply:
        """The script runs on the server, but its reply is slow to come back."""

        async def __call__(self, **kwargs: Any) -> Any:
            result = await script(**kwargs)
            in_flight.set()
            await asyncio.sleep(30)
            return result

    monkeypatch.setattr(limiter, "_acquire_script", SlowReply())
    task = asyncio.create_task(limiter.acquire())
    await in_flight.wait()
    assert await limiter._redis.zcard(limiter.key_for(None)) == 1  # taken on the server
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await limiter.aclose()  # waits for the permit to be given back
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(redis_server.url)
    try:
        assert await client.zcard(limiter.key_for(None)) == 0
    finally:
        await client.aclose()


# --------------------------------------------------------------------------------------------
# Redis outages


def backend(limiter: RedisRateLimiter) -> str:
    return limiter.backend  # a call, so that type checkers do not narrow it


def records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == level]


@requires_redis
async def test_redis_down_falls_back_to_a_local_budget_and_comes_back(
    caplog: pytest.LogCaptureFixture, grant_clock: GrantClock
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    with RedisServer() as server:
        limiter = RedisRateLimiter(
            server.url, key=unique_key(), rates=(Rate(10, 0.3),), retry_interval=0.1, timeout=0.5
        )
        try:
            await limiter.acquire()
            assert backend(limiter) == "redis"
            grants: list[float] = []
            killed_at: list[float] = []

            async def caller() -> None:
                for _ in range(6):
                    grants.append(await grant_clock.acquire(limiter))
                    if len(grants) == 15 and not killed_at:
                        server.kill()  # mid-run, while other callers wait for permits
                        killed_at.append(time.monotonic())

            await asyncio.wait_for(asyncio.gather(*(caller() for _ in range(10))), timeout=30)
            assert len(grants) == 60 and killed_at
            assert backend(limiter) == "local"
            # Every permit granted after the crash came from the local budget, which holds.
            after = [t for t in grants if t >= killed_at[0]]
            assert len(after) >= 40
            assert_sliding(after, 10, 0.3)
            warnings = records(caplog, logging.WARNING)
            assert len(warnings) == 1, [r.getMessage() for r in warnings]  # once per outage
            assert "unreachable" in warnings[0].getMessage()

            server.start()  # a fresh server on the same port: state lost, which is fine
            for _ in range(200):
                await asyncio.sleep(0.05)
                await limiter.acquire()
                if backend(limiter) == "redis":
                    break
            assert backend(limiter) == "redis"
            assert any("answers again" in r.getMessage() for r in records(caplog, logging.INFO))
            assert await limiter._redis.zcard(limiter.key_for(None)) >= 1
            assert len(records(caplog, logging.WARNING)) == 1
        finally:
            await limiter.aclose()


@requires_redis
async def test_redis_down_with_fallback_raise_raises_a_clear_error() -> None:
    with RedisServer() as server:
        limiter = RedisRateLimiter(
            server.url, key=unique_key(), rates=(Rate(5, 1.0),), fallback="raise", timeout=0.5
        )
        try:
            await limiter.acquire()
            server.kill()
            with pytest.raises(RateLimiterUnavailableError) as info:
                await limiter.acquire()
            message = str(info.value)
            assert f"127.0.0.1:{server.port}" in message
            assert "unreachable" in message and "fallback='raise'" in message
            with pytest.raises(RateLimiterUnavailableError):
                await limiter.pause(0.01)

            server.start()
            await limiter.acquire()  # back in business
            assert await limiter._redis.zcard(limiter.key_for(None)) == 1
        finally:
            await limiter.aclose()


async def test_redis_error_never_shows_the_password() -> None:
    limiter = RedisRateLimiter(
        f"redis://:hunter2-secret@127.0.0.1:{free_port()}/0",
        key=unique_key(),
        fallback="raise",
        timeout=0.5,
    )
    try:
        with pytest.raises(RateLimiterUnavailableError) as info:
            await limiter.acquire()
        assert "hunter2" not in str(info.value) and "hunter2" not in repr(limiter)
    finally:
        await limiter.aclose()


def test_redis_limiter_rejects_a_sync_client() -> None:
    import redis

    with pytest.raises(TypeError, match=r"redis\.asyncio"):
        RedisRateLimiter(redis.Redis(), key="k")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fallback"):
        RedisRateLimiter("redis://127.0.0.1:1/0", key="k", fallback="ignore")  # type: ignore[arg-type]


@requires_redis
async def test_redis_a_429_in_one_process_widens_the_allowance_of_all(
    redis_server: RedisServer,
) -> None:
    key = unique_key()
    one = RedisRateLimiter(redis_server.url, key=key, jitter=0.02, fallback="raise")
    other = RedisRateLimiter(redis_server.url, key=key, jitter=0.02, fallback="raise")
    try:

        async def allowance() -> float:
            state: Any = await other._redis.hgetall(other.allowance_key)
            return int(state[b"current"]) / 1_000_000

        await one.pause(0.05)
        assert await allowance() == pytest.approx(0.04)  # doubled from 0.02
        await other.pause(0.05)  # the same episode: the pause runs, nothing more
        assert await allowance() == pytest.approx(0.04)
        await asyncio.sleep(0.15)
        await other.pause(0.05)  # a new episode
        assert await allowance() == pytest.approx(0.08)
        await asyncio.sleep(0.1)
        assert await other.acquire(max_wait=1.0) >= 0  # still grants, on the wider windows
    finally:
        await one.aclose()
        await other.aclose()


async def test_a_429_episode_widens_the_allowance_once(grant_clock: GrantClock) -> None:
    limiter = InMemoryRateLimiter(jitter=0.02)
    allowance = limiter._budgets.allowance
    await limiter.pause(0.1)
    await limiter.pause(0.1)  # another reply of the same episode: the pause is running
    assert allowance.current == pytest.approx(0.04)
    await asyncio.sleep(0.15)
    await limiter.pause(0.1)  # a new episode
    assert allowance.current == pytest.approx(0.08)
    await limiter.pause(0)  # nothing to pause: no episode
    assert allowance.current == pytest.approx(0.08)


@requires_redis
async def test_redis_a_permit_that_arrives_late_is_given_back_and_asked_again(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    limiter = RedisRateLimiter(
        redis_server.url, key=unique_key(), rates=(Rate(5, 30.0),), jitter=0.02
    )
    script = limiter._acquire_script
    calls = 0

    async def first_reply_late(**kwargs: Any) -> Any:
        """The first grant comes back long after the allowance; the next one at once."""
        nonlocal calls
        calls += 1
        result = await script(**kwargs)
        if calls == 1:
            await asyncio.sleep(0.2)
        return result

    monkeypatch.setattr(limiter, "_acquire_script", first_reply_late)
    await limiter.acquire()
    await limiter.aclose()  # waits for the late permit to be given back
    assert calls == 2
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(redis_server.url)
    try:
        assert await client.zcard(limiter.key_for(None)) == 1  # only the one used
    finally:
        await client.aclose()
