"""Long-running work (lead moves, imports, warmup changes) and its progress.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from instantly_async._jobs import BackgroundJobsMixin
from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        BackgroundJob,
    )


class BackgroundJobsResource(BackgroundJobsMixin, Resource):
    """Long-running work (lead moves, imports, warmup changes) and its progress.

    Reached as `client.background_jobs`.
    """

    async def get(self, id: str, *, data_fields: str = OMIT, wait: bool = False) -> BackgroundJob:
        """Get a background job

        Returns the current state of one background job, including its progress and status. Poll it
        (for example every 2 seconds) until the status is `success`, `failed` or `cancelled`; the
        outcome is reported in `data`.

        `GET /api/v2/background-jobs/{id}` (operationId `getBackgroundJob`)

        Args:
            id: Id of the job, 24 hexadecimal characters (not a UUID).
            data_fields: Comma-separated names of the keys of `data` to include in the answer.
            wait: Wait for the background job to finish and return it finished (raises if it fails).
        """
        return await self._call(
            "getBackgroundJob",
            {
                "id": id,
                "data_fields": data_fields,
            },
            wait=wait,
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        ids: str | Sequence[str] = OMIT,
        included_ids: str | Sequence[str] = OMIT,
        excluded_ids: str | Sequence[str] = OMIT,
        type: Literal[
            "move-leads",
            "import-leads",
            "export-leads",
            "update-warmup-accounts",
            "rename-variable",
            "broadcast-ai-generate",
            "broadcast-website-scrape",
            "import-subscribers-from-crm",
            "resync-subscriber-crm-tags",
        ] = OMIT,
        entity_type: Literal[
            "list",
            "campaign",
            "workspace",
            "broadcast",
            "subscriber-group-sync",
            "subscriber-group",
        ] = OMIT,
        entity_id: str = OMIT,
        status: str | Sequence[str] = OMIT,
        sort_column: Literal["created_at", "updated_at"] = OMIT,
        sort_order: Literal["asc", "desc"] = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[BackgroundJob]:
        """List background jobs

        Returns one page of the workspace's background jobs, optionally filtered by id, type,
        related entity or status and sorted by creation or update time.

        `GET /api/v2/background-jobs` (operationId `listBackgroundJob`)

        Args:
            limit: Maximum number of jobs to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            ids: Comma-separated job ids; only these jobs are returned.
            included_ids: Comma-separated job ids that must be part of the result.
            excluded_ids: Comma-separated job ids to leave out of the result.
            type: Only return jobs of this type.
            entity_type: Only return jobs related to this kind of entity.
            entity_id: Only return jobs related to this entity (a lead list, campaign or workspace id).
            status: Comma-separated job statuses to include, for example `pending,in-progress`.
            sort_column: Timestamp used to order the jobs.
            sort_order: Sort direction, ascending or descending.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listBackgroundJob",
            {
                "limit": limit,
                "starting_after": starting_after,
                "ids": ids,
                "included_ids": included_ids,
                "excluded_ids": excluded_ids,
                "type": type,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "status": status,
                "sort_column": sort_column,
                "sort_order": sort_order,
            },
            page_size=page_size,
            max_items=max_items,
        )
