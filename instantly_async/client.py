"""AsyncInstantly: configuration, session ownership and the resource namespaces."""

from __future__ import annotations

import ipaddress
import os
import re
import warnings
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlsplit

import attrs

from instantly_async import _response, _serde, errors
from instantly_async._operation import Operation
from instantly_async._request import OMIT, build_request, check_value, query_pairs
from instantly_async._transport import RequestOptions, Transport
from instantly_async._version import __version__
from instantly_async._workspaces import across_workspaces, check_workspace_id
from instantly_async.events import Event
from instantly_async.ratelimit import InMemoryRateLimiter, Rate, RateLimiter
from instantly_async.resources import Resources

if TYPE_CHECKING:
    import aiohttp

DEFAULT_BASE_URL = "https://api.instantly.ai"

T = TypeVar("T")


class AsyncInstantly(Resources):
    """Client of the Instantly API V2.

    ```python
    async with AsyncInstantly() as client:          # key from INSTANTLY_API_KEY
        campaign = await client.campaigns.get(campaign_id)
        async for lead in client.leads.list(campaign=campaign.id):
            ...
    ```

    Args:
        api_key: a V2 API key; defaults to the `INSTANTLY_API_KEY` environment variable.
        base_url: the API's address (a FakeInstantly's `base_url` in tests).
        session: an aiohttp session to send with; the client never closes a session it was given.
        timeout, attempt_timeout, max_retries, retry_ambiguous, backoff_base, backoff_max:
            see `RequestOptions`.
        rate_limiter: the workspace's limiter. By default every client in the process using the
            same API key shares one in-memory limiter (100/s and 6,000/min). Pass a
            `RedisRateLimiter` to share the budget across processes and machines, or
            `NoRateLimiter()` to switch limiting off.
        endpoint_rates: override per-endpoint budgets, by operationId
            (e.g. `{"listEmail": [Rate(15, 60)]}`).
        workspace_budgets: `"separate"` (default): each sub-workspace (`for_workspace`) draws
            from its own rate budget, kept by the limiter per workspace id; `"shared"`: every
            sub-workspace draws from this client's one budget (for accounts where the API counts
            them together).
        connector_limit: most connections open at once (for a session the client creates).
        hooks: callables receiving every `instantly_async.events` event.
        user_agent: sent as `User-Agent` (the API's edge refuses library default agents).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        session: aiohttp.ClientSession | None = None,
        timeout: float | None = 120.0,
        attempt_timeout: float | None = 30.0,
        max_retries: int = 4,
        retry_ambiguous: bool = False,
        backoff_base: float = 0.5,
        backoff_max: float = 20.0,
        rate_limiter: RateLimiter | None = None,
        endpoint_rates: Mapping[str, Sequence[Rate]] | None = None,
        workspace_budgets: Literal["separate", "shared"] = "separate",
        connector_limit: int = 100,
        hooks: Sequence[Callable[[Event], object]] = (),
        user_agent: str | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("INSTANTLY_API_KEY")
        if key is not None and not isinstance(key, str):
            raise TypeError(f"api_key must be a str, got {type(key).__name__}")
        if not key or not key.strip():
            raise errors.InstantlyError(
                "No API key: pass AsyncInstantly(api_key=...) or set INSTANTLY_API_KEY. "
                "Create a V2 key under Settings -> Integrations -> API keys."
            )
        base_url = _check_base_url(base_url)
        if (
            not isinstance(connector_limit, int)
            or isinstance(connector_limit, bool)
            or connector_limit < 1
        ):
            raise ValueError(f"connector_limit must be an int >= 1, got {connector_limit!r}")
        if callable(hooks):
            raise TypeError("hooks must be a list of callables, e.g. hooks=[print]")
        bad_hooks = [hook for hook in hooks if not callable(hook)]
        if bad_hooks:
            raise TypeError(f"hooks must be callables taking one event, got {bad_hooks[0]!r}")
        if workspace_budgets not in ("separate", "shared"):
            raise ValueError(
                f"workspace_budgets must be 'separate' or 'shared', got {workspace_budgets!r}"
            )
        self._options = RequestOptions(
            timeout=timeout,
            attempt_timeout=attempt_timeout,
            max_retries=max_retries,
            retry_ambiguous=retry_ambiguous,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
        )
        self._transport = Transport(
            api_key=key.strip(),
            base_url=base_url,
            session=session,
            limiter=rate_limiter
            if rate_limiter is not None
            else InMemoryRateLimiter.shared(key.strip()),
            endpoint_rates=endpoint_rates or {},
            workspace_budgets=workspace_budgets,
            user_agent=user_agent or f"instantly-async/{__version__}",
            connector_limit=connector_limit,
            hooks=hooks,
        )

    async def __aenter__(self) -> AsyncInstantly:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session the client created (a session you passed in stays open).

        Calls still in flight end with `errors.ClientClosedError`; so does every later call,
        without opening anything. Views from `with_options` share the closed state."""
        await self._transport.close()

    @property
    def options(self) -> RequestOptions:
        return self._options

    @property
    def rate_limiter(self) -> RateLimiter:
        return self._transport.limiter

    def with_options(self, **changes: Any) -> AsyncInstantly:
        """A view of this client with other request options, sharing its session and limiter.

        `client.with_options(timeout=10, max_retries=0).leads.get(lead_id)`;
        `client.with_options(retry_ambiguous=True).leads.add(...)`;
        `client.with_options(extra_headers={"X-Trace": "1"}, extra_query=..., extra_body=...)`;
        `client.with_options(as_workspace=workspace_id)`: see `for_workspace`.
        """
        unknown = set(changes) - {a.name for a in attrs.fields(RequestOptions)}
        if unknown:
            allowed = ", ".join(a.name for a in attrs.fields(RequestOptions))
            raise TypeError(
                f"with_options() got unknown option(s) {sorted(unknown)}; allowed: {allowed}"
            )
        view = object.__new__(type(self))
        view._options = attrs.evolve(self._options, **changes)
        view._transport = self._transport
        return view

    def for_workspace(self, workspace_id: str) -> AsyncInstantly:
        """A view of this client acting on sub-workspace `workspace_id` (agency admin keys):
        every call sends `x-as-workspace: <workspace_id>` and takes its permits from that
        workspace's own budget (see `workspace_budgets`). Shares session, limiter and options."""
        return self.with_options(as_workspace=check_workspace_id(workspace_id))

    @property
    def workspace_id(self) -> str | None:
        """The sub-workspace this view acts on (`for_workspace`), None for the key's own."""
        return self._options.as_workspace

    def across_workspaces(
        self,
        workspace_ids: Iterable[str],
        fn: Callable[[AsyncInstantly], Awaitable[T]],
        *,
        concurrency: int = 4,
    ) -> AsyncGenerator[tuple[str, T | Exception], None]:
        """Run `fn(client.for_workspace(id))` for every id, `concurrency` at a time, yielding
        `(workspace_id, result)` as each finishes. One workspace's failure does not stop the
        others: its exception is yielded as its result. Leaving the loop early cancels the rest.

        ```python
        async for workspace_id, result in client.across_workspaces(ids, count_campaigns):
            if isinstance(result, Exception): ...
        ```
        """
        return across_workspaces(self, workspace_ids, fn, concurrency=concurrency)

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        idempotent: bool | None = None,
    ) -> Any:
        """Call an endpoint the SDK has no method for, through the same pipeline (auth, limits,
        retries, errors). `path` is a path under the base URL (`/api/v2/...`), never a full
        URL: the API key goes nowhere else. Returns the decoded JSON (text for non-JSON answers,
        None when empty). `idempotent` defaults to True for GET, PUT and DELETE."""
        if not isinstance(method, str) or not method.strip():
            raise TypeError(f"method must be an HTTP method name, got {method!r}")
        if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
            raise ValueError(
                f"path must be a path under the base URL starting with '/' (e.g. "
                f"'/api/v2/campaigns'), not a URL; got {path!r}"
            )
        if _UNSAFE_IN_PATH.search(path):
            raise ValueError(f"path must not contain whitespace or control characters: {path!r}")
        method = method.upper()
        items = () if query is None else query.items() if isinstance(query, Mapping) else query
        check_value("json", json)
        response = await self._transport.send(
            method,
            path,
            query=query_pairs(items),
            body=_serde.to_json(json) if json is not None else None,
            options=self._options,
            idempotent=idempotent
            if idempotent is not None
            else method in {"GET", "PUT", "DELETE", "HEAD"},
        )
        return _response.raw_result(response, self._transport.redact, method, path)

    async def _call(
        self, op: Operation, args: Mapping[str, Any], *, decode_items: bool = True
    ) -> Any:
        path, query, body = build_request(op, args, extra_body=self._options.extra_body.keys())
        if op.response_model is not None:
            # Load the model (on the first call: the models module) and make its decoder before
            # taking a rate-limit permit: a stall while permits are out would bunch requests at
            # the server.
            _response.decoder(op.response_model)
        response = await self._transport.send(
            op.method,
            path,
            query=query,
            body=body,
            options=self._options,
            op=op,
            idempotent=op.idempotent,
        )
        return _response.result(
            op, response, self._transport.redact, decode_items=decode_items, url=path
        )


_UNSAFE_IN_PATH = re.compile(r"[\s\x00-\x1f]")

_warned_plain_http: set[str] = set()


def _check_base_url(base_url: object) -> str:
    """The API's origin. A trailing `/api/v2` (a common slip: paths already carry it) is
    dropped; the key over plain http to a host that is not this machine is warned about once."""
    if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
    parts = urlsplit(base_url)
    if not parts.hostname:
        raise ValueError(f"base_url has no host: {base_url!r}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"base_url must be an origin (and path), got {base_url!r}")
    base_url = base_url.rstrip("/")
    if base_url.endswith("/api/v2"):
        base_url = base_url[: -len("/api/v2")]
    host = parts.hostname
    if parts.scheme == "http" and not is_loopback_host(host) and host not in _warned_plain_http:
        _warned_plain_http.add(host)
        warnings.warn(
            f"base_url {base_url!r} is plain http: the API key will cross the network "
            "unencrypted. Use https:// unless this is a trusted local proxy.",
            UserWarning,
            stacklevel=3,
        )
    return base_url


def is_loopback_host(host: str) -> bool:
    """True for `localhost` names and loopback addresses: hosts that never leave this machine."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


__all__ = ["OMIT", "AsyncInstantly"]
