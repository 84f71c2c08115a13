"""Models of the Campaign group: Outreach campaigns: sequences, schedules, sending options and analytics.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import (
    AutoVariantSelect,
    CampaignSchedule,
    CampaignSequence,
    CampaignStatus,
    LeadQuery,
    WorkspaceMemberName,
)


@attrs.define(kw_only=True)
class AddVariablesRequest(Model):
    """Custom variable names to add to a campaign."""

    variables: list[str]
    """Names of the variables to add."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Campaign(Model):
    """An outreach campaign: the email sequence sent to its leads, the sending accounts and schedule, and the options that control pace, tracking and stop conditions."""

    id: str
    """Unique id of the campaign."""
    name: str
    """Display name of the campaign."""
    pl_value: float | None = None
    """Monetary value assigned to each lead marked as positive, used in opportunity value reports."""
    status: CampaignStatus
    """Campaign status: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is blocked (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""
    is_evergreen: bool | None = None
    """Whether the campaign stays open for leads added later instead of completing once all current leads have finished."""
    campaign_schedule: CampaignSchedule
    """When the campaign is allowed to send."""
    sequences: list[CampaignSequence] | None = None
    """The email sequence of the campaign. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    timestamp_created: str
    """When the campaign was created (ISO-8601, UTC)."""
    timestamp_updated: str
    """When the campaign was last changed (ISO-8601, UTC)."""
    email_gap: float | None = None
    """Minimum number of minutes between two emails sent by the campaign."""
    random_wait_max: float | None = None
    """Maximum number of extra minutes added at random to `email_gap`, so sends are not evenly spaced."""
    text_only: bool | None = None
    """Whether all emails are sent as plain text, without HTML."""
    first_email_text_only: bool | None = None
    """Whether only the first email of the sequence is sent as plain text."""
    email_list: list[str] | None = None
    """Addresses of the sending accounts used by the campaign."""
    daily_limit: float | None = None
    """Maximum number of emails the campaign sends per day, across all its accounts."""
    stop_on_reply: bool | None = None
    """Whether a lead stops receiving the sequence once they reply."""
    email_tag_list: list[str] | None = None
    """Custom tag ids; accounts carrying these tags are used as senders."""
    link_tracking: bool | None = None
    """Whether link clicks are tracked."""
    open_tracking: bool | None = None
    """Whether email opens are tracked."""
    stop_on_auto_reply: bool | None = None
    """Whether a lead stops receiving the sequence when an automatic reply (such as out-of-office) arrives."""
    daily_max_leads: int | None = None
    """Maximum number of new leads contacted per day; null for no separate limit."""
    prioritize_new_leads: bool | None = None
    """Whether first emails to new leads are sent before follow-ups."""
    auto_variant_select: AutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    match_lead_esp: bool | None = None
    """Whether leads are sent from accounts on the same email provider as the lead, when possible."""
    not_sending_status: CampaignNotSendingStatus | None = None
    """Why an active campaign is not sending right now: 1 outside its schedule, 2 waiting for a lead to process, 3 campaign daily limit reached, 4 all accounts at their daily limit, 99 an error; null when sending normally."""
    stop_for_company: bool | None = None
    """Whether a reply from one lead stops the sequence for every lead of the same company domain."""
    core_variables: dict[str, Any] | None = None
    """Built-in lead variables available in the campaign's templates."""
    custom_variables: dict[str, Any] | None = None
    """Custom lead variables available in the campaign's templates."""
    insert_unsubscribe_header: bool | None = None
    """Whether a List-Unsubscribe header is added to emails."""
    allow_risky_contacts: bool | None = None
    """Whether leads whose verification found them risky are still emailed."""
    disable_bounce_protect: bool | None = None
    """Whether the automatic pause on a high bounce rate is turned off."""
    limit_emails_per_company_override: CampaignLimitEmailsPerCompanyOverride | None = None
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""
    cc_list: list[str] | None = None
    """Addresses copied (CC) on every email of the campaign."""
    bcc_list: list[str] | None = None
    """Addresses blind-copied (BCC) on every email of the campaign."""
    organization: str | None = None
    """Id of the workspace that owns the campaign."""
    owned_by: str | None = None
    """Id of the user who owns the campaign."""
    ai_sdr_id: str | None = None
    """Id of the AI sales agent attached to the campaign, if any."""
    provider_routing_rules: list[CampaignProviderRoutingRule] | None = None
    """Rules that decide, by sender and recipient email provider, whether an email may be sent; evaluated in order."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignDailyLimitStatus(Model):
    """State of the campaign's daily limit."""

    limit: float | None = None
    """The campaign's daily limit."""
    sent: float | None = None
    """Emails sent today."""
    limit_hit: bool | None = None
    """Whether the limit has been reached."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignLimitEmailsPerCompanyOverride(Model):
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""

    mode: LimitEmailsPerCompanyOverrideMode
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""
    daily_limit: float | None = None
    """Maximum emails per company domain per day."""
    scope: LimitEmailsPerCompanyOverrideScope | None = None
    """Whether the limit counts this campaign only or all campaigns of the workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignNotSendingStatus(int, OpenEnum):
    """Why an active campaign is not sending right now: 1 outside its schedule, 2 waiting for a lead to process, 3 campaign daily limit reached, 4 all accounts at their daily limit, 99 an error; null when sending normally."""

    OUTSIDE_SCHEDULE = 1
    WAITING_FOR_LEAD = 2
    DAILY_LIMIT_REACHED = 3
    ACCOUNTS_AT_DAILY_LIMIT = 4
    ERROR = 99


