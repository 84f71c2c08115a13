"""Blacklist and SpamAssassin reports of inbox placement tests.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        InboxPlacementBlacklistAndSpamAssassinReport,
    )


class InboxPlacementReportsResource(Resource):
    """Blacklist and SpamAssassin reports of inbox placement tests.

    Reached as `client.inbox_placement_reports`.
    """

    async def get(self, id: str) -> InboxPlacementBlacklistAndSpamAssassinReport:
        """getInboxPlacementBlacklistAndSpamAssassinReport

        `GET /api/v2/inbox-placement-reports/{id}` (operationId `getInboxPlacementBlacklistAndSpamAssassinReport`)

        Args:
            id: Sent as `id` in the path.
        """
        return await self._call(
            "getInboxPlacementBlacklistAndSpamAssassinReport",
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
        skip_spam_assassin_report: bool = OMIT,
        skip_blacklist_report: bool = OMIT,
        max_items: int | None = None,
    ) -> AsyncPager[InboxPlacementBlacklistAndSpamAssassinReport]:
        """listInboxPlacementBlacklistAndSpamAssassinReport

        `GET /api/v2/inbox-placement-reports` (operationId `listInboxPlacementBlacklistAndSpamAssassinReport`)

        Args:
            limit: Sent as `limit` in the query.
            starting_after: Sent as `starting_after` in the query.
            test_id: Sent as `test_id` in the query.
            date_from: Sent as `date_from` in the query.
            date_to: Sent as `date_to` in the query.
            skip_spam_assassin_report: Sent as `skip_spam_assassin_report` in the query.
            skip_blacklist_report: Sent as `skip_blacklist_report` in the query.
            max_items: Stop after this many items in all.
        """
        return self._paginate(
            "listInboxPlacementBlacklistAndSpamAssassinReport",
            {
                "limit": limit,
                "starting_after": starting_after,
                "test_id": test_id,
                "date_from": date_from,
                "date_to": date_to,
                "skip_spam_assassin_report": skip_spam_assassin_report,
                "skip_blacklist_report": skip_blacklist_report,
            },
            max_items=max_items,
        )
