"""Bulk lead import: any (async) iterable of leads, streamed through `POST /api/v2/leads/add` in
chunks of at most 1,000 with bounded concurrency, every chunk's outcome accounted for."""

from __future__ import annotations

import asyncio
import inspect
from asyncio import FIRST_COMPLETED
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import attrs

from instantly_async import _serde
from instantly_async._operations import OPERATIONS
from instantly_async._request import OMIT, build_request, check_value
from instantly_async._resource import Resource
from instantly_async.errors import BulkAddError

if TYPE_CHECKING:
    from instantly_async import models

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
class ChunkResult:
    """A chunk the API took: which leads (by position) and what it answered."""

    chunk: int
    """0-based number of the chunk."""
    offset: int
    """Position of the chunk's first lead in the input."""
    size: int
    result: Any
    """The API's answer (`BulkAddLeadsResponse`)."""


@attrs.define
class BulkAddReport:
    """The summed counts of every imported chunk, every chunk's outcome, and the leads that were
    read but never sent.

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
    """Leads read from the input (sent or not)."""
    failures: list[ChunkFailure] = attrs.field(factory=list)
    chunks: list[ChunkResult] = attrs.field(factory=list)
    """Every chunk the API took, with its answer, in the order the answers came."""
    unsent: list[dict[str, Any]] = attrs.field(factory=list)
    """Leads read but never sent because the import stopped (see `BulkAddError`)."""
    stopped_by: Exception | None = None
    """What stopped the import before the end of its input (the input or `on_progress`)."""

    @property
    def ok(self) -> bool:
        """Every lead of the input was read and every chunk was taken by the API."""
        return not self.failures and not self.unsent and self.stopped_by is None

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
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(self, name, getattr(self, name) + value)


def _encoded(lead: Any, index: int) -> dict[str, Any]:
    if isinstance(lead, Mapping) or attrs.has(type(lead)):
        check_value(f"leads[{index}]", lead)
        value = _serde.to_json(lead)
        if isinstance(value, dict):
            return value
    raise TypeError(f"leads[{index}] must be a mapping or a lead model, got {type(lead).__name__}")


async def _leads(leads: Iterable[Lead] | AsyncIterable[Lead]) -> AsyncIterator[Lead]:
    if isinstance(leads, AsyncIterable):
        async for lead in leads:
            yield lead
    else:
        for lead in leads:
            yield lead


_OWN_ARGS = {"leads", "campaign_id", "list_id"}


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
        `verify_leads_on_import`, `blocklist_id`, `assigned_to`) and are sent with every chunk;
        any other keyword raises TypeError.

        A chunk that fails is recorded in `report.failures` with its leads and the error;
        the others go on. `on_progress(report)` is called once per chunk, in the order they ended,
        with a copy of the report as that chunk left it (awaited when it is a coroutine
        function).

        If the input raises (or yields something that is not a lead) or `on_progress` raises,
        the import stops reading, lets the chunks already sent finish, and raises `BulkAddError`
        whose `report` says what was sent, what failed and which leads were read but never sent
        (`report.unsent`). Cancelling the call cancels the chunks in flight and leaves no task.

        Retries: a chunk that was rejected (429, connection refused) is always retried. One whose
        fate is unknown (timeout, 5xx) is retried only when a repeat cannot create duplicates:
        when `skip_if_in_workspace=True`, or `skip_if_in_campaign=True` for a campaign, or
        `skip_if_in_list=True` for a list. Otherwise it is reported as failed, to be checked.
        """
        operation = OPERATIONS["bulkAddLeads"]
        allowed = {p.arg for p in operation.params} - _OWN_ARGS
        if "leads" in fields:
            raise TypeError("pass the leads as the first argument of add_many(), not as leads=")
        unknown = sorted(set(fields) - allowed)
        if unknown:
            raise TypeError(
                f"add_many() got unexpected keyword argument(s) {', '.join(map(repr, unknown))}; "
                f"allowed: {', '.join(sorted(allowed))}"
            )
        if isinstance(leads, (Mapping, str, bytes)) or not isinstance(
            leads, (Iterable, AsyncIterable)
        ):
            raise TypeError(
                "add_many() takes an iterable (or async iterable) of leads, "
                f"got {type(leads).__name__}; wrap a single lead in a list"
            )
        if (campaign_id is OMIT) == (list_id is OMIT):
            raise ValueError("add_many() needs exactly one of campaign_id= or list_id=")
        for name, value, low, high in (
            ("chunk_size", chunk_size, 1, MAX_CHUNK),
            ("concurrency", concurrency, 1, None),
        ):
            if (
                not isinstance(value, int)
                or isinstance(value, bool)
                or value < low
                or (high is not None and value > high)
            ):
                wanted = f"from {low} to {high}" if high is not None else f">= {low}"
                raise ValueError(f"{name} must be an int {wanted}, got {value!r}")
        if on_progress is not None and not callable(on_progress):
            raise TypeError(f"on_progress must be callable or None, got {on_progress!r}")
        target = {"campaign_id": campaign_id} if campaign_id is not OMIT else {"list_id": list_id}
        dedupe = fields.get("skip_if_in_workspace") is True or (
            fields.get("skip_if_in_campaign") is True
            if campaign_id is not OMIT
            else fields.get("skip_if_in_list") is True
        )
        client = self._client.with_options(retry_ambiguous=True) if dedupe else self._client
        # Probe the static arguments once, before anything is sent.
        build_request(operation, {**fields, **target, "leads": []})

        report = BulkAddReport()

        async def send(
            number: int, offset: int, chunk: list[dict[str, Any]]
        ) -> BulkAddReport | None:
            """Send one chunk and record its outcome; for `on_progress`, the report as this
            chunk left it (chunks that end together would otherwise all show the last count)."""
            try:
                result = await client._call(operation, {**fields, **target, "leads": chunk})
            except (
                Exception
            ) as exc:  # recorded with its leads: nothing is dropped, the rest goes on
                report.failures.append(ChunkFailure(number, offset, chunk, exc))
            else:
                report._add(result)
                report.chunks.append(ChunkResult(number, offset, len(chunk), result))
            report.chunks_done += 1
            if on_progress is None:
                return None
            return attrs.evolve(
                report,
                failures=list(report.failures),
                chunks=list(report.chunks),
                unsent=list(report.unsent),
            )

        in_flight: set[asyncio.Task[BulkAddReport | None]] = set()
        progress = on_progress

        async def settle(until: int) -> None:
            """Wait until at most `until` chunks are in flight, reporting each that ends."""
            nonlocal in_flight
            while len(in_flight) > until:
                done, in_flight = await asyncio.wait(in_flight, return_when=FIRST_COMPLETED)
                # send() records every outcome: only a bug would raise here.
                moments = [moment for task in done if (moment := task.result()) is not None]
                if progress is None:
                    continue
                for moment in sorted(moments, key=attrgetter("chunks_done")):
                    reported = progress(moment)
                    if inspect.isawaitable(reported):  # an async callback is awaited
                        await reported

        chunk: list[dict[str, Any]] = []
        number = 0
        try:
            try:
                async for lead in _leads(leads):
                    chunk.append(_encoded(lead, report.leads_seen))
                    report.leads_seen += 1
                    if len(chunk) == chunk_size:
                        await settle(concurrency - 1)
                        offset = report.leads_seen - len(chunk)
                        in_flight.add(asyncio.ensure_future(send(number, offset, chunk)))
                        number, chunk = number + 1, []
                if chunk:
                    await settle(concurrency - 1)
                    offset = report.leads_seen - len(chunk)
                    in_flight.add(asyncio.ensure_future(send(number, offset, chunk)))
                    chunk = []
                await settle(0)
            except Exception as exc:
                # The input or on_progress failed: send nothing more, account for everything.
                report.unsent, report.stopped_by = chunk, exc
                progress = None
                await settle(0)
                position = report.leads_seen
                raise BulkAddError(
                    f"add_many() stopped after reading {position} lead(s): "
                    f"{type(exc).__name__}: {exc}. {len(report.chunks)} chunk(s) imported, "
                    f"{len(report.failures)} failed, {len(report.unsent)} read but not sent; "
                    "leads after those were never read. See .report",
                    report=report,
                ) from exc
        finally:
            for task in in_flight:  # only left when cancelled: leave no task behind
                task.cancel()
            if in_flight:
                await asyncio.gather(*in_flight, return_exceptions=True)
        return report

    async def merge_custom_variables(
        self, lead_id: str, updates: Mapping[str, Any], *, remove: Iterable[str] = ()
    ) -> models.Lead:
        """Set some custom variables of a lead and keep the others; returns the updated `Lead`.

        `leads.update(custom_variables=...)` replaces the whole set (the API's PATCH does), so
        this reads the lead, merges `updates` into its variables, drops the names in `remove`
        and writes the union back. Values must be scalars (str, int, float, bool or None);
        anything else raises ValueError before a request is sent.

        Concurrent writers: the API has no conditional update, so two merges of the same lead
        racing each other can lose one's changes (both read, both write). Send the updates of
        one lead from one place (e.g. one worker per lead id).
        """
        from instantly_async._extensions.custom_variables import merge_custom_variables

        return await merge_custom_variables(self._client, lead_id, updates, remove=remove)
