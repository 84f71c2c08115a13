"""Bulk lead import: any (async) iterable of leads, streamed through `POST /api/v2/leads/add` in
chunks of at most 1,000 with bounded concurrency, every chunk's outcome accounted for."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from typing import Any

import attrs

from instantly_async import _serde
from instantly_async._operations import OPERATIONS
from instantly_async._resource import Resource
from instantly_async._request import OMIT, build_request

MAX_CHUNK = 1000

Lead = Any
"""A lead: a mapping with the API's lead fields, or a lead model (checked as leads are read)."""


@attrs.define
class ChunkFailure:
    """A chunk that was not imported (or whose outcome is unknown): which leads, which error."""

    chunk: int
    """0-based number of the chunk."""
    offset: int
    """Position of the chunk's first lead in the input."""
    leads: list[dict[str, Any]]
    """The leads of the chunk, as sent."""
    error: Exception


@attrs.define
class BulkAddReport:
    """The summed counts of every imported chunk, and the chunks that failed.

    The counts are the API's own: `leads_uploaded`, `duplicated_leads`, `skipped_count`,
    `in_blocklist`, `invalid_email_count`, `incomplete_count`, `duplicate_email_count`.
    """

    total_sent: int = 0
    leads_uploaded: int = 0
    duplicated_leads: int = 0
    duplicate_email_count: int = 0
    skipped_count: int = 0
    in_blocklist: int = 0
    invalid_email_count: int = 0
    incomplete_count: int = 0
    chunks_done: int = 0
    leads_seen: int = 0
    failures: list[ChunkFailure] = attrs.field(factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def failed_leads(self) -> list[dict[str, Any]]:
        """Every lead of every failed chunk, in input order, ready to be retried."""
        return [
            lead
            for failure in sorted(self.failures, key=lambda f: f.chunk)
            for lead in failure.leads
        ]

    def _add(self, result: Any) -> None:
        for name in (
            "total_sent",
            "leads_uploaded",
            "duplicated_leads",
            "duplicate_email_count",
            "skipped_count",
            "in_blocklist",
            "invalid_email_count",
            "incomplete_count",
        ):
            value = getattr(result, name, None)
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)


async def _chunks(
    leads: Iterable[Lead] | AsyncIterable[Lead], size: int
) -> AsyncIterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    index = 0

    def encoded(lead: Any) -> dict[str, Any]:
        if isinstance(lead, Mapping) or attrs.has(type(lead)):
            value = _serde.to_json(lead)
            if isinstance(value, dict):
                return value
        raise TypeError(
            f"leads[{index}] must be a mapping or a lead model, got {type(lead).__name__}"
        )

    if isinstance(leads, AsyncIterable):
        async for lead in leads:
            chunk.append(encoded(lead))
            index += 1
            if len(chunk) == size:
                yield chunk
                chunk = []
    else:
        for lead in leads:
            chunk.append(encoded(lead))
            index += 1
            if len(chunk) == size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


class LeadsMixin(Resource):
    async def add_many(
        self,
        leads: Iterable[Lead] | AsyncIterable[Lead],
        *,
        campaign_id: str = OMIT,
        list_id: str = OMIT,
        chunk_size: int = MAX_CHUNK,
        concurrency: int = 4,
        on_progress: Callable[[BulkAddReport], object] | None = None,
        **fields: Any,
    ) -> BulkAddReport:
        """Import any number of leads into a campaign or a list; returns a `BulkAddReport`.

        `leads` is any iterable or async iterable of lead dicts (or models); it is read lazily,
        so a generator of 200,000 leads is never held in memory at once. Leads go out in chunks
        of `chunk_size` (at most 1,000, the API's cap), `concurrency` chunks at a time, each
        through the client's rate limiter. Other keyword arguments are the body fields of
        `leads.add` (`skip_if_in_workspace`, `skip_if_in_campaign`, `skip_if_in_list`,
        `verify_leads_on_import`, `blocklist_id`, `assigned_to`) and are sent with every chunk.

        A chunk that fails is recorded in `report.failures` with its leads and the error;
        the others go on. `on_progress(report)` is called after every chunk.

        Retries: a chunk that was rejected (429, connection refused) is always retried. One whose
        fate is unknown (timeout, 5xx) is retried only when a repeat cannot create duplicates:
        when `skip_if_in_workspace=True`, or `skip_if_in_campaign=True` for a campaign, or
        `skip_if_in_list=True` for a list. Otherwise it is reported as failed, to be checked.
        """
        if (campaign_id is OMIT) == (list_id is OMIT):
            raise ValueError("add_many() needs exactly one of campaign_id= or list_id=")
        if not isinstance(chunk_size, int) or not 1 <= chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk_size must be an int from 1 to {MAX_CHUNK}, got {chunk_size!r}")
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
        if "leads" in fields:
            raise TypeError("pass the leads as the first argument of add_many(), not as leads=")
        target = {"campaign_id": campaign_id} if campaign_id is not OMIT else {"list_id": list_id}
        dedupe = fields.get("skip_if_in_workspace") is True or (
            fields.get("skip_if_in_campaign") is True
            if campaign_id is not OMIT
            else fields.get("skip_if_in_list") is True
        )
        client = self._client.with_options(retry_ambiguous=True) if dedupe else self._client
        # Probe the static arguments once, before anything is sent.
        operation = OPERATIONS["bulkAddLeads"]
        build_request(operation, {**fields, **target, "leads": []})

        report = BulkAddReport()
        queue: asyncio.Queue[tuple[int, int, list[dict[str, Any]]] | None] = asyncio.Queue(
            concurrency
        )

        async def work() -> None:
            while (item := await queue.get()) is not None:
                number, offset, chunk = item
                try:
                    result = await client._call(operation, {**fields, **target, "leads": chunk})
                except (
                    Exception
                ) as exc:  # recorded with its leads: nothing is dropped, the rest goes on
                    report.failures.append(ChunkFailure(number, offset, chunk, exc))
                else:
                    report._add(result)
                report.chunks_done += 1
                if on_progress is not None:
                    on_progress(report)

        workers = [asyncio.ensure_future(work()) for _ in range(concurrency)]

        async def put(item: tuple[int, int, list[dict[str, Any]]] | None) -> None:
            # A worker only stops early by raising (e.g. in on_progress): surface that at once
            # instead of waiting forever for room in the queue.
            putting = asyncio.ensure_future(queue.put(item))
            await asyncio.wait([putting, *workers], return_when=asyncio.FIRST_COMPLETED)
            if not putting.done():
                putting.cancel()
                for worker in workers:
                    if worker.done():
                        worker.result()

        try:
            number = 0
            async for chunk in _chunks(leads, chunk_size):
                await put((number, report.leads_seen, chunk))
                report.leads_seen += len(chunk)
                number += 1
            for _ in workers:
                await put(None)
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        return report
