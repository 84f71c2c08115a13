"""Enrichment of leads with SuperSearch and AI data.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async.models import (
        CountLeadsFromSupersearchRequestSearchFilters,
        CountLeadsFromSupersearchResponse,
        CreateAIEnrichmentRequestModelVersion,
        CreateAIEnrichmentRequestResourceType,
        CreateAIEnrichmentRequestStatus,
        CreateAIEnrichmentResponse,
        CreateSuperSearchEnrichmentRequestIntegrationActions,
        CreateSuperSearchEnrichmentRequestType,
        CreateSuperSearchEnrichmentResponse,
        EnrichLeadsFromSupersearchRequestSearchFilters,
        EnrichLeadsFromSupersearchRequestSignalEnrichment,
        EnrichLeadsFromSupersearchResponse,
        GetAiEnrichmentForResourceItem,
        GetEnrichmentForResourceResponse,
        GetEnrichmentHistoryItem,
        PreviewLeadsFromSupersearchRequestSearchFilters,
        PreviewLeadsFromSupersearchResponse,
        RunEnrichmentRequestFilter,
        RunEnrichmentResponse,
        SignalKeywordsFacetResponse,
        SuperSearchEnrichment,
    )


class SupersearchEnrichmentsResource(Resource):
    """Enrichment of leads with SuperSearch and AI data.

    Reached as `client.supersearch_enrichments`.
    """

    async def ai_in_progress(self, resource_id: str) -> list[GetAiEnrichmentForResourceItem]:
        """getAiEnrichmentForResource

        `GET /api/v2/supersearch-enrichment/ai/{resource_id}/in-progress` (operationId `getAiEnrichmentForResource`)

        Args:
            resource_id: Sent as `resource_id` in the path.
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
        search_filters: CountLeadsFromSupersearchRequestSearchFilters | Mapping[str, Any],
        skip_owned_leads: bool | None = OMIT,
        show_one_lead_per_company: bool | None = OMIT,
    ) -> CountLeadsFromSupersearchResponse:
        """countLeadsFromSupersearch

        `POST /api/v2/supersearch-enrichment/count-leads-from-supersearch` (operationId `countLeadsFromSupersearch`)

        Args:
            search_filters: Sent as `search_filters` in the body.
            skip_owned_leads: Sent as `skip_owned_leads` in the body.
            show_one_lead_per_company: Sent as `show_one_lead_per_company` in the body.
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
        type: CreateSuperSearchEnrichmentRequestType | str | None = OMIT,
        limit: float | None = OMIT,
        filters: Sequence[Mapping[str, Any]] | None = OMIT,
        custom_flow: Sequence[str] | None = OMIT,
        integration_actions: Mapping[
            str,
            Mapping[str, CreateSuperSearchEnrichmentRequestIntegrationActions | Mapping[str, Any]],
        ]
        | None = OMIT,
    ) -> CreateSuperSearchEnrichmentResponse:
        """createSuperSearchEnrichment

        `POST /api/v2/supersearch-enrichment/` (operationId `createSuperSearchEnrichment`)

        Args:
            resource_id: Sent as `resource_id` in the body.
            type: Sent as `type` in the body.
            limit: Sent as `limit` in the body.
            filters: Sent as `filters` in the body.
            custom_flow: Sent as `custom_flow` in the body.
            integration_actions: Sent as `integration_actions` in the body.
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
        resource_type: CreateAIEnrichmentRequestResourceType | float,
        model_version: CreateAIEnrichmentRequestModelVersion | str,
        input_columns: Sequence[str] | None = OMIT,
        use_instantly_account: bool | None = OMIT,
        overwrite: bool | None = OMIT,
        auto_update: bool | None = OMIT,
        skip_leads_without_email: bool | None = OMIT,
        limit: float | None = OMIT,
        prompt: str | None = OMIT,
        template_id: str | None = OMIT,
        status: CreateAIEnrichmentRequestStatus | float | None = OMIT,
        filters: Sequence[Mapping[str, Any]] | None = OMIT,
    ) -> CreateAIEnrichmentResponse:
        """createAIEnrichment

        `POST /api/v2/supersearch-enrichment/ai` (operationId `createAIEnrichment`)

        Args:
            resource_id: Sent as `resource_id` in the body.
            output_column: Sent as `output_column` in the body.
            resource_type: Sent as `resource_type` in the body.
            input_columns: Sent as `input_columns` in the body.
            model_version: Sent as `model_version` in the body.
            use_instantly_account: Sent as `use_instantly_account` in the body.
            overwrite: Sent as `overwrite` in the body.
            auto_update: Sent as `auto_update` in the body.
            skip_leads_without_email: Sent as `skip_leads_without_email` in the body.
            limit: Sent as `limit` in the body.
            prompt: Sent as `prompt` in the body.
            template_id: Sent as `template_id` in the body.
            status: Sent as `status` in the body.
            filters: Sent as `filters` in the body.
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
        search_filters: EnrichLeadsFromSupersearchRequestSearchFilters | Mapping[str, Any],
        limit: float,
        search_name: str | None = OMIT,
        work_email_enrichment: bool | None = OMIT,
        fully_enriched_profile: bool | None = OMIT,
        custom_flow: Sequence[str] | None = OMIT,
        signal_enrichment: Sequence[
            str | (EnrichLeadsFromSupersearchRequestSignalEnrichment | Mapping[str, Any])
        ]
        | None = OMIT,
        resource_id: str | None = OMIT,
        auto_update: bool | None = OMIT,
        skip_rows_without_email: bool | None = OMIT,
        list_name: str | None = OMIT,
        ai_enrichment: Mapping[str, Any] | None = OMIT,
    ) -> EnrichLeadsFromSupersearchResponse:
        """enrichLeadsFromSupersearch

        `POST /api/v2/supersearch-enrichment/enrich-leads-from-supersearch` (operationId `enrichLeadsFromSupersearch`)

        Args:
            search_filters: Sent as `search_filters` in the body.
            search_name: Sent as `search_name` in the body.
            work_email_enrichment: Sent as `work_email_enrichment` in the body.
            fully_enriched_profile: Sent as `fully_enriched_profile` in the body.
            custom_flow: Sent as `custom_flow` in the body.
            signal_enrichment: Sent as `signal_enrichment` in the body.
            resource_id: Sent as `resource_id` in the body.
            auto_update: Sent as `auto_update` in the body.
            skip_rows_without_email: Sent as `skip_rows_without_email` in the body.
            list_name: Sent as `list_name` in the body.
            limit: Sent as `limit` in the body.
            ai_enrichment: Sent as `ai_enrichment` in the body.
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
        """getEnrichmentForResource

        `GET /api/v2/supersearch-enrichment/{resource_id}` (operationId `getEnrichmentForResource`)

        Args:
            resource_id: Sent as `resource_id` in the path.
        """
        return await self._call(
            "getEnrichmentForResource",
            {
                "resource_id": resource_id,
            },
        )

    async def history(
        self, resource_id: str, *, offset: float = OMIT, limit: float = OMIT
    ) -> list[GetEnrichmentHistoryItem]:
        """getEnrichmentHistory

        `GET /api/v2/supersearch-enrichment/history/{resource_id}` (operationId `getEnrichmentHistory`)

        Args:
            resource_id: Sent as `resource_id` in the path.
            offset: Sent as `offset` in the query.
            limit: Sent as `limit` in the query.
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
        search_filters: PreviewLeadsFromSupersearchRequestSearchFilters | Mapping[str, Any],
        skip_owned_leads: bool | None = OMIT,
        show_one_lead_per_company: bool | None = OMIT,
    ) -> PreviewLeadsFromSupersearchResponse:
        """previewLeadsFromSupersearch

        `POST /api/v2/supersearch-enrichment/preview-leads-from-supersearch` (operationId `previewLeadsFromSupersearch`)

        Args:
            search_filters: Sent as `search_filters` in the body.
            skip_owned_leads: Sent as `skip_owned_leads` in the body.
            show_one_lead_per_company: Sent as `show_one_lead_per_company` in the body.
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
        filters: Sequence[RunEnrichmentRequestFilter | Mapping[str, Any]] | None = OMIT,
    ) -> RunEnrichmentResponse:
        """runEnrichment

        `POST /api/v2/supersearch-enrichment/run` (operationId `runEnrichment`)

        Args:
            resource_id: Sent as `resource_id` in the body.
            lead_ids: Sent as `lead_ids` in the body.
            limit: Sent as `limit` in the body.
            column_name: Sent as `column_name` in the body.
            overwrite: Sent as `overwrite` in the body.
            starting_row: Sent as `starting_row` in the body.
            count: Sent as `count` in the body.
            filters: Sent as `filters` in the body.
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
        """signalKeywordsFacet

        `POST /api/v2/supersearch-enrichment/signal-keywords-facet` (operationId `signalKeywordsFacet`)

        Args:
            category: Sent as `category` in the body.
            field: Sent as `field` in the body.
            prefix: Sent as `prefix` in the body.
            limit: Sent as `limit` in the body.
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
        """updateEnrichmentSettingsForResource

        `PATCH /api/v2/supersearch-enrichment/{resource_id}/settings` (operationId `updateEnrichmentSettingsForResource`)

        Args:
            resource_id: Sent as `resource_id` in the path.
            auto_update: Sent as `auto_update` in the body.
            skip_rows_without_email: Sent as `skip_rows_without_email` in the body.
            is_evergreen: Sent as `is_evergreen` in the body.
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
