"""Deliveries of webhook events and their outcome.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        GetWebhookEventsSummaryByDateResponse,
        GetWebhookEventsSummaryResponse,
        WebhookEvent,
    )


class WebhookEventsResource(Resource):
    """Deliveries of webhook events and their outcome.

    Reached as `client.webhook_events`.
    """

    async def get(self, id: str) -> WebhookEvent:
        """Get a webhook delivery

        Returns one webhook delivery record, including its payload, the endpoint's status code and
        the retry state.

        `GET /api/v2/webhook-events/{id}` (operationId `getWebhookEvent`)

        Args:
            id: Id of the delivery record.
        """
        return await self._call(
            "getWebhookEvent",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        success: bool = OMIT,
        from_: str = OMIT,
        to: str = OMIT,
        search: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WebhookEvent]:
        """List webhook deliveries

        Returns the record of webhook deliveries one page at a time, with the payload sent and the
        endpoint's answer. Filter by outcome, by date range or by a search text.

        `GET /api/v2/webhook-events` (operationId `listWebhookEvent`)

        Args:
            limit: Maximum number of deliveries to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            success: Return only successful (true) or only failed (false) deliveries.
            from_: Return only deliveries made on or after this day (YYYY-MM-DD).
            to: Return only deliveries made on or before this day (YYYY-MM-DD).
            search: Text to match against the deliveries, such as a lead's email address.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listWebhookEvent",
            {
                "limit": limit,
                "starting_after": starting_after,
                "success": success,
                "from_": from_,
                "to": to,
                "search": search,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def summary(
        self, *, from_: str = OMIT, to: str = OMIT
    ) -> GetWebhookEventsSummaryResponse:
        """Summarize webhook deliveries

        Returns totals of successful and failed webhook deliveries, and their rates, over an
        optional date range.

        `GET /api/v2/webhook-events/summary` (operationId `getWebhookEventsSummary`)

        Args:
            from_: First day of the period, as YYYY-MM-DD.
            to: Last day of the period, as YYYY-MM-DD.
        """
        return await self._call(
            "getWebhookEventsSummary",
            {
                "from_": from_,
                "to": to,
            },
        )

    async def summary_by_date(
        self, *, from_: str = OMIT, to: str = OMIT
    ) -> GetWebhookEventsSummaryByDateResponse:
        """Summarize webhook deliveries per day

        Returns the delivery totals and success rate of webhooks for each day of an optional date
        range. The answer is not paginated.

        `GET /api/v2/webhook-events/summary-by-date` (operationId `getWebhookEventsSummaryByDate`)

        Args:
            from_: First day of the period, as YYYY-MM-DD.
            to: Last day of the period, as YYYY-MM-DD.
        """
        return await self._call(
            "getWebhookEventsSummaryByDate",
            {
                "from_": from_,
                "to": to,
            },
        )
