"""An event loop that dies with a waiter in the process-wide limiter never wedges it for the
other loops (issue 10, item 8)."""

from __future__ import annotations

import asyncio

from instantly_async import InMemoryRateLimiter, Rate


async def test_a_waiter_whose_loop_died_does_not_block_the_line() -> None:
    limiter = InMemoryRateLimiter([Rate(1, 0.3)], jitter=0)
    await limiter.acquire()  # spend the budget: the next caller waits at the head of the line

    def die_while_waiting() -> asyncio.Task[float]:
        loop = asyncio.new_event_loop()
        waiter = loop.create_task(limiter.acquire())
        loop.run_until_complete(asyncio.sleep(0.05))  # the waiter is now the line's head
        loop.close()  # ... and its loop is gone without it ever leaving
        return waiter  # kept alive: a dead loop's tasks are not collected meanwhile

    dead = await asyncio.to_thread(die_while_waiting)
    waited = await asyncio.wait_for(limiter.acquire(), 5)
    assert waited < 1
    assert not dead.done()
    dead.get_coro().close()  # what garbage collection would do: its `finally` leaves the line
    dead._log_destroy_pending = False  # type: ignore[attr-defined]  # dead on purpose