@attrs.define(kw_only=True)
class CampaignProviderRoutingRule(Model):
    action: CampaignProviderRoutingRuleAction | None = None
    """Whether matching emails are sent or held back."""
    recipient_esp: list[RoutingProvider] | None = None
    """Recipient providers the rule applies to."""
    sender_esp: list[RoutingProvider] | None = None
    """Sending account providers the rule applies to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignProviderRoutingRuleAction(str, OpenEnum):
    """Whether matching emails are sent or held back."""

    SEND = "send"
    DO_NOT_SEND = "do_not_send"


@attrs.define(kw_only=True)
class CountLaunchedResponse(Model):
    """Number of launched campaigns."""

    count: float
    """How many campaigns in the workspace have been launched."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignRequest(Model):
    """Definition of a new campaign; it is created in draft status."""

    name: str
    """Display name of the campaign."""
    pl_value: float | None = None
    """Monetary value assigned to each lead marked as positive, used in opportunity value reports."""
    is_evergreen: bool | None = None
    """Whether the campaign stays open for leads added later instead of completing once all current leads have finished."""
    campaign_schedule: CampaignSchedule
    """When the campaign is allowed to send."""
    sequences: list[CampaignSequence] | None = None
    """The email sequence of the campaign. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    email_gap: float | None = None
    """Minimum number of minutes between two emails sent by the campaign."""
    random_wait_max: float | None = None
    """Maximum number of extra minutes added at random to `email_gap`, so sends are not evenly spaced."""
    text_only: bool | None = None
    """Whether all emails are sent as plain text, without HTML."""
    first_email_text_only: bool | None = None
    """Whether only the first email of the sequence is sent as plain text."""
    email_list: list[str] | None = None
    """Addresses of the sending accounts used by the campaign."""
    daily_limit: float | None = None
    """Maximum number of emails the campaign sends per day, across all its accounts."""
    stop_on_reply: bool | None = None
    """Whether a lead stops receiving the sequence once they reply."""
    email_tag_list: list[str] | None = None
    """Custom tag ids; accounts carrying these tags are used as senders."""
    link_tracking: bool | None = None
    """Whether link clicks are tracked."""
    open_tracking: bool | None = None
    """Whether email opens are tracked."""
    stop_on_auto_reply: bool | None = None
    """Whether a lead stops receiving the sequence when an automatic reply (such as out-of-office) arrives."""
    daily_max_leads: int | None = None
    """Maximum number of new leads contacted per day; null for no separate limit."""
    prioritize_new_leads: bool | None = None
    """Whether first emails to new leads are sent before follow-ups."""
    auto_variant_select: AutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    match_lead_esp: bool | None = None
    """Whether leads are sent from accounts on the same email provider as the lead, when possible."""
    stop_for_company: bool | None = None
    """Whether a reply from one lead stops the sequence for every lead of the same company domain."""
    insert_unsubscribe_header: bool | None = None
    """Whether a List-Unsubscribe header is added to emails."""
    allow_risky_contacts: bool | None = None
    """Whether leads whose verification found them risky are still emailed."""
    disable_bounce_protect: bool | None = None
    """Whether the automatic pause on a high bounce rate is turned off."""
    limit_emails_per_company_override: CampaignLimitEmailsPerCompanyOverride | None = None
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""
    cc_list: list[str] | None = None
    """Addresses copied (CC) on every email of the campaign."""
    bcc_list: list[str] | None = None
    """Addresses blind-copied (BCC) on every email of the campaign."""
    owned_by: str | None = None
    """Id of the user who owns the campaign."""
    ai_sdr_id: str | None = None
    """Id of the AI sales agent attached to the campaign, if any."""
    provider_routing_rules: list[CampaignProviderRoutingRule] | None = None
    """Rules that decide, by sender and recipient email provider, whether an email may be sent; evaluated in order."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CustomPromptTemplate(Model):
    """A saved AI prompt that can be run on leads, for example to write or clean personalised text."""

    id: str
    """Unique id of the template."""
    workspace_id: str
    """Id of the workspace that owns the template."""
    created_by: str
    """Id of the user who created the template."""
    name: str
    """Display name of the template."""
    description: str | None = None
    """Optional explanation of what the prompt does."""
    category: CustomPromptTemplateCategory
    """Kind of prompt: 1 copywriting, 2 cleaning, 3 sales, 4 marketing, 5 other, 6 personalization."""
    properties: list[CustomPromptTemplateProperty] | None = None
    """Lead fields that the prompt reads, each with a display name and a field name."""
    prompt: str
    """Text of the prompt sent to the AI model."""
    is_public: bool
    """Whether the template is shared publicly."""
    model_version: CustomPromptTemplateModelVersion | None = None
    """AI model that runs the prompt."""
    from_shared: bool | None = None
    """Whether the template was copied from a shared template."""
    like_count: float | None = None
    """Number of likes the template has received."""
    execution_count: float | None = None
    """Number of times the template has been run."""
    liked: bool | None = None
    """Whether the current user has liked the template."""
    template_type: CustomPromptTemplateType | None = None
    """Whether the template is the workspace's own (`custom`) or a public one (`public`)."""
    created_by_instantly: bool | None = None
    """Whether the template was provided by Instantly."""
    creator: CustomPromptTemplateCreator | None = None
    """The user who created the template."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CustomPromptTemplateCategory(int, OpenEnum):
    """Kind of prompt: 1 copywriting, 2 cleaning, 3 sales, 4 marketing, 5 other, 6 personalization."""

    COPYWRITING = 1
    CLEANING = 2
    SALES = 3
    MARKETING = 4
    OTHER = 5
    PERSONALIZATION = 6


@attrs.define(kw_only=True)
class CustomPromptTemplateCreator(Model):
    """The user who created the template."""

    id: str | None = None
    """Id of the creator."""
    payload: CustomPromptTemplateCreatorPayload | None = None
    """Profile details of the creator."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CustomPromptTemplateCreatorPayload(Model):
    """Profile details of the creator."""

    name: WorkspaceMemberName | None = None
    """Name of the creator."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CustomPromptTemplateModelVersion(str, OpenEnum):
    """AI model that runs the prompt."""

    GPT_3_5 = "3.5"
    GPT_5 = "gpt-5"
    GPT_5_4 = "gpt-5.4"
    GPT_5_MINI = "gpt-5-mini"
    GPT_5_NANO = "gpt-5-nano"
    GPT_4_0 = "4.0"
    GPT_4_0_OMNI = "4.0-Omni"
    GPT_4O = "gpt-4o"
    O3 = "o3"
    GPT_4_1 = "gpt-4.1"
    GPT_4_1_MINI = "gpt-4.1-mini"
    CLAUDE_4_5_SONNET = "claude-4.5-sonnet"
    CLAUDE_4_6_SONNET = "claude-4.6-sonnet"
    R1 = "r1"
    GROK_4_3 = "grok-4.3"
    GEMINI_3_0_FLASH = "gemini-3.0-flash"
    GEMINI_3_5_FLASH = "gemini-3.5-flash"
    INSTANTLY_AI_LIGHTSPEED_AGENT = "instantly-ai-lightspeed-agent"
    SONAR = "sonar"
    SONAR_PRO = "sonar-pro"


@attrs.define(kw_only=True)
class CustomPromptTemplateProperty(Model):
    name: str | None = None
    """Display name of the input."""
    property: str | None = None
    """Lead field that supplies the input."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CustomPromptTemplateType(str, OpenEnum):
    """Whether the template is the workspace's own (`custom`) or a public one (`public`)."""

    CUSTOM = "custom"
    PUBLIC = "public"


