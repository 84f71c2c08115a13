"""Models of the SuperSearchEnrichment group: Enrichment of leads with SuperSearch and AI data.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model


@attrs.define(kw_only=True)
class CountLeadsFromSupersearchRequest(Model):
    """SuperSearch filters to count matches for."""

    search_filters: SupersearchFilters
    """SuperSearch criteria the leads must match; all given criteria apply together."""
    skip_owned_leads: bool | None = None
    """Leave out people who are already leads in the workspace."""
    show_one_lead_per_company: bool | None = None
    """Count or return at most one person per company."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CountLeadsFromSupersearchResponse(Model):
    """Number of people matching SuperSearch filters."""

    number_of_leads: float | None = None
    """Number of people matching the filters."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateAIEnrichmentModelVersion(str, OpenEnum):
    """AI model to use."""

    GPT_3_5 = "3.5"
    GPT_4_0 = "4.0"
    GPT_4O = "gpt-4o"
    O3 = "o3"
    GPT_4_1 = "gpt-4.1"
    GPT_4_1_MINI = "gpt-4.1-mini"
    GPT_5_MINI = "gpt-5-mini"
    GPT_5_NANO = "gpt-5-nano"
    GPT_5 = "gpt-5"
    GPT_5_4 = "gpt-5.4"
    CLAUDE_4_5_SONNET = "claude-4.5-sonnet"
    CLAUDE_4_6_SONNET = "claude-4.6-sonnet"
    R1 = "r1"
    GROK_4_3 = "grok-4.3"
    GEMINI_3_0_FLASH = "gemini-3.0-flash"
    GEMINI_3_5_FLASH = "gemini-3.5-flash"
    SONAR = "sonar"
    SONAR_PRO = "sonar-pro"
    INSTANTLY_AI_LIGHTSPEED_AGENT_FOR_WEB_RESEARCH = (
        "instantly-ai-lightspeed-agent-for-web-research"
    )
    INSTANTLY_AI_LIGHTSPEED_AGENT_FOR_EMAIL_GENERATION = (
        "instantly-ai-lightspeed-agent-for-email-generation"
    )


@attrs.define(kw_only=True)
class CreateAIEnrichmentRequest(Model):
    """Definition of an AI enrichment for a campaign or lead list."""

    resource_id: str
    """Id of the campaign or lead list."""
    output_column: str
    """Name of the lead column the AI answer is written to."""
    resource_type: EnrichmentResourceType
    """Kind of resource: 1 campaign, 2 lead list."""
    input_columns: list[str] | None = None
    """Lead columns whose values are given to the model."""
    model_version: CreateAIEnrichmentModelVersion
    """AI model to use."""
    use_instantly_account: bool | None = None
    """Use Instantly's AI access and credits instead of the workspace's own model key."""
    overwrite: bool | None = None
    """Replace values already present in the output column."""
    auto_update: bool | None = None
    """Also run the enrichment on leads added later."""
    skip_leads_without_email: bool | None = None
    """Skip leads that have no email address."""
    limit: float | None = None
    """Maximum number of leads to process."""
    prompt: str | None = None
    """Instructions for the model; give this or `template_id`."""
    template_id: str | None = None
    """Id of a saved prompt template to use instead of `prompt`."""
    status: CreateAIEnrichmentStatus | None = None
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""
    filters: list[dict[str, Any]] | None = None
    """Conditions that select which leads to process."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateAIEnrichmentResponse(Model):
    """An AI enrichment job as created."""

    id: str
    """Id of the AI enrichment job."""
    resource_id: str
    """Id of the campaign or lead list."""
    resource_type: Literal["CAMPAIGN", "LIST", 1, 2]
    """Kind of resource: 1 or `CAMPAIGN` for a campaign, 2 or `LIST` for a lead list."""
    output_column: str
    """Lead column the AI answer is written to."""
    status: float
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""
    model_version: str
    """AI model in use."""
    input_columns: list[str] | None = None
    """Lead columns given to the model."""
    overwrite: bool
    """Whether existing values in the output column are replaced."""
    auto_update: bool
    """Whether leads added later are processed too."""
    limit: float | None = None
    """Maximum number of leads to process."""
    template_id: str | None = None
    """Id of the prompt template in use, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateAIEnrichmentStatus(int, OpenEnum):
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""

    PENDING = 1
    IN_PROGRESS = 2
    COMPLETED = 3
    FAILED = 4


@attrs.define(kw_only=True)
class CreateSuperSearchEnrichmentRequest(Model):
    """The enrichment to attach to a campaign or lead list."""

    resource_id: str
    """Id of the campaign or lead list."""
    type: SuperSearchEnrichmentType | None = None
    """Kind of enrichment to attach."""
    limit: float | None = None
    """Maximum number of leads to enrich (1 to 50,000)."""
    filters: list[dict[str, Any]] | None = None
    """Conditions that select which leads to enrich."""
    custom_flow: list[str] | None = None
    """Enrichment steps of a custom flow, in order; used with the `custom_flow` type."""
    integration_actions: dict[str, dict[str, SearchEnrichmentIntegrationActionsValue]] | None = None
    """Per-integration field mappings for sending enriched data to connected tools."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateSuperSearchEnrichmentResponse(Model):
    """An enrichment as created."""

    id: str
    """Id of the enrichment."""
    limit: float | None = None
    """Maximum number of leads to enrich."""
    organization_id: str
    """Id of the workspace."""
    resource_id: str
    """Id of the campaign or lead list."""
    enrichment_payload: SuperSearchEnrichmentEnrichmentPayload | None = None
    """Which kinds of enrichment are switched on."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EnrichLeadsFromSupersearchRequest(Model):
    """SuperSearch filters, destination and enrichment options for importing leads."""

    search_filters: SupersearchFilters
    """SuperSearch criteria the leads must match; all given criteria apply together."""
    search_name: str | None = None
    """Name to save the search under."""
    work_email_enrichment: bool | None = None
    """Look up work email addresses for the imported people."""
    fully_enriched_profile: bool | None = None
    """Add full LinkedIn profile data to the imported people."""
    custom_flow: list[str] | None = None
    """Enrichment steps of a custom flow to run on the imported people, in order."""
    signal_enrichment: list[SupersearchFiltersSignal] | None = None
    """Signals to add to the imported leads: signal keys, or objects with a key, look-back period and keywords."""
    resource_id: str | None = None
    """Id of the campaign or lead list to import into; omit it to create a new list named `list_name`."""
    auto_update: bool | None = None
    """Enrich leads added to the resource later automatically."""
    skip_rows_without_email: bool | None = None
    """Skip people for whom no email address is found."""
    list_name: str | None = None
    """Name of the new lead list to create when no `resource_id` is given."""
    limit: float
    """Maximum number of people to import (1 to 1,000,000)."""
    ai_enrichment: dict[str, Any] | None = None
    """Settings of an AI enrichment to run on the imported leads."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EnrichLeadsFromSupersearchResourceType(int, OpenEnum):
    """Kind of resource: 1 campaign, 2 lead list."""

    V_1 = 1
    V_2 = 2


