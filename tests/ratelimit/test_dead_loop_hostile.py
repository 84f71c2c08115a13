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


async def test_a_waiter_behind_a_head_whose_loop_died_recovers_without_a_new_caller() -> None:
    limiter = InMemoryRateLimiter([Rate(1, 1.0)], burst=1, jitter=0, cold_start=0)
    await limiter.acquire()  # spend the budget: the next caller waits at the head of the line
    other = asyncio.new_event_loop()

    def queue_a_head() -> asyncio.Task[float]:
        head = other.create_task(limiter.acquire())
        other.run_until_complete(asyncio.sleep(0.05))  # the head now sleeps for its permit
        return head

    head = await asyncio.to_thread(queue_a_head)
    waiter = asyncio.create_task(limiter.acquire(max_wait=30))
    await asyncio.sleep(0.05)
    assert not waiter.done()  # queued behind the head, on this loop
    await asyncio.to_thread(other.close)  # the head's loop dies with it in line
    # Nobody else calls acquire(): the waiter must take over by itself, long before max_wait.
    waited = await asyncio.wait_for(waiter, 20)
    assert waited < 20
    assert not head.done()
    head.get_coro().close()  # what garbage collection would do: its `finally` leaves the line
    head._log_destroy_pending = False  # type: ignore[attr-defined]  # dead on purpose
