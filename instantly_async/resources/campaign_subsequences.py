"""Follow-up sequences that leads enter when a condition in a campaign is met.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        AutoVariantSelect,
        CampaignSchedule,
        CampaignSequence,
        CampaignSubsequence,
        CampaignSubsequenceConditions,
        CampaignSubsequenceDailyLimitMode,
        GetSubsequenceAnalyticsItem,
        GetSubsequenceStepsAnalyticsItem,
        SendingStatusResponse,
    )


class CampaignSubsequencesResource(Resource):
    """Follow-up sequences that leads enter when a condition in a campaign is met.

    Reached as `client.campaign_subsequences`.
    """

    async def analytics(self, *, campaign_id: str) -> builtins.list[GetSubsequenceAnalyticsItem]:
        """Get totals for a campaign's subsequences

        Returns, for each subsequence of the given campaign, the number of emails sent and the
        unique opens and replies. The result is a plain array, not a page.

        `GET /api/v2/subsequences/analytics` (operationId `getSubsequenceAnalytics`)

        Args:
            campaign_id: Campaign whose subsequences are reported.
        """
        return await self._call(
            "getSubsequenceAnalytics",
            {
                "campaign_id": campaign_id,
            },
        )

    async def create(
        self,
        *,
        parent_campaign: str,
        name: str,
        conditions: CampaignSubsequenceConditions | Mapping[str, Any],
        subsequence_schedule: CampaignSchedule | Mapping[str, Any] | None = OMIT,
        sequences: Sequence[CampaignSequence | Mapping[str, Any]] | None = OMIT,
        auto_variant_select: AutoVariantSelect | Mapping[str, Any] | None = OMIT,
        daily_limit_mode: CampaignSubsequenceDailyLimitMode | str | None = OMIT,
        daily_limit: float | None = OMIT,
        ignore_account_daily_limit: bool | None = OMIT,
    ) -> CampaignSubsequence:
        """Create a subsequence

        Creates a follow-up sequence under an existing campaign, with the conditions that move leads
        into it, its sending schedule and its email steps, and returns it. Not idempotent: a retry
        after a timeout can create a duplicate.

        `POST /api/v2/subsequences` (operationId `createCampaignSubsequence`)

        Args:
            parent_campaign: Id of the campaign the subsequence is added to.
            name: Display name of the subsequence.
            conditions: Events that move a lead of the parent campaign into this subsequence; a lead
                enters when any of the listed conditions is met.
            subsequence_schedule: When the subsequence is allowed to send.
            sequences: The email sequence of the subsequence. Although this is an array, only its first
                element is used: send exactly one item and put all steps in it.
            auto_variant_select: Settings for automatically choosing the best-performing variant; null when
                disabled.
            daily_limit_mode: How the daily sending limit is set: `inherit` uses the parent campaign's limit,
                `custom` uses `daily_limit`, `unlimited` sets no limit.
            daily_limit: Maximum emails per day when `daily_limit_mode` is `custom`.
            ignore_account_daily_limit: Whether the subsequence may keep sending when its accounts have reached their
                own daily limits.
        """
        return await self._call(
            "createCampaignSubsequence",
            {
                "parent_campaign": parent_campaign,
                "name": name,
                "conditions": conditions,
                "subsequence_schedule": subsequence_schedule,
                "sequences": sequences,
                "auto_variant_select": auto_variant_select,
                "daily_limit_mode": daily_limit_mode,
                "daily_limit": daily_limit,
                "ignore_account_daily_limit": ignore_account_daily_limit,
            },
        )

    async def delete(self, id: str) -> CampaignSubsequence:
        """Delete a subsequence

        Deletes the subsequence and returns it as it was. Send the request without a body.

        `DELETE /api/v2/subsequences/{id}` (operationId `deleteCampaignSubsequence`)

        Args:
            id: Id of the subsequence.
        """
        return await self._call(
            "deleteCampaignSubsequence",
            {
                "id": id,
            },
        )

    async def duplicate(
        self, id: str, *, parent_campaign: str, name: str | None = OMIT
    ) -> CampaignSubsequence:
        """Duplicate a subsequence

        Copies the subsequence under the given name into the given parent campaign, which may differ
        from the original one, and returns the copy.

        `POST /api/v2/subsequences/{id}/duplicate` (operationId `duplicateSubsequence`)

        Args:
            id: Id of the subsequence.
            parent_campaign: Id of the campaign that receives the copy.
            name: Name of the copy.
        """
        return await self._call(
            "duplicateSubsequence",
            {
                "id": id,
                "parent_campaign": parent_campaign,
                "name": name,
            },
        )

    async def get(self, id: str) -> CampaignSubsequence:
        """Get a subsequence

        Returns the subsequence with its entry conditions, schedule and email steps.

        `GET /api/v2/subsequences/{id}` (operationId `getCampaignSubsequence`)

        Args:
            id: Id of the subsequence.
        """
        return await self._call(
            "getCampaignSubsequence",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        parent_campaign: str = OMIT,
        parent_campaign_not: str = OMIT,
        search: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CampaignSubsequence]:
        """List subsequences

        Returns one page of subsequences, optionally limited to those of one campaign or matching a
        name search.

        `GET /api/v2/subsequences` (operationId `listCampaignSubsequence`)

        Args:
            limit: Maximum number of subsequences to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            parent_campaign: Only return subsequences of this campaign.
            parent_campaign_not: Leave out subsequences of this campaign.
            search: Only return subsequences whose name contains this text.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listCampaignSubsequence",
            {
                "limit": limit,
                "starting_after": starting_after,
                "parent_campaign": parent_campaign,
                "parent_campaign_not": parent_campaign_not,
                "search": search,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def pause(self, id: str) -> CampaignSubsequence:
        """Pause a subsequence

        Stops the subsequence from sending until it is resumed, and returns it. Send the request
        without a body.

        `POST /api/v2/subsequences/{id}/pause` (operationId `pauseSubsequence`)

        Args:
            id: Id of the subsequence.
        """
        return await self._call(
            "pauseSubsequence",
            {
                "id": id,
            },
        )

    async def resume(self, id: str) -> CampaignSubsequence:
        """Resume a paused subsequence

        Lets a paused subsequence send again and returns it. Send the request without a body.

        `POST /api/v2/subsequences/{id}/resume` (operationId `resumeSubsequence`)

        Args:
            id: Id of the subsequence.
        """
        return await self._call(
            "resumeSubsequence",
            {
                "id": id,
            },
        )

    async def sending_status(
        self, id: str, *, with_ai_summary: bool = OMIT
    ) -> SendingStatusResponse:
        """Diagnose why a subsequence is or is not sending

        Returns a diagnosis of the subsequence's sending: the current blocking reason if any,
        account availability, limits reached and schedule state, with an optional AI-written
        summary.

        `GET /api/v2/subsequences/{id}/sending-status` (operationId `getSubsequenceSendingStatus`)

        Args:
            id: Id of the subsequence.
            with_ai_summary: When true, the answer includes a short AI-generated explanation of the status.
        """
        return await self._call(
            "getSubsequenceSendingStatus",
            {
                "id": id,
                "with_ai_summary": with_ai_summary,
            },
        )

    async def steps_analytics(
        self, id: str, *, start_date: str = OMIT, end_date: str = OMIT
    ) -> builtins.list[GetSubsequenceStepsAnalyticsItem]:
        """Get statistics per subsequence step

        Returns one row per step and variant of the subsequence with its sends, opens, replies and
        clicks. The result is a plain array; step and variant come back as strings.

        `GET /api/v2/subsequences/{id}/analytics/steps` (operationId `getSubsequenceStepsAnalytics`)

        Args:
            id: Id of the subsequence.
            start_date: First day to include, as `YYYY-MM-DD`.
            end_date: Last day to include, as `YYYY-MM-DD`.
        """
        return await self._call(
            "getSubsequenceStepsAnalytics",
            {
                "id": id,
                "start_date": start_date,
                "end_date": end_date,
            },
        )

    async def update(
        self,
        id: str,
        *,
        name: str | None = OMIT,
        conditions: CampaignSubsequenceConditions | Mapping[str, Any] | None = OMIT,
        subsequence_schedule: CampaignSchedule | Mapping[str, Any] | None = OMIT,
        sequences: Sequence[CampaignSequence | Mapping[str, Any]] | None = OMIT,
        auto_variant_select: AutoVariantSelect | Mapping[str, Any] | None = OMIT,
        daily_limit_mode: CampaignSubsequenceDailyLimitMode | str | None = OMIT,
        daily_limit: float | None = OMIT,
        ignore_account_daily_limit: bool | None = OMIT,
    ) -> CampaignSubsequence:
        """Update a subsequence

        Changes the fields present in the body and returns the updated subsequence.

        `PATCH /api/v2/subsequences/{id}` (operationId `patchCampaignSubsequence`)

        Args:
            id: Id of the subsequence.
            name: Display name of the subsequence.
            conditions: Events that move a lead of the parent campaign into this subsequence; a lead
                enters when any of the listed conditions is met.
            subsequence_schedule: When the subsequence is allowed to send.
            sequences: The email sequence of the subsequence. Although this is an array, only its first
                element is used: send exactly one item and put all steps in it.
            auto_variant_select: Settings for automatically choosing the best-performing variant; null when
                disabled.
            daily_limit_mode: How the daily sending limit is set: `inherit` uses the parent campaign's limit,
                `custom` uses `daily_limit`, `unlimited` sets no limit.
            daily_limit: Maximum emails per day when `daily_limit_mode` is `custom`.
            ignore_account_daily_limit: Whether the subsequence may keep sending when its accounts have reached their
                own daily limits.
        """
        return await self._call(
            "patchCampaignSubsequence",
            {
                "id": id,
                "name": name,
                "conditions": conditions,
                "subsequence_schedule": subsequence_schedule,
                "sequences": sequences,
                "auto_variant_select": auto_variant_select,
                "daily_limit_mode": daily_limit_mode,
                "daily_limit": daily_limit,
                "ignore_account_daily_limit": ignore_account_daily_limit,
            },
        )