@attrs.define(kw_only=True)
class EnrichLeadsFromSupersearchResponse(Model):
    """A started SuperSearch import."""

    id: str
    """Id of the import."""
    organization_id: str
    """Id of the workspace."""
    resource_id: str
    """Id of the campaign or lead list the leads go to."""
    resource_type: EnrichLeadsFromSupersearchResourceType | None = None
    """Kind of resource: 1 campaign, 2 lead list."""
    search_filters: dict[str, Any] | None = None
    """The SuperSearch filters used."""
    limit: float | None = None
    """Maximum number of people to import."""
    list_name: str | None = None
    """Name of the lead list the leads go to."""
    custom_flow: list[str] | None = None
    """Enrichment steps of the custom flow, in order."""
    background_job_id: str | None = None
    """Id of the background job that runs the import; poll it to follow progress."""
    live_list_workflow_id: str | None = None
    """Id of the workflow that keeps adding new matches, for an evergreen list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EnrichmentForResourceEnrichmentPayload(Model):
    """Which kinds of enrichment are switched on, and their options."""

    work_email_enrichment: bool | None = None
    """Look up work email addresses."""
    fully_enriched_profile: bool | None = None
    """Add full LinkedIn profile data."""
    email_verification: bool | None = None
    """Verify email addresses."""
    joblisting: bool | None = None
    """Add the company's job listings."""
    technologies: bool | None = None
    """Add the technologies the company uses."""
    news: bool | None = None
    """Add recent company news."""
    funding: bool | None = None
    """Add the company's funding data."""
    engagement_score: bool | None = None
    """Add an engagement score."""
    ai_enrichment: dict[str, Any] | None = None
    """Settings of the AI enrichment, if any."""
    custom_flow: list[str] | None = None
    """Enrichment steps of a custom flow, in order."""
    limit: float | None = None
    """Maximum number of leads to enrich."""
    autofill: bool | None = None
    """Whether enrichment fills in data automatically as leads arrive."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EnrichmentResourceType(int, OpenEnum):
    """Kind of resource: 1 campaign, 2 lead list."""

    CAMPAIGN = 1
    LIST = 2


@attrs.define(kw_only=True)
class GetAiEnrichmentForResourceItem(Model):
    """An AI enrichment job that is still running."""

    id: str | None = None
    """Id of the AI enrichment job."""
    organization_id: str
    """Id of the workspace."""
    resource_id: str
    """Id of the campaign or lead list."""
    resource_type: Literal["CAMPAIGN", "LIST", 1, 2]
    """Kind of resource: 1 or `CAMPAIGN` for a campaign, 2 or `LIST` for a lead list."""
    output_column: str
    """Lead column the AI answer is written to."""
    status: float
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetEnrichmentForResourceResponse(Model):
    """The enrichment setup and state of a campaign or lead list."""

    resource_id: str
    """Id of the campaign or lead list."""
    in_progress: bool | None = None
    """Whether an enrichment is running now."""
    has_no_leads: bool | None = None
    """Whether the resource has no leads to enrich."""
    exists: bool | None = None
    """Whether an enrichment is set up for the resource."""
    enrichment_payload: EnrichmentForResourceEnrichmentPayload
    """Which kinds of enrichment are switched on, and their options."""
    auto_update: bool | None = None
    """Whether leads added later are enriched automatically."""
    is_evergreen: bool | None = None
    """Whether new SuperSearch matches keep being added to the resource over time."""
    search_filters: dict[str, Any] | None = None
    """SuperSearch filters the resource was filled from, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetEnrichmentHistoryItem(Model):
    """One past enrichment run; its fields are not fixed."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class KeywordIncludeMode(str, OpenEnum):
    """Whether any (`ANY`) or all (`ALL`) of the included keywords must match."""

    ANY = "ANY"
    ALL = "ALL"


@attrs.define(kw_only=True)
class PreviewLeadsFromSupersearchLead(Model):
    firstName: str | None = None
    """First name."""
    lastName: str | None = None
    """Last name."""
    fullName: str | None = None
    """Full name."""
    jobTitle: str | None = None
    """Job title."""
    location: str | None = None
    """Where the person is based."""
    linkedIn: str | None = None
    """LinkedIn profile URL."""
    companyName: str | None = None
    """Company name."""
    companyLogo: str | None = None
    """URL of the company's logo."""
    companyId: str | None = None
    """SuperSearch id of the company."""
    isOwned: bool | None = None
    """Whether the person is already a lead in the workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PreviewLeadsFromSupersearchRequest(Model):
    """SuperSearch filters to preview matches for."""

    search_filters: SupersearchFilters
    """SuperSearch criteria the leads must match; all given criteria apply together."""
    skip_owned_leads: bool | None = None
    """Leave out people who are already leads in the workspace."""
    show_one_lead_per_company: bool | None = None
    """Count or return at most one person per company."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PreviewLeadsFromSupersearchResponse(Model):
    """A sample of people matching SuperSearch filters."""

    number_of_leads: float | None = None
    """Total number of people matching the filters."""
    number_of_redacted_results: float | None = None
    """Number of matches left out of the sample."""
    leads: list[PreviewLeadsFromSupersearchLead] | None = None
    """Sample of matching people."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RunEnrichmentFilter(Model):
    column_name: str
    """Column the condition looks at."""
    type: float
    """Numeric code of the comparison to apply."""
    value: list[str]
    """Values to compare the column with."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RunEnrichmentRequest(Model):
    """Which leads of a campaign or lead list to run the enrichment on."""

    resource_id: str
    """Id of the campaign or lead list."""
    lead_ids: list[str] | None = None
    """Run only on these leads (1 to 10,000)."""
    limit: int | None = None
    """Maximum number of leads to process."""
    column_name: str | None = None
    """Enrichment column to run, such as the output column of an AI enrichment."""
    overwrite: bool | None = None
    """Replace values that are already filled in."""
    starting_row: int | None = None
    """First row to process, counting from 1."""
    count: int | None = None
    """Number of rows to process from `starting_row`."""
    filters: list[RunEnrichmentFilter] | None = None
    """Column conditions that select which leads to process."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RunEnrichmentResponse(Model):
    """The enrichment that was started."""

    id: str | None = None
    """Id of the enrichment."""
    resource_id: str | None = None
    """Id of the campaign or lead list."""
    enrichment_payload: dict[str, Any] | None = None
    """Which kinds of enrichment are running."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SearchEnrichmentIntegrationActionsValue(Model):
    mapping: dict[str, str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SignalKeywordsFacetKeyword(Model):
    keyword: str | None = None
    """The keyword."""
    count: float | None = None
    """How many times the keyword occurs."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SignalKeywordsFacetRequest(Model):
    """The signal category and field to list keywords for."""

    category: str
    """Signal category to look in."""
    field: str
    """Field of the category whose keywords to list."""
    prefix: str | None = None
    """Return only keywords starting with this text."""
    limit: float | None = None
    """Maximum number of keywords to return (1 to 100)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SignalKeywordsFacetResponse(Model):
    """Keywords of a signal field with their frequency."""

    keywords: list[SignalKeywordsFacetKeyword] | None = None
    """The keywords, each with its frequency."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SuperSearchEnrichment(Model):
    """An enrichment attached to a campaign or lead list, which adds data such as work emails, profile details or verification results to its leads."""

    id: str
    """Unique id of the enrichment."""
    limit: float | None = None
    """Maximum number of leads to enrich."""
    organization_id: str
    """Id of the workspace."""
    enrichment_payload: dict[str, Any] | None = None
    """Which kinds of enrichment are switched on, keyed by enrichment type."""
    auto_update: bool | None = None
    """Whether leads added to the resource later are enriched automatically."""
    skip_rows_without_email: bool | None = None
    """Whether leads without an email address are skipped."""
    in_progress: bool | None = None
    """Whether the enrichment is running now."""
    type: SuperSearchEnrichmentType | None = None
    """Kind of enrichment, such as work email lookup, LinkedIn profile, email verification or AI."""
    resource_id: str
    """Id of the campaign or lead list the enrichment belongs to."""
    resource_type: EnrichmentResourceType
    """Kind of resource: 1 campaign, 2 lead list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SuperSearchEnrichmentEnrichmentPayload(Model):
    """Which kinds of enrichment are switched on."""

    joblisting: bool | None = None
    """Add the company's job listings."""
    email_verification: bool | None = None
    """Verify email addresses."""
    work_email_enrichment: bool | None = None
    """Look up work email addresses."""
    fully_enriched_profile: bool | None = None
    """Add full LinkedIn profile data."""
    custom_flow: list[str] | None = None
    """Enrichment steps of a custom flow, in order."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SuperSearchEnrichmentType(str, OpenEnum):
    """Kind of enrichment to attach."""

    WORK_EMAIL_ENRICHMENT = "work_email_enrichment"
    FULLY_ENRICHED_PROFILE = "fully_enriched_profile"
    EMAIL_VERIFICATION = "email_verification"
    JOBLISTING = "joblisting"
    TECHNOLOGIES = "technologies"
    NEWS = "news"
    FUNDING = "funding"
    ENGAGEMENT_SCORE = "engagement_score"
    AI_ENRICHMENT = "ai_enrichment"
    CUSTOM_FLOW = "custom_flow"


@attrs.define(kw_only=True)
class SupersearchFilters(Model):
    """SuperSearch criteria that select people and companies (location, industry, title, company size and more)."""

    company_list_id: str | None = None
    """Id of a saved company list; only people at those companies match."""
    locations: list[SupersearchFiltersLocation] | SupersearchFiltersLocations | None = None
    """Places to search in: either a plain list of places, or an object with `include` and `exclude` lists. A place is a `place_id` (with an optional `label`) or a city, state and country."""
    department: list[SupersearchFiltersDepartmentItem] | None = None
    """Departments the person works in."""
    level: list[SupersearchFiltersLevelItem] | None = None
    """Seniority levels of the person."""
    employeeCount: (
        list[SupersearchFiltersEmployeeCountItemEnum | SupersearchFiltersEmployeeCountItem] | None
    ) = None
    """Company head-count ranges, as preset range strings or as objects with an operator (`gte`, `lte`, `between`, `preset_between`) and `min`/`max` bounds."""
    revenue: list[SupersearchFiltersRevenueItem] | None = None
    """Annual company revenue ranges."""
    news: list[SupersearchFiltersNew] | None = None
    """Kinds of recent company news, such as launches, hires or financing."""
    jobListing: list[str] | None = None
    """Terms to look for in the company's open job listings."""
    jobListingFilter: list[str] | None = None
    """Deprecated. Further filter terms for the company's job listings."""
    title: SupersearchTextFilter | None = None
    """Job titles to include or exclude."""
    name: list[str] | None = None
    """Names of people to look for."""
    company_name: SupersearchTextFilter | None = None
    """Company names to include or exclude."""
    look_alike: str | None = None
    """Domain of a company; companies similar to it match."""
    lookAlike: str | None = None
    """Camel-case spelling of `look_alike`."""
    lookAlikeMode: str | None = None
    """How similar companies are chosen for the look-alike search."""
    technologies: list[str] | None = None
    """Technologies the company uses."""
    fundingType: list[str] | None = None
    """Camel-case spelling of `funding_type`."""
    locationMode: str | None = None
    """Camel-case spelling of `location_mode`."""
    keyword_filter: SupersearchFiltersKeywordFilter | None = None
    """Keywords to look for in company and profile descriptions."""
    industry: SupersearchFiltersIndustry | None = None
    """Industries to include or exclude."""
    subIndustry: SupersearchFiltersSubIndustry | None = None
    """Sub-industries to include or exclude."""
    domains: list[str] | None = None
    """Company domains to restrict the search to."""
    website_visitors: bool | None = None
    """Restrict the search to companies seen among the workspace's website visitors."""
    funding_type: list[SupersearchFiltersFundingTypeItem] | None = None
    """Funding rounds the company has raised, such as `seed` or `series_a`."""
    signals: list[SupersearchFiltersSignal] | None = None
    """Buying signals the company must show: a signal key, or an object with the `key`, a look-back period in days and keywords."""
    skip_owned_leads: bool | None = None
    """Leave out people who are already leads in the workspace."""
    show_one_lead_per_company: bool | None = None
    """Return at most one person per company."""
    location_mode: SupersearchFiltersLocationMode | None = None
    """Whether `locations` applies to where the person is (`contact`) or where the company is (`company`)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersDepartmentItem(str, OpenEnum):
    ENGINEERING = "Engineering"
    FINANCE_ADMINISTRATION = "Finance & Administration"
    HUMAN_RESOURCES = "Human Resources"
    IT_IS = "IT & IS"
    MARKETING = "Marketing"
    OPERATIONS = "Operations"
    SALES = "Sales"
    SUPPORT = "Support"
    OTHER = "Other"


@attrs.define(kw_only=True)
class SupersearchFiltersEmployeeCountItem(Model):
    op: SupersearchFiltersEmployeeCountItemOp | None = None
    min: float | None = None
    max: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersEmployeeCountItemEnum(str, OpenEnum):
    V_0_25 = "0 - 25"
    V_25_100 = "25 - 100"
    V_100_250 = "100 - 250"
    V_250_1000 = "250 - 1000"
    V_1K_10K = "1K - 10K"
    V_10K_50K = "10K - 50K"
    V_50K_100K = "50K - 100K"
    V_100K = "> 100K"


class SupersearchFiltersEmployeeCountItemOp(str, OpenEnum):
    GTE = "gte"
    LTE = "lte"
    BETWEEN = "between"
    PRESET_BETWEEN = "preset_between"


class SupersearchFiltersFundingTypeItem(str, OpenEnum):
    ANGEL = "angel"
    SEED = "seed"
    PRE_SEED = "pre_seed"
    SERIES_A = "series_a"
    PRE_SERIES_A = "pre_series_a"
    SERIES_B = "series_b"
    PRE_SERIES_B = "pre_series_b"
    SERIES_C = "series_c"
    PRE_SERIES_C = "pre_series_c"
    SERIES_D = "series_d"
    PRE_SERIES_D = "pre_series_d"
    SERIES_E = "series_e"
    PRE_SERIES_E = "pre_series_e"
    SERIES_F = "series_f"
    PRE_SERIES_F = "pre_series_f"
    SERIES_G = "series_g"
    PRE_SERIES_G = "pre_series_g"
    SERIES_H = "series_h"
    PRE_SERIES_H = "pre_series_h"
    SERIES_I = "series_i"
    PRE_SERIES_I = "pre_series_i"
    SERIES_J = "series_j"
    PRE_SERIES_J = "pre_series_j"


@attrs.define(kw_only=True)
class SupersearchFiltersIndustry(Model):
    """Industries to include or exclude."""

    exclude: list[SupersearchIndustry] | None = None
    """Industries that rule a company out."""
    include: list[SupersearchIndustry] | None = None
    """Industries the company must be in one of."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersKeywordFilter(Model):
    """Keywords to look for in company and profile descriptions."""

    exclude: str | None = None
    """Keywords that rule a result out."""
    include: str | None = None
    """Keywords a result must contain."""
    include_mode: KeywordIncludeMode | None = None
    """Whether any (`ANY`) or all (`ALL`) of the included keywords must match."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersLevelItem(str, OpenEnum):
    C_LEVEL = "C-Level"
    VP_LEVEL = "VP-Level"
    DIRECTOR_LEVEL = "Director-Level"
    MANAGER_LEVEL = "Manager-Level"
    STAFF = "Staff"
    ENTRY_LEVEL = "Entry level"
    MID_SENIOR_LEVEL = "Mid-Senior level"
    DIRECTOR = "Director"
    ASSOCIATE = "Associate"
    OWNER = "Owner"
    EXECUTIVE = "Executive"
    MANAGER = "Manager"
    SENIOR = "Senior"
    CHIEF_X_OFFICER = "Chief X Officer (CxO)"
    INTERNSHIP = "Internship"
    VICE_PRESIDENT = "Vice President (VP)"
    UNPAID_INTERNSHIP = "Unpaid / Internship"
    PARTNER = "Partner"


@attrs.define(kw_only=True)
class SupersearchFiltersLocation(Model):
    place_id: str | None = None
    label: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersLocationMode(str, OpenEnum):
    """Whether `locations` applies to where the person is (`contact`) or where the company is (`company`)."""

    CONTACT = "contact"
    COMPANY = "company"


@attrs.define(kw_only=True)
class SupersearchFiltersLocations(Model):
    include: list[SupersearchFiltersLocation] | None = None
    exclude: list[SupersearchFiltersLocation] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersNew(str, OpenEnum):
    LAUNCHES = "launches"
    EXPANDS_OFFICES_TO = "expands_offices_to"
    HIRES = "hires"
    PARTNERS_WITH = "partners_with"
    LEAVES = "leaves"
    RECEIVES_FINANCING = "receives_financing"
    RECOGNIZED_AS = "recognized_as"
    CLOSES_OFFICES_IN = "closes_offices_in"
    IS_DEVELOPING = "is_developing"
    HAS_ISSUES_WITH = "has_issues_with"
    PROMOTES = "promotes"
    OPENS_NEW_LOCATION = "opens_new_location"
    RECEIVES_AWARD = "receives_award"
    ACQUIRES = "acquires"
    INVESTS_INTO_ASSETS = "invests_into_assets"
    SIGNS_NEW_CLIENT = "signs_new_client"
    INCREASES_HEADCOUNT_BY = "increases_headcount_by"
    RETIRES_FROM = "retires_from"
    INVESTS_INTO = "invests_into"
    INTEGRATES_WITH = "integrates_with"
    EXPANDS_FACILITIES = "expands_facilities"
    GOES_PUBLIC = "goes_public"
    SELLS_ASSETS_TO = "sells_assets_to"
    IDENTIFIED_AS_COMPETITOR_OF = "identified_as_competitor_of"
    DECREASES_HEADCOUNT_BY = "decreases_headcount_by"
    EXPANDS_OFFICES_IN = "expands_offices_in"
    FILES_SUIT_AGAINST = "files_suit_against"
    MERGES_WITH = "merges_with"


class SupersearchFiltersRevenueItem(str, OpenEnum):
    V_0_1M = "$0 - 1M"
    V_1M_10M = "$1 - 10M"
    V_10M_50M = "$10 - 50M"
    V_50M_100M = "$50 - 100M"
    V_100M_250M = "$100 - 250M"
    V_250M_500M = "$250 - 500M"
    V_500M_1B = "$500M - 1B"
    V_1B = "> $1B"


@attrs.define(kw_only=True)
class SupersearchFiltersSignal(Model):
    key: str | None = None
    period_days: float | None = None
    keywords: list[str] | dict[str, list[str]] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersSubIndustry(Model):
    """Sub-industries to include or exclude."""

    exclude: list[SupersearchSubIndustry] | None = None
    """Sub-industries that rule a company out."""
    include: list[SupersearchSubIndustry] | None = None
    """Sub-industries the company must be in one of."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchIndustry(str, OpenEnum):
    AGRICULTURE_MINING = "Agriculture & Mining"
    BUSINESS_SERVICES = "Business Services"
    COMPUTERS_ELECTRONICS = "Computers & Electronics"
    CONSUMER_SERVICES = "Consumer Services"
    EDUCATION = "Education"
    ENERGY_UTILITIES = "Energy & Utilities"
    FINANCIAL_SERVICES = "Financial Services"
    GOVERNMENT = "Government"
    HEALTHCARE_PHARMACEUTICALS_BIOTECH = "Healthcare, Pharmaceuticals, & Biotech"
    MANUFACTURING = "Manufacturing"
    MEDIA_ENTERTAINMENT = "Media & Entertainment"
    NON_PROFIT = "Non-Profit"
    OTHER = "Other"
    REAL_ESTATE_CONSTRUCTION = "Real Estate & Construction"
    RETAIL = "Retail"
    SOFTWARE_INTERNET = "Software & Internet"
    TELECOMMUNICATIONS = "Telecommunications"
    TRANSPORTATION_STORAGE = "Transportation & Storage"
    TRAVEL_RECREATION_AND_LEISURE = "Travel, Recreation, and Leisure"
    WHOLESALE_DISTRIBUTION = "Wholesale & Distribution"


class SupersearchSubIndustry(str, OpenEnum):
    DAIRY = "Dairy"
    FARMING = "Farming"
    FISHERY = "Fishery"
    FOOD_BEVERAGES = "Food & Beverages"
    FOOD_PRODUCTION = "Food Production"
    MINING_METALS = "Mining & Metals"
    PAPER_FOREST_PRODUCTS = "Paper & Forest Products"
    RANCHING = "Ranching"
    TOBACCO = "Tobacco"
    ALTERNATIVE_DISPUTE_RESOLUTION = "Alternative Dispute Resolution"
    ANIMATION = "Animation"
    BUSINESS_SUPPLIES_AND_EQUIPMENT = "Business Supplies and Equipment"
    DESIGN = "Design"
    ENVIRONMENTAL_SERVICES = "Environmental Services"
    EVENTS_SERVICES = "Events Services"
    EXECUTIVE_OFFICE = "Executive Office"
    FACILITIES_SERVICES = "Facilities Services"
    FUND_RAISING = "Fund-Raising"
    GRAPHIC_DESIGN = "Graphic Design"
    HUMAN_RESOURCES = "Human Resources"
    IMPORT_AND_EXPORT = "Import and Export"
    INDIVIDUAL_FAMILY_SERVICES = "Individual & Family Services"
    INFORMATION_SERVICES = "Information Services"
    INTERNATIONAL_TRADE_AND_DEVELOPMENT = "International Trade and Development"
    LAW_PRACTICE = "Law Practice"
    LEGAL_SERVICES = "Legal Services"
    MANAGEMENT_CONSULTING = "Management Consulting"
    MARKET_RESEARCH = "Market Research"
    MARKETING_AND_ADVERTISING = "Marketing and Advertising"
    OUTSOURCING_OFFSHORING = "Outsourcing/Offshoring"
    PROFESSIONAL_TRAINING_COACHING = "Professional Training & Coaching"
    PROGRAM_DEVELOPMENT = "Program Development"
    PUBLIC_RELATIONS_AND_COMMUNICATIONS = "Public Relations and Communications"
    PUBLIC_SAFETY = "Public Safety"
    SECURITY_AND_INVESTIGATIONS = "Security and Investigations"
    STAFFING_AND_RECRUITING = "Staffing and Recruiting"
    THINK_TANKS = "Think Tanks"
    TRANSLATION_AND_LOCALIZATION = "Translation and Localization"
    WRITING_AND_EDITING = "Writing and Editing"
    COMPUTER_GAMES = "Computer Games"
    COMPUTER_HARDWARE = "Computer Hardware"
    COMPUTER_NETWORKING = "Computer Networking"
    CONSUMER_ELECTRONICS = "Consumer Electronics"
    SEMICONDUCTORS = "Semiconductors"
    CONSUMER_GOODS = "Consumer Goods"
    CONSUMER_SERVICES = "Consumer Services"
    EDUCATION_MANAGEMENT = "Education Management"
    E_LEARNING = "E-Learning"
    HIGHER_EDUCATION = "Higher Education"
    PRIMARY_SECONDARY_EDUCATION = "Primary/Secondary Education"
    RESEARCH = "Research"
    OIL_ENERGY = "Oil & Energy"
    RENEWABLES_ENVIRONMENT = "Renewables & Environment"
    UTILITIES = "Utilities"
    ACCOUNTING = "Accounting"
    BANKING = "Banking"
    CAPITAL_MARKETS = "Capital Markets"
    FINANCIAL_SERVICES = "Financial Services"
    INSURANCE = "Insurance"
    INVESTMENT_BANKING = "Investment Banking"
    INVESTMENT_MANAGEMENT = "Investment Management"
    VENTURE_CAPITAL_PRIVATE = "Venture Capital & Private Equity"
    DEFENSE_SPACE = "Defense & Space"
    GOVERNMENT_ADMINISTRATION = "Government Administration"
    GOVERNMENT_RELATIONS = "Government Relations"
    INTERNATIONAL_AFFAIRS = "International Affairs"
    JUDICIARY = "Judiciary"
    LAW_ENFORCEMENT = "Law Enforcement"
    LEGISLATIVE_OFFICE = "Legislative Office"
    MILITARY = "Military"
    MUSEUMS_AND_INSTITUTIONS = "Museums and Institutions"
    PUBLIC_POLICY = "Public Policy"
    ALTERNATIVE_MEDICINE = "Alternative Medicine"
    BIOTECHNOLOGY = "Biotechnology"
    HEALTH_WELLNESS_AND_FITNESS = "Health, Wellness and Fitness"
    HOSPITAL_HEALTH_CARE = "Hospital & Health Care"
    MEDICAL_DEVICES = "Medical Devices"
    MEDICAL_PRACTICE = "Medical Practice"
    MENTAL_HEALTH_CARE = "Mental Health Care"
    PHARMACEUTICALS = "Pharmaceuticals"
    VETERINARY = "Veterinary"
    AUTOMOTIVE = "Automotive"
    AVIATION_AEROSPACE = "Aviation & Aerospace"
    CHEMICALS = "Chemicals"
    ELECTRICAL_ELECTRONIC_MANUFACTURING = "Electrical/Electronic Manufacturing"
    FURNITURE = "Furniture"
    INDUSTRIAL_AUTOMATION = "Industrial Automation"
    MACHINERY = "Machinery"
    MECHANICAL_OR_INDUSTRIAL_ENGINEERING = "Mechanical or Industrial Engineering"
    PLASTICS = "Plastics"
    RAILROAD_MANUFACTURE = "Railroad Manufacture"
    SHIPBUILDING = "Shipbuilding"
    TEXTILES = "Textiles"
    BROADCAST_MEDIA = "Broadcast Media"
    MEDIA_PRODUCTION = "Media Production"
    MOTION_PICTURES_AND_FILM = "Motion Pictures and Film"
    MUSIC = "Music"
    NEWSPAPERS = "Newspapers"
    ONLINE_MEDIA = "Online Media"
    PRINTING = "Printing"
    PUBLISHING = "Publishing"
    CIVIC_SOCIAL_ORGANIZATION = "Civic & Social Organization"
    LIBRARIES = "Libraries"
    NON_PROFIT_ORGANIZATION_MANAGEMENT = "Non-Profit Organization Management"
    PHILANTHROPY = "Philanthropy"
    POLITICAL_ORGANIZATION = "Political Organization"
    RELIGIOUS_INSTITUTIONS = "Religious Institutions"
    ARTS_AND_CRAFTS = "Arts and Crafts"
    NANOTECHNOLOGY = "Nanotechnology"
    ARCHITECTURE_PLANNING = "Architecture & Planning"
    BUILDING_MATERIALS = "Building Materials"
    CIVIL_ENGINEERING = "Civil Engineering"
    COMMERCIAL_REAL_ESTATE = "Commercial Real Estate"
    CONSTRUCTION = "Construction"
    GLASS_CERAMICS_CONCRETE = "Glass, Ceramics & Concrete"
    REAL_ESTATE = "Real Estate"
    APPAREL_FASHION = "Apparel & Fashion"
    COSMETICS = "Cosmetics"
    LUXURY_GOODS_JEWELRY = "Luxury Goods & Jewelry"
    RETAIL = "Retail"
    SUPERMARKETS = "Supermarkets"
    COMPUTER_NETWORK_SECURITY = "Computer & Network Security"
    COMPUTER_SOFTWARE = "Computer Software"
    INFORMATION_TECHNOLOGY_AND_SERVICES = "Information Technology and Services"
    INTERNET = "Internet"
    TELECOMMUNICATIONS = "Telecommunications"
    WIRELESS = "Wireless"
    AIRLINES_AVIATION = "Airlines/Aviation"
    LOGISTICS_AND_SUPPLY_CHAIN = "Logistics and Supply Chain"
    MARITIME = "Maritime"
    PACKAGE_FREIGHT_DELIVERY = "Package/Freight Delivery"
    PACKAGING_AND_CONTAINERS = "Packaging and Containers"
    WAREHOUSING = "Warehousing"
    TRANSPORTATION_TRUCKING_RAILROAD = "Transportation/Trucking/Railroad"
    ENTERTAINMENT = "Entertainment"
    FINE_ART = "Fine Art"
    GAMBLING_CASINOS = "Gambling & Casinos"
    HOSPITALITY = "Hospitality"
    LEISURE_TRAVEL_TOURISM = "Leisure, Travel & Tourism"
    PERFORMING_ARTS = "Performing Arts"
    PHOTOGRAPHY = "Photography"
    RECREATIONAL_FACILITIES_AND_SERVICES = "Recreational Facilities and Services"
    RESTAURANTS = "Restaurants"
    SPORTING_GOODS = "Sporting Goods"
    SPORTS = "Sports"
    WINE_AND_SPIRITS = "Wine and Spirits"
    WHOLESALE = "Wholesale"


@attrs.define(kw_only=True)
class SupersearchTextFilter(Model):
    """Job titles to include or exclude."""

    include: list[str] | None = None
    """Job titles the person must have one of."""
    exclude: list[str] | None = None
    """Job titles that rule a person out."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class UpdateEnrichmentSettingsRequest(Model):
    """Enrichment settings to change; omitted fields keep their value."""

    auto_update: bool | None = None
    """Enrich leads added to the resource later automatically."""
    skip_rows_without_email: bool | None = None
    """Skip leads that have no email address."""
    is_evergreen: bool | None = None
    """Keep adding new SuperSearch matches to the resource over time."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
