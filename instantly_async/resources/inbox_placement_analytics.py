"""Per-email results of inbox placement tests.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        GetInboxPlacementAnalyticsDeliverabilityInsightsItem,
        GetInboxPlacementAnalyticsStatsByDateItem,
        GetInboxPlacementAnalyticsStatsByDateRequestRecipientEspEnum,
        GetInboxPlacementAnalyticsStatsByDateRequestRecipientGeoEnum,
        GetInboxPlacementAnalyticsStatsByDateRequestRecipientTypeEnum,
        GetInboxPlacementAnalyticsStatsByTestIdItem,
        GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientEspEnum,
        GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientGeoEnum,
        GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientTypeEnum,
        InboxPlacementAnalytics,
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
        recipient_geo: Sequence[
            GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientGeoEnum
        ]
        | None = OMIT,
        recipient_type: Sequence[
            GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientTypeEnum
        ]
        | None = OMIT,
        recipient_esp: Sequence[
            GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientEspEnum
        ]
        | None = OMIT,
    ) -> list[GetInboxPlacementAnalyticsDeliverabilityInsightsItem]:
        """getInboxPlacementAnalyticsDeliverabilityInsights

        `POST /api/v2/inbox-placement-analytics/deliverability-insights` (operationId `getInboxPlacementAnalyticsDeliverabilityInsights`)

        Args:
            test_id: Sent as `test_id` in the body.
            date_from: Sent as `date_from` in the body.
            date_to: Sent as `date_to` in the body.
            previous_date_from: Sent as `previous_date_from` in the body.
            previous_date_to: Sent as `previous_date_to` in the body.
            show_previous: Sent as `show_previous` in the body.
            recipient_geo: Sent as `recipient_geo` in the body.
            recipient_type: Sent as `recipient_type` in the body.
            recipient_esp: Sent as `recipient_esp` in the body.
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
        """getInboxPlacementAnalytics

        `GET /api/v2/inbox-placement-analytics/{id}` (operationId `getInboxPlacementAnalytics`)

        Args:
            id: Sent as `id` in the path.
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
        max_items: int | None = None,
    ) -> AsyncPager[InboxPlacementAnalytics]:
        """listInboxPlacementAnalytics

        `GET /api/v2/inbox-placement-analytics` (operationId `listInboxPlacementAnalytics`)

        Args:
            limit: Sent as `limit` in the query.
            starting_after: Sent as `starting_after` in the query.
            test_id: Sent as `test_id` in the query.
            date_from: Sent as `date_from` in the query.
            date_to: Sent as `date_to` in the query.
            recipient_geo: Sent as `recipient_geo` in the query.
            recipient_type: Sent as `recipient_type` in the query.
            recipient_esp: Sent as `recipient_esp` in the query.
            sender_email: Sent as `sender_email` in the query.
            max_items: Stop after this many items in all.
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
            max_items=max_items,
        )

    async def stats_by_date(
        self,
        *,
        test_id: str,
        date_from: str | None = OMIT,
        date_to: str | None = OMIT,
        recipient_geo: Sequence[
            GetInboxPlacementAnalyticsStatsByDateRequestRecipientGeoEnum | float
        ]
        | None = OMIT,
        recipient_type: Sequence[
            GetInboxPlacementAnalyticsStatsByDateRequestRecipientTypeEnum | float
        ]
        | None = OMIT,
        recipient_esp: Sequence[
            GetInboxPlacementAnalyticsStatsByDateRequestRecipientEspEnum | float
        ]
        | None = OMIT,
        sender_email: str | None = OMIT,
    ) -> list[GetInboxPlacementAnalyticsStatsByDateItem]:
        """getInboxPlacementAnalyticsStatsByDate

        `POST /api/v2/inbox-placement-analytics/stats-by-date` (operationId `getInboxPlacementAnalyticsStatsByDate`)

        Args:
            test_id: Sent as `test_id` in the body.
            date_from: Sent as `date_from` in the body.
            date_to: Sent as `date_to` in the body.
            recipient_geo: Sent as `recipient_geo` in the body.
            recipient_type: Sent as `recipient_type` in the body.
            recipient_esp: Sent as `recipient_esp` in the body.
            sender_email: Sent as `sender_email` in the body.
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
        recipient_geo: Sequence[
            GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientGeoEnum | float
        ]
        | None = OMIT,
        recipient_type: Sequence[
            GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientTypeEnum | float
        ]
        | None = OMIT,
        recipient_esp: Sequence[
            GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientEspEnum | float
        ]
        | None = OMIT,
        sender_email: str | None = OMIT,
    ) -> list[GetInboxPlacementAnalyticsStatsByTestIdItem]:
        """getInboxPlacementAnalyticsStatsByTestId

        `POST /api/v2/inbox-placement-analytics/stats-by-test-id` (operationId `getInboxPlacementAnalyticsStatsByTestId`)

        Args:
            test_ids: Sent as `test_ids` in the body.
            date_from: Sent as `date_from` in the body.
            date_to: Sent as `date_to` in the body.
            recipient_geo: Sent as `recipient_geo` in the body.
            recipient_type: Sent as `recipient_type` in the body.
            recipient_esp: Sent as `recipient_esp` in the body.
            sender_email: Sent as `sender_email` in the body.
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
