"""AsyncInstantly: configuration, session ownership and the resource namespaces."""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from instantly_async import _serde, errors
from instantly_async._operation import Operation
from instantly_async._pagination import Page
from instantly_async._transport import (
    OMIT,
    RequestOptions,
    Response,
    Transport,
    build_request,
    decode_body,
    query_pairs,
)
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
        timeout, attempt_timeout, max_retries, retry_ambiguous: see `RequestOptions`.
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
        rate_limiter: RateLimiter | None = None,
        endpoint_rates: Mapping[str, Sequence[Rate]] | None = None,
        workspace_budgets: Literal["separate", "shared"] = "separate",
        connector_limit: int = 100,
        hooks: Sequence[Callable[[Event], object]] = (),
        user_agent: str | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("INSTANTLY_API_KEY")
        if not key or not key.strip():
            raise errors.InstantlyError(
                "No API key: pass AsyncInstantly(api_key=...) or set INSTANTLY_API_KEY. "
                "Create a V2 key under Settings -> Integrations -> API keys."
            )
        if workspace_budgets not in ("separate", "shared"):
            raise ValueError(
                f"workspace_budgets must be 'separate' or 'shared', got {workspace_budgets!r}"
            )
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        self._options = RequestOptions(
            timeout=timeout,
            attempt_timeout=attempt_timeout,
            max_retries=max_retries,
            retry_ambiguous=retry_ambiguous,
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
        """Close the HTTP session the client created (a session you passed in stays open)."""
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
        retries, errors). Returns the decoded JSON (text for non-JSON answers, None when empty).
        `idempotent` defaults to True for GET, PUT and DELETE."""
        method = method.upper()
        items = query.items() if isinstance(query, Mapping) else (query or ())
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
        return decode_body(response)

    async def _call(
        self, op: Operation, args: Mapping[str, Any], *, decode_items: bool = True
    ) -> Any:
        path, query, body = build_request(op, args)
        if op.response_model is not None:
            # Load the model (on the first call: the models module) and make its decoder (cattrs
            # compiles it on first use) before taking a rate-limit permit: a stall while permits
            # are out would bunch requests at the server.
            _serde.converter.get_structure_hook(_model(op.response_model))
        response = await self._transport.send(
            op.method,
            path,
            query=query,
            body=body,
            options=self._options,
            op=op,
            idempotent=op.idempotent,
        )
        return _decode(op, response, self._transport.redact, decode_items)


def _decode(
    op: Operation, response: Response, redact: Callable[[str], str], decode_items: bool = True
) -> Any:
    if op.response_shape == "empty" or response.status == 204:
        return None
    body = decode_body(response)
    if op.response_shape == "text":
        return body
    if isinstance(body, dict) and _is_error_body(body, op):
        raise errors.APIStatusError(
            redact(str(body.get("error") or body.get("message"))),
            status=response.status,
            body=body,
            headers=response.headers,
            method=op.method,
            url=op.path,
        )
    if op.response_shape == "json" or op.response_model is None:
        return body
    model = _model(op.response_model)
    structure = _serde.converter.get_structure_hook(model)  # looked up once per response
    if op.response_shape == "page":
        if not isinstance(body, dict):
            return Page([], None)
        items = body.get("items") or []
        cursor = body.get("next_starting_after") or None
        if not decode_items:  # the pager decodes item by item (see AsyncPager)
            return Page(items if type(items) is list else list(items), cursor)
        return Page([structure(item, model) for item in items], cursor)
    if op.response_shape == "list":
        return [structure(item, model) for item in body] if isinstance(body, list) else body
    return structure(body, model)


def _is_error_body(body: dict[str, Any], op: Operation) -> bool:
    """A 200 carrying only an error (e.g. `{"error": "ACC_AUTH_ERROR"}` from emails/test)."""
    if "error" not in body or not set(body) <= {"error", "message", "statusCode"}:
        return False
    if op.response_model is None:
        return True
    return not any(a.name == "error" for a in attrs.fields(_model(op.response_model)))


_models: dict[str, type] = {}


def _model(name: str) -> type:
    model = _models.get(name)
    if model is None:
        from instantly_async import models

        model = _models[name] = getattr(models, name)
    return model


__all__ = ["OMIT", "AsyncInstantly"]
