"""The arithmetic of the budgets, free of I/O and of any clock: every method takes ``now``.

A permit must come from every rate of its budgets at once. Two mechanisms decide when:

- a **sliding-window log** per budget: in any window of ``period`` seconds (stretched by the
  margins below) at most ``limit`` permits are granted. This is the hard guarantee;
- **even pacing** of the workspace budget (a GCRA schedule): after a burst of at most ``burst``
  permits back to back, permits are spaced ``window / limit`` apart instead of a window's worth
  being released at once. Requests then leave, and reach the server, one by one: bunched
  requests wait their turn in the event loop and on the network, arrive with a larger spread,
  and that spread is what breaks the server's window (docs/rate-limiter.md).

Windows are lengthened by an :class:`Allowance` for the spread of arrival times, which widens
after a server 429 and narrows back while the server stays quiet.
"""

from __future__ import annotations

import hashlib
import math
from collections import deque
from collections.abc import Sequence

import attrs


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

DEFAULT_JITTER = 0.02
"""Seconds added to every window, so that permits granted one window apart still reach the
server one window apart when their travel times differ by up to this much. With paced permits
0.02 s kept every benchmark run free of 429s at 98% of the budget (docs/rate-limiter.md)."""

DEFAULT_COLD_START = 0.1
"""Extra allowance for the workspace permits of a cold start (the first window after a pause in
traffic): their requests open new connections and load code, so they reach the server later and
with a wider spread than the ones that follow. Every 429 seen in the benchmark without it fell
in the first second."""

DEFAULT_BURST = 10
"""Workspace permits granted back to back before pacing spaces them evenly."""

MAX_JITTER = 0.25
"""The most the allowance widens to after repeated server 429s."""

RECOVER_AFTER = 60.0
"""Seconds without a server 429 after which a widened allowance halves its way back."""


def check_rates(rates: Sequence[Rate], what: str) -> tuple[Rate, ...]:
    checked = tuple(rates)
    if not checked or not all(isinstance(rate, Rate) for rate in checked):
        raise ValueError(f"{what} must be a non-empty sequence of Rate")
    return checked


def check_spacing(name: str, value: float) -> float:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and value >= 0):
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
    return float(value)


def check_burst(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"burst must be an int >= 1, got {value!r}")
    return value


def check_pause(seconds: float) -> float:
    if not (isinstance(seconds, (int, float)) and math.isfinite(seconds)):
        raise ValueError(f"pause seconds must be a finite number, got {seconds!r}")
    return max(0.0, float(seconds))


