"""The plan and subscription of the workspace.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource

if TYPE_CHECKING:
    from instantly_async.models import (
        GetWorkspacePlanDetailsResponse,
        GetWorkspaceSubscriptionDetailsResponse,
    )


class WorkspaceBillingResource(Resource):
    """The plan and subscription of the workspace.

    Reached as `client.workspace_billing`.
    """

    async def plan_details(self) -> GetWorkspacePlanDetailsResponse:
        """Get the workspace's plans and limits

        Returns every plan the workspace is on (outreach, credits, bundle, CRM, website visitors,
        inbox placement) with its limits, usage and price, plus the add-ons it can buy.

        `GET /api/v2/workspace-billing/plan-details` (operationId `getWorkspacePlanDetails`)
        """
        return await self._call(
            "getWorkspacePlanDetails",
            {},
        )

    async def subscription_details(self) -> GetWorkspaceSubscriptionDetailsResponse:
        """Get the workspace's subscriptions

        Returns the workspace's billing subscriptions, one entry per subscribed product, and whether
        all of them are cancelled.

        `GET /api/v2/workspace-billing/subscription-details` (operationId `getWorkspaceSubscriptionDetails`)
        """
        return await self._call(
            "getWorkspaceSubscriptionDetails",
            {},
        )
