"""Sending: every call, generated or not, takes a connection slot and a rate-limit permit per
attempt, is sent with aiohttp within the call's deadline, and is retried only where that is safe.
Building the request lives in `_request`, reading the answer in `_response`."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import math
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from instantly_async import _serde, errors
from instantly_async._attempt_timer import AttemptTimer, cancel_count
from instantly_async._operation import Operation
from instantly_async._request import OMIT, build_request, check_value, query_pairs
from instantly_async._response import Response, status_error
from instantly_async._retry import Verdict, backoff, classify_status, may_retry, parse_retry_after
from instantly_async._slots import Slots
from instantly_async.events import (
    Event,
    RateLimitWaitEvent,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
)
from instantly_async.ratelimit import Rate, RateLimiter, RateLimitTimeout

if TYPE_CHECKING:
    import aiohttp
    from yarl import URL

# aiohttp (about 90 ms of imports, half of `import instantly_async`) is loaded with the first
# request instead of with the package (docs/benchmarks.md).

logger = logging.getLogger("instantly_async")

BUDGET_HOLD = 0.05
"""Longest a call to an endpoint with its own budget (e.g. `GET /emails`, 20/min) waits for
that budget while holding a connection slot; a longer wait is spent without the slot, so calls
to other endpoints keep flowing. Calls under the workspace budget alone keep their slot while
they wait: every call needs that budget, so nobody else could use the slot meanwhile, and
handing it back and forth would only add work that delays requests and bunches them at the
server."""


def _seconds(name: str, value: Any, *, allow_none: bool, allow_zero: bool = False) -> None:
    if value is None and allow_none:
        return
    ok = (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and (value >= 0 if allow_zero else value > 0)
    )
    if not ok:
        wanted = "a finite number of seconds " + (">= 0" if allow_zero else "> 0")
        raise ValueError(
            f"{name} must be {wanted}{' or None' if allow_none else ''}, got {value!r}"
        )


@attrs.frozen
class RequestOptions:
    """How calls are sent. Set on the client, or per call with `client.with_options(...)`."""

    timeout: float | None = 120.0
    """Total seconds for a call: every attempt, backoff and rate-limit wait. None: no limit."""
    attempt_timeout: float | None = 30.0
    """Seconds for one HTTP attempt (connect, send, read)."""
    max_retries: int = 4
    """Repeats after the first attempt, for failures that are safe to repeat."""
    retry_ambiguous: bool = False
    """Also repeat non-idempotent calls (creates, moves, replies) after a timeout or 5xx. Only
    turn on where a duplicate is harmless or prevented, e.g. `leads.add` with skip flags."""
    backoff_base: float = 0.5
    """Seconds of the first backoff; it doubles per attempt (with full jitter)."""
    backoff_max: float = 20.0
    """Longest backoff between two attempts."""
    extra_headers: Mapping[str, str] = attrs.field(factory=dict)
    extra_query: Mapping[str, Any] = attrs.field(factory=dict)
    extra_body: Mapping[str, Any] = attrs.field(factory=dict)
    as_workspace: str | None = None
    """Act on this sub-workspace (admin keys): sent as `x-as-workspace`; its own rate budget."""

    def __attrs_post_init__(self) -> None:
        if self.as_workspace is not None and (
            not isinstance(self.as_workspace, str) or not self.as_workspace.strip()
        ):
            raise ValueError(
                f"as_workspace must be a non-empty workspace id or None, got {self.as_workspace!r}"
            )
        _seconds("timeout", self.timeout, allow_none=True)
        _seconds("attempt_timeout", self.attempt_timeout, allow_none=True)
        _seconds("backoff_base", self.backoff_base, allow_none=False, allow_zero=True)
        _seconds("backoff_max", self.backoff_max, allow_none=False, allow_zero=True)
        if (
            not isinstance(self.max_retries, int)
            or isinstance(self.max_retries, bool)
            or self.max_retries < 0
        ):
            raise ValueError(f"max_retries must be an int >= 0, got {self.max_retries!r}")
        if not isinstance(self.retry_ambiguous, bool):
            raise TypeError(f"retry_ambiguous must be True or False, got {self.retry_ambiguous!r}")
        for name in ("extra_headers", "extra_query", "extra_body"):
            if not isinstance(getattr(self, name), Mapping):
                raise TypeError(f"{name} must be a mapping, got {getattr(self, name)!r}")
        for key, value in self.extra_headers.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise TypeError(f"extra_headers must map str to str, got {key!r}: {value!r}")
        check_value("extra_body", self.extra_body)
        check_value("extra_query", self.extra_query)


@attrs.frozen
class _Failure:
    verdict: Verdict
    reason: str
    error: Exception
    retry_after: float | None = None


@attrs.define  # frozen attrs classes set each field through object.__setattr__: slower
class _Request:
    method: str
    path: str
    url: URL
    params: list[tuple[str, str]]
    headers: dict[str, str]
    data: bytes | None
    op: Operation | None

    @property
    def op_id(self) -> str | None:
        return self.op.operation_id if self.op else None


class Transport:
    """Owns the aiohttp session (unless the user supplied one) and sends every request."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        session: aiohttp.ClientSession | None,
        limiter: RateLimiter,
        endpoint_rates: Mapping[str, Sequence[Rate]],
        workspace_budgets: Literal["separate", "shared"] = "separate",
        user_agent: str,
        connector_limit: int,
        hooks: Sequence[Callable[[Event], object]],
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.limiter = limiter
        self.workspace_budgets = workspace_budgets
        self.endpoint_rates = dict(endpoint_rates)
        self.hooks = tuple(hooks)
        self._api_key = api_key
        self._session = session
        self._owns_session = session is None
        self._connector_limit = connector_limit
        self._slot_pool: Slots | None = None
        self._attempt_timer = AttemptTimer()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._paused_until: dict[str | None, float] = {}  # by sub-workspace (None: the key's own)
        """Loop time until which the server's last 429 asked this client to wait."""
        self._calls: dict[asyncio.Task[Any], asyncio.Future[None] | None] = {}
        """Calls in flight: their task, and (made when `close` waits for it) a future done when
        the call has left `send`."""
        self._ended_by_close: set[asyncio.Task[Any]] = set()
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "User-Agent": user_agent,
        }

    # --- lifecycle ------------------------------------------------------------------------

    def _bind_loop(self) -> None:
        """Session and slots belong to one event loop. A client first used in a loop that has
        since closed (e.g. a second `asyncio.run`) starts afresh in the new one; a client still
        in use in another live loop refuses instead of corrupting both."""
        loop = asyncio.get_running_loop()
        if self._loop is loop:
            return
        given_loop = getattr(self._session, "_loop", None) if not self._owns_session else None
        if given_loop is not None and given_loop is not loop:
            raise errors.InstantlyError(
                "the aiohttp session given to AsyncInstantly(session=...) belongs to another "
                "event loop; create the session (and the client) in the loop that uses them"
            )
        if self._loop is not None and not self._loop.is_closed():
            raise errors.InstantlyError(
                "this AsyncInstantly client is in use by another event loop that is still open; "
                "aiohttp sessions cannot be shared across event loops: create one client per loop"
            )
        if self._owns_session and self._session is not None and not self._session.closed:
            # Its loop is gone, and so are its connections: close them without that loop.
            connector = self._session.connector
            if connector is not None:
                try:  # the synchronous part of close(): the loop that would await it is gone
                    connector._close()
                except Exception:  # pragma: no cover - best effort on a dead loop's sockets
                    logger.debug("closing a dead event loop's connections failed", exc_info=True)
        if self._owns_session:
            self._session = None
        self._slot_pool = None
        self._attempt_timer = AttemptTimer()
        self._loop = loop

    def _slots(self) -> Slots:
        """At most `connector_limit` attempts in flight: one per pooled connection."""
        if self._slot_pool is None:
            self._slot_pool = Slots(self._connector_limit)
        return self._slot_pool

    def session(self) -> aiohttp.ClientSession:
        self._check_open()
        if self._session is None or (self._owns_session and self._session.closed):
            import aiohttp

            # Created on first use, inside the running loop that will use it. The headers every
            # call carries are the session's own, so aiohttp does not merge them per request.
            # Attempts are timed by `AttemptTimer`, not by aiohttp.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connector_limit),
                timeout=_untimed(),
                headers=self._headers,
                request_class=_sent_marking_request(),
            )
        return self._session

    def _check_open(self) -> None:
        if self._closed:
            raise _closed_error()

    async def close(self) -> None:
        """End calls in flight with `ClientClosedError`, then close the session we created."""
        self._closed = True
        current = asyncio.current_task()
        running = asyncio.get_running_loop()
        ending = [
            task
            for task in self._calls
            if task is not current and not task.done() and task.get_loop() is running
        ]
        left = []
        for task in ending:
            self._ended_by_close.add(task)
            future = self._calls[task]
            if future is None:  # a second close() waits for the same future
                future = self._calls[task] = running.create_future()
            left.append(future)
            task.cancel()
        if left:  # until each call has left send(), not until its task ends
            await asyncio.wait(left)
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()

    # --- helpers --------------------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        for hook in self.hooks:
            try:
                hook(event)
            except Exception:
                logger.exception("instantly_async hook %r failed on %r", hook, event)

    def redact(self, text: str) -> str:
        return text.replace(self._api_key, "***") if self._api_key else text

    def limiter_for(self, workspace_id: str | None) -> RateLimiter:
        """The budget a call draws from: the workspace's, or a sub-workspace's own (when the
        limiter has `for_workspace` and budgets are "separate")."""
        if workspace_id is None or self.workspace_budgets == "shared":
            return self.limiter
        scoped = getattr(self.limiter, "for_workspace", None)
        return self.limiter if scoped is None else cast("RateLimiter", scoped(workspace_id))

    def _rates_for(self, op: Operation | None) -> tuple[str | None, Sequence[Rate]]:
        if op is None:
            return None, ()
        if op.operation_id in self.endpoint_rates:
            return op.operation_id, self.endpoint_rates[op.operation_id]
        if op.rate_limit:
            return op.operation_id, (Rate(op.rate_limit[0], op.rate_limit[1]),)
        return None, ()

    # --- sending --------------------------------------------------------------------------

    async def send(
        self,
        method: str,
        path: str,
        *,
        query: Sequence[tuple[str, str]] = (),
        body: Any = None,
        options: RequestOptions,
        op: Operation | None = None,
        idempotent: bool = False,
    ) -> Response:
        """Send with retries, deadline and rate limiting; return a 2xx response or raise."""
        if self._closed:
            raise _closed_error()
        self._bind_loop()
        request = self._prepare(method, path, query, body, options, op)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + options.timeout if options.timeout is not None else None
        task = asyncio.current_task()
        if task is not None:  # None: a coroutine driven without a task, nothing to track
            self._calls[task] = None
        # The retries run in this frame: every await layer is paid again each time a call
        # resumes.
        try:
            attempt = 0
            while True:
                outcome = await self._attempt(request, attempt, options, deadline, task)
                if isinstance(outcome, Response):
                    return outcome
                if attempt >= options.max_retries or not may_retry(
                    outcome.verdict, idempotent=idempotent, retry_ambiguous=options.retry_ambiguous
                ):
                    raise _final(outcome.error, errors.RateLimitError.RETRIES_EXHAUSTED)
                wait = outcome.retry_after
                if wait is None:
                    wait = backoff(attempt, options.backoff_base, options.backoff_max)
                if deadline is not None and loop.time() + wait >= deadline:
                    raise _final(outcome.error, errors.RateLimitError.DEADLINE)
                attempt += 1
                if self.hooks:
                    self._emit(
                        RetryEvent(
                            request.op_id, method, str(request.url), attempt, wait, outcome.reason
                        )
                    )
                logger.info(
                    "retrying %s %s in %.2f s after %s (attempt %d)",
                    method,
                    path,
                    wait,
                    outcome.reason,
                    attempt + 1,
                )
                await asyncio.sleep(wait)
                self._check_open()
        except asyncio.CancelledError:
            if task not in self._ended_by_close:
                raise
            uncancel = getattr(task, "uncancel", None)
            if uncancel is not None:  # 3.11+: the cancellation is answered by this error
                uncancel()
            raise errors.ClientClosedError(
                f"{method} {path}: the client was closed while this call was in flight; "
                "it may or may not have reached the server"
            ) from None
        finally:
            if task is not None:
                left = self._calls.pop(task)
                self._ended_by_close.discard(task)
                if left is not None:
                    left.set_result(None)

    def _prepare(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        body: Any,
        options: RequestOptions,
        op: Operation | None,
    ) -> _Request:
        import yarl  # not `from yarl import URL`: that runs importlib's Python code every call

        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        url = yarl.URL(self.base_url + path, encoded=True)
        params = list(query)
        if options.extra_query:
            params += query_pairs(options.extra_query.items())
        if options.extra_body:
            body = {**(body or {}), **_serde.to_json(dict(options.extra_body))}
        # A session of our own sends the client's headers by itself (see `session()`).
        headers = {**({} if self._owns_session else self._headers), **options.extra_headers}
        if options.as_workspace is not None:
            headers["x-as-workspace"] = options.as_workspace
        data: bytes | None = None
        if body is not None:
            try:
                text = json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
            except (TypeError, ValueError) as exc:  # checked earlier: a last guard, never sent
                raise ValueError(
                    f"{method} {path}: the body cannot be sent as JSON: {exc}"
                ) from None
            data = text.encode()
            headers["Content-Type"] = "application/json"
        return _Request(method, path, url, params, headers, data, op)

    def _remaining(
        self, deadline: float | None, request: _Request, timeout: float | None
    ) -> float | None:
        if deadline is None:
            return None
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            raise errors.APITimeoutError(
                f"the call's timeout of {timeout:g} s ran out",
                method=request.method,
                url=request.path,
            )
        return remaining

    async def _attempt(
        self,
        request: _Request,
        attempt: int,
        options: RequestOptions,
        deadline: float | None,
        task: asyncio.Task[Any] | None,
    ) -> Response | _Failure:
        """One HTTP attempt: a connection slot, then a rate-limit permit, then the request.

        The slot comes first so that a permit is only taken when the request can go out at
        once: a request that got its permit and then queued for a pooled connection would reach
        the server later, bunched with others, and break the budget's window there. A call that
        must wait for its endpoint's own budget longer than `BUDGET_HOLD` gives its slot back
        while it waits, and the pause a 429 asked for is waited out before taking one, so a slow
        endpoint never starves calls to other endpoints.
        """
        endpoint, endpoint_rates = self._rates_for(request.op)
        workspace = options.as_workspace if self.workspace_budgets == "separate" else None
        limiter = self.limiter_for(workspace)
        waited = 0.0
        loop = asyncio.get_running_loop()
        while (
            self._paused_until
            and (paused := self._paused_until.get(workspace, 0.0) - loop.time()) > 0
        ):
            # The limiter would hold the call too, but only once it had taken a slot.
            remaining = self._remaining(deadline, request, options.timeout)
            if remaining is not None and paused > remaining:
                raise errors.APITimeoutError(
                    f"the server asked to pause for {paused:.1f} s more, beyond the call's "
                    "remaining timeout",
                    method=request.method,
                    url=request.path,
                )
            await asyncio.sleep(paused)
            waited += paused
        while True:
            slots = self._slots()
            # Waiting for a slot is bounded by the call's deadline. Cancellation is honoured on
            # every Python: no `asyncio.wait_for`, whose 3.10/3.11 version can swallow a
            # cancellation that arrives as the slot is granted (the call would then go out
            # although cancelled).
            if not slots.take() and not await slots.wait(
                self._remaining(deadline, request, options.timeout)
            ):
                raise errors.APITimeoutError(
                    f"no free connection within the call's timeout of {options.timeout:g} s",
                    method=request.method,
                    url=request.path,
                )
            try:
                if self._closed:
                    raise _closed_error()
                # The first call imports aiohttp and makes the session: a stall of the event loop
                # that must come before the permit, or the requests granted meanwhile reach the
                # server bunched, late by the stall, and break its window.
                session = self.session()
                remaining = self._remaining(deadline, request, options.timeout)
                hold = remaining
                if endpoint_rates:
                    hold = BUDGET_HOLD if remaining is None else min(BUDGET_HOLD, remaining)
                try:
                    waited += await limiter.acquire(endpoint, endpoint_rates, max_wait=hold)
                except RateLimitTimeout as exc:
                    need = exc.wait
                else:
                    if waited > 0:
                        self._emit(RateLimitWaitEvent(request.op_id, "client", waited))
                        remaining = self._remaining(deadline, request, options.timeout)
                    timeout = options.attempt_timeout
                    if remaining is not None and (timeout is None or remaining < timeout):
                        timeout = remaining
                    return await self._exchange(
                        session, request, attempt, timeout, options, limiter, task
                    )
            finally:
                slots.release()
            # Wait for the budget without the slot, then queue for a slot again.
            remaining = self._remaining(deadline, request, options.timeout)
            if remaining is not None and need > remaining:
                raise errors.APITimeoutError(
                    f"the rate limiter needs {need:.1f} s before this call may go out, more "
                    "than the call's remaining timeout",
                    method=request.method,
                    url=request.path,
                )
            pause = max(need - BUDGET_HOLD, BUDGET_HOLD)
            await asyncio.sleep(pause)
            waited += pause

    async def _exchange(
        self,
        session: aiohttp.ClientSession,
        request: _Request,
        attempt: int,
        attempt_timeout: float | None,
        options: RequestOptions,
        limiter: RateLimiter,
        task: asyncio.Task[Any] | None,
    ) -> Response | _Failure:
        """Send the request its permit was taken for, and judge the answer. A permit whose
        request never went out (cancelled or failed before it started to go out, or the
        connection could not be made) is given back to the limiter, so that it counts against
        no budget. `attempt_timeout` covers connecting, sending and reading the whole answer
        (without a task, e.g. a coroutine driven by hand, nothing can time it)."""
        import aiohttp  # loaded by session() already: a dictionary lookup

        method, path = request.method, request.path
        # Events (and their URL strings) and timings only for someone listening.
        observed = bool(self.hooks) or logger.isEnabledFor(logging.DEBUG)
        if observed:
            self._emit(RequestEvent(request.op_id, method, str(request.url), attempt + 1))
            logger.debug("-> %s %s (attempt %d)", method, path, attempt + 1)
            started = asyncio.get_running_loop().time()
        # Our own session marks the moment a request starts to go out (`_sent_marking_request`);
        # a session of the user's own cannot tell, so its requests count as sent unless the
        # connection failed.
        sending = [not self._owns_session]
        marker = _SENDING.set(sending)
        timer, timed, cancels_before = self._attempt_timer, None, 0
        if task is not None and attempt_timeout is not None:
            timed, cancels_before = task, cancel_count(task)
            timer.start(task, attempt_timeout)
        try:
            async with session.request(
                method,
                request.url,
                params=request.params or None,
                data=request.data,
                headers=request.headers or None,
                timeout=_untimed(),  # a session of the user's own: its timeouts are not ours
                allow_redirects=False,
            ) as raw:
                payload = await raw.read()
                response = Response(
                    raw.status, raw.headers, payload, raw.headers.get("Content-Type", "")
                )
        except asyncio.CancelledError:
            if (
                timed is None
                or timed in self._ended_by_close
                or not timer.ran_out(timed, cancels_before)
            ):
                raise
            return _timed_out(attempt_timeout, method, path)
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError):
            return _timed_out(attempt_timeout, method, path)
        except aiohttp.ClientConnectorError as exc:
            sending[0] = False  # no connection: nothing went out
            return _Failure(
                "rejected",
                "connection failed",
                errors.APIConnectionError(
                    self.redact(f"could not connect: {exc}"), method=method, url=path
                ),
            )
        except errors.ClientClosedError:
            raise
        except Exception as exc:  # aiohttp errors and anything a broken server provokes
            self._check_open()  # "Session is closed" after close(): say so
            return _Failure(
                "ambiguous",
                type(exc).__name__,
                errors.APIConnectionError(
                    self.redact(
                        "the connection failed after the request was sent "
                        f"({exc or type(exc).__name__})"
                    )[:500],
                    method=method,
                    url=path,
                ),
            )
        finally:
            if timed is not None:
                timer.stop(timed)
            _SENDING.reset(marker)
            if not sending[0]:
                give_back = getattr(limiter, "give_back", None)  # optional for custom limiters
                if give_back is not None:
                    give_back()
        status = response.status
        if observed:
            elapsed = asyncio.get_running_loop().time() - started
            url = str(request.url)
            self._emit(ResponseEvent(request.op_id, method, url, attempt + 1, status, elapsed))
            logger.debug("<- %d %s %s in %.0f ms", status, method, path, elapsed * 1000)
        if status < 300:
            return response
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        error = status_error(response, method, path, self.redact, retry_after)
        if status == 429:
            pause = retry_after
            if pause is None:
                pause = backoff(attempt, options.backoff_base, options.backoff_max)
            self._emit(RateLimitWaitEvent(request.op_id, "server", pause))
            workspace = options.as_workspace if self.workspace_budgets == "separate" else None
            now = asyncio.get_running_loop().time()
            until = max(self._paused_until.get(workspace, 0.0), now + pause)
            self._paused_until[workspace] = until
            await self.limiter_for(workspace).pause(pause)
        return _Failure(
            classify_status(status),
            f"status {status}",
            error,
            retry_after if status == 429 else None,
        )


