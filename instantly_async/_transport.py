"""The one request pipeline: every call, generated or not, is validated and built here, takes a
rate-limit permit per attempt, is sent with aiohttp, retried only where that is safe, and decoded
or mapped to a typed error."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import quote

import attrs

from instantly_async import _serde, errors
from instantly_async._operation import Operation, Param
from instantly_async._retry import Verdict, backoff, classify_status, may_retry, parse_retry_after
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

try:  # optional speedup (`pip install "instantly-async[speedups]"`): same result, faster parse
    import orjson
except ImportError:  # the default install
    _loads: Callable[[bytes], Any] = json.loads
else:

    def _loads(body: bytes) -> Any:
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError:  # NaN, integers beyond 64 bits, ...: json.loads decides
            return json.loads(body)


class _Omitted:
    """Default of every optional argument: omitted arguments are not sent (None is sent as null)."""

    _instance: _Omitted | None = None

    def __new__(cls) -> _Omitted:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "OMIT"

    def __bool__(self) -> bool:
        return False


OMIT: Any = _Omitted()


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
    backoff_max: float = 20.0
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
        for name in ("timeout", "attempt_timeout"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(
                    f"{name} must be a positive number of seconds or None, got {value!r}"
                )
        if not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {self.max_retries!r}")


@attrs.frozen
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes
    content_type: str

    def json(self) -> Any:
        return _loads(self.body) if self.body else None


@attrs.frozen
class _Failure:
    verdict: Verdict
    reason: str
    error: Exception
    retry_after: float | None = None


@attrs.frozen
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


# --- building -------------------------------------------------------------------------------


def build_request(
    op: Operation, args: Mapping[str, Any]
) -> tuple[str, list[tuple[str, str]], dict[str, Any] | None]:
    """Validate the arguments against the operation and split them into path, query and body.

    Raises TypeError/ValueError naming the argument before anything is sent.
    """
    path = op.path
    query: list[tuple[str, str]] = []
    body: dict[str, Any] | None = {} if op.has_body else None
    for param in op.params:
        value = args.get(param.arg, OMIT)
        if value is OMIT:
            if param.required:
                raise TypeError(
                    f"{op.resource}.{op.name}() missing required argument {param.arg!r}"
                )
            continue
        _check(op, param, value)
        if param.location == "path":
            path = path.replace("{" + param.name + "}", quote(str(_scalar(value)), safe=""))
        elif param.location == "query":
            query.extend(_query_pairs(param, value))
        else:
            assert body is not None
            body[param.name] = _serde.to_json(value)
    return path, query, body


def _check(op: Operation, param: Param, value: Any) -> None:
    where = f"{op.resource}.{op.name}() argument {param.arg!r}"
    if value is None:
        if param.location == "path" or not (param.nullable or param.location == "body"):
            raise TypeError(f"{where} must not be None")
        return
    if param.location == "path":
        if not isinstance(value, (str, int)) or isinstance(value, bool) or str(value).strip() == "":
            raise ValueError(f"{where} must be a non-empty string, got {value!r}")
        return
    raw = value.value if isinstance(value, Enum) else value
    if param.enum is not None and not isinstance(raw, (list, tuple)) and raw not in param.enum:
        allowed = ", ".join(repr(v) for v in param.enum)
        raise ValueError(f"{where} must be one of {allowed}; got {raw!r}")
    expected = _TYPES.get(param.kind)
    fits = expected is None or (
        isinstance(raw, expected) and (bool in expected or not isinstance(raw, bool))
    )
    if not fits and not (param.comma_separated and isinstance(raw, (list, tuple))):
        assert expected is not None
        names = " or ".join(t.__name__ for t in expected)
        raise TypeError(f"{where} must be {names}, got {type(value).__name__}")
    if param.minimum is not None and isinstance(raw, (int, float)) and raw < param.minimum:
        raise ValueError(f"{where} must be >= {param.minimum:g}, got {raw!r}")
    if param.maximum is not None and isinstance(raw, (int, float)) and raw > param.maximum:
        raise ValueError(f"{where} must be <= {param.maximum:g}, got {raw!r}")


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str, date, datetime),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
}


def _scalar(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return _serde.format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _query_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, (list, tuple)) and (param.comma_separated or not param.explode):
        return [(param.name, ",".join(str(_scalar(item)) for item in value))]
    return query_pairs([(param.name, value)])


def query_pairs(items: Iterable[tuple[str, Any]]) -> list[tuple[str, str]]:
    """Query values as the API reads them: lists as repeated keys, booleans as `true`/`false`,
    enums as their values, dates in ISO-8601."""
    pairs = []
    for name, value in items:
        for item in value if isinstance(value, (list, tuple)) else (value,):
            pairs.append((str(name), str(_scalar(item))))
    return pairs


def error_message(body: Any, fallback: str) -> str:
    if isinstance(body, dict):
        for key in ("message", "error"):
            if isinstance(body.get(key), str) and body[key]:
                return str(body[key])
    if isinstance(body, str) and body.strip():
        text = " ".join(body.split())
        return text[:200] + ("…" if len(text) > 200 else "")
    return fallback


# --- sending --------------------------------------------------------------------------------


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
        self._slot_semaphore: asyncio.Semaphore | None = None
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "User-Agent": user_agent,
        }

    def _slots(self) -> asyncio.Semaphore:
        """At most `connector_limit` attempts in flight: one per pooled connection."""
        if self._slot_semaphore is None:
            self._slot_semaphore = asyncio.Semaphore(self._connector_limit)
        return self._slot_semaphore

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or (self._owns_session and self._session.closed):
            import aiohttp

            # Created on first use, inside the running loop that will use it.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connector_limit),
                timeout=aiohttp.ClientTimeout(total=None),
            )
        return self._session

    async def close(self) -> None:
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()

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
        from yarl import URL

        loop = asyncio.get_running_loop()
        deadline = loop.time() + options.timeout if options.timeout is not None else None
        url = URL(
            path if path.startswith(("http://", "https://")) else self.base_url + path, encoded=True
        )
        params = [*query, *query_pairs(options.extra_query.items())]
        if options.extra_body:
            body = {**(body or {}), **_serde.to_json(dict(options.extra_body))}
        headers = {**self._headers, **options.extra_headers}
        if options.as_workspace is not None:
            headers["x-as-workspace"] = options.as_workspace
        data: bytes | None = None
        if body is not None:
            data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        request = _Request(method, path, url, params, headers, data, op)
        attempt = 0
        while True:
            outcome = await self._attempt(request, attempt, options, deadline)
            if isinstance(outcome, Response):
                return outcome
            if attempt >= options.max_retries or not may_retry(
                outcome.verdict, idempotent=idempotent, retry_ambiguous=options.retry_ambiguous
            ):
                raise outcome.error
            wait = outcome.retry_after
            if wait is None:
                wait = backoff(attempt, options.backoff_base, options.backoff_max)
            if deadline is not None and loop.time() + wait >= deadline:
                raise outcome.error
            attempt += 1
            if self.hooks:
                self._emit(
                    RetryEvent(request.op_id, method, str(url), attempt, wait, outcome.reason)
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
        self, request: _Request, attempt: int, options: RequestOptions, deadline: float | None
    ) -> Response | _Failure:
        """One HTTP attempt: a connection slot, then a rate-limit permit, then the request.

        The slot comes first so that a permit is only taken when the request can go out at
        once: a request that got its permit and then queued for a pooled connection would reach
        the server later, bunched with others, and break the budget's window there.
        """
        method, path, op_id = request.method, request.path, request.op_id
        remaining = self._remaining(deadline, request, options.timeout)
        try:
            await asyncio.wait_for(self._slots().acquire(), remaining)
        except asyncio.TimeoutError:
            raise errors.APITimeoutError(
                f"no free connection within the call's timeout of {options.timeout:g} s",
                method=method,
                url=path,
            ) from None
        try:
            # The first call imports aiohttp and makes the session: a stall of the event loop
            # that must come before the permit, or the requests granted meanwhile reach the
            # server bunched, late by the stall, and break its window.
            self.session()
            remaining = self._remaining(deadline, request, options.timeout)
            endpoint, endpoint_rates = self._rates_for(request.op)
            try:
                limiter = self.limiter_for(options.as_workspace)
                waited = await limiter.acquire(endpoint, endpoint_rates, max_wait=remaining)
            except RateLimitTimeout as exc:
                raise errors.APITimeoutError(
                    f"the rate limiter needs {exc.wait:.1f} s before this call may go out, more "
                    "than the call's remaining timeout",
                    method=method,
                    url=path,
                ) from None
            if waited > 0:
                self._emit(RateLimitWaitEvent(op_id, "client", waited))
                remaining = self._remaining(deadline, request, options.timeout)
            limits = [t for t in (options.attempt_timeout, remaining) if t is not None]
            attempt_timeout = min(limits) if limits else None
            return await self._exchange(request, attempt, attempt_timeout, options)
        finally:
            self._slots().release()

    async def _exchange(
        self,
        request: _Request,
        attempt: int,
        attempt_timeout: float | None,
        options: RequestOptions,
    ) -> Response | _Failure:
        import aiohttp  # loaded by session() already: a dictionary lookup

        method, path, op_id = request.method, request.path, request.op_id
        loop = asyncio.get_running_loop()
        if self.hooks:  # events (and their URL strings) only for someone listening
            self._emit(RequestEvent(op_id, method, str(request.url), attempt + 1))
        logger.debug("-> %s %s (attempt %d)", method, path, attempt + 1)
        started = loop.time()
        try:
            async with self.session().request(
                method,
                request.url,
                params=request.params or None,
                data=request.data,
                headers=request.headers,
                timeout=aiohttp.ClientTimeout(total=attempt_timeout),
                allow_redirects=False,
            ) as raw:
                payload = await raw.read()
                response = Response(
                    raw.status, raw.headers, payload, raw.headers.get("Content-Type", "")
                )
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError):
            return _Failure(
                "ambiguous",
                "timeout",
                errors.APITimeoutError(
                    f"no answer within {attempt_timeout:g} s" if attempt_timeout else "no answer",
                    method=method,
                    url=path,
                ),
            )
        except aiohttp.ClientConnectorError as exc:
            return _Failure(
                "rejected",
                "connection failed",
                errors.APIConnectionError(
                    self.redact(f"could not connect: {exc}"), method=method, url=path
                ),
            )
        except aiohttp.ClientError as exc:
            return _Failure(
                "ambiguous",
                type(exc).__name__,
                errors.APIConnectionError(
                    self.redact(
                        f"the connection failed after the request was sent ({exc or type(exc).__name__})"
                    ),
                    method=method,
                    url=path,
                ),
            )
        elapsed = loop.time() - started
        if self.hooks:
            self._emit(
                ResponseEvent(
                    op_id, method, str(request.url), attempt + 1, response.status, elapsed
                )
            )
        logger.debug("<- %d %s %s in %.0f ms", response.status, method, path, elapsed * 1000)
        if response.status < 300:
            return response
        failure = self._status_failure(response, method, path)
        if response.status == 429:
            pause = failure.retry_after
            if pause is None:
                pause = backoff(attempt, options.backoff_base, options.backoff_max)
            self._emit(RateLimitWaitEvent(op_id, "server", pause))
            await self.limiter_for(options.as_workspace).pause(pause)
        return failure

    def _status_failure(self, response: Response, method: str, path: str) -> _Failure:
        body = decode_body(response)
        status = response.status
        message = self.redact(error_message(body, f"HTTP {status}"))
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        kwargs: dict[str, Any] = dict(
            status=status, body=body, headers=response.headers, method=method, url=path
        )
        error: errors.APIStatusError
        if status == 429:
            error = errors.RateLimitError(message, retry_after=retry_after, **kwargs)
        else:
            error = errors.error_class(status)(message, **kwargs)
        return _Failure(
            classify_status(status),
            f"status {status}",
            error,
            retry_after if status == 429 else None,
        )


def decode_body(response: Response) -> Any:
    """The body as JSON when it is JSON, else as text (the edge may answer HTML)."""
    if not response.body:
        return None
    if "json" in response.content_type:
        try:
            return response.json()
        except ValueError:
            pass
    return response.body.decode("utf-8", "replace")
