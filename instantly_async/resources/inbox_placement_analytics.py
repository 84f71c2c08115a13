"""Per-email results of inbox placement tests.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        DeliverabilityInsight,
        InboxPlacementAnalytics,
        InboxPlacementAnalyticsRecipientGeo,
        InboxPlacementAnalyticsRecipientType,
        InboxPlacementEsp,
        InboxPlacementStatsByDate,
        InboxPlacementStatsByTestId,
    )


class InboxPlacementAnalyticsResource(Resource):
    """Per-email results of inbox placement tests.

    Reached as `client.inbox_placement_analytics`.
    """

    async def deliverability_insights(
        self,
        *,
        test_id: str,
        date_from: str | None = OMIT,
        date_to: str | None = OMIT,
        previous_date_from: str | None = OMIT,
        previous_date_to: str | None = OMIT,
        show_previous: bool | None = OMIT,
        recipient_geo: Sequence[InboxPlacementAnalyticsRecipientGeo | float] | None = OMIT,
        recipient_type: Sequence[InboxPlacementAnalyticsRecipientType | float] | None = OMIT,
        recipient_esp: Sequence[InboxPlacementEsp | float] | None = OMIT,
    ) -> builtins.list[DeliverabilityInsight]:
        """Get placement rates by provider pair

        Returns inbox, spam and category percentages of one test for each pair of sender and
        recipient email provider, optionally next to the same figures for an earlier period. The
        answer is a plain array, not a page.

        `POST /api/v2/inbox-placement-analytics/deliverability-insights` (operationId `getInboxPlacementAnalyticsDeliverabilityInsights`)

        Args:
            test_id: Id of the test.
            date_from: Start of the period to include (YYYY-MM-DD).
            date_to: End of the period to include (YYYY-MM-DD).
            previous_date_from: Start of the comparison period (YYYY-MM-DD).
            previous_date_to: End of the comparison period (YYYY-MM-DD).
            show_previous: Also return the figures of the comparison period.
            recipient_geo: Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3
                Germany, 4 France.
            recipient_type: Include only these kinds of seed mailbox: 1 professional, 2 personal.
            recipient_esp: Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8
                AirMail, 12 Web.de, 13 Libero.it.
        """
        return await self._call(
            "getInboxPlacementAnalyticsDeliverabilityInsights",
            {
                "test_id": test_id,
                "date_from": date_from,
                "date_to": date_to,
                "previous_date_from": previous_date_from,
                "previous_date_to": previous_date_to,
                "show_previous": show_previous,
                "recipient_geo": recipient_geo,
                "recipient_type": recipient_type,
                "recipient_esp": recipient_esp,
            },
        )

    async def get(self, id: str) -> InboxPlacementAnalytics:
        """Get one inbox placement result

        Returns a single per-email inbox placement record by its id.

        `GET /api/v2/inbox-placement-analytics/{id}` (operationId `getInboxPlacementAnalytics`)

        Args:
            id: Id of the record.
        """
        return await self._call(
            "getInboxPlacementAnalytics",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        test_id: str,
        limit: int = OMIT,
        starting_after: str = OMIT,
        date_from: str = OMIT,
        date_to: str = OMIT,
        recipient_geo: str = OMIT,
        recipient_type: str = OMIT,
        recipient_esp: str = OMIT,
        sender_email: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InboxPlacementAnalytics]:
        """List per-email results of an inbox placement test

        Returns the individual email records of one inbox placement test, one page at a time: where
        each email landed and how it fared in SPF, DKIM and DMARC checks. Results can be narrowed by
        date, seed mailbox region, type and provider, and by sender.

        `GET /api/v2/inbox-placement-analytics` (operationId `listInboxPlacementAnalytics`)

        Args:
            limit: Maximum number of records to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            test_id: Id of the inbox placement test whose records to return.
            date_from: Return only records from this day on (YYYY-MM-DD).
            date_to: Return only records up to this day (YYYY-MM-DD).
            recipient_geo: Return only records for seed mailboxes in this region: 1 United States, 2 Italy,
                3 Germany, 4 France.
            recipient_type: Return only records for this kind of seed mailbox: 1 professional, 2 personal.
            recipient_esp: Return only records for seed mailboxes at this provider: 1 Google, 2 Microsoft,
                8 AirMail, 12 Web.de, 13 Libero.it.
            sender_email: Return only records of emails sent from this address.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listInboxPlacementAnalytics",
            {
                "limit": limit,
                "starting_after": starting_after,
                "test_id": test_id,
                "date_from": date_from,
                "date_to": date_to,
                "recipient_geo": recipient_geo,
                "recipient_type": recipient_type,
                "recipient_esp": recipient_esp,
                "sender_email": sender_email,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def stats_by_date(
        self,
        *,
        test_id: str,
        date_from: str | None = OMIT,
        date_to: str | None = OMIT,
        recipient_geo: Sequence[InboxPlacementAnalyticsRecipientGeo | float] | None = OMIT,
        recipient_type: Sequence[InboxPlacementAnalyticsRecipientType | float] | None = OMIT,
        recipient_esp: Sequence[InboxPlacementEsp | float] | None = OMIT,
        sender_email: str | None = OMIT,
    ) -> builtins.list[InboxPlacementStatsByDate]:
        """Get placement totals per day

        Returns, for each day, how many emails of one test were sent and received and where they
        landed. The answer is a plain array with one entry per day, not a page.

        `POST /api/v2/inbox-placement-analytics/stats-by-date` (operationId `getInboxPlacementAnalyticsStatsByDate`)

        Args:
            test_id: Id of the test.
            date_from: Start of the period to include (YYYY-MM-DD).
            date_to: End of the period to include (YYYY-MM-DD).
            recipient_geo: Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3
                Germany, 4 France.
            recipient_type: Include only these kinds of seed mailbox: 1 professional, 2 personal.
            recipient_esp: Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8
                AirMail, 12 Web.de, 13 Libero.it.
            sender_email: Include only emails sent from this address.
        """
        return await self._call(
            "getInboxPlacementAnalyticsStatsByDate",
            {
                "test_id": test_id,
                "date_from": date_from,
                "date_to": date_to,
                "recipient_geo": recipient_geo,
                "recipient_type": recipient_type,
                "recipient_esp": recipient_esp,
                "sender_email": sender_email,
            },
        )

    async def stats_by_test(
        self,
        *,
        test_ids: Sequence[str],
        date_from: str | None = OMIT,
        date_to: str | None = OMIT,
        recipient_geo: Sequence[InboxPlacementAnalyticsRecipientGeo | float] | None = OMIT,
        recipient_type: Sequence[InboxPlacementAnalyticsRecipientType | float] | None = OMIT,
        recipient_esp: Sequence[InboxPlacementEsp | float] | None = OMIT,
        sender_email: str | None = OMIT,
    ) -> builtins.list[InboxPlacementStatsByTestId]:
        """Get placement totals per test

        Returns, for each of the given tests, how many test emails landed in the inbox, in spam or
        in a category tab such as Promotions, as counts and percentages. The answer is a plain array
        with one entry per test, not a page.

        `POST /api/v2/inbox-placement-analytics/stats-by-test-id` (operationId `getInboxPlacementAnalyticsStatsByTestId`)

        Args:
            test_ids: Ids of the tests to total up; at least one.
            date_from: Start of the period to include (YYYY-MM-DD).
            date_to: End of the period to include (YYYY-MM-DD).
            recipient_geo: Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3
                Germany, 4 France.
            recipient_type: Include only these kinds of seed mailbox: 1 professional, 2 personal.
            recipient_esp: Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8
                AirMail, 12 Web.de, 13 Libero.it.
            sender_email: Include only emails sent from this address.
        """
        return await self._call(
            "getInboxPlacementAnalyticsStatsByTestId",
            {
                "test_ids": test_ids,
                "date_from": date_from,
                "date_to": date_to,
                "recipient_geo": recipient_geo,
                "recipient_type": recipient_type,
                "recipient_esp": recipient_esp,
                "sender_email": sender_email,
            },
        )
