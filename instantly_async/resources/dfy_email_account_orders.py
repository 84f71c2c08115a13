"""Done-for-you orders of pre-configured domains and mailboxes.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        CancelDFYEmailAccountsResponse,
        CheckDomainsAvailabilityResponse,
        CreateDFYEmailAccountOrderItem,
        CreateDFYEmailAccountOrderOrderType,
        CreateDFYEmailAccountOrderResponse,
        DFYEmailAccountOrder,
        GenerateSimilarDomainsResponse,
        GenerateSimilarDomainsTld,
        ListDFYEmailAccountOrdersAccountsItem,
        PreWarmedUpDomainsListExtension,
        PreWarmedUpDomainsListResponse,
    )


class DfyEmailAccountOrdersResource(Resource):
    """Done-for-you orders of pre-configured domains and mailboxes.

    Reached as `client.dfy_email_account_orders`.
    """

    async def cancel_accounts(self, *, accounts: Sequence[str]) -> CancelDFYEmailAccountsResponse:
        """Cancel done-for-you mailboxes

        Cancels the listed done-for-you mailboxes so they are no longer renewed, and returns them
        with their cancellation time.

        `POST /api/v2/dfy-email-account-orders/accounts/cancel` (operationId `cancelDFYEmailAccounts`)

        Args:
            accounts: Email addresses of the done-for-you mailboxes to cancel.
        """
        return await self._call(
            "cancelDFYEmailAccounts",
            {
                "accounts": accounts,
            },
        )

    async def check_domains(self, *, domains: Sequence[str]) -> CheckDomainsAvailabilityResponse:
        """Check whether domains can be ordered

        Tells, for up to 50 domain names, whether each can be ordered and, if not, why. Limited to
        30 calls per minute.

        `POST /api/v2/dfy-email-account-orders/domains/check` (operationId `checkDomainsAvailability`)

        Args:
            domains: Domain names to check (up to 50).
        """
        return await self._call(
            "checkDomainsAvailability",
            {
                "domains": domains,
            },
        )

    async def create(
        self,
        *,
        items: Sequence[CreateDFYEmailAccountOrderItem | Mapping[str, Any]],
        order_type: CreateDFYEmailAccountOrderOrderType | str,
        simulation: bool | None = OMIT,
    ) -> CreateDFYEmailAccountOrderResponse:
        """Order done-for-you domains and mailboxes

        Places an order for new domains with mailboxes set up by Instantly, for pre-warmed domains,
        or for extra mailboxes on domains already ordered, and charges the workspace's payment
        method. Set `simulation` to true to validate the order and get its price without buying
        anything. Not idempotent: a retry can place a second order.

        `POST /api/v2/dfy-email-account-orders` (operationId `createDFYEmailAccountOrder`)

        Args:
            items: One entry per domain to order or extend.
            order_type: `dfy` to buy new domains and mailboxes, `pre_warmed_up` to buy pre-warmed ones,
                `extra_accounts` to add mailboxes to domains already ordered.
            simulation: When true, the order is only checked and priced, not placed.
        """
        return await self._call(
            "createDFYEmailAccountOrder",
            {
                "items": items,
                "order_type": order_type,
                "simulation": simulation,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[DFYEmailAccountOrder]:
        """List done-for-you orders

        Returns one page of the domains the workspace has ordered through the done-for-you service.

        `GET /api/v2/dfy-email-account-orders` (operationId `listDFYEmailAccountOrder`)

        Args:
            limit: Maximum number of items to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listDFYEmailAccountOrder",
            {
                "limit": limit,
                "starting_after": starting_after,
            },
            page_size=page_size,
            max_items=max_items,
        )

    def list_accounts(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        with_passwords: bool = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ListDFYEmailAccountOrdersAccountsItem]:
        """List mailboxes from done-for-you orders

        Returns one page of the mailboxes created through done-for-you orders. Their passwords are
        included only when `with_passwords` is true.

        `GET /api/v2/dfy-email-account-orders/accounts` (operationId `listDFYEmailAccountOrdersAccounts`)

        Args:
            limit: Maximum number of items to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            with_passwords: When true, each mailbox includes its login password.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listDFYEmailAccountOrdersAccounts",
            {
                "limit": limit,
                "starting_after": starting_after,
                "with_passwords": with_passwords,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def pre_warmed_up_domains(
        self,
        *,
        extensions: Sequence[PreWarmedUpDomainsListExtension | str] | None = OMIT,
        search: str | None = OMIT,
    ) -> PreWarmedUpDomainsListResponse:
        """List pre-warmed domains for sale

        Returns the pre-warmed domains currently available for ordering, optionally narrowed by
        extension and search text, with the email provider of each.

        `POST /api/v2/dfy-email-account-orders/domains/pre-warmed-up-list` (operationId `preWarmedUpDomainsList`)

        Args:
            extensions: Domain extensions to include; `com`, `org` and `co` when omitted.
            search: Only return domains containing this text.
        """
        return await self._call(
            "preWarmedUpDomainsList",
            {
                "extensions": extensions,
                "search": search,
            },
        )

    async def similar_domains(
        self, *, domain: str, tlds: Sequence[GenerateSimilarDomainsTld | str] | None = OMIT
    ) -> GenerateSimilarDomainsResponse:
        """Suggest available domains similar to a domain

        Returns domain names that resemble the given domain and can be ordered, using the requested
        top-level domains.

        `POST /api/v2/dfy-email-account-orders/domains/similar` (operationId `generateSimilarDomains`)

        Args:
            domain: Domain to base the suggestions on.
            tlds: Top-level domains the suggestions may use; `com` and `org` when omitted.
        """
        return await self._call(
            "generateSimilarDomains",
            {
                "domain": domain,
                "tlds": tlds,
            },
        )
