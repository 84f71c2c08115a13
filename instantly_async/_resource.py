"""Base of the generated resource classes: turns a call into the operation table's record plus
its arguments, and hands both to the client's one pipeline."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from instantly_async._operation import Operation
from instantly_async._operations import OPERATIONS
from instantly_async._pagination import AsyncPager, Page
from instantly_async._request import OMIT
from instantly_async._response import item_decoder

if TYPE_CHECKING:
    from instantly_async.client import AsyncInstantly


class Resource:
    """A group of operations, reached as an attribute of the client (`client.leads`)."""

    def __init__(self, client: AsyncInstantly) -> None:
        self._client = client

    def _call(
        self, operation_id: str, args: Mapping[str, Any], *, wait: bool = False
    ) -> Awaitable[Any]:
        # Not a coroutine itself: every await layer is paid again each time a call resumes.
        op: Operation = OPERATIONS[operation_id]
        if wait:
            return self._call_and_wait(op, args)
        return self._client._call(op, args)

    async def _call_and_wait(self, op: Operation, args: Mapping[str, Any]) -> Any:
        return await self._client.background_jobs.wait(await self._client._call(op, args))

    def _paginate(
        self,
        operation_id: str,
        args: Mapping[str, Any],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Any]:
        op = OPERATIONS[operation_id]
        cursor = args.get("starting_after", OMIT)
        if cursor is OMIT or cursor is None:  # None: no checkpoint yet, start from the beginning
            cursor = None
        elif not isinstance(cursor, str) or not cursor.strip():
            raise TypeError(
                f"{op.resource}.{op.name}() argument 'starting_after' must be a non-empty cursor "
                f"string or None (from the beginning), got {cursor!r}"
            )
        first_args = {name: value for name, value in args.items() if name != "starting_after"}
        if page_size is not None:
            first_args["limit"] = _page_size(op, page_size, first_args.get("limit", OMIT))
        walk_args = dict(first_args)
        if walk_args.get("limit", OMIT) is OMIT:  # the caller chose no page size
            walk_args["limit"] = _default_page_size(op, max_items)

        def fetcher(base: dict[str, Any]) -> Callable[[str | None], Awaitable[Page[Any]]]:
            async def fetch(starting_after: str | None) -> Page[Any]:
                page_args = dict(base)
                if starting_after is not None:
                    page_args["starting_after"] = starting_after
                page: Page[Any] = await self._client._call(op, page_args, decode_items=False)
                return page

            return fetch

        return AsyncPager(
            fetcher(walk_args),
            first=fetcher(first_args) if walk_args != first_args else None,
            starting_after=cursor,
            max_items=max_items,
            decode=item_decoder(op),
        )


def _page_size(op: Operation, page_size: Any, limit: Any) -> int:
    """`page_size` is `limit` by a clearer name: one of the two, within the operation's range."""
    if limit is not OMIT:
        raise TypeError(f"{op.resource}.{op.name}() takes limit= or page_size=, not both")
    (param,) = [p for p in op.params if p.name == "limit"]
    low, high = int(param.minimum or 1), int(param.maximum or 100)
    if (
        not isinstance(page_size, int)
        or isinstance(page_size, bool)
        or not low <= page_size <= high
    ):
        raise ValueError(
            f"{op.resource}.{op.name}() argument 'page_size' must be an int from {low} to {high}, "
            f"got {page_size!r}"
        )
    return page_size


def _default_page_size(op: Operation, max_items: Any) -> int:
    """When the caller chose no page size: the largest page the endpoint allows (every request
    counts against the workspace's rate budget, so fewer, fuller pages), or only `max_items`
    when fewer are wanted."""
    (param,) = [p for p in op.params if p.name == "limit"]
    low, high = int(param.minimum or 1), int(param.maximum or 100)
    if isinstance(max_items, int) and not isinstance(max_items, bool) and max_items < high:
        return max(low, max_items)
    return high
