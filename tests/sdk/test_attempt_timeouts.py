"""Attempt timeouts: one event-loop timer times every attempt of a client (`_attempt_timer`).

The timer's rules are proved on an event loop with an injected clock (the loop's time only
moves when a test moves it), so nothing depends on how busy the machine is; the SDK tests
against stalling servers use real time with generous bounds."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter, errors
from instantly_async._attempt_timer import AttemptTimer, cancel_count
from tests.support import KEY
from tests.support.manual_loop import ManualClockLoop, advance, run
from tests.support.raw_server import serve_raw

COUNTS_CANCELS = sys.version_info >= (3, 11)


async def timed_attempt(timer: AttemptTimer, seconds: float, outcome: list[str]) -> None:
    """What the transport does around one exchange: here the exchange never ends by itself."""
    task = asyncio.current_task()
    assert task is not None
    before = cancel_count(task)
    timer.start(task, seconds)
    try:
        await asyncio.sleep(3600)  # the injected clock never gets there
    except asyncio.CancelledError:
        if not timer.ran_out(task, before):
            outcome.append("cancelled")
            raise
        outcome.append("timed out")
    finally:
        timer.stop(task)


def test_an_attempt_runs_out_at_its_timeout_and_not_before(manual_loop: ManualClockLoop) -> None:
    async def main() -> None:
        timer, outcome = AttemptTimer(), []
        attempt = asyncio.create_task(timed_attempt(timer, 30, outcome))
        await advance(manual_loop, 0)
        await advance(manual_loop, 29.9)
        assert outcome == [] and not attempt.done()
        await advance(manual_loop, 0.2)
        assert outcome == ["timed out"]
        await attempt
        if COUNTS_CANCELS:  # the timeout's cancellation is taken back: nothing leaks
            assert attempt.cancelling() == 0

    run(manual_loop, main)


def test_each_attempt_runs_out_at_its_own_time(manual_loop: ManualClockLoop) -> None:
    async def main() -> None:
        timer = AttemptTimer()
        slow: list[str] = []
        fast: list[str] = []
        slow_task = asyncio.create_task(timed_attempt(timer, 30, slow))
        await advance(manual_loop, 0)
        fast_task = asyncio.create_task(timed_attempt(timer, 1, fast))  # due before the armed time
        await advance(manual_loop, 0)
        await advance(manual_loop, 1.5)
        assert (fast, slow) == (["timed out"], [])
        await advance(manual_loop, 30)
        assert slow == ["timed out"]
        await asyncio.gather(slow_task, fast_task)

    run(manual_loop, main)


def test_one_timer_serves_a_stream_of_attempts(manual_loop: ManualClockLoop) -> None:
    """1,000 attempts one after another over 10 s of 30 s timeouts arm the timer once: the
    per-request timer work is what this design saves (docs/benchmarks.md)."""

    async def main() -> None:
        timer = AttemptTimer()
        task = asyncio.current_task()
        assert task is not None
        armed_before = manual_loop.timers_armed
        for _ in range(1000):
            timer.start(task, 30)
            manual_loop.now += 0.01
            timer.stop(task)
        assert manual_loop.timers_armed - armed_before == 1
        await advance(manual_loop, 60)  # the timer fires with nothing due: no cancellation
        await asyncio.sleep(0)
        assert manual_loop.timers_armed - armed_before == 1

    run(manual_loop, main)


def test_a_finished_attempt_is_never_cancelled_later(manual_loop: ManualClockLoop) -> None:
    async def main() -> None:
        timer = AttemptTimer()
        task = asyncio.current_task()
        assert task is not None
        timer.start(task, 1)
        timer.stop(task)
        manual_loop.now += 5
        await asyncio.sleep(0)  # the timer fires while this task is suspended
        await asyncio.sleep(0)
        assert cancel_count(task) == 0

    run(manual_loop, main)


@pytest.mark.skipif(not COUNTS_CANCELS, reason="Python 3.10 keeps no cancel count")
def test_the_callers_cancellation_at_the_same_moment_wins(manual_loop: ManualClockLoop) -> None:
    async def main() -> None:
        timer, outcome = AttemptTimer(), []
        attempt = asyncio.create_task(timed_attempt(timer, 1, outcome))
        await advance(manual_loop, 0)
        # Due at the same loop time, armed after the attempt timer: runs right after it fires.
        manual_loop.call_at(manual_loop.now + 1, attempt.cancel)
        await advance(manual_loop, 1)
        assert outcome == ["cancelled"]
        with pytest.raises(asyncio.CancelledError):
            await attempt

    run(manual_loop, main)


# --- through the SDK, against servers that stall ------------------------------------------


@pytest.fixture
async def stalling_server() -> AsyncIterator[tuple[str, list[bytes], list[int]]]:
    """Reads a request, writes `script[0]` (nothing, headers, part of a body), then stalls
    until the client goes away; requests after the first `stall_for[0]` are answered in full."""
    script = [b""]
    requests: list[int] = []
    fine = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
        b'{"id":"c1"}'
    )
    stall_for = [10**6]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            await reader.readuntil(b"\r\n\r\n")
            requests.append(1)
            if len(requests) > stall_for[0]:
                writer.write(fine)
                await writer.drain()
                continue
            writer.write(script[0])
            await writer.drain()
            await reader.read()  # until the client closes the connection
            return

    async with serve_raw(handle) as base_url:
        yield base_url, script, stall_for


HEADERS_ONLY = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n"


@pytest.mark.parametrize(
    "stall",
    [
        pytest.param(b"", id="no-answer"),
        pytest.param(HEADERS_ONLY, id="headers-then-nothing"),
        pytest.param(HEADERS_ONLY + b'{"id": "c1", ', id="half-a-body"),
    ],
)
async def test_a_stalled_attempt_times_out_and_is_retried(
    stall: bytes, stalling_server: tuple[str, list[bytes], list[int]]
) -> None:
    base_url, script, stall_for = stalling_server
    script[0] = stall
    async with AsyncInstantly(
        KEY,
        base_url=base_url,
        rate_limiter=NoRateLimiter(),
        attempt_timeout=0.3,
        max_retries=1,
        backoff_base=0.01,
    ) as client:
        with pytest.raises(errors.APITimeoutError, match=r"no answer within 0\.3 s"):
            await client.campaigns.get("c1")  # both attempts time out: no hang
        stall_for[0] = 1  # the first request stalls, the retry is answered
        campaign = await client.campaigns.get("c1")
        assert campaign.id == "c1"
        task = asyncio.current_task()
        assert task is not None and cancel_count(task) == 0
        await asyncio.sleep(0.5)  # past the attempt timeout: nothing left to cancel this task


async def test_a_call_that_answered_is_not_cancelled_afterwards(
    stalling_server: tuple[str, list[bytes], list[int]],
) -> None:
    base_url, _, stall_for = stalling_server
    stall_for[0] = 0
    async with AsyncInstantly(
        KEY, base_url=base_url, rate_limiter=NoRateLimiter(), attempt_timeout=0.2
    ) as client:
        for _ in range(3):
            assert (await client.campaigns.get("c1")).id == "c1"
        await asyncio.sleep(0.6)  # the timer fires meanwhile, with no attempt due
        assert (await client.campaigns.get("c1")).id == "c1"
