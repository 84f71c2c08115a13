"""Waiting for work the API finishes later: background jobs, email verifications and OAuth
sessions all poll one endpoint until a final state, through `poll_until`."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from instantly_async import errors
from instantly_async._resource import Resource

if TYPE_CHECKING:
    from instantly_async.models import (
        BackgroundJob,
        EmailVerification,
        GetOAuthSessionStatusResponse,
    )

T = TypeVar("T")

JOB_FINAL_STATUSES = frozenset({"success", "failed", "cancelled"})


async def poll_until(
    fetch: Callable[[], Awaitable[T]],
    is_final: Callable[[T], bool],
    *,
    what: str,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    on_update: Callable[[T], object] | None = None,
) -> T:
    """Fetch until `is_final`; the wait between polls grows by half up to `max_poll_interval`.

    Raises `PollTimeoutError` (with the last state) when `timeout` seconds pass first; the
    timeout is a hard deadline, a poll that hangs is abandoned at it. Cancelling the waiting
    task stops the polling and leaves nothing behind.
    """
    for name, value in (("poll_interval", poll_interval), ("max_poll_interval", max_poll_interval)):
        if not _positive(value):
            raise ValueError(f"{name} must be a positive finite number of seconds, got {value!r}")
    if timeout is not None and not _positive(timeout):
        raise ValueError(
            f"timeout must be a positive finite number of seconds or None, got {timeout!r}"
        )
    loop = asyncio.get_running_loop()
    deadline = None if timeout is None else loop.time() + timeout
    delay = poll_interval
    last: T | None = None
    while True:
        if deadline is None:
            state: T = await fetch()
        else:
            polling = asyncio.ensure_future(fetch())
            try:
                done, _ = await asyncio.wait((polling,), timeout=deadline - loop.time())
            finally:
                if not polling.done():  # the deadline passed (or we were cancelled) mid-poll
                    polling.cancel()
                    await asyncio.gather(polling, return_exceptions=True)
            if not done:
                raise errors.PollTimeoutError(
                    f"{what} was not done after {timeout:g} s (the last poll did not answer)",
                    last=last,
                )
            state = polling.result()
        last = state
        if on_update is not None:
            on_update(state)
        if is_final(state):
            return state
        if deadline is not None and loop.time() + delay > deadline:
            raise errors.PollTimeoutError(f"{what} was not done after {timeout:g} s", last=state)
        await asyncio.sleep(delay)
        delay = min(max_poll_interval, delay * 1.5)


def _positive(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def _id_of(value: Any, attribute: str, argument: str) -> str:
    found = getattr(value, attribute, value)
    if not isinstance(found, str) or not found.strip():
        raise ValueError(
            f"{argument} must be a non-empty id string or an object with .{attribute}, got {value!r}"
        )
    return found


class BackgroundJobsMixin(Resource):
    async def wait(
        self,
        job: BackgroundJob | str,
        *,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        max_poll_interval: float = 10.0,
        on_progress: Callable[[BackgroundJob], object] | None = None,
    ) -> BackgroundJob:
        """Wait for a background job (or its id) to finish and return it.

        Polls `GET /api/v2/background-jobs/{id}`, starting every `poll_interval` seconds and
        backing off to `max_poll_interval`. `on_progress(job)` is called after every poll.
        Statuses other than success, failed and cancelled (including ones this SDK does not
        know) count as still running.

        Raises `BackgroundJobFailedError` / `BackgroundJobCancelledError` (with `.job`) when the
        job ends without success, and `BackgroundJobTimeoutError` (with `.job`, the last state)
        after `timeout` seconds; the job itself keeps running on the server.
        """
        job_id = _id_of(job, "id", "job")
        try:
            final: BackgroundJob = await poll_until(
                lambda: self._call("getBackgroundJob", {"id": job_id}),
                lambda state: str(getattr(state, "status", "")) in JOB_FINAL_STATUSES,
                what=f"background job {job_id}",
                timeout=timeout,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                on_update=on_progress,
            )
        except errors.PollTimeoutError as exc:
            raise errors.BackgroundJobTimeoutError(str(exc), last=exc.last) from None
        status = str(final.status)
        if status == "failed":
            raise errors.BackgroundJobFailedError(
                f"background job {job_id} ({final.type}) failed; see .job.data for details",
                job=final,
            )
        if status == "cancelled":
            raise errors.BackgroundJobCancelledError(
                f"background job {job_id} was cancelled", job=final
            )
        return final


class EmailVerificationsMixin(Resource):
    async def wait(
        self,
        email: EmailVerification | str,
        *,
        timeout: float | None = 300.0,
        poll_interval: float = 2.0,
        max_poll_interval: float = 10.0,
    ) -> EmailVerification:
        """Wait until the verification of `email` is no longer `pending` and return it.

        A verification that takes over about 10 seconds is answered `pending`; this polls
        `GET /api/v2/email-verification/{email}` until the final status. Raises
        `PollTimeoutError` (with `.last`) after `timeout` seconds.
        """
        address = _id_of(email, "email", "email")
        result: EmailVerification = await poll_until(
            lambda: self._call("checkVerificationStatus", {"email": address}),
            lambda state: str(getattr(state, "verification_status", "")) != "pending",
            what=f"verification of {address}",
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
        )
        return result


class OAuthMixin(Resource):
    async def wait_for_session(
        self,
        session_id: str,
        *,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        max_poll_interval: float = 5.0,
    ) -> GetOAuthSessionStatusResponse:
        """Wait until an OAuth session is `success`, `error` or `expired`, and return its state.

        Sessions expire after 10 minutes on the server. Check `.status` of the result: only
        `success` carries the connected mailbox. Raises `PollTimeoutError` after `timeout` s.
        """
        sid = _id_of(session_id, "session_id", "session_id")
        result: GetOAuthSessionStatusResponse = await poll_until(
            lambda: self._call("getOAuthSessionStatus", {"sessionId": sid}),
            lambda state: getattr(state, "status", None) not in (None, "pending"),
            what=f"OAuth session {sid}",
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
        )
        return result
