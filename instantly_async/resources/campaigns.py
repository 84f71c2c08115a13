"""Outreach campaigns: sequences, schedules, sending options and analytics.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        AutoVariantSelect,
        Campaign,
        CampaignLimitEmailsPerCompanyOverride,
        CampaignProviderRoutingRule,
        CampaignSchedule,
        CampaignSequence,
        CountLaunchedResponse,
        GetCampaignAnalyticsItem,
        GetCampaignAnalyticsOverviewResponse,
        GetCampaignStepsAnalyticsItem,
        GetDailyCampaignAnalyticsItem,
        SearchByContactResponse,
        SendingStatusResponse,
    )


class CampaignsResource(Resource):
    """Outreach campaigns: sequences, schedules, sending options and analytics.

    Reached as `client.campaigns`.
    """

    async def activate(self, id: str) -> Campaign:
        """Start or resume a campaign

        Launches a draft campaign or resumes a paused one and returns the updated campaign. Sending
        begins within the schedule, possibly after a short delay. Send the request without a body.

        `POST /api/v2/campaigns/{id}/activate` (operationId `activateCampaign`)

        Args:
            id: Id of the campaign.
        """
        return await self._call(
            "activateCampaign",
            {
                "id": id,
            },
        )

    async def add_variables(self, id: str, *, variables: Sequence[str]) -> Campaign:
        """Add variables to a campaign

        Registers extra custom variable names on the campaign so that they can be used in its
        emails, and returns the updated campaign.

        `POST /api/v2/campaigns/{id}/variables` (operationId `addVariables`)

        Args:
            id: Id of the campaign.
            variables: Names of the variables to add.
        """
        return await self._call(
            "addVariables",
            {
                "id": id,
                "variables": variables,
            },
        )

    async def analytics(
        self,
        *,
        id: str = OMIT,
        ids: Sequence[str] = OMIT,
        start_date: str = OMIT,
        end_date: str = OMIT,
        exclude_total_leads_count: bool = OMIT,
    ) -> builtins.list[GetCampaignAnalyticsItem]:
        """Get totals per campaign

        Returns one row per campaign with lead counts and totals of sends, opens, replies, clicks,
        bounces and opportunities over the chosen period. Select campaigns with `id` or `ids`, or
        omit both to cover all campaigns. The result is a plain array, not a page.

        `GET /api/v2/campaigns/analytics` (operationId `getCampaignAnalytics`)

        Args:
            id: Id of a single campaign to report on.
            ids: Ids of several campaigns to report on, sent as a repeated `ids` query key.
            start_date: First day to include, as `YYYY-MM-DD`.
            end_date: Last day to include, as `YYYY-MM-DD`.
            exclude_total_leads_count: When true, the lead count is left out, which makes the call faster.
        """
        return await self._call(
            "getCampaignAnalytics",
            {
                "id": id,
                "ids": ids,
                "start_date": start_date,
                "end_date": end_date,
                "exclude_total_leads_count": exclude_total_leads_count,
            },
        )

    async def analytics_overview(
        self,
        *,
        id: str = OMIT,
        ids: Sequence[str] = OMIT,
        start_date: str = OMIT,
        end_date: str = OMIT,
        campaign_status: Literal[-99, -1, -2, 0, 1, 2, 3, 4] = OMIT,
        expand_crm_events: bool = OMIT,
    ) -> GetCampaignAnalyticsOverviewResponse:
        """Get combined totals for campaigns

        Returns a single set of totals (sends, opens, clicks, replies, bounces, opportunities and
        pipeline outcomes) summed over the selected campaigns, or over all campaigns when none is
        given.

        `GET /api/v2/campaigns/analytics/overview` (operationId `getCampaignAnalyticsOverview`)

        Args:
            id: Id of a single campaign to include.
            ids: Ids of several campaigns to include, sent as a repeated `ids` query key.
            start_date: First day to include, as `YYYY-MM-DD`.
            end_date: Last day to include, as `YYYY-MM-DD`.
            campaign_status: Only include campaigns with this status.
            expand_crm_events: When true, CRM pipeline counts (interested, meetings, closed) are computed in
                more detail.
        """
        return await self._call(
            "getCampaignAnalyticsOverview",
            {
                "id": id,
                "ids": ids,
                "start_date": start_date,
                "end_date": end_date,
                "campaign_status": campaign_status,
                "expand_crm_events": expand_crm_events,
            },
        )

    async def count_launched(self) -> CountLaunchedResponse:
        """Count launched campaigns

        Returns the number of campaigns in the workspace that have been launched.

        `GET /api/v2/campaigns/count-launched` (operationId `countLaunched`)
        """
        return await self._call(
            "countLaunched",
            {},
        )

    async def create(
        self,
        *,
        name: str,
        campaign_schedule: CampaignSchedule | Mapping[str, Any],
        pl_value: float | None = OMIT,
        is_evergreen: bool | None = OMIT,
        sequences: Sequence[CampaignSequence | Mapping[str, Any]] | None = OMIT,
        email_gap: float | None = OMIT,
        random_wait_max: float | None = OMIT,
        text_only: bool | None = OMIT,
        first_email_text_only: bool | None = OMIT,
        email_list: Sequence[str] | None = OMIT,
        daily_limit: float | None = OMIT,
        stop_on_reply: bool | None = OMIT,
        email_tag_list: Sequence[str] | None = OMIT,
        link_tracking: bool | None = OMIT,
        open_tracking: bool | None = OMIT,
        stop_on_auto_reply: bool | None = OMIT,
        daily_max_leads: int | None = OMIT,
        prioritize_new_leads: bool | None = OMIT,
        auto_variant_select: AutoVariantSelect | Mapping[str, Any] | None = OMIT,
        match_lead_esp: bool | None = OMIT,
        stop_for_company: bool | None = OMIT,
        insert_unsubscribe_header: bool | None = OMIT,
        allow_risky_contacts: bool | None = OMIT,
        disable_bounce_protect: bool | None = OMIT,
        limit_emails_per_company_override: CampaignLimitEmailsPerCompanyOverride
        | Mapping[str, Any]
        | None = OMIT,
        cc_list: Sequence[str] | None = OMIT,
        bcc_list: Sequence[str] | None = OMIT,
        owned_by: str | None = OMIT,
        ai_sdr_id: str | None = OMIT,
        provider_routing_rules: Sequence[CampaignProviderRoutingRule | Mapping[str, Any]]
        | None = OMIT,
    ) -> Campaign:
        """Create a campaign

        Creates a campaign from a name, a sending schedule and an email sequence, and returns it in
        draft status; activate it to start sending. Not idempotent: a retry after a timeout can
        create a second campaign.

        `POST /api/v2/campaigns` (operationId `createCampaign`)

        Args:
            name: Display name of the campaign.
            pl_value: Monetary value assigned to each lead marked as positive, used in opportunity
                value reports.
            is_evergreen: Whether the campaign stays open for leads added later instead of completing once
                all current leads have finished.
            campaign_schedule: When the campaign is allowed to send.
            sequences: The email sequence of the campaign. Although this is an array, only its first
                element is used: send exactly one item and put all steps in it.
            email_gap: Minimum number of minutes between two emails sent by the campaign.
            random_wait_max: Maximum number of extra minutes added at random to `email_gap`, so sends are not
                evenly spaced.
            text_only: Whether all emails are sent as plain text, without HTML.
            first_email_text_only: Whether only the first email of the sequence is sent as plain text.
            email_list: Addresses of the sending accounts used by the campaign.
            daily_limit: Maximum number of emails the campaign sends per day, across all its accounts.
            stop_on_reply: Whether a lead stops receiving the sequence once they reply.
            email_tag_list: Custom tag ids; accounts carrying these tags are used as senders.
            link_tracking: Whether link clicks are tracked.
            open_tracking: Whether email opens are tracked.
            stop_on_auto_reply: Whether a lead stops receiving the sequence when an automatic reply (such as
                out-of-office) arrives.
            daily_max_leads: Maximum number of new leads contacted per day; null for no separate limit.
            prioritize_new_leads: Whether first emails to new leads are sent before follow-ups.
            auto_variant_select: Settings for automatically choosing the best-performing variant; null when
                disabled.
            match_lead_esp: Whether leads are sent from accounts on the same email provider as the lead,
                when possible.
            stop_for_company: Whether a reply from one lead stops the sequence for every lead of the same
                company domain.
            insert_unsubscribe_header: Whether a List-Unsubscribe header is added to emails.
            allow_risky_contacts: Whether leads whose verification found them risky are still emailed.
            disable_bounce_protect: Whether the automatic pause on a high bounce rate is turned off.
            limit_emails_per_company_override: Campaign-specific override of the workspace limit on emails sent to one company
                per day; null to use the workspace setting.
            cc_list: Addresses copied (CC) on every email of the campaign.
            bcc_list: Addresses blind-copied (BCC) on every email of the campaign.
            owned_by: Id of the user who owns the campaign.
            ai_sdr_id: Id of the AI sales agent attached to the campaign, if any.
            provider_routing_rules: Rules that decide, by sender and recipient email provider, whether an email may
                be sent; evaluated in order.
        """
        return await self._call(
            "createCampaign",
            {
                "name": name,
                "pl_value": pl_value,
                "is_evergreen": is_evergreen,
                "campaign_schedule": campaign_schedule,
                "sequences": sequences,
                "email_gap": email_gap,
                "random_wait_max": random_wait_max,
                "text_only": text_only,
                "first_email_text_only": first_email_text_only,
                "email_list": email_list,
                "daily_limit": daily_limit,
                "stop_on_reply": stop_on_reply,
                "email_tag_list": email_tag_list,
                "link_tracking": link_tracking,
                "open_tracking": open_tracking,
                "stop_on_auto_reply": stop_on_auto_reply,
                "daily_max_leads": daily_max_leads,
                "prioritize_new_leads": prioritize_new_leads,
                "auto_variant_select": auto_variant_select,
                "match_lead_esp": match_lead_esp,
                "stop_for_company": stop_for_company,
                "insert_unsubscribe_header": insert_unsubscribe_header,
                "allow_risky_contacts": allow_risky_contacts,
                "disable_bounce_protect": disable_bounce_protect,
                "limit_emails_per_company_override": limit_emails_per_company_override,
                "cc_list": cc_list,
                "bcc_list": bcc_list,
                "owned_by": owned_by,
                "ai_sdr_id": ai_sdr_id,
                "provider_routing_rules": provider_routing_rules,
            },
        )

    async def create_from_export(self, id: str) -> Campaign:
        """Copy a shared campaign into the workspace

        Creates a new campaign in this workspace from a campaign that another workspace has shared,
        and returns it. The shared campaign's id goes in the path.

        `POST /api/v2/campaigns/{id}/from-export` (operationId `createFromExport`)

        Args:
            id: Id of the campaign.
        """
        return await self._call(
            "createFromExport",
            {
                "id": id,
            },
        )

    async def daily_analytics(
        self,
        *,
        campaign_id: str = OMIT,
        start_date: str = OMIT,
        end_date: str = OMIT,
        campaign_status: Literal[-99, -1, -2, 0, 1, 2, 3, 4] = OMIT,
    ) -> builtins.list[GetDailyCampaignAnalyticsItem]:
        """Get daily campaign statistics

        Returns one row per day with sends, opens, replies, clicks and opportunities, for one
        campaign or for all campaigns. The result is a plain array, not a page.

        `GET /api/v2/campaigns/analytics/daily` (operationId `getDailyCampaignAnalytics`)

        Args:
            campaign_id: Only count this campaign; omit it for all campaigns.
            start_date: First day to include, as `YYYY-MM-DD`.
            end_date: Last day to include, as `YYYY-MM-DD`.
            campaign_status: Only count campaigns with this status.
        """
        return await self._call(
            "getDailyCampaignAnalytics",
            {
                "campaign_id": campaign_id,
                "start_date": start_date,
                "end_date": end_date,
                "campaign_status": campaign_status,
            },
        )

    async def delete(self, id: str) -> Campaign:
        """Delete a campaign

        Deletes the campaign and returns it as it was. Send the request without a body.

        `DELETE /api/v2/campaigns/{id}` (operationId `deleteCampaign`)

        Args:
            id: Id of the campaign.
        """
        return await self._call(
            "deleteCampaign",
            {
                "id": id,
            },
        )

    async def duplicate(self, id: str, *, name: str | None = OMIT) -> Campaign:
        """Duplicate a campaign

        Creates a copy of the campaign in the same workspace, optionally under a new name, and
        returns the copy. Not idempotent: each call creates another copy.

        `POST /api/v2/campaigns/{id}/duplicate` (operationId `duplicate`)

        Args:
            id: Id of the campaign.
            name: Name of the copy; a default name is used when omitted.
        """
        return await self._call(
            "duplicate",
            {
                "id": id,
                "name": name,
            },
        )

    async def export(self, id: str) -> Campaign:
        """Export a campaign

        Returns the campaign's full definition in JSON, suitable for keeping a copy or recreating
        the campaign elsewhere.

        `POST /api/v2/campaigns/{id}/export` (operationId `exportCampaign`)

        Args:
            id: Id of the campaign.
        """
        return await self._call(
            "exportCampaign",
            {
                "id": id,
            },
        )

    async def get(self, id: str) -> Campaign:
        """Get a campaign

        Returns the campaign with its schedule, sequence and sending options.

        `GET /api/v2/campaigns/{id}` (operationId `getCampaign`)

        Args:
            id: Id of the campaign.
        """
        return await self._call(
            "getCampaign",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        search: str = OMIT,
        tag_ids: str | Sequence[str] = OMIT,
        ai_sales_agent_id: str = OMIT,
        status: Literal[-99, -1, -2, 0, 1, 2, 3, 4] = OMIT,
        exclude_status: Literal[-99, -1, -2, 0, 1, 2, 3, 4] = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Campaign]:
        """List campaigns

        Returns one page of the workspace's campaigns, optionally filtered by name, tags, AI sales
        agent or status.

        `GET /api/v2/campaigns` (operationId `listCampaign`)

        Args:
            limit: Maximum number of campaigns to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            search: Only return campaigns whose name contains this text.
            tag_ids: Comma-separated custom tag ids; returns campaigns that carry at least one of
                them.
            ai_sales_agent_id: Only return campaigns attached to this AI sales agent.
            status: Only return campaigns with this status.
            exclude_status: Leave out campaigns with this status.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listCampaign",
            {
                "limit": limit,
                "starting_after": starting_after,
                "search": search,
                "tag_ids": tag_ids,
                "ai_sales_agent_id": ai_sales_agent_id,
                "status": status,
                "exclude_status": exclude_status,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def pause(self, id: str) -> Campaign:
        """Pause a campaign

        Stops the campaign from sending until it is activated again, and returns the updated
        campaign. Send the request without a body.

        `POST /api/v2/campaigns/{id}/pause` (operationId `pauseCampaign`)

        Args:
            id: Id of the campaign.
        """
        return await self._call(
            "pauseCampaign",
            {
                "id": id,
            },
        )

    async def search_by_contact(
        self, *, search: str = OMIT, sort_column: str = OMIT, sort_order: str = OMIT
    ) -> SearchByContactResponse:
        """Find the campaigns that contain a lead

        Returns the campaigns in which a lead with the given email address is enrolled. The result
        is not paginated.

        `GET /api/v2/campaigns/search-by-contact` (operationId `searchByContact`)

        Args:
            search: Email address of the lead to look for.
            sort_column: Field used to order the campaigns; `timestamp_created` when omitted.
            sort_order: Sort direction, `asc` (default) or `desc`.
        """
        return await self._call(
            "searchByContact",
            {
                "search": search,
                "sort_column": sort_column,
                "sort_order": sort_order,
            },
        )

    async def sending_status(
        self, id: str, *, with_ai_summary: bool = OMIT
    ) -> SendingStatusResponse:
        """Diagnose why a campaign is or is not sending

        Returns a diagnosis of the campaign's sending: the current blocking reason if any, account
        availability, limits reached, schedule state and waiting follow-ups, with an optional AI-
        written summary.

        `GET /api/v2/campaigns/{id}/sending-status` (operationId `getCampaignSendingStatus`)

        Args:
            id: Id of the campaign.
            with_ai_summary: When true, the answer includes a short AI-generated explanation of the status.
        """
        return await self._call(
            "getCampaignSendingStatus",
            {
                "id": id,
                "with_ai_summary": with_ai_summary,
            },
        )

    async def share(self, id: str) -> None:
        """Share a campaign

        Makes the campaign available for copying into other workspaces with the create-from-export
        operation. Answers 204 with no content; send the request without a body.

        `POST /api/v2/campaigns/{id}/share` (operationId `shareCampaign`)

        Args:
            id: Id of the campaign.
        """
        return await self._call(
            "shareCampaign",
            {
                "id": id,
            },
        )

    async def steps_analytics(
        self,
        *,
        campaign_id: str = OMIT,
        start_date: str = OMIT,
        end_date: str = OMIT,
        include_opportunities_count: bool = OMIT,
    ) -> builtins.list[GetCampaignStepsAnalyticsItem]:
        """Get statistics per sequence step

        Returns one row per step and variant of the sequence with its sends, opens, replies, clicks
        and outcomes, so variants can be compared. Step and variant come back as strings.

        `GET /api/v2/campaigns/analytics/steps` (operationId `getCampaignStepsAnalytics`)

        Args:
            campaign_id: Campaign whose steps are reported; omit it for all campaigns.
            start_date: First day to include, as `YYYY-MM-DD`.
            end_date: Last day to include, as `YYYY-MM-DD`.
            include_opportunities_count: When true, opportunity counts are filled in for each step.
        """
        return await self._call(
            "getCampaignStepsAnalytics",
            {
                "campaign_id": campaign_id,
                "start_date": start_date,
                "end_date": end_date,
                "include_opportunities_count": include_opportunities_count,
            },
        )

    async def update(
        self,
        id: str,
        *,
        name: str | None = OMIT,
        pl_value: float | None = OMIT,
        is_evergreen: bool | None = OMIT,
        campaign_schedule: CampaignSchedule | Mapping[str, Any] | None = OMIT,
        sequences: Sequence[CampaignSequence | Mapping[str, Any]] | None = OMIT,
        email_gap: float | None = OMIT,
        random_wait_max: float | None = OMIT,
        text_only: bool | None = OMIT,
        first_email_text_only: bool | None = OMIT,
        email_list: Sequence[str] | None = OMIT,
        daily_limit: float | None = OMIT,
        stop_on_reply: bool | None = OMIT,
        email_tag_list: Sequence[str] | None = OMIT,
        link_tracking: bool | None = OMIT,
        open_tracking: bool | None = OMIT,
        stop_on_auto_reply: bool | None = OMIT,
        daily_max_leads: int | None = OMIT,
        prioritize_new_leads: bool | None = OMIT,
        auto_variant_select: AutoVariantSelect | Mapping[str, Any] | None = OMIT,
        match_lead_esp: bool | None = OMIT,
        stop_for_company: bool | None = OMIT,
        insert_unsubscribe_header: bool | None = OMIT,
        allow_risky_contacts: bool | None = OMIT,
        disable_bounce_protect: bool | None = OMIT,
        limit_emails_per_company_override: CampaignLimitEmailsPerCompanyOverride
        | Mapping[str, Any]
        | None = OMIT,
        cc_list: Sequence[str] | None = OMIT,
        bcc_list: Sequence[str] | None = OMIT,
        owned_by: str | None = OMIT,
        provider_routing_rules: Sequence[CampaignProviderRoutingRule | Mapping[str, Any]]
        | None = OMIT,
    ) -> Campaign:
        """Update a campaign

        Changes the fields present in the body and returns the updated campaign; omitted fields keep
        their value.

        `PATCH /api/v2/campaigns/{id}` (operationId `patchCampaign`)

        Args:
            id: Id of the campaign.
            name: Display name of the campaign.
            pl_value: Monetary value assigned to each lead marked as positive, used in opportunity
                value reports.
            is_evergreen: Whether the campaign stays open for leads added later instead of completing once
                all current leads have finished.
            campaign_schedule: When the campaign is allowed to send.
            sequences: The email sequence of the campaign. Although this is an array, only its first
                element is used: send exactly one item and put all steps in it.
            email_gap: Minimum number of minutes between two emails sent by the campaign.
            random_wait_max: Maximum number of extra minutes added at random to `email_gap`, so sends are not
                evenly spaced.
            text_only: Whether all emails are sent as plain text, without HTML.
            first_email_text_only: Whether only the first email of the sequence is sent as plain text.
            email_list: Addresses of the sending accounts used by the campaign.
            daily_limit: Maximum number of emails the campaign sends per day, across all its accounts.
            stop_on_reply: Whether a lead stops receiving the sequence once they reply.
            email_tag_list: Custom tag ids; accounts carrying these tags are used as senders.
            link_tracking: Whether link clicks are tracked.
            open_tracking: Whether email opens are tracked.
            stop_on_auto_reply: Whether a lead stops receiving the sequence when an automatic reply (such as
                out-of-office) arrives.
            daily_max_leads: Maximum number of new leads contacted per day; null for no separate limit.
            prioritize_new_leads: Whether first emails to new leads are sent before follow-ups.
            auto_variant_select: Settings for automatically choosing the best-performing variant; null when
                disabled.
            match_lead_esp: Whether leads are sent from accounts on the same email provider as the lead,
                when possible.
            stop_for_company: Whether a reply from one lead stops the sequence for every lead of the same
                company domain.
            insert_unsubscribe_header: Whether a List-Unsubscribe header is added to emails.
            allow_risky_contacts: Whether leads whose verification found them risky are still emailed.
            disable_bounce_protect: Whether the automatic pause on a high bounce rate is turned off.
            limit_emails_per_company_override: Campaign-specific override of the workspace limit on emails sent to one company
                per day; null to use the workspace setting.
            cc_list: Addresses copied (CC) on every email of the campaign.
            bcc_list: Addresses blind-copied (BCC) on every email of the campaign.
            owned_by: Id of the user who owns the campaign.
            provider_routing_rules: Rules that decide, by sender and recipient email provider, whether an email may
                be sent; evaluated in order.
        """
        return await self._call(
            "patchCampaign",
            {
                "id": id,
                "name": name,
                "pl_value": pl_value,
                "is_evergreen": is_evergreen,
                "campaign_schedule": campaign_schedule,
                "sequences": sequences,
                "email_gap": email_gap,
                "random_wait_max": random_wait_max,
                "text_only": text_only,
                "first_email_text_only": first_email_text_only,
                "email_list": email_list,
                "daily_limit": daily_limit,
                "stop_on_reply": stop_on_reply,
                "email_tag_list": email_tag_list,
                "link_tracking": link_tracking,
                "open_tracking": open_tracking,
                "stop_on_auto_reply": stop_on_auto_reply,
                "daily_max_leads": daily_max_leads,
                "prioritize_new_leads": prioritize_new_leads,
                "auto_variant_select": auto_variant_select,
                "match_lead_esp": match_lead_esp,
                "stop_for_company": stop_for_company,
                "insert_unsubscribe_header": insert_unsubscribe_header,
                "allow_risky_contacts": allow_risky_contacts,
                "disable_bounce_protect": disable_bounce_protect,
                "limit_emails_per_company_override": limit_emails_per_company_override,
                "cc_list": cc_list,
                "bcc_list": bcc_list,
                "owned_by": owned_by,
                "provider_routing_rules": provider_routing_rules,
            },
        )
