"""Workspace-defined interest statuses for leads.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        LeadLabel,
        LeadLabelInterestStatusLabel,
        TestAiReplyLabelLeadLabelsResponse,
    )


class LeadLabelsResource(Resource):
    """Workspace-defined interest statuses for leads.

    Reached as `client.lead_labels`.
    """

    async def create(
        self,
        *,
        label: str,
        interest_status_label: LeadLabelInterestStatusLabel | str,
        description: str | None = OMIT,
        use_with_ai: bool | None = OMIT,
    ) -> LeadLabel:
        """Create a lead label

        Adds a custom label that leads and replies can be tagged with. Each label maps onto one of
        the three interest sentiments (positive, neutral or negative); the created label is
        returned.

        `POST /api/v2/lead-labels` (operationId `createLeadLabel`)

        Args:
            label: Name of the label as shown in the app.
            interest_status_label: The interest sentiment this label stands for.
            description: Free-text explanation of what the label is for.
            use_with_ai: Whether the AI reply classifier may assign this label.
        """
        return await self._call(
            "createLeadLabel",
            {
                "label": label,
                "interest_status_label": interest_status_label,
                "description": description,
                "use_with_ai": use_with_ai,
            },
        )

    async def delete(self, id: str, *, reassigned_status: float | None = OMIT) -> LeadLabel:
        """Delete a lead label

        Removes a custom lead label and returns it as it was before deletion. Leads and emails that
        carried the label can be moved to another interest status given in the optional JSON body.

        `DELETE /api/v2/lead-labels/{id}` (operationId `deleteLeadLabel`)

        Args:
            id: Id of the lead label to delete.
            reassigned_status: Interest status to give the leads and emails that carried the deleted label.
        """
        return await self._call(
            "deleteLeadLabel",
            {
                "id": id,
                "reassigned_status": reassigned_status,
            },
        )

    async def get(self, id: str) -> LeadLabel:
        """Get a lead label

        Returns one custom lead label by its id.

        `GET /api/v2/lead-labels/{id}` (operationId `getLeadLabel`)

        Args:
            id: Id of the lead label.
        """
        return await self._call(
            "getLeadLabel",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        search: str = OMIT,
        interest_status: Literal["positive", "neutral", "negative"] = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[LeadLabel]:
        """List lead labels

        Returns the workspace's custom lead labels one page at a time, optionally narrowed by a text
        search or by interest sentiment. The cursor of this list is a timestamp, not an id.

        `GET /api/v2/lead-labels` (operationId `listLeadLabel`)

        Args:
            limit: Maximum number of labels to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            search: Text to match against label names.
            interest_status: Return only labels that map onto this interest sentiment.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listLeadLabel",
            {
                "limit": limit,
                "starting_after": starting_after,
                "search": search,
                "interest_status": interest_status,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def test_ai_reply_label(self, *, reply_text: str) -> TestAiReplyLabelLeadLabelsResponse:
        """Preview the AI label for a reply

        Runs the AI reply classifier on a sample reply text and returns the label it would pick,
        along with the custom labels it weighed. Nothing is stored. This call is limited to 500 uses
        per 30 days.

        `POST /api/v2/lead-labels/ai-reply-label` (operationId `testAiReplyLabelLeadLabels`)

        Args:
            reply_text: Body of the sample reply to classify.
        """
        return await self._call(
            "testAiReplyLabelLeadLabels",
            {
                "reply_text": reply_text,
            },
        )

    async def update(
        self,
        id: str,
        *,
        label: str | None = OMIT,
        interest_status_label: LeadLabelInterestStatusLabel | str | None = OMIT,
        description: str | None = OMIT,
        use_with_ai: bool | None = OMIT,
    ) -> LeadLabel:
        """Update a lead label

        Changes the name, sentiment, description or AI flag of a custom lead label. Only the fields
        sent are changed; the updated label is returned.

        `PATCH /api/v2/lead-labels/{id}` (operationId `patchLeadLabel`)

        Args:
            id: Id of the lead label to update.
            label: New name of the label.
            interest_status_label: New interest sentiment of the label.
            description: New free-text explanation of the label; null clears it.
            use_with_ai: Whether the AI reply classifier may assign this label.
        """
        return await self._call(
            "patchLeadLabel",
            {
                "id": id,
                "label": label,
                "interest_status_label": interest_status_label,
                "description": description,
                "use_with_ai": use_with_ai,
            },
        )
