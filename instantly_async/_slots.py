"""Connection slots: at most one attempt in flight per pooled connection, the rest queued in
arrival order, each wait bounded by its call's deadline.

Not `asyncio.Semaphore`: its `locked()`, which a bounded wait needs first, walks its waiters
with a generator on every call, and its acquire and release are coroutine and method layers on
top; together about 8,000 CPU instructions per request, here a few hundred
(docs/benchmarks.md). A free slot is taken without suspending; a released slot is handed
straight to the first waiter still waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque


class Slots:
    def __init__(self, size: int) -> None:
        self.size = size
        self._free = size
        self._waiting: deque[asyncio.Future[bool]] = deque()

    @property
    def in_use(self) -> int:
        return self.size - self._free

    def take(self) -> bool:
        """A slot at once if one is free and nobody is queued for one."""
        if self._free and not self._waiting:
            self._free -= 1
            return True
        return False

    async def wait(self, timeout: float | None) -> bool:
        """Queue for a slot (after `take` found none): True once handed one, False if none came
        within `timeout` seconds. Cancelled, it holds none (a slot handed over in the same
        moment goes to the next in line)."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        self._waiting.append(waiter)
        timer = None if timeout is None else loop.call_later(timeout, _give_up, waiter)
        try:
            got = await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self.release()  # handed a slot as the cancellation came: pass it on
            else:
                self._leave(waiter)
            raise
        finally:
            if timer is not None:
                timer.cancel()
        if not got:
            self._leave(waiter)
        return got

    def release(self) -> None:
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():  # not timed out or cancelled meanwhile
                waiter.set_result(True)
                return
        self._free += 1

    def _leave(self, waiter: asyncio.Future[bool]) -> None:
        with contextlib.suppress(ValueError):  # already taken off by release()
            self._waiting.remove(waiter)


def _give_up(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(False)
