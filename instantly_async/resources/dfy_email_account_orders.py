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
        CreateDFYEmailAccountOrderRequestItem,
        CreateDFYEmailAccountOrderRequestOrderType,
        CreateDFYEmailAccountOrderResponse,
        DFYEmailAccountOrder,
        GenerateSimilarDomainsRequestTld,
        GenerateSimilarDomainsResponse,
        ListDFYEmailAccountOrdersAccountsItem,
        PreWarmedUpDomainsListRequestExtension,
        PreWarmedUpDomainsListResponse,
    )


class DfyEmailAccountOrdersResource(Resource):
    """Done-for-you orders of pre-configured domains and mailboxes.

    Reached as `client.dfy_email_account_orders`.
    """

    async def cancel_accounts(self, *, accounts: Sequence[str]) -> CancelDFYEmailAccountsResponse:
        """cancelDFYEmailAccounts

        `POST /api/v2/dfy-email-account-orders/accounts/cancel` (operationId `cancelDFYEmailAccounts`)

        Args:
            accounts: Sent as `accounts` in the body.
        """
        return await self._call(
            "cancelDFYEmailAccounts",
            {
                "accounts": accounts,
            },
        )

    async def check_domains(self, *, domains: Sequence[str]) -> CheckDomainsAvailabilityResponse:
        """checkDomainsAvailability

        `POST /api/v2/dfy-email-account-orders/domains/check` (operationId `checkDomainsAvailability`)

        Args:
            domains: Sent as `domains` in the body.
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
        items: Sequence[CreateDFYEmailAccountOrderRequestItem | Mapping[str, Any]],
        order_type: CreateDFYEmailAccountOrderRequestOrderType | str,
        simulation: bool | None = OMIT,
    ) -> CreateDFYEmailAccountOrderResponse:
        """createDFYEmailAccountOrder

        `POST /api/v2/dfy-email-account-orders` (operationId `createDFYEmailAccountOrder`)

        Args:
            items: Sent as `items` in the body.
            order_type: Sent as `order_type` in the body.
            simulation: Sent as `simulation` in the body.
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
        self, *, limit: int = OMIT, starting_after: str = OMIT, max_items: int | None = None
    ) -> AsyncPager[DFYEmailAccountOrder]:
        """listDFYEmailAccountOrder

        `GET /api/v2/dfy-email-account-orders` (operationId `listDFYEmailAccountOrder`)

        Args:
            limit: Sent as `limit` in the query.
            starting_after: Sent as `starting_after` in the query.
            max_items: Stop after this many items in all.
        """
        return self._paginate(
            "listDFYEmailAccountOrder",
            {
                "limit": limit,
                "starting_after": starting_after,
            },
            max_items=max_items,
        )

    def list_accounts(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        with_passwords: bool = OMIT,
        max_items: int | None = None,
    ) -> AsyncPager[ListDFYEmailAccountOrdersAccountsItem]:
        """listDFYEmailAccountOrdersAccounts

        `GET /api/v2/dfy-email-account-orders/accounts` (operationId `listDFYEmailAccountOrdersAccounts`)

        Args:
            limit: Sent as `limit` in the query.
            starting_after: Sent as `starting_after` in the query.
            with_passwords: Sent as `with_passwords` in the query.
            max_items: Stop after this many items in all.
        """
        return self._paginate(
            "listDFYEmailAccountOrdersAccounts",
            {
                "limit": limit,
                "starting_after": starting_after,
                "with_passwords": with_passwords,
            },
            max_items=max_items,
        )

    async def pre_warmed_up_domains(
        self,
        *,
        extensions: Sequence[PreWarmedUpDomainsListRequestExtension | str] | None = OMIT,
        search: str | None = OMIT,
    ) -> PreWarmedUpDomainsListResponse:
        """preWarmedUpDomainsList

        `POST /api/v2/dfy-email-account-orders/domains/pre-warmed-up-list` (operationId `preWarmedUpDomainsList`)

        Args:
            extensions: Sent as `extensions` in the body.
            search: Sent as `search` in the body.
        """
        return await self._call(
            "preWarmedUpDomainsList",
            {
                "extensions": extensions,
                "search": search,
            },
        )

    async def similar_domains(
        self, *, domain: str, tlds: Sequence[GenerateSimilarDomainsRequestTld | str] | None = OMIT
    ) -> GenerateSimilarDomainsResponse:
        """generateSimilarDomains

        `POST /api/v2/dfy-email-account-orders/domains/similar` (operationId `generateSimilarDomains`)

        Args:
            domain: Sent as `domain` in the body.
            tlds: Sent as `tlds` in the body.
        """
        return await self._call(
            "generateSimilarDomains",
            {
                "domain": domain,
                "tlds": tlds,
            },
        )
