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
        """Get a blacklist and SpamAssassin report

        Returns one blacklist and SpamAssassin report by its id.

        `GET /api/v2/inbox-placement-reports/{id}` (operationId `getInboxPlacementBlacklistAndSpamAssassinReport`)

        Args:
            id: Id of the report.
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
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InboxPlacementBlacklistAndSpamAssassinReport]:
        """List blacklist and SpamAssassin reports of a test

        Returns the reports of one inbox placement test one page at a time. Each report holds the
        blacklist checks of a sending domain and its IP address and the SpamAssassin score of the
        test email; either part can be left out to make the answer smaller.

        `GET /api/v2/inbox-placement-reports` (operationId `listInboxPlacementBlacklistAndSpamAssassinReport`)

        Args:
            limit: Maximum number of reports to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            test_id: Id of the inbox placement test whose reports to return.
            date_from: Return only reports from this day on (YYYY-MM-DD).
            date_to: Return only reports up to this day (YYYY-MM-DD).
            skip_spam_assassin_report: Leave the detailed SpamAssassin report out of each item.
            skip_blacklist_report: Leave the detailed blacklist report out of each item.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
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
            page_size=page_size,
            max_items=max_items,
        )