@attrs.define(kw_only=True)
class DuplicateRequest(Model):
    """Options for the campaign copy."""

    name: str | None = None
    """Name of the copy; a default name is used when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignAnalyticsItem(Model):
    """Totals of one campaign over the requested period."""

    campaign_name: str
    """Name of the campaign."""
    campaign_id: str
    """Id of the campaign."""
    campaign_status: float
    """Current status of the campaign (see `Campaign.status`)."""
    campaign_is_evergreen: bool
    """Whether the campaign is evergreen."""
    leads_count: int
    """Number of leads in the campaign."""
    contacted_count: int
    """Leads contacted at least once."""
    emails_sent_count: int
    """Emails sent."""
    new_leads_contacted_count: int
    """Leads contacted for the first time in the period."""
    open_count: int
    """Opens, counting repeats."""
    open_count_unique: int | None = None
    """Distinct leads who opened."""
    open_count_unique_by_step: int | None = None
    """Distinct opens counted separately for each step."""
    reply_count: int
    """Replies received, counting repeats."""
    reply_count_unique: int | None = None
    """Distinct leads who replied."""
    reply_count_unique_by_step: int | None = None
    """Distinct replies counted separately for each step."""
    reply_count_automatic: int | None = None
    """Automatic replies (such as out-of-office) received."""
    reply_count_automatic_unique: int | None = None
    """Distinct leads who sent an automatic reply."""
    reply_count_automatic_unique_by_step: int | None = None
    """Distinct automatic replies counted separately for each step."""
    link_click_count: int
    """Link clicks, counting repeats."""
    link_click_count_unique: int | None = None
    """Distinct leads who clicked a link."""
    link_click_count_unique_by_step: int | None = None
    """Distinct clicks counted separately for each step."""
    bounced_count: int
    """Emails that bounced."""
    unsubscribed_count: int
    """Leads who unsubscribed."""
    completed_count: int
    """Leads who reached the end of the sequence."""
    total_opportunities: int
    """Leads counted as opportunities."""
    total_opportunity_value: float
    """Total value of those opportunities."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignAnalyticsOverviewResponse(Model):
    """Totals summed over the selected campaigns and period."""

    open_count: int | None = None
    """Opens, counting repeats."""
    open_count_unique: int | None = None
    """Distinct leads who opened."""
    open_count_unique_by_step: int | None = None
    """Distinct opens counted separately for each step."""
    link_click_count: int | None = None
    """Link clicks, counting repeats."""
    link_click_count_unique: int | None = None
    """Distinct leads who clicked a link."""
    link_click_count_unique_by_step: int | None = None
    """Distinct clicks counted separately for each step."""
    reply_count: int | None = None
    """Replies received, counting repeats."""
    reply_count_unique: int | None = None
    """Distinct leads who replied."""
    reply_count_unique_by_step: int | None = None
    """Distinct replies counted separately for each step."""
    reply_count_automatic: int | None = None
    """Automatic replies (such as out-of-office) received."""
    reply_count_automatic_unique: int | None = None
    """Distinct leads who sent an automatic reply."""
    reply_count_automatic_unique_by_step: int | None = None
    """Distinct automatic replies counted separately for each step."""
    bounced_count: int | None = None
    """Emails that bounced."""
    unsubscribed_count: int | None = None
    """Leads who unsubscribed."""
    completed_count: int | None = None
    """Leads who reached the end of the sequence."""
    emails_sent_count: int | None = None
    """Emails sent."""
    contacted_count: int | None = None
    """Leads contacted at least once."""
    new_leads_contacted_count: int | None = None
    """Leads contacted for the first time in the period."""
    total_opportunities: int | None = None
    """Leads counted as opportunities."""
    total_opportunity_value: float | None = None
    """Total value of those opportunities."""
    total_interested: int | None = None
    """Leads marked as interested."""
    total_meeting_booked: int | None = None
    """Leads with a meeting booked."""
    total_meeting_completed: int | None = None
    """Leads with a meeting held."""
    total_closed: int | None = None
    """Leads marked as closed (won)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignStepsAnalyticsItem(Model):
    """Activity of one sequence step and variant."""

    step: str | None
    """Position of the step in the sequence, as a string; null when not tied to a step."""
    variant: str | None
    """Variant of the step, as a string; null when not tied to a variant."""
    sent: int
    """Emails sent."""
    opened: int
    """Opens, counting repeats."""
    unique_opened: int
    """Distinct leads who opened."""
    replies: int
    """Replies, counting repeats."""
    unique_replies: int
    """Distinct leads who replied."""
    replies_automatic: int
    """Automatic replies received."""
    unique_replies_automatic: int
    """Distinct leads who sent an automatic reply."""
    clicks: int
    """Link clicks, counting repeats."""
    unique_clicks: int
    """Distinct leads who clicked."""
    opportunities: int | None = None
    """Opportunities created."""
    unique_opportunities: int | None = None
    """Distinct leads that became opportunities."""
    meetings_booked: int | None = None
    """Meetings booked."""
    won: int | None = None
    """Deals won."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetDailyCampaignAnalyticsItem(Model):
    """Campaign activity on one day."""

    date: str | None = None
    """Day the counts refer to, as `YYYY-MM-DD`."""
    sent: int | None = None
    """Emails sent."""
    contacted: int | None = None
    """Leads contacted."""
    new_leads_contacted: int | None = None
    """Leads contacted for the first time."""
    opened: int | None = None
    """Opens, counting repeats."""
    unique_opened: int | None = None
    """Distinct leads who opened."""
    replies: int | None = None
    """Replies, counting repeats."""
    unique_replies: int | None = None
    """Distinct leads who replied."""
    replies_automatic: int | None = None
    """Automatic replies received."""
    unique_replies_automatic: int | None = None
    """Distinct leads who sent an automatic reply."""
    clicks: int | None = None
    """Link clicks, counting repeats."""
    unique_clicks: int | None = None
    """Distinct leads who clicked."""
    opportunities: int | None = None
    """Opportunities created."""
    unique_opportunities: int | None = None
    """Distinct leads that became opportunities."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class LimitEmailsPerCompanyOverrideMode(str, OpenEnum):
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""

    CUSTOM = "custom"
    DISABLED = "disabled"


class LimitEmailsPerCompanyOverrideScope(str, OpenEnum):
    """Whether the limit counts this campaign only or all campaigns of the workspace."""

    PER_CAMPAIGN = "per_campaign"
    ACROSS_WORKSPACE = "across_workspace"


@attrs.define(kw_only=True)
class PatchCampaignRequest(Model):
    """Campaign fields to change; omitted fields keep their current value."""

    name: str | None = None
    """Display name of the campaign."""
    pl_value: float | None = None
    """Monetary value assigned to each lead marked as positive, used in opportunity value reports."""
    is_evergreen: bool | None = None
    """Whether the campaign stays open for leads added later instead of completing once all current leads have finished."""
    campaign_schedule: CampaignSchedule | None = None
    """When the campaign is allowed to send."""
    sequences: list[CampaignSequence] | None = None
    """The email sequence of the campaign. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    email_gap: float | None = None
    """Minimum number of minutes between two emails sent by the campaign."""
    random_wait_max: float | None = None
    """Maximum number of extra minutes added at random to `email_gap`, so sends are not evenly spaced."""
    text_only: bool | None = None
    """Whether all emails are sent as plain text, without HTML."""
    first_email_text_only: bool | None = None
    """Whether only the first email of the sequence is sent as plain text."""
    email_list: list[str] | None = None
    """Addresses of the sending accounts used by the campaign."""
    daily_limit: float | None = None
    """Maximum number of emails the campaign sends per day, across all its accounts."""
    stop_on_reply: bool | None = None
    """Whether a lead stops receiving the sequence once they reply."""
    email_tag_list: list[str] | None = None
    """Custom tag ids; accounts carrying these tags are used as senders."""
    link_tracking: bool | None = None
    """Whether link clicks are tracked."""
    open_tracking: bool | None = None
    """Whether email opens are tracked."""
    stop_on_auto_reply: bool | None = None
    """Whether a lead stops receiving the sequence when an automatic reply (such as out-of-office) arrives."""
    daily_max_leads: int | None = None
    """Maximum number of new leads contacted per day; null for no separate limit."""
    prioritize_new_leads: bool | None = None
    """Whether first emails to new leads are sent before follow-ups."""
    auto_variant_select: AutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    match_lead_esp: bool | None = None
    """Whether leads are sent from accounts on the same email provider as the lead, when possible."""
    stop_for_company: bool | None = None
    """Whether a reply from one lead stops the sequence for every lead of the same company domain."""
    insert_unsubscribe_header: bool | None = None
    """Whether a List-Unsubscribe header is added to emails."""
    allow_risky_contacts: bool | None = None
    """Whether leads whose verification found them risky are still emailed."""
    disable_bounce_protect: bool | None = None
    """Whether the automatic pause on a high bounce rate is turned off."""
    limit_emails_per_company_override: CampaignLimitEmailsPerCompanyOverride | None = None
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""
    cc_list: list[str] | None = None
    """Addresses copied (CC) on every email of the campaign."""
    bcc_list: list[str] | None = None
    """Addresses blind-copied (BCC) on every email of the campaign."""
    owned_by: str | None = None
    """Id of the user who owns the campaign."""
    provider_routing_rules: list[CampaignProviderRoutingRule] | None = None
    """Rules that decide, by sender and recipient email provider, whether an email may be sent; evaluated in order."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class RoutingProvider(str, OpenEnum):
    ALL = "all"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OTHER = "other"


@attrs.define(kw_only=True)
class SalesFlow(Model):
    """A saved view of leads for sales users, defined by activity and status conditions on a list or campaign."""

    id: str
    """Unique id of the sales flow."""
    timestamp_created: datetime
    """When the sales flow was created (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the sales flow."""
    name: str
    """Display name of the sales flow."""
    is_default: bool | None = None
    """Whether this is the default sales flow."""
    queries: list[LeadQuery]
    """Conditions a lead must meet to appear in the view."""
    created_by: str
    """Id of the user who created the sales flow."""
    list_id: str | None = None
    """Lead list the view draws from, if any."""
    campaign_id: str | None = None
    """Campaign the view draws from, if any."""
    list_name: str | None = None
    """Name of that lead list."""
    campaign_name: str | None = None
    """Name of that campaign."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SearchByContactResponse(Model):
    """Campaigns that contain the lead that was searched for."""

    items: list[Campaign] | None = None
    """The matching campaigns."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnostics(Model):
    """Detailed checks behind the status; null when not available."""

    campaign_id: str | None = None
    """Campaign that was diagnosed."""
    subsequence_id: str | None = None
    """Subsequence that was diagnosed, when the check is about one."""
    last_updated: str | None = None
    """When the diagnosis was last computed."""
    status: SendingStatusDiagnosticsStatus | None = None
    """Main reason for the current sending state, such as `healthy`, `out_of_schedule`, `daily_limit_met`, `waiting_for_leads` or `no_accounts_available`."""
    issue_tracking: SendingStatusDiagnosticsIssueTracking | None = None
    """How long the current issue has lasted."""
    accounts_summary: SendingStatusDiagnosticsAccountsSummary | None = None
    """Availability of the campaign's sending accounts."""
    campaign_daily_limit: CampaignDailyLimitStatus | None = None
    """State of the campaign's daily limit."""
    new_lead_limit: SendingStatusDiagnosticsNewLeadLimit | None = None
    """State of the daily limit on new leads."""
    schedule_status: SendingStatusDiagnosticsScheduleStatus | None = None
    """Whether the campaign is inside its sending schedule."""
    send_one_by_one: SendingStatusDiagnosticsSendOneByOne | None = None
    """Settings that serialise sending across accounts."""
    follow_ups_waiting: SendingStatusDiagnosticsFollowUpsWaiting | None = None
    """Follow-up emails waiting for their delay to pass."""
    esp_routing_status: SendingStatusDiagnosticsEspRoutingStatus | None = None
    """State of provider-based routing."""
    domain_limiter: SendingStatusDiagnosticsDomainLimiter | None = None
    """State of the per-company (domain) limit."""
    leads_status: SendingStatusDiagnosticsLeadsStatus | None = None
    """Whether leads are ready to be emailed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsAccountsSummary(Model):
    """Availability of the campaign's sending accounts."""

    total_connected: float | None = None
    """Accounts attached to the campaign."""
    available: float | None = None
    """Accounts able to send now."""
    unavailable: UnavailableAccounts | None = None
    """Accounts unable to send, counted by reason."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsDomainLimiter(Model):
    """State of the per-company (domain) limit."""

    active: bool | None = None
    """Whether the limit is holding back emails."""
    domains_at_limit: float | None = None
    """Number of recipient domains that reached the limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsEspRoutingStatus(Model):
    """State of provider-based routing."""

    enabled: bool | None = None
    """Whether provider routing rules are active."""
    waiting_for_match: bool | None = None
    """Whether emails are held until an account on a matching provider is free."""
    connected_esps: list[float] | None = None
    """Provider codes of the connected sending accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsFollowUpsWaiting(Model):
    """Follow-up emails waiting for their delay to pass."""

    count: float | None = None
    """Number of waiting follow-ups."""
    earliest_wait_time_seconds: float | None = None
    """Seconds until the first of them becomes due."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsIssueTracking(Model):
    """How long the current issue has lasted."""

    current_status_code: str | None = None
    """Code of the issue being tracked."""
    issue_first_seen_at: str | None = None
    """When the issue was first seen."""
    consecutive_loops_with_issue: float | None = None
    """Number of consecutive sending rounds in which the issue was present."""
    last_healthy_send_at: str | None = None
    """When the campaign last sent normally."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsLeadsStatus(Model):
    """Whether leads are ready to be emailed."""

    no_leads_ready: bool | None = None
    """True if no lead is currently due for an email."""
    account_unavailable_skips: float | None = None
    """Leads skipped because their account was unavailable."""
    delay_not_met_skips: float | None = None
    """Leads skipped because their step delay had not passed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsNewLeadLimit(Model):
    """State of the daily limit on new leads."""

    enabled: bool | None = None
    """Whether a new-lead limit is set."""
    limit: float | None = None
    """The new-lead limit, if set."""
    contacted: float | None = None
    """New leads contacted today."""
    limit_hit: bool | None = None
    """Whether the limit has been reached."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsScheduleStatus(Model):
    """Whether the campaign is inside its sending schedule."""

    in_schedule: bool | None = None
    """True if the current time is inside a sending window."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusDiagnosticsSendOneByOne(Model):
    """Settings that serialise sending across accounts."""

    enabled: bool | None = None
    """Whether one-by-one sending is on."""
    single_account_per_wait_gap: bool | None = None
    """Whether only one account sends in each wait gap."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SendingStatusDiagnosticsStatus(str, OpenEnum):
    """Main reason for the current sending state, such as `healthy`, `out_of_schedule`, `daily_limit_met`, `waiting_for_leads` or `no_accounts_available`."""

    CAMPAIGN_PAUSED = "campaign_paused"
    CAMPAIGN_DRAFT = "campaign_draft"
    CAMPAIGN_COMPLETED = "campaign_completed"
    CAMPAIGN_RUNNING_SUBSEQUENCES = "campaign_running_subsequences"
    CAMPAIGN_BOUNCE_PROTECT = "campaign_bounce_protect"
    CAMPAIGN_ACCOUNTS_UNHEALTHY = "campaign_accounts_unhealthy"
    CAMPAIGN_ACCOUNT_SUSPENDED = "campaign_account_suspended"
    OUT_OF_SCHEDULE = "out_of_schedule"
    WAITING_FOR_LEADS = "waiting_for_leads"
    DAILY_LIMIT_MET = "daily_limit_met"
    ACCOUNT_DAILY_LIMIT_MET = "account_daily_limit_met"
    NEW_LEAD_LIMIT_MET = "new_lead_limit_met"
    ALL_ACCOUNTS_UNHEALTHY = "all_accounts_unhealthy"
    WAITING_FOR_ESP_MATCH = "waiting_for_esp_match"
    DOMAIN_LIMIT_REACHED = "domain_limit_reached"
    FOLLOW_UP_DELAY_NOT_MET = "follow_up_delay_not_met"
    NO_ACCOUNTS_AVAILABLE = "no_accounts_available"
    HEALTHY = "healthy"


@attrs.define(kw_only=True)
class SendingStatusResponse(Model):
    """Diagnosis of a campaign's or subsequence's sending, with raw details and a short summary."""

    diagnostics: SendingStatusDiagnostics | None = None
    """Detailed checks behind the status; null when not available."""
    summary: SendingStatusSummary | None = None
    """Short human-readable summary of the status; null when not available."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendingStatusSummary(Model):
    """Short human-readable summary of the status; null when not available."""

    status: str | None = None
    """Summary status code."""
    status_message: str | None = None
    """Explanation of the status."""
    issue_started_at: str | None = None
    """When the current issue started."""
    last_healthy_send_at: str | None = None
    """When the campaign last sent normally."""
    ai_summary: str | None = None
    """AI-written explanation, present when `with_ai_summary=true` was sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class UnavailableAccounts(Model):
    """Accounts unable to send, counted by reason."""

    daily_limit_hit: float | None = None
    """Accounts that reached their daily limit."""
    slow_ramp_limit_hit: float | None = None
    """Accounts held back by slow ramp-up."""
    disconnected: float | None = None
    """Accounts with a connection problem."""
    global_gap_not_met: float | None = None
    """Accounts still waiting out their minimum gap between emails."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