_SENDING: ContextVar[list[bool] | None] = ContextVar("instantly_async_sending", default=None)
"""The attempt in flight in this task: set to [True] once its request starts to go out."""


@functools.cache
def _sent_marking_request() -> type[Any]:
    """aiohttp's request class, telling the attempt in flight when its connection is made and
    the request starts to go out: from there on it may reach the server, so its rate-limit
    permit is used. (An aiohttp TraceConfig tells the same, but its events cost about 12% of a
    loopback GET: docs/benchmarks.md.)"""
    import aiohttp

    class SentMarkingRequest(aiohttp.ClientRequest):
        async def send(self, conn: Any) -> Any:
            sending = _SENDING.get()
            if sending is not None:
                sending[0] = True
            return await super().send(conn)

    return SentMarkingRequest


@functools.cache
def _untimed() -> Any:
    """An aiohttp timeout that times nothing: `AttemptTimer` times the attempts."""
    import aiohttp

    return aiohttp.ClientTimeout(total=None)


def _timed_out(attempt_timeout: float | None, method: str, path: str) -> _Failure:
    return _Failure(
        "ambiguous",
        "timeout",
        errors.APITimeoutError(
            f"no answer within {attempt_timeout:g} s" if attempt_timeout else "no answer",
            method=method,
            url=path,
        ),
    )


def _closed_error() -> errors.ClientClosedError:
    return errors.ClientClosedError(
        "the client is closed; nothing was sent. Create a new AsyncInstantly to go on"
    )


def _final(error: Exception, why: str) -> Exception:
    """The error a call ends with; a 429 says whether the retries or the deadline ran out."""
    if isinstance(error, errors.RateLimitError):
        return errors.RateLimitError(
            error.message,
            retry_after=error.retry_after,
            status=error.status,
            body=error.body,
            headers=error.headers,
            method=error.method,
            url=error.url,
            hint=why,
        )
    return error


__all__ = ["OMIT", "RequestOptions", "Response", "Transport", "build_request"]
