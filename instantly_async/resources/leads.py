"""People to contact, in campaigns or lead lists, with their status and custom variables.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instantly_async._bulk import LeadsMixin
from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        BackgroundJob,
        BulkAddLeadsLead,
        BulkAddLeadsResponse,
        BulkAssignLeadsFilter,
        BulkAssignLeadsResponse,
        BulkDeleteLeadsResponse,
        EnrichmentStatus,
        EsgCode,
        EspCode,
        Lead,
        LeadLtInterestStatus,
        LeadQuery,
        LeadStatus,
        UpdateLeadInterestStatusResponse,
    )


class LeadsResource(LeadsMixin, Resource):
    """People to contact, in campaigns or lead lists, with their status and custom variables.

    Reached as `client.leads`.
    """

    async def add(
        self,
        *,
        leads: Sequence[BulkAddLeadsLead | Mapping[str, Any]],
        campaign_id: str | None = OMIT,
        list_id: str | None = OMIT,
        blocklist_id: str | None = OMIT,
        assigned_to: str | None = OMIT,
        verify_leads_on_import: bool | None = OMIT,
        skip_if_in_workspace: bool | None = OMIT,
        skip_if_in_campaign: bool | None = OMIT,
        skip_if_in_list: bool | None = OMIT,
    ) -> BulkAddLeadsResponse:
        """Add many leads at once

        Adds up to 1,000 leads in one call to a campaign or a lead list. The answer reports how many
        leads were uploaded, and how many were skipped as duplicates, blocked, invalid or
        incomplete, along with the ids of the created leads.

        `POST /api/v2/leads/add` (operationId `bulkAddLeads`)

        Args:
            campaign_id: Id of the campaign to add the leads to; give this or `list_id`.
            list_id: Id of the lead list to add the leads to; give this or `campaign_id`.
            leads: The leads to add, 1 to 1,000 per call.
            blocklist_id: Id of the block list to check the leads against.
            assigned_to: Id of the workspace user to assign all added leads to.
            verify_leads_on_import: Verify the leads' email addresses as they are added.
            skip_if_in_workspace: Skip leads whose email already exists anywhere in the workspace.
            skip_if_in_campaign: Skip leads whose email already exists in a campaign.
            skip_if_in_list: Skip leads whose email already exists in a lead list.
        """
        return await self._call(
            "bulkAddLeads",
            {
                "campaign_id": campaign_id,
                "list_id": list_id,
                "leads": leads,
                "blocklist_id": blocklist_id,
                "assigned_to": assigned_to,
                "verify_leads_on_import": verify_leads_on_import,
                "skip_if_in_workspace": skip_if_in_workspace,
                "skip_if_in_campaign": skip_if_in_campaign,
                "skip_if_in_list": skip_if_in_list,
            },
        )

    async def assign(
        self,
        *,
        organization_user_ids: Sequence[str],
        search: str | None = OMIT,
        filter: BulkAssignLeadsFilter | str | None = OMIT,
        campaign: str | None = OMIT,
        list_id: str | None = OMIT,
        in_campaign: bool | None = OMIT,
        in_list: bool | None = OMIT,
        smart_view_id: str | None = OMIT,
        ids: Sequence[str] | None = OMIT,
        limit: int | None = OMIT,
        queries: Sequence[LeadQuery | Mapping[str, Any]] | None = OMIT,
        assigned_to: str | None = OMIT,
        has_clause: bool | None = OMIT,
    ) -> BulkAssignLeadsResponse:
        """Assign leads to workspace users

        Assigns the leads matched by the given selection to one or more workspace users. The server
        answers 202 with a message; the assignment is carried out in the background.

        `POST /api/v2/leads/bulk-assign` (operationId `bulkAssignLeads`)

        Args:
            search: Text to match against the leads' names and email addresses.
            filter: Predefined segment of leads, such as `FILTER_VAL_CONTACTED`,
                `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`.
            campaign: Select leads of this campaign (note the field name `campaign`, not
                `campaign_id`).
            list_id: Select leads of this lead list.
            in_campaign: When true, only leads that belong to a campaign; when false, only leads that do
                not.
            in_list: When true, only leads that belong to a lead list; when false, only leads that do
                not.
            organization_user_ids: Ids of the workspace users to assign the leads to; at least one.
            smart_view_id: Select the leads matched by this saved smart view.
            ids: Select only leads with these ids.
            limit: Maximum number of leads to assign.
            queries: Activity conditions the leads must meet, such as replies, opens, clicks or
                status changes.
            assigned_to: Select only leads currently assigned to this user.
            has_clause: Whether the selection is defined by filter clauses rather than only by lead ids.
        """
        return await self._call(
            "bulkAssignLeads",
            {
                "search": search,
                "filter": filter,
                "campaign": campaign,
                "list_id": list_id,
                "in_campaign": in_campaign,
                "in_list": in_list,
                "organization_user_ids": organization_user_ids,
                "smart_view_id": smart_view_id,
                "ids": ids,
                "limit": limit,
                "queries": queries,
                "assigned_to": assigned_to,
                "has_clause": has_clause,
            },
        )

    async def create(
        self,
        *,
        campaign: str | None = OMIT,
        email: str | None = OMIT,
        personalization: str | None = OMIT,
        website: str | None = OMIT,
        last_name: str | None = OMIT,
        first_name: str | None = OMIT,
        company_name: str | None = OMIT,
        job_title: str | None = OMIT,
        phone: str | None = OMIT,
        lt_interest_status: LeadLtInterestStatus | float | None = OMIT,
        pl_value_lead: str | None = OMIT,
        list_id: str | None = OMIT,
        assigned_to: str | None = OMIT,
        skip_if_in_workspace: bool | None = OMIT,
        skip_if_in_campaign: bool | None = OMIT,
        skip_if_in_list: bool | None = OMIT,
        blocklist_id: str | None = OMIT,
        verify_leads_for_lead_finder: bool | None = OMIT,
        verify_leads_on_import: bool | None = OMIT,
        custom_variables: Mapping[str, str | float | bool | None] | None = OMIT,
    ) -> Lead:
        """Create a lead

        Adds a single lead to a campaign or lead list and returns it. The `skip_if_in_*` flags make
        the call skip a lead whose email already exists in the workspace, campaign or list.

        `POST /api/v2/leads` (operationId `createLead`)

        Args:
            campaign: Id of the campaign to add the lead to.
            email: Email address of the lead.
            personalization: Personalized opening line or text used in the lead's emails.
            website: Website of the lead or their company.
            last_name: Last name of the lead.
            first_name: First name of the lead.
            company_name: Name of the lead's company.
            job_title: Job title of the lead.
            phone: Phone number of the lead.
            lt_interest_status: Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0
                out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show.
            pl_value_lead: Potential value of the lead, as free text.
            list_id: Id of the lead list to add the lead to.
            assigned_to: Id of the workspace user the lead is assigned to.
            skip_if_in_workspace: Do not create the lead when its email already exists anywhere in the workspace.
            skip_if_in_campaign: Do not create the lead when its email already exists in a campaign.
            skip_if_in_list: Do not create the lead when its email already exists in a lead list.
            blocklist_id: Id of the block list to check the lead against.
            verify_leads_for_lead_finder: Verify the lead's email as part of a Lead Finder import.
            verify_leads_on_import: Verify the lead's email address when it is added.
            custom_variables: Custom variables of the lead, used for personalization. Values must be strings,
                numbers, booleans or null; nested objects and arrays are rejected.
        """
        return await self._call(
            "createLead",
            {
                "campaign": campaign,
                "email": email,
                "personalization": personalization,
                "website": website,
                "last_name": last_name,
                "first_name": first_name,
                "company_name": company_name,
                "job_title": job_title,
                "phone": phone,
                "lt_interest_status": lt_interest_status,
                "pl_value_lead": pl_value_lead,
                "list_id": list_id,
                "assigned_to": assigned_to,
                "skip_if_in_workspace": skip_if_in_workspace,
                "skip_if_in_campaign": skip_if_in_campaign,
                "skip_if_in_list": skip_if_in_list,
                "blocklist_id": blocklist_id,
                "verify_leads_for_lead_finder": verify_leads_for_lead_finder,
                "verify_leads_on_import": verify_leads_on_import,
                "custom_variables": custom_variables,
            },
        )

    async def delete(self, id: str) -> Lead:
        """Delete a lead

        Deletes one lead and returns it as it was before deletion. Send the request without a body.

        `DELETE /api/v2/leads/{id}` (operationId `deleteLead`)

        Args:
            id: Id of the lead to delete.
        """
        return await self._call(
            "deleteLead",
            {
                "id": id,
            },
        )

    async def delete_many(
        self,
        *,
        campaign_id: str | None = OMIT,
        list_id: str | None = OMIT,
        status: LeadStatus | float | None = OMIT,
        ids: Sequence[str] | None = OMIT,
        limit: int | None = OMIT,
    ) -> BulkDeleteLeadsResponse:
        """Delete leads in bulk

        Deletes the leads of one campaign or lead list, optionally narrowed by status or by lead
        ids, and returns how many were deleted. Unlike most DELETE calls this one takes its
        selection in a JSON body, which must name either `campaign_id` or `list_id`.

        `DELETE /api/v2/leads` (operationId `bulkDeleteLeads`)

        Args:
            campaign_id: Delete leads of this campaign.
            list_id: Delete leads of this lead list.
            status: Delete only leads with this sending status: 1 active, 2 paused, 3 completed, -1
                bounced, -2 unsubscribed, -3 skipped.
            ids: Delete only the leads with these ids.
            limit: Maximum number of leads to delete (1 to 10,000).
        """
        return await self._call(
            "bulkDeleteLeads",
            {
                "campaign_id": campaign_id,
                "list_id": list_id,
                "status": status,
                "ids": ids,
                "limit": limit,
            },
        )

    async def get(self, id: str) -> Lead:
        """Get a lead

        Returns one lead by its id.

        `GET /api/v2/leads/{id}` (operationId `getLead`)

        Args:
            id: Id of the lead.
        """
        return await self._call(
            "getLead",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        search: str | None = OMIT,
        filter: str | None = OMIT,
        campaign: str | None = OMIT,
        list_id: str | None = OMIT,
        in_campaign: bool | None = OMIT,
        in_list: bool | None = OMIT,
        ids: Sequence[str] | None = OMIT,
        queries: Sequence[LeadQuery | Mapping[str, Any]] | None = OMIT,
        excluded_ids: Sequence[str] | None = OMIT,
        contacts: Sequence[str] | None = OMIT,
        limit: int | None = OMIT,
        starting_after: str | None = OMIT,
        organization_user_ids: Sequence[str] | None = OMIT,
        smart_view_id: str | None = OMIT,
        is_website_visitor: bool | None = OMIT,
        distinct_contacts: bool | None = OMIT,
        enrichment_status: EnrichmentStatus | float | None = OMIT,
        esg_code: EsgCode | str | None = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Lead]:
        """List leads

        Returns leads one page at a time. Filters, `limit` and the `starting_after` cursor all go in
        the JSON body of this POST rather than in the query string. The body names the campaign
        `campaign`, not `campaign_id`.

        `POST /api/v2/leads/list` (operationId `listLeads`)

        Args:
            search: Text to match against the leads' names and email addresses.
            filter: Predefined segment of leads, such as `FILTER_VAL_CONTACTED`,
                `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`.
            campaign: Select leads of this campaign (note the field name `campaign`, not
                `campaign_id`).
            list_id: Select leads of this lead list.
            in_campaign: When true, only leads that belong to a campaign; when false, only leads that do
                not.
            in_list: When true, only leads that belong to a lead list; when false, only leads that do
                not.
            ids: Select only leads with these ids.
            queries: Activity conditions the leads must meet, such as replies, opens, clicks or
                status changes.
            excluded_ids: Leave out leads with these ids.
            contacts: Select only leads with these email addresses.
            limit: Maximum number of leads to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            organization_user_ids: Return only leads assigned to these workspace users.
            smart_view_id: Select the leads matched by this saved smart view.
            is_website_visitor: Return only leads that were, or were not, captured as website visitors.
            distinct_contacts: Return each email address once even when it appears in several campaigns or
                lists; the cursor is then an email address.
            enrichment_status: Return only leads in this enrichment state: 1 enriched, 11 pending, -1 no data
                available, -2 failed.
            esg_code: Return only leads behind this email security gateway: 0 not yet checked, 1
                Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco, `all` any gateway, `none` no
                gateway.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listLeads",
            {
                "search": search,
                "filter": filter,
                "campaign": campaign,
                "list_id": list_id,
                "in_campaign": in_campaign,
                "in_list": in_list,
                "ids": ids,
                "queries": queries,
                "excluded_ids": excluded_ids,
                "contacts": contacts,
                "limit": limit,
                "starting_after": starting_after,
                "organization_user_ids": organization_user_ids,
                "smart_view_id": smart_view_id,
                "is_website_visitor": is_website_visitor,
                "distinct_contacts": distinct_contacts,
                "enrichment_status": enrichment_status,
                "esg_code": esg_code,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def merge(self, *, lead_id: str, destination_lead_id: str) -> Lead:
        """Merge two leads

        Merges one lead into another: the lead named by `lead_id` is folded into the lead named by
        `destination_lead_id`, which is returned.

        `POST /api/v2/leads/merge` (operationId `mergeLeads`)

        Args:
            lead_id: Id of the lead to merge away.
            destination_lead_id: Id of the lead that receives the merged data and remains afterwards.
        """
        return await self._call(
            "mergeLeads",
            {
                "lead_id": lead_id,
                "destination_lead_id": destination_lead_id,
            },
        )

    async def move(
        self,
        *,
        search: str | None = OMIT,
        filter: str | None = OMIT,
        campaign: str | None = OMIT,
        list_id: str | None = OMIT,
        in_campaign: bool | None = OMIT,
        in_list: bool | None = OMIT,
        ids: Sequence[str] | None = OMIT,
        queries: Sequence[LeadQuery | Mapping[str, Any]] | None = OMIT,
        excluded_ids: Sequence[str] | None = OMIT,
        contacts: Sequence[str] | None = OMIT,
        to_campaign_id: str | None = OMIT,
        to_list_id: str | None = OMIT,
        ignore_resource_filter_clauses: bool | None = OMIT,
        check_duplicates_in_campaigns: bool | None = OMIT,
        skip_leads_in_verification: bool | None = OMIT,
        limit: float | None = OMIT,
        assigned_to: str | None = OMIT,
        esp_code: EspCode | float | None = OMIT,
        esg_code: EsgCode | str | None = OMIT,
        copy_leads: bool | None = OMIT,
        check_duplicates: bool | None = OMIT,
        reset_interest_status: bool | None = OMIT,
        wait: bool = False,
    ) -> BackgroundJob:
        """Move or copy leads to another campaign or list

        Moves the leads matched by the given selection into a campaign (`to_campaign_id`) or a lead
        list (`to_list_id`), or copies them when `copy_leads` is true. The work runs as a background
        job: the call returns the job, which you poll until it succeeds or fails.

        `POST /api/v2/leads/move` (operationId `moveLeads`)

        Args:
            search: Text to match against the leads' names and email addresses.
            filter: Predefined segment of leads, such as `FILTER_VAL_CONTACTED`,
                `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`.
            campaign: Select leads of this campaign (note the field name `campaign`, not
                `campaign_id`).
            list_id: Select leads of this lead list.
            in_campaign: When true, only leads that belong to a campaign; when false, only leads that do
                not.
            in_list: When true, only leads that belong to a lead list; when false, only leads that do
                not.
            ids: Select only leads with these ids.
            queries: Activity conditions the leads must meet, such as replies, opens, clicks or
                status changes.
            excluded_ids: Leave out leads with these ids.
            contacts: Select only leads with these email addresses.
            to_campaign_id: Id of the campaign to move the leads into.
            to_list_id: Id of the lead list to move the leads into.
            ignore_resource_filter_clauses: Ignore the source campaign and list clauses when selecting the leads.
            check_duplicates_in_campaigns: Skip leads whose email already exists in a campaign.
            skip_leads_in_verification: Leave out leads whose email verification is still running.
            limit: Maximum number of leads to move.
            assigned_to: Select only leads assigned to this user.
            esp_code: Select only leads whose mailbox is hosted by this provider. Email service
                provider code: 0 not yet checked, 1 Google, 2 Microsoft, 3 Zoho, 8 AirMail, 9
                Yahoo, 10 Yandex, 12 Web.de, 13 Libero.it, 999 other, 1000 not found.
            esg_code: Select only leads behind this email security gateway. Email security gateway
                code: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco; `all`
                and `none` match any or no gateway.
            copy_leads: Copy the leads into the destination and keep the originals, instead of moving
                them.
            check_duplicates: Skip leads whose email already exists in the destination.
            reset_interest_status: Clear the interest status of the leads as they are moved.
            wait: Wait for the background job to finish and return it finished (raises if it fails).
        """
        return await self._call(
            "moveLeads",
            {
                "search": search,
                "filter": filter,
                "campaign": campaign,
                "list_id": list_id,
                "in_campaign": in_campaign,
                "in_list": in_list,
                "ids": ids,
                "queries": queries,
                "excluded_ids": excluded_ids,
                "contacts": contacts,
                "to_campaign_id": to_campaign_id,
                "to_list_id": to_list_id,
                "ignore_resource_filter_clauses": ignore_resource_filter_clauses,
                "check_duplicates_in_campaigns": check_duplicates_in_campaigns,
                "skip_leads_in_verification": skip_leads_in_verification,
                "limit": limit,
                "assigned_to": assigned_to,
                "esp_code": esp_code,
                "esg_code": esg_code,
                "copy_leads": copy_leads,
                "check_duplicates": check_duplicates,
                "reset_interest_status": reset_interest_status,
            },
            wait=wait,
        )

    async def move_to_subsequence(self, *, subsequence_id: str, id: str) -> Lead:
        """Move a lead into a subsequence

        Puts a lead into the given subsequence of its campaign and returns the lead.

        `POST /api/v2/leads/subsequence/move` (operationId `moveLeadToSubsequence`)

        Args:
            subsequence_id: Id of the subsequence to put the lead in.
            id: Id of the lead.
        """
        return await self._call(
            "moveLeadToSubsequence",
            {
                "subsequence_id": subsequence_id,
                "id": id,
            },
        )

    async def remove_from_subsequence(self, *, id: str) -> Lead:
        """Remove a lead from its subsequence

        Takes a lead out of the subsequence it is currently in and returns the lead.

        `POST /api/v2/leads/subsequence/remove` (operationId `removeLeadFromSubsequence`)

        Args:
            id: Id of the lead.
        """
        return await self._call(
            "removeLeadFromSubsequence",
            {
                "id": id,
            },
        )

    async def update(
        self,
        id: str,
        *,
        personalization: str | None = OMIT,
        website: str | None = OMIT,
        last_name: str | None = OMIT,
        first_name: str | None = OMIT,
        company_name: str | None = OMIT,
        job_title: str | None = OMIT,
        phone: str | None = OMIT,
        lt_interest_status: LeadLtInterestStatus | float | None = OMIT,
        pl_value_lead: str | None = OMIT,
        assigned_to: str | None = OMIT,
        custom_variables: Mapping[str, str | float | bool | None] | None = OMIT,
    ) -> Lead:
        """Update a lead

        Changes the given fields of a lead and returns the updated lead. Sending `custom_variables`
        replaces the lead's whole set of custom variables, so include the ones you want to keep.

        `PATCH /api/v2/leads/{id}` (operationId `patchLead`)

        Args:
            id: Id of the lead to update.
            personalization: Personalized opening line or text used in the lead's emails.
            website: Website of the lead or their company.
            last_name: Last name of the lead.
            first_name: First name of the lead.
            company_name: Name of the lead's company.
            job_title: Job title of the lead.
            phone: Phone number of the lead.
            lt_interest_status: Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0
                out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show.
            pl_value_lead: Potential value of the lead, as free text.
            assigned_to: Id of the workspace user the lead is assigned to.
            custom_variables: New custom variables of the lead. This object replaces the stored one as a
                whole, so omitted keys are removed. Values must be scalars (string, number,
                boolean or null).
        """
        return await self._call(
            "patchLead",
            {
                "id": id,
                "personalization": personalization,
                "website": website,
                "last_name": last_name,
                "first_name": first_name,
                "company_name": company_name,
                "job_title": job_title,
                "phone": phone,
                "lt_interest_status": lt_interest_status,
                "pl_value_lead": pl_value_lead,
                "assigned_to": assigned_to,
                "custom_variables": custom_variables,
            },
        )

    async def update_interest_status(
        self,
        *,
        lead_email: str,
        interest_value: float | None,
        campaign_id: str | None = OMIT,
        ai_interest_value: float | None = OMIT,
        disable_auto_interest: bool | None = OMIT,
        list_id: str | None = OMIT,
    ) -> UpdateLeadInterestStatusResponse:
        """Set a lead's interest status

        Sets the interest status of the lead with the given email, optionally only within one
        campaign or list. The server answers 202 with a message: the change is queued and applied
        shortly after, not by the time the call returns.

        `POST /api/v2/leads/update-interest-status` (operationId `updateLeadInterestStatus`)

        Args:
            lead_email: Email address of the lead to update.
            interest_value: Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0
                out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show. Null
                resets the lead to having no interest status.
            campaign_id: Change the status only for the lead in this campaign.
            ai_interest_value: Interest value predicted by AI, recorded alongside the chosen one.
            disable_auto_interest: Stop automatic (AI) interest detection from changing this lead's status later.
            list_id: Change the status only for the lead in this lead list.
        """
        return await self._call(
            "updateLeadInterestStatus",
            {
                "lead_email": lead_email,
                "interest_value": interest_value,
                "campaign_id": campaign_id,
                "ai_interest_value": ai_interest_value,
                "disable_auto_interest": disable_auto_interest,
                "list_id": list_id,
            },
        )