class Allowance:
    """Seconds added to every window for the spread of arrival times, tuned by the server's 429s.

    A 429 means the spread was misjudged: the allowance doubles (at least +``base``, at most
    :data:`MAX_JITTER`), once per episode. Every :data:`RECOVER_AFTER` seconds without a 429 it
    halves its distance to ``base`` again, probing back up to full throughput.
    """

    __slots__ = ("_changed", "base", "current")

    def __init__(self, base: float) -> None:
        self.base = base
        self.current = base
        self._changed = -math.inf

    def at(self, now: float) -> float:
        if self.current > self.base:
            laps = int((now - self._changed) // RECOVER_AFTER)
            if laps > 0:
                self.current = self.base + (self.current - self.base) / 2**laps
                self._changed += laps * RECOVER_AFTER
                if self.current - self.base < 0.001:
                    self.current = self.base
        return self.current

    def widen(self, now: float) -> None:
        current = self.at(now)
        self.current = min(max(MAX_JITTER, self.base), max(2 * current, current + self.base, 0.01))
        self._changed = now


class Budget:
    """One budget: the grant times of its last ``limit`` permits, and its pacing schedule."""

    __slots__ = (
        "_cold_until",
        "_theoretical",
        "_windows",
        "burst",
        "cold_start",
        "margin",
        "rates",
        "times",
    )

    def __init__(
        self,
        rates: tuple[Rate, ...],
        *,
        margin: float,
        burst: int | None = None,
        cold_start: float = 0.0,
    ) -> None:
        self.rates = rates
        self.margin = margin
        self.burst = burst  # None: not paced, a sliding window only
        self.cold_start = cold_start
        # Grant times, oldest first. A cold start's grants are logged `cold_start` later than
        # they happened (and nothing earlier than the one before), so they free their slots later.
        self.times: deque[float] = deque(maxlen=max(rate.limit for rate in rates))
        self._theoretical = -math.inf  # GCRA: when the next permit is due on an even schedule
        self._cold_until = -math.inf
        self._windows: tuple[float, list[tuple[int, float]], float] | None = None

    def retune(self, rates: tuple[Rate, ...]) -> None:
        self.rates = rates
        self._windows = None
        longest = max(rate.limit for rate in rates)
        if longest != self.times.maxlen:
            self.times = deque(self.times, maxlen=longest)

    def windows(self, jitter: float) -> list[tuple[int, float]]:
        """``(limit, seconds)`` per rate, as enforced."""
        return self._enforced(jitter)[0]

    def interval(self, jitter: float) -> float:
        """Seconds between permits on the even schedule."""
        return self._enforced(jitter)[1]

    def _enforced(self, jitter: float) -> tuple[list[tuple[int, float]], float]:
        """The windows and the pacing interval for this allowance (kept until it changes)."""
        cached = self._windows
        if cached is None or cached[0] != jitter:
            windows = [(r.limit, r.period * (1.0 + self.margin) + jitter) for r in self.rates]
            interval = max(window / limit for limit, window in windows)
            cached = self._windows = (jitter, windows, interval)
        return cached[1], cached[2]

    def free_at(self, now: float, jitter: float, ahead: int = 0) -> float:
        """Earliest time this budget can grant a permit to a caller with ``ahead`` grants still
        to be made before it (exact for ``ahead=0``, a lower bound otherwise)."""
        windows, interval = self._enforced(jitter)
        at = now
        count = len(self.times)
        for limit, window in windows:
            laps, slot = divmod(ahead, limit)
            index = count - limit + slot  # the grant whose expiry frees that slot
            base = max(now, self.times[index] + window) if index >= 0 else now
            at = max(at, base + laps * window)
        if self.burst is not None:
            due = self._theoretical - (self.burst - 1) * interval + ahead * interval
            at = max(at, due)
        return at

    def take(self, now: float, jitter: float) -> float:
        """Log a permit granted at ``now``; returns the time it is logged at."""
        logged = now
        if self.cold_start:
            shortest = min(rate.period for rate in self.rates)
            if not self.times or self.times[-1] + shortest + jitter <= now:
                self._cold_until = now + shortest  # idle for a whole window: cold
            if now < self._cold_until:
                logged = now + self.cold_start
            if self.times:
                logged = max(logged, self.times[-1])
        self.times.append(logged)
        if self.burst is not None:
            self._theoretical = max(self._theoretical, now) + self._enforced(jitter)[1]
        return logged

    def give_back(self, logged: float, jitter: float) -> None:
        """Forget the permit logged at ``logged``: its request was never sent. A permit already
        moved by a stall or pushed out of the log stays counted (the safe side)."""
        if logged in self.times:
            self.times.remove(logged)
        if self.burst is not None:
            self._theoretical -= self._enforced(jitter)[1]

    def stalled(self, started: float, seconds: float, recent: float) -> None:
        """The process stalled from ``started`` for ``seconds``: permits granted in the ``recent``
        seconds before may not have been sent yet and reach the server that much later, so they
        are logged as granted that much later (order is kept: nothing was granted meanwhile)."""
        moved = []
        while self.times and self.times[-1] >= started - recent:
            moved.append(self.times.pop())
        last = self.times[-1] if self.times else -math.inf
        for logged in reversed(moved):
            last = max(last, logged + seconds if logged <= started else logged)
            self.times.append(last)


Grant = tuple[tuple[Budget, float], ...]
"""A permit as :meth:`Budgets.grant` took it: each budget involved and the time it logged."""


class Budgets:
    """The workspace budget and the endpoint budgets of one limiter (not thread-safe)."""

    def __init__(
        self,
        rates: tuple[Rate, ...],
        *,
        margin: float,
        jitter: float,
        burst: int | None,
        cold_start: float = 0.0,
    ) -> None:
        self.workspace = Budget(rates, margin=0.0, burst=burst, cold_start=cold_start)
        self.margin = margin
        self.allowance = Allowance(jitter)
        self.endpoints: dict[str, Budget] = {}

    def _involved(self, endpoint: str | None, rates: tuple[Rate, ...]) -> tuple[Budget, ...]:
        if endpoint is None:
            return (self.workspace,)
        budget = self.endpoints.get(endpoint)
        if budget is None:
            budget = self.endpoints[endpoint] = Budget(rates, margin=self.margin, burst=None)
        elif budget.rates != rates:
            budget.retune(rates)
        return (self.workspace, budget)

    def take(self, now: float, endpoint: str | None, rates: tuple[Rate, ...]) -> float:
        """Take a permit from every budget involved if all have one now (returns 0.0);
        otherwise take nothing and return the seconds until they all could."""
        return self.grant(now, endpoint, rates)[0]

    def grant(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...]
    ) -> tuple[float, Grant | None]:
        """:meth:`take`, also returning what was taken (for :meth:`give_back`)."""
        budgets = self._involved(endpoint, rates)
        jitter = self.allowance.at(now)
        wait = max(budget.free_at(now, jitter) for budget in budgets) - now
        if wait > 0:
            return wait, None
        return 0.0, tuple((budget, budget.take(now, jitter)) for budget in budgets)

    def give_back(self, grant: Grant) -> None:
        """Forget a permit whose request was never sent (see :meth:`Budget.give_back`)."""
        jitter = self.allowance.base
        for budget, logged in grant:
            budget.give_back(logged, jitter)

    def lower_bound(
        self, now: float, endpoint: str | None, rates: tuple[Rate, ...], ahead: int
    ) -> float:
        jitter = self.allowance.at(now)
        budgets = self._involved(endpoint, rates)
        return max(budget.free_at(now, jitter, ahead) for budget in budgets) - now

    def stalled(self, started: float, seconds: float) -> None:
        """The process stalled (a full garbage collection): see :meth:`Budget.stalled`."""
        recent = self.allowance.base
        for budget in (self.workspace, *self.endpoints.values()):
            budget.stalled(started, seconds, recent)

    def rejected(self, now: float) -> None:
        """The server answered 429 (a new episode): widen the allowance."""
        self.allowance.widen(now)


def key_digest(key: str) -> str:
    """What identifies a budget in memory and in Redis: the key is often the API key itself."""
    return hashlib.sha256(key.encode()).hexdigest()[:32]
