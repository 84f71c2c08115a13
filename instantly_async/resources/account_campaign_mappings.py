"""Which campaigns a sending account is attached to.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        AccountCampaignMapping,
    )


class AccountCampaignMappingsResource(Resource):
    """Which campaigns a sending account is attached to.

    Reached as `client.account_campaign_mappings`.
    """

    def list(
        self,
        email: str,
        *,
        limit: float = OMIT,
        starting_after: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AccountCampaignMapping]:
        """List the campaigns that use a sending account

        Returns, one page at a time, every campaign in which the given email account is set up as a
        sender, with each campaign's name and current status. The account is identified by its email
        address in the path, not by an id.

        `GET /api/v2/account-campaign-mappings/{email}` (operationId `getAccountCampaignMapping`)

        Args:
            email: Address of the sending account whose campaigns are listed; percent-encode it in
                the path.
            limit: Maximum number of campaigns to return in one page (default 10). The published
                API declares a plain number with no bounds, so the SDK sends what it is given.
            starting_after: Cursor from the previous page's `next_starting_after`; omit it to start at the
                first page.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "getAccountCampaignMapping",
            {
                "email": email,
                "limit": limit,
                "starting_after": starting_after,
            },
            page_size=page_size,
            max_items=max_items,
        )
