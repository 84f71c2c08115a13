"""Base of the generated resource classes: turns a call into the operation table's record plus
its arguments, and hands both to the client's one pipeline."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from instantly_async._operation import Operation
from instantly_async._operations import OPERATIONS
from instantly_async._pagination import AsyncPager, Page
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async.client import AsyncInstantly


class Resource:
    """A group of operations, reached as an attribute of the client (`client.leads`)."""

    def __init__(self, client: AsyncInstantly) -> None:
        self._client = client

    async def _call(self, operation_id: str, args: Mapping[str, Any], *, wait: bool = False) -> Any:
        op: Operation = OPERATIONS[operation_id]
        result = await self._client._call(op, args)
        if wait:
            return await self._client.background_jobs.wait(result)
        return result

    def _paginate(
        self,
        operation_id: str,
        args: Mapping[str, Any],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Any]:
        op = OPERATIONS[operation_id]
        cursor = args.get("starting_after")
        first_args = dict(args)
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
            starting_after=cursor if isinstance(cursor, str) else None,
            max_items=max_items,
            decode=_item_decoder(op),
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


def _item_decoder(op: Operation) -> Callable[[Any], Any] | None:
    """Decodes one raw item of `op`'s pages into its model (looked up on first use)."""
    if op.response_model is None:
        return None
    name = op.response_model
    hook: list[tuple[Callable[[Any, Any], Any], type]] = []

    def decode(item: Any) -> Any:
        if not hook:
            from instantly_async import _serde
            from instantly_async.client import _model

            model = _model(name)
            hook.append((_serde.converter.get_structure_hook(model), model))
        structure, model = hook[0]
        return structure(item, model)

    return decode
