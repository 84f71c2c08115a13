"""An event loop with an injected clock: its time moves only when a test moves it, so timers
fire at exactly the loop times a test chooses, however busy the machine is."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any


class ManualClockLoop(asyncio.SelectorEventLoop):
    """An event loop whose time moves only when told; it counts the timers armed on it."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 1000.0
        self.timers_armed = 0

    def time(self) -> float:
        return self.now

    def call_at(self, when: float, callback: Any, *args: Any, context: Any = None) -> Any:
        self.timers_armed += 1
        return super().call_at(when, callback, *args, context=context)


def run(loop: ManualClockLoop, main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    loop.run_until_complete(main())


async def advance(loop: ManualClockLoop, seconds: float) -> None:
    loop.now += seconds
    for _ in range(3):  # the timer fires, the cancelled attempts run
        await asyncio.sleep(0)
