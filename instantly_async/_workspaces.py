"""The agency fan-out: one call per sub-workspace, failures isolated, at bounded concurrency."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from instantly_async.client import AsyncInstantly

T = TypeVar("T")


def check_workspace_id(workspace_id: object) -> str:
    if not isinstance(workspace_id, str) or not workspace_id.strip():
        raise ValueError(f"workspace_id must be a non-empty string, got {workspace_id!r}")
    return workspace_id


def across_workspaces(
    client: AsyncInstantly,
    workspace_ids: Iterable[str],
    fn: Callable[[AsyncInstantly], Awaitable[T]],
    *,
    concurrency: int,
) -> AsyncGenerator[tuple[str, T | Exception], None]:
    """Yield ``(workspace_id, fn(client.for_workspace(workspace_id)))`` as each finishes; an
    exception raised for one workspace is yielded as its result. Leaving the loop early cancels
    the calls still running. Arguments are checked at once, before anything runs."""
    ids = [check_workspace_id(workspace_id) for workspace_id in workspace_ids]
    if len(set(ids)) != len(ids):
        raise ValueError("workspace_ids must not repeat an id")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
    if not callable(fn):
        raise TypeError(f"fn must be a callable taking a client, got {fn!r}")
    return _fan_out(client, ids, fn, concurrency)


async def _fan_out(
    client: AsyncInstantly,
    ids: list[str],
    fn: Callable[[AsyncInstantly], Awaitable[T]],
    concurrency: int,
) -> AsyncGenerator[tuple[str, T | Exception], None]:
    slots = asyncio.Semaphore(concurrency)
    done: asyncio.Queue[tuple[str, T | Exception]] = asyncio.Queue()

    async def one(workspace_id: str) -> None:
        async with slots:
            try:
                result: T | Exception = await fn(client.for_workspace(workspace_id))
            except Exception as exc:  # isolated: yielded as this workspace's result
                result = exc
        done.put_nowait((workspace_id, result))

    tasks = [asyncio.create_task(one(workspace_id)) for workspace_id in ids]
    try:
        for _ in ids:
            yield await done.get()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
