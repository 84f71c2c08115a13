"""A trail of actions taken in the workspace.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        AuditLog,
    )


class AuditLogsResource(Resource):
    """A trail of actions taken in the workspace.

    Reached as `client.audit_logs`.
    """

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        activity_type: float = OMIT,
        search: str = OMIT,
        start_date: str = OMIT,
        end_date: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AuditLog]:
        """List audit log records

        Returns one page of the workspace's audit trail: logins, deletions, campaign launches and
        other recorded actions, with who did them and from where. Filter by activity type, text or
        date range; pages can hold up to 1000 records.

        `GET /api/v2/audit-logs` (operationId `listAuditLog`)

        Args:
            limit: Maximum number of records to return in one page (1 to 1000, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            activity_type: Only return records of this activity type (see `AuditLog.activity_type` for the
                codes).
            search: Text used to narrow the records returned.
            start_date: Earliest date of the records to return, as `YYYY-MM-DD`.
            end_date: Latest date of the records to return, as `YYYY-MM-DD`.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listAuditLog",
            {
                "limit": limit,
                "starting_after": starting_after,
                "activity_type": activity_type,
                "search": search,
                "start_date": start_date,
                "end_date": end_date,
            },
            page_size=page_size,
            max_items=max_items,
        )
