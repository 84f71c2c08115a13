"""Connection slots (`instantly_async._slots`): never more holders than slots, first come first
served, bounded waits, and a cancelled or timed-out waiter holds nothing. Timeouts on an event
loop with an injected clock."""

from __future__ import annotations

import asyncio

import pytest

from instantly_async._slots import Slots
from tests.support.manual_loop import ManualClockLoop, advance, run


async def holder(slots: Slots, order: list[str], name: str, timeout: float | None = None) -> bool:
    if not slots.take() and not await slots.wait(timeout):
        order.append(f"{name} gave up")
        return False
    order.append(name)
    return True


def test_free_slots_are_taken_at_once_and_the_rest_wait_in_order(
    manual_loop: ManualClockLoop,
) -> None:
    async def main() -> None:
        slots, order = Slots(2), []
        assert slots.take() and slots.take() and not slots.take()
        waiters = [asyncio.create_task(holder(slots, order, name)) for name in "abc"]
        await advance(manual_loop, 0)
        assert order == [] and slots.in_use == 2
        slots.release()
        await advance(manual_loop, 0)
        assert order == ["a"]
        slots.release()
        slots.release()
        await advance(manual_loop, 0)
        assert all(waiter.done() for waiter in waiters)
        assert order == ["a", "b", "c"] and slots.in_use == 2
        slots.release()
        slots.release()
        assert slots.in_use == 0 and slots.take()  # nothing left queued

    run(manual_loop, main)


def test_a_wait_gives_up_at_its_timeout_and_leaves_the_line(manual_loop: ManualClockLoop) -> None:
    async def main() -> None:
        slots, order = Slots(1), []
        assert slots.take()
        patient = asyncio.create_task(holder(slots, order, "patient", timeout=None))
        await advance(manual_loop, 0)
        hasty = asyncio.create_task(holder(slots, order, "hasty", timeout=1.0))
        await advance(manual_loop, 0)  # it queues, its timeout counted from here
        await advance(manual_loop, 0.9)
        assert order == []
        await advance(manual_loop, 0.2)
        assert order == ["hasty gave up"] and hasty.done() and not hasty.result()
        slots.release()
        await advance(manual_loop, 0)
        assert patient.done() and patient.result() and order[-1] == "patient"
        slots.release()
        assert slots.in_use == 0 and slots.take()

    run(manual_loop, main)


def test_a_timed_out_waiter_does_not_block_the_next_free_slot(
    manual_loop: ManualClockLoop,
) -> None:
    async def drive() -> None:
        slots, order = Slots(1), []
        assert slots.take()
        waiter = asyncio.create_task(holder(slots, order, "x", timeout=0.5))
        await advance(manual_loop, 0)
        await advance(manual_loop, 1)
        assert waiter.done() and not waiter.result()
        slots.release()
        assert slots.in_use == 0 and slots.take()

    run(manual_loop, drive)


@pytest.mark.parametrize("handed_over_first", [False, True], ids=["waiting", "just-handed-one"])
def test_a_cancelled_waiter_holds_nothing(
    manual_loop: ManualClockLoop, handed_over_first: bool
) -> None:
    """Cancelled while waiting, or in the moment a slot was handed to it (before it ran): the
    slot goes to the next in line, or back to the pool."""

    async def main() -> None:
        slots, order = Slots(1), []
        assert slots.take()
        cancelled = asyncio.create_task(holder(slots, order, "cancelled"))
        after = asyncio.create_task(holder(slots, order, "after"))
        await advance(manual_loop, 0)
        if handed_over_first:
            slots.release()  # handed to `cancelled`, which has not run yet
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        if not handed_over_first:
            slots.release()
        await advance(manual_loop, 0)
        assert after.done() and after.result() and order == ["after"]
        slots.release()
        assert slots.in_use == 0 and slots.take()

    run(manual_loop, main)


def test_a_slot_released_as_a_wait_times_out_goes_to_the_next_in_line(
    manual_loop: ManualClockLoop,
) -> None:
    async def main() -> None:
        slots, order = Slots(1), []
        assert slots.take()
        hasty = asyncio.create_task(holder(slots, order, "hasty", timeout=1.0))
        await advance(manual_loop, 0)
        patient = asyncio.create_task(holder(slots, order, "patient"))
        await advance(manual_loop, 0)
        # Due at the same loop time as `hasty`'s timeout, armed after it: runs right after.
        manual_loop.call_at(manual_loop.now + 1.0, slots.release)
        await advance(manual_loop, 1.0)
        assert hasty.done() and not hasty.result()
        assert patient.done() and patient.result()
        assert order == ["hasty gave up", "patient"] or order == ["patient", "hasty gave up"]
        assert slots.in_use == 1

    run(manual_loop, main)
