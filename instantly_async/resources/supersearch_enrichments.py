"""Enrichment of leads with SuperSearch and AI data.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async.models import (
        CountLeadsFromSupersearchResponse,
        CreateAIEnrichmentModelVersion,
        CreateAIEnrichmentResponse,
        CreateAIEnrichmentStatus,
        CreateSuperSearchEnrichmentResponse,
        EnrichLeadsFromSupersearchResponse,
        EnrichmentResourceType,
        GetAiEnrichmentForResourceItem,
        GetEnrichmentForResourceResponse,
        GetEnrichmentHistoryItem,
        PreviewLeadsFromSupersearchResponse,
        RunEnrichmentFilter,
        RunEnrichmentResponse,
        SearchEnrichmentIntegrationActionsValue,
        SignalKeywordsFacetResponse,
        SuperSearchEnrichment,
        SuperSearchEnrichmentType,
        SupersearchFilters,
        SupersearchFiltersSignal,
    )


class SupersearchEnrichmentsResource(Resource):
    """Enrichment of leads with SuperSearch and AI data.

    Reached as `client.supersearch_enrichments`.
    """

    async def ai_in_progress(
        self, resource_id: str
    ) -> builtins.list[GetAiEnrichmentForResourceItem]:
        """List running AI enrichments of a campaign or list

        Returns the AI enrichments of a campaign or lead list that are still in progress. The answer
        is a plain array, not a page.

        `GET /api/v2/supersearch-enrichment/ai/{resource_id}/in-progress` (operationId `getAiEnrichmentForResource`)

        Args:
            resource_id: Id of the campaign or lead list.
        """
        return await self._call(
            "getAiEnrichmentForResource",
            {
                "resource_id": resource_id,
            },
        )

    async def count_leads(
        self,
        *,
        search_filters: SupersearchFilters | Mapping[str, Any],
        skip_owned_leads: bool | None = OMIT,
        show_one_lead_per_company: bool | None = OMIT,
    ) -> CountLeadsFromSupersearchResponse:
        """Count SuperSearch matches

        Returns how many people match the given SuperSearch filters, without importing anything.

        `POST /api/v2/supersearch-enrichment/count-leads-from-supersearch` (operationId `countLeadsFromSupersearch`)

        Args:
            search_filters: SuperSearch criteria the leads must match; all given criteria apply together.
            skip_owned_leads: Leave out people who are already leads in the workspace.
            show_one_lead_per_company: Count or return at most one person per company.
        """
        return await self._call(
            "countLeadsFromSupersearch",
            {
                "search_filters": search_filters,
                "skip_owned_leads": skip_owned_leads,
                "show_one_lead_per_company": show_one_lead_per_company,
            },
        )

    async def create(
        self,
        *,
        resource_id: str,
        type: SuperSearchEnrichmentType | str | None = OMIT,
        limit: float | None = OMIT,
        filters: Sequence[Mapping[str, Any]] | None = OMIT,
        custom_flow: Sequence[str] | None = OMIT,
        integration_actions: Mapping[
            str, Mapping[str, SearchEnrichmentIntegrationActionsValue | Mapping[str, Any]]
        ]
        | None = OMIT,
    ) -> CreateSuperSearchEnrichmentResponse:
        """Add an enrichment to a campaign or list

        Attaches an enrichment of the given type, such as work email lookup or email verification,
        to a campaign or lead list, optionally limited to a number of leads, and returns it.

        `POST /api/v2/supersearch-enrichment/` (operationId `createSuperSearchEnrichment`)

        Args:
            resource_id: Id of the campaign or lead list.
            type: Kind of enrichment to attach.
            limit: Maximum number of leads to enrich (1 to 50,000).
            filters: Conditions that select which leads to enrich.
            custom_flow: Enrichment steps of a custom flow, in order; used with the `custom_flow` type.
            integration_actions: Per-integration field mappings for sending enriched data to connected tools.
        """
        return await self._call(
            "createSuperSearchEnrichment",
            {
                "resource_id": resource_id,
                "type": type,
                "limit": limit,
                "filters": filters,
                "custom_flow": custom_flow,
                "integration_actions": integration_actions,
            },
        )

    async def create_ai(
        self,
        *,
        resource_id: str,
        output_column: str,
        resource_type: EnrichmentResourceType | float,
        model_version: CreateAIEnrichmentModelVersion | str,
        input_columns: Sequence[str] | None = OMIT,
        use_instantly_account: bool | None = OMIT,
        overwrite: bool | None = OMIT,
        auto_update: bool | None = OMIT,
        skip_leads_without_email: bool | None = OMIT,
        limit: float | None = OMIT,
        prompt: str | None = OMIT,
        template_id: str | None = OMIT,
        status: CreateAIEnrichmentStatus | float | None = OMIT,
        filters: Sequence[Mapping[str, Any]] | None = OMIT,
    ) -> CreateAIEnrichmentResponse:
        """Add an AI enrichment to a campaign or list

        Attaches an AI enrichment to a campaign or lead list: a model reads chosen lead columns,
        follows a prompt or template, and writes its answer into an output column for each lead.
        Returns the enrichment job as created.

        `POST /api/v2/supersearch-enrichment/ai` (operationId `createAIEnrichment`)

        Args:
            resource_id: Id of the campaign or lead list.
            output_column: Name of the lead column the AI answer is written to.
            resource_type: Kind of resource: 1 campaign, 2 lead list.
            input_columns: Lead columns whose values are given to the model.
            model_version: AI model to use.
            use_instantly_account: Use Instantly's AI access and credits instead of the workspace's own model key.
            overwrite: Replace values already present in the output column.
            auto_update: Also run the enrichment on leads added later.
            skip_leads_without_email: Skip leads that have no email address.
            limit: Maximum number of leads to process.
            prompt: Instructions for the model; give this or `template_id`.
            template_id: Id of a saved prompt template to use instead of `prompt`.
            status: State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed.
            filters: Conditions that select which leads to process.
        """
        return await self._call(
            "createAIEnrichment",
            {
                "resource_id": resource_id,
                "output_column": output_column,
                "resource_type": resource_type,
                "input_columns": input_columns,
                "model_version": model_version,
                "use_instantly_account": use_instantly_account,
                "overwrite": overwrite,
                "auto_update": auto_update,
                "skip_leads_without_email": skip_leads_without_email,
                "limit": limit,
                "prompt": prompt,
                "template_id": template_id,
                "status": status,
                "filters": filters,
            },
        )

    async def enrich_leads(
        self,
        *,
        search_filters: SupersearchFilters | Mapping[str, Any],
        limit: float,
        search_name: str | None = OMIT,
        work_email_enrichment: bool | None = OMIT,
        fully_enriched_profile: bool | None = OMIT,
        custom_flow: Sequence[str] | None = OMIT,
        signal_enrichment: Sequence[SupersearchFiltersSignal | Mapping[str, Any]] | None = OMIT,
        resource_id: str | None = OMIT,
        auto_update: bool | None = OMIT,
        skip_rows_without_email: bool | None = OMIT,
        list_name: str | None = OMIT,
        ai_enrichment: Mapping[str, Any] | None = OMIT,
    ) -> EnrichLeadsFromSupersearchResponse:
        """Import leads from SuperSearch

        Finds people matching SuperSearch filters and adds up to `limit` of them to a campaign or
        lead list, or to a new list named `list_name`, with the chosen enrichments. The import runs
        in the background; the answer includes the id of its background job. Importing and enriching
        uses the workspace's credits.

        `POST /api/v2/supersearch-enrichment/enrich-leads-from-supersearch` (operationId `enrichLeadsFromSupersearch`)

        Args:
            search_filters: SuperSearch criteria the leads must match; all given criteria apply together.
            search_name: Name to save the search under.
            work_email_enrichment: Look up work email addresses for the imported people.
            fully_enriched_profile: Add full LinkedIn profile data to the imported people.
            custom_flow: Enrichment steps of a custom flow to run on the imported people, in order.
            signal_enrichment: Signals to add to the imported leads: signal keys, or objects with a key, look-
                back period and keywords.
            resource_id: Id of the campaign or lead list to import into; omit it to create a new list
                named `list_name`.
            auto_update: Enrich leads added to the resource later automatically.
            skip_rows_without_email: Skip people for whom no email address is found.
            list_name: Name of the new lead list to create when no `resource_id` is given.
            limit: Maximum number of people to import (1 to 1,000,000).
            ai_enrichment: Settings of an AI enrichment to run on the imported leads.
        """
        return await self._call(
            "enrichLeadsFromSupersearch",
            {
                "search_filters": search_filters,
                "search_name": search_name,
                "work_email_enrichment": work_email_enrichment,
                "fully_enriched_profile": fully_enriched_profile,
                "custom_flow": custom_flow,
                "signal_enrichment": signal_enrichment,
                "resource_id": resource_id,
                "auto_update": auto_update,
                "skip_rows_without_email": skip_rows_without_email,
                "list_name": list_name,
                "limit": limit,
                "ai_enrichment": ai_enrichment,
            },
        )

    async def get(self, resource_id: str) -> GetEnrichmentForResourceResponse:
        """Get the enrichment settings of a campaign or list

        Returns which enrichments are set up for a campaign or lead list, whether one is running,
        and its SuperSearch filters and update settings.

        `GET /api/v2/supersearch-enrichment/{resource_id}` (operationId `getEnrichmentForResource`)

        Args:
            resource_id: Id of the campaign or lead list.
        """
        return await self._call(
            "getEnrichmentForResource",
            {
                "resource_id": resource_id,
            },
        )

    async def history(
        self, resource_id: str, *, offset: float = OMIT, limit: float = OMIT
    ) -> builtins.list[GetEnrichmentHistoryItem]:
        """Get the enrichment history of a campaign or list

        Returns past enrichment runs of a campaign or lead list. Paging uses `offset` and `limit`
        rather than a cursor, and the answer is a plain array whose entries are free-form objects.

        `GET /api/v2/supersearch-enrichment/history/{resource_id}` (operationId `getEnrichmentHistory`)

        Args:
            resource_id: Id of the campaign or lead list.
            offset: Number of history entries to skip.
            limit: Maximum number of history entries to return.
        """
        return await self._call(
            "getEnrichmentHistory",
            {
                "resource_id": resource_id,
                "offset": offset,
                "limit": limit,
            },
        )

    async def preview_leads(
        self,
        *,
        search_filters: SupersearchFilters | Mapping[str, Any],
        skip_owned_leads: bool | None = OMIT,
        show_one_lead_per_company: bool | None = OMIT,
    ) -> PreviewLeadsFromSupersearchResponse:
        """Preview SuperSearch matches

        Returns a sample of the people matching the given SuperSearch filters, with the total number
        of matches, without importing anything. Some results may be withheld, as reported in
        `number_of_redacted_results`.

        `POST /api/v2/supersearch-enrichment/preview-leads-from-supersearch` (operationId `previewLeadsFromSupersearch`)

        Args:
            search_filters: SuperSearch criteria the leads must match; all given criteria apply together.
            skip_owned_leads: Leave out people who are already leads in the workspace.
            show_one_lead_per_company: Count or return at most one person per company.
        """
        return await self._call(
            "previewLeadsFromSupersearch",
            {
                "search_filters": search_filters,
                "skip_owned_leads": skip_owned_leads,
                "show_one_lead_per_company": show_one_lead_per_company,
            },
        )

    async def run(
        self,
        *,
        resource_id: str,
        lead_ids: Sequence[str] | None = OMIT,
        limit: int | None = OMIT,
        column_name: str | None = OMIT,
        overwrite: bool | None = OMIT,
        starting_row: int | None = OMIT,
        count: int | None = OMIT,
        filters: Sequence[RunEnrichmentFilter | Mapping[str, Any]] | None = OMIT,
    ) -> RunEnrichmentResponse:
        """Run the enrichment of a campaign or list

        Starts the enrichment set up for a campaign or lead list on its leads: all of them, the
        given lead ids, a range of rows, or the rows matching column filters.

        `POST /api/v2/supersearch-enrichment/run` (operationId `runEnrichment`)

        Args:
            resource_id: Id of the campaign or lead list.
            lead_ids: Run only on these leads (1 to 10,000).
            limit: Maximum number of leads to process.
            column_name: Enrichment column to run, such as the output column of an AI enrichment.
            overwrite: Replace values that are already filled in.
            starting_row: First row to process, counting from 1.
            count: Number of rows to process from `starting_row`.
            filters: Column conditions that select which leads to process.
        """
        return await self._call(
            "runEnrichment",
            {
                "resource_id": resource_id,
                "lead_ids": lead_ids,
                "limit": limit,
                "column_name": column_name,
                "overwrite": overwrite,
                "starting_row": starting_row,
                "count": count,
                "filters": filters,
            },
        )

    async def signal_keywords_facet(
        self, *, category: str, field: str, prefix: str | None = OMIT, limit: float | None = OMIT
    ) -> SignalKeywordsFacetResponse:
        """List keywords for a SuperSearch signal

        Returns the keywords found in one field of a signal category, each with how often it occurs,
        optionally only those starting with a prefix. Use it to pick keywords for the `signals`
        filter.

        `POST /api/v2/supersearch-enrichment/signal-keywords-facet` (operationId `signalKeywordsFacet`)

        Args:
            category: Signal category to look in.
            field: Field of the category whose keywords to list.
            prefix: Return only keywords starting with this text.
            limit: Maximum number of keywords to return (1 to 100).
        """
        return await self._call(
            "signalKeywordsFacet",
            {
                "category": category,
                "field": field,
                "prefix": prefix,
                "limit": limit,
            },
        )

    async def update_settings(
        self,
        resource_id: str,
        *,
        auto_update: bool | None = OMIT,
        skip_rows_without_email: bool | None = OMIT,
        is_evergreen: bool | None = OMIT,
    ) -> SuperSearchEnrichment:
        """Change the enrichment settings of a campaign or list

        Changes whether the enrichment of a campaign or lead list runs automatically on new leads,
        skips rows without an email, and keeps importing new matches, and returns the enrichment.

        `PATCH /api/v2/supersearch-enrichment/{resource_id}/settings` (operationId `updateEnrichmentSettingsForResource`)

        Args:
            resource_id: Id of the campaign or lead list.
            auto_update: Enrich leads added to the resource later automatically.
            skip_rows_without_email: Skip leads that have no email address.
            is_evergreen: Keep adding new SuperSearch matches to the resource over time.
        """
        return await self._call(
            "updateEnrichmentSettingsForResource",
            {
                "resource_id": resource_id,
                "auto_update": auto_update,
                "skip_rows_without_email": skip_rows_without_email,
                "is_evergreen": is_evergreen,
            },
        )
