"""Attempt timeouts: every HTTP attempt of a client is timed by one event-loop timer.

aiohttp can time each request itself (`timeout=`), but that sets up and cancels a timer and
timer contexts per request: about a third of the SDK's own work per GET (docs/benchmarks.md).
Here an attempt only records when it is due; the one timer is armed at the earliest due time,
and when it fires it cancels the attempts that ran out and arms itself for the next one. With
equal timeouts a new attempt is never due before the armed time, so the timer fires about once
per timeout period however many calls run.

Cancelling is how a timeout reaches an attempt, as in `asyncio.timeout()`: the attempt catches
the `CancelledError`, asks `ran_out()` whether the timer sent it, and, if so, answers with a
timeout of its own. On Python 3.11+ a cancellation from anyone else (the caller, `close()`) at
the same moment is told apart by the task's cancel count and wins; Python 3.10 keeps no such
count, and there the timeout wins, as it does with aiohttp's own timer.
"""

from __future__ import annotations

import asyncio
from typing import Any

_EARLY = 0.001
"""An event loop may run a timer up to its clock resolution early: treat that as due."""


class AttemptTimer:
    """The attempt timeouts of one client in one event loop (the loop of its first attempt)."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._due: dict[asyncio.Task[Any], float] = {}
        """Attempts in flight: their task, and the loop time they run out at."""
        self._ran_out: set[asyncio.Task[Any]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_due = 0.0

    def start(self, task: asyncio.Task[Any], seconds: float) -> None:
        """Time the attempt `task` is about to make: cancel it in `seconds` unless `stop`ped."""
        loop = self._loop
        if loop is None:
            loop = self._loop = asyncio.get_running_loop()
        due = loop.time() + seconds
        self._due[task] = due
        if self._timer is None or due < self._timer_due:
            if self._timer is not None:
                self._timer.cancel()
            self._arm(due)

    def stop(self, task: asyncio.Task[Any]) -> None:
        """The attempt is over: its timeout no longer applies."""
        del self._due[task]
        if task in self._ran_out:  # cancelled for it, but the cancellation was not seen
            self._ran_out.discard(task)
            _uncancel(task)

    def ran_out(self, task: asyncio.Task[Any], cancels_before: int) -> bool:
        """Whether the `CancelledError` the attempt caught is its timeout (and only that).
        `cancels_before` is the task's cancel count when the attempt started (3.11+)."""
        if task not in self._ran_out:
            return False
        self._ran_out.discard(task)
        return _uncancel(task) <= cancels_before

    def _arm(self, due: float) -> None:
        assert self._loop is not None  # armed by start()
        self._timer = self._loop.call_at(due, self._fire)
        self._timer_due = due

    def _fire(self) -> None:
        assert self._loop is not None
        self._timer = None
        now = self._loop.time() + _EARLY
        next_due: float | None = None
        for task, due in self._due.items():
            if due <= now:
                if task not in self._ran_out:
                    self._ran_out.add(task)
                    task.cancel()
            elif next_due is None or due < next_due:
                next_due = due
        if next_due is not None:
            self._arm(next_due)


def cancel_count(task: asyncio.Task[Any]) -> int:
    """How many cancellations the task has pending (3.11+); 0 where Python does not count."""
    cancelling = getattr(task, "cancelling", None)
    return cancelling() if cancelling is not None else 0


def _uncancel(task: asyncio.Task[Any]) -> int:
    uncancel = getattr(task, "uncancel", None)
    return uncancel() if uncancel is not None else 0
