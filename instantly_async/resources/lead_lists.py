"""Lists that hold leads outside of campaigns.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        GetVerificationStatsResponse,
        LeadList,
    )


class LeadListsResource(Resource):
    """Lists that hold leads outside of campaigns.

    Reached as `client.lead_lists`.
    """

    async def create(
        self, *, name: str, has_enrichment_task: bool | None = OMIT, owned_by: str | None = OMIT
    ) -> LeadList:
        """Create a lead list

        Creates an empty lead list that can hold leads outside of any campaign, and returns it.

        `POST /api/v2/lead-lists` (operationId `createLeadList`)

        Args:
            has_enrichment_task: Enrich every lead added to the list automatically.
            owned_by: Id of the user who will own the list; defaults to the creator.
            name: Name of the list.
        """
        return await self._call(
            "createLeadList",
            {
                "has_enrichment_task": has_enrichment_task,
                "owned_by": owned_by,
                "name": name,
            },
        )

    async def delete(self, id: str) -> LeadList:
        """Delete a lead list

        Deletes a lead list and returns it as it was before deletion. Send the request without a
        body.

        `DELETE /api/v2/lead-lists/{id}` (operationId `deleteLeadList`)

        Args:
            id: Id of the lead list to delete.
        """
        return await self._call(
            "deleteLeadList",
            {
                "id": id,
            },
        )

    async def get(self, id: str) -> LeadList:
        """Get a lead list

        Returns one lead list by its id.

        `GET /api/v2/lead-lists/{id}` (operationId `getLeadList`)

        Args:
            id: Id of the lead list.
        """
        return await self._call(
            "getLeadList",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        has_enrichment_task: bool = OMIT,
        search: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[LeadList]:
        """List lead lists

        Returns the workspace's lead lists one page at a time, optionally filtered by name or by
        whether the list enriches its leads. The cursor of this list is a timestamp.

        `GET /api/v2/lead-lists` (operationId `listLeadList`)

        Args:
            limit: Maximum number of lists to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            has_enrichment_task: Return only lists that do, or do not, enrich every lead added to them.
            search: Text to match against list names.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listLeadList",
            {
                "limit": limit,
                "starting_after": starting_after,
                "has_enrichment_task": has_enrichment_task,
                "search": search,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def update(
        self,
        id: str,
        *,
        has_enrichment_task: bool | None = OMIT,
        owned_by: str | None = OMIT,
        name: str | None = OMIT,
    ) -> LeadList:
        """Update a lead list

        Changes the name, owner or enrichment setting of a lead list and returns the updated list.

        `PATCH /api/v2/lead-lists/{id}` (operationId `patchLeadList`)

        Args:
            id: Id of the lead list to update.
            has_enrichment_task: Enrich every lead added to the list automatically.
            owned_by: Id of the user who will own the list.
            name: New name of the list.
        """
        return await self._call(
            "patchLeadList",
            {
                "id": id,
                "has_enrichment_task": has_enrichment_task,
                "owned_by": owned_by,
                "name": name,
            },
        )

    async def verification_stats(self, id: str) -> GetVerificationStatsResponse:
        """Get email verification counts for a lead list

        Returns how many leads of the list fall into each email verification result (verified,
        invalid, risky, catch-all, job change, still pending), plus the list's total number of
        leads.

        `GET /api/v2/lead-lists/{id}/verification-stats` (operationId `getVerificationStats`)

        Args:
            id: Id of the lead list.
        """
        return await self._call(
            "getVerificationStats",
            {
                "id": id,
            },
        )
