"""The budgets' arithmetic in simulated time: no event loop, no wall clock, so machine load
cannot change an outcome.

A simulated client asks the pure schedule (`Budgets`) for permits as fast as it allows, waking
a little late as a busy event loop does; each granted request reaches a simulated server after
a random travel time; the server counts arrivals in sliding windows exactly like Instantly (and
like FakeInstantly) and refuses what exceeds them. Random draws are seeded.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable

import pytest

from instantly_async.ratelimit import WORKSPACE_RATES, Rate
from instantly_async.ratelimit._schedule import (
    DEFAULT_BURST,
    DEFAULT_COLD_START,
    DEFAULT_ENDPOINT_MARGIN,
    DEFAULT_JITTER,
    MAX_JITTER,
    RECOVER_AFTER,
    Allowance,
    Budgets,
)

EMAILS = (Rate(20, 60.0),)


class Server:
    """Counts arrivals per window on arrival; a request over any window is refused, uncounted."""

    def __init__(self, windows: dict[str, tuple[int, float]]) -> None:
        self.windows = windows
        self.arrivals: dict[str, list[float]] = {name: [] for name in windows}
        self.refused: list[float] = []

    def arrive(self, at: float, counted_in: tuple[str, ...]) -> bool:
        for name in counted_in:
            limit, period = self.windows[name]
            times = self.arrivals[name]
            if len(times) - bisect.bisect_right(times, at - period) >= limit:
                self.refused.append(at)
                return False
        for name in counted_in:
            bisect.insort(self.arrivals[name], at)
        return True

    def busiest(self, name: str, period: float) -> int:
        times, best, start = self.arrivals[name], 0, 0
        for end, t in enumerate(times):
            while times[start] <= t - period:
                start += 1
            best = max(best, end - start + 1)
        return best


def workspace_server(extra: dict[str, tuple[int, float]] | None = None) -> Server:
    return Server({"second": (100, 1.0), "minute": (6000, 60.0), **(extra or {})})


def new_budgets(**overrides: float) -> Budgets:
    settings: dict[str, float] = dict(
        margin=DEFAULT_ENDPOINT_MARGIN,
        jitter=DEFAULT_JITTER,
        burst=DEFAULT_BURST,
        cold_start=DEFAULT_COLD_START,
    )
    settings.update(overrides)
    return Budgets(
        WORKSPACE_RATES,
        margin=settings["margin"],
        jitter=settings["jitter"],
        burst=int(settings["burst"]),
        cold_start=settings["cold_start"],
    )


def saturate(
    budgets: Budgets,
    server: Server,
    calls: int,
    travel: Callable[[float, int], float],
    *,
    seed: int = 7,
    endpoint_every: int = 0,
    on_refused: Callable[[float], None] | None = None,
) -> list[float]:
    """Grant `calls` permits to a client that always has a request waiting, and send each one.

    `travel(grant_time, index)` is how long the request takes to reach the server. Every
    `endpoint_every`-th call is a `GET /emails` call (its own budget too). A refused request is
    retried with a new permit, as the transport does. Returns the grant times.
    """
    rng = random.Random(seed)
    now, grants, index = 0.0, [], 0
    while index < calls:
        emails = endpoint_every > 0 and index % endpoint_every == 0
        endpoint, rates = ("listEmail", EMAILS) if emails else (None, ())
        wait = budgets.take(now, endpoint, rates)
        if wait > 0:
            now += wait + rng.uniform(0.0, 0.002)  # a busy event loop wakes a little late
            continue
        grants.append(now)
        counted_in = ("second", "minute", "emails") if emails else ("second", "minute")
        if server.arrive(now + travel(now, index), counted_in):
            index += 1
        elif on_refused is not None:
            on_refused(now)
    return grants


def jittery(seed: int, spread: float, base: float = 0.003) -> Callable[[float, int], float]:
    rng = random.Random(seed)
    return lambda at, index: base + rng.uniform(0.0, spread)


@pytest.mark.parametrize("seed", range(5))
def test_sustained_budget_is_used_at_97_percent_with_no_429(seed: int) -> None:
    server = workspace_server()
    grants = saturate(new_budgets(), server, 7000, jittery(seed, DEFAULT_JITTER), seed=seed)
    assert server.refused == []
    in_30_seconds = bisect.bisect_left(grants, 30.0)
    assert in_30_seconds >= 97 * 30
    assert server.busiest("minute", 60.0) >= 5820
    assert server.busiest("second", 1.0) <= 100


def test_a_slow_first_second_causes_no_429() -> None:
    """Requests of the cold start travel up to 0.1 s longer (connections being opened)."""
    spread = jittery(3, DEFAULT_JITTER)
    rng = random.Random(4)

    def travel(at: float, index: int) -> float:
        slow = rng.uniform(0.0, DEFAULT_COLD_START) if at < 1.0 else 0.0
        return spread(at, index) + slow

    server = workspace_server()
    saturate(new_budgets(), server, 3000, travel)
    assert server.refused == []


def test_without_the_cold_start_allowance_a_slow_first_second_is_refused() -> None:
    """The same slow start with no allowance: what the allowance is for."""
    server = workspace_server()
    saturate(
        new_budgets(cold_start=0.0),
        server,
        500,
        lambda at, index: 0.1 if index < 10 else 0.0,  # the first burst waits for connections
    )
    assert server.refused != []


def test_endpoint_budgets_hold_at_the_server_alongside_the_workspace() -> None:
    server = workspace_server({"emails": (20, 60.0)})
    saturate(new_budgets(), server, 400, jittery(5, DEFAULT_JITTER), endpoint_every=10)
    assert server.refused == []
    emails = server.arrivals["emails"]
    assert len(emails) == 40
    assert server.busiest("emails", 60.0) == 20
    # The 21st waits for the first to leave the enforced window: 60 s + 10% + the allowance.
    assert emails[20] - emails[0] >= 60 * 1.1


def test_permits_leave_evenly_after_a_small_burst() -> None:
    budgets = new_budgets(cold_start=0.0)
    server = workspace_server()
    grants = saturate(budgets, server, 300, lambda at, index: 0.0, seed=1)
    assert grants[:DEFAULT_BURST] == [0.0] * DEFAULT_BURST
    assert grants[DEFAULT_BURST] > 0.0
    interval = 1.02 / 100  # 100 per second plus the allowance, spread evenly
    for start in grants:  # in any 0.1 s: the burst plus what the schedule adds, not 100
        assert sum(1 for t in grants if start <= t < start + 0.1) <= DEFAULT_BURST + 0.1 / interval
    paced = grants[DEFAULT_BURST:100]  # the rest of the first window, one by one
    assert (paced[-1] - paced[0]) / (len(paced) - 1) == pytest.approx(interval, rel=0.01)


def test_429s_widen_the_allowance_until_they_stop() -> None:
    """Travel times spread over 0.15 s, far more than the default allowance: the server's 429s
    widen it (once per episode, as the waiting layer reports them) until none come."""
    budgets = new_budgets()
    episodes: list[float] = []

    def refused(at: float) -> None:
        if not episodes or at - episodes[-1] > 1.0:
            episodes.append(at)
            budgets.rejected(at)

    server = workspace_server()
    saturate(budgets, server, 6000, jittery(9, 0.15), on_refused=refused)
    assert 1 <= len(episodes) <= 5
    assert max(server.refused) < 20.0  # the last 429 came early; the rest of the run was clean


def test_allowance_doubles_on_429_and_halves_back_while_quiet() -> None:
    allowance = Allowance(0.02)
    assert allowance.at(0.0) == 0.02
    allowance.widen(10.0)
    assert allowance.at(10.0) == pytest.approx(0.04)
    allowance.widen(11.0)
    assert allowance.at(11.0) == pytest.approx(0.08)
    for at in range(12, 20):
        allowance.widen(float(at))
    assert allowance.at(20.0) == MAX_JITTER
    assert allowance.at(19.0 + RECOVER_AFTER - 0.1) == MAX_JITTER
    assert allowance.at(19.0 + RECOVER_AFTER) == pytest.approx(0.02 + (MAX_JITTER - 0.02) / 2)
    assert allowance.at(19.0 + 20 * RECOVER_AFTER) == 0.02  # all the way back


def test_an_exact_limiter_still_learns_from_429s() -> None:
    allowance = Allowance(0.0)
    allowance.widen(0.0)
    assert allowance.at(0.0) > 0.0


def stalled_run(compensate: bool) -> Server:
    """300 paced permits; a full garbage collection of 0.08 s right after the grant at 0.5 s:
    that request leaves 0.08 s late (the loop resumes only after the collection)."""
    budgets = new_budgets(cold_start=0.0)
    rng = random.Random(2)
    server = workspace_server()
    now, sent, stall = 0.0, 0, 0.08
    stalled = False
    while sent < 300:
        wait = budgets.take(now, None, ())
        if wait > 0:
            now += wait + rng.uniform(0.0, 0.002)
            continue
        arrival = now + 0.003
        if not stalled and now >= 0.5:
            stalled = True
            if compensate:
                budgets.stalled(now, stall)
            arrival += stall
            now += stall
        if server.arrive(arrival, ("second",)):
            sent += 1
    return server


def test_permits_granted_just_before_a_stall_are_logged_as_sent_after_it() -> None:
    assert stalled_run(compensate=True).refused == []
    assert stalled_run(compensate=False).refused != []  # what the compensation is for
