"""Base of the generated resource classes: turns a call into the operation table's record plus
its arguments, and hands both to the client's one pipeline."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from instantly_async._operation import Operation
from instantly_async._operations import OPERATIONS
from instantly_async._pagination import AsyncPager, Page

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
        self, operation_id: str, args: Mapping[str, Any], *, max_items: int | None
    ) -> AsyncPager[Any]:
        op = OPERATIONS[operation_id]
        cursor = args.get("starting_after")
        first_args = dict(args)

        async def fetch(starting_after: str | None) -> Page[Any]:
            page_args = dict(first_args)
            if starting_after is not None:
                page_args["starting_after"] = starting_after
            page: Page[Any] = await self._client._call(op, page_args, decode_items=False)
            return page

        return AsyncPager(
            fetch,
            starting_after=cursor if isinstance(cursor, str) else None,
            max_items=max_items,
            decode=_item_decoder(op),
        )


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
