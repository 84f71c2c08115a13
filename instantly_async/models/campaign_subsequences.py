"""Models of the CampaignSubsequence group: Follow-up sequences that leads enter when a condition in a campaign is met.

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
)


@attrs.define(kw_only=True)
class CampaignSubsequence(Model):
    """A follow-up sequence attached to a campaign. Leads of that campaign enter it when one of its conditions is met, and then receive its own steps on its own schedule."""

    id: str
    """Unique id of the subsequence."""
    timestamp_created: datetime
    """When the subsequence was created (ISO-8601, UTC)."""
    parent_campaign: str
    """Id of the campaign the subsequence belongs to."""
    workspace: str
    """Id of the workspace that owns the subsequence."""
    status: CampaignStatus
    """Subsequence status, with the same codes as campaigns: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is blocked (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""
    timestamp_leads_updated: datetime
    """When leads were last added to or removed from the subsequence."""
    name: str
    """Display name of the subsequence."""
    conditions: CampaignSubsequenceConditions
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""
    subsequence_schedule: CampaignSchedule | None = None
    """When the subsequence is allowed to send."""
    sequences: list[CampaignSequence] | None = None
    """The email sequence of the subsequence. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    auto_variant_select: AutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    daily_limit_mode: CampaignSubsequenceDailyLimitMode | None = None
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""
    daily_limit: float | None = None
    """Maximum emails per day when `daily_limit_mode` is `custom`."""
    ignore_account_daily_limit: bool | None = None
    """Whether the subsequence may keep sending when its accounts have reached their own daily limits."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSubsequenceConditions(Model):
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""

    crm_status: list[float] | None = None
    """Lead interest statuses that trigger entry, e.g. 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show; custom status values are accepted too."""
    lead_activity: list[SubsequenceConditionsLeadActivityItem] | None = None
    """Lead activities that trigger entry: 2 email opened, 4 link clicked, 91 campaign finished without a reply."""
    reply_contains: str | None = None
    """Text that, when found in a lead's reply, triggers entry."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignSubsequenceDailyLimitMode(str, OpenEnum):
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""

    INHERIT = "inherit"
    CUSTOM = "custom"
    UNLIMITED = "unlimited"


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequest(Model):
    """Definition of a new subsequence and the campaign it belongs to."""

    parent_campaign: str
    """Id of the campaign the subsequence is added to."""
    name: str
    """Display name of the subsequence."""
    conditions: CampaignSubsequenceConditions
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""
    subsequence_schedule: CampaignSchedule | None = None
    """When the subsequence is allowed to send."""
    sequences: list[CampaignSequence] | None = None
    """The email sequence of the subsequence. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    auto_variant_select: AutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    daily_limit_mode: CampaignSubsequenceDailyLimitMode | None = None
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""
    daily_limit: float | None = None
    """Maximum emails per day when `daily_limit_mode` is `custom`."""
    ignore_account_daily_limit: bool | None = None
    """Whether the subsequence may keep sending when its accounts have reached their own daily limits."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DuplicateSubsequenceRequest(Model):
    """Where to put the copy of a subsequence and how to name it."""

    parent_campaign: str
    """Id of the campaign that receives the copy."""
    name: str | None = None
    """Name of the copy."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceAnalyticsItem(Model):
    """Totals of one subsequence."""

    subsequence_id: str
    """Id of the subsequence."""
    emails_sent: float
    """Emails sent."""
    unique_opens: float
    """Distinct leads who opened."""
    unique_replies: float
    """Distinct leads who replied."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceStepsAnalyticsItem(Model):
    """Activity of one subsequence step and variant."""

    step: str | None
    """Position of the step, as a string; null when not tied to a step."""
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
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequest(Model):
    """Subsequence fields to change; omitted fields keep their current value."""

    name: str | None = None
    """Display name of the subsequence."""
    conditions: CampaignSubsequenceConditions | None = None
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""
    subsequence_schedule: CampaignSchedule | None = None
    """When the subsequence is allowed to send."""
    sequences: list[CampaignSequence] | None = None
    """The email sequence of the subsequence. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    auto_variant_select: AutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    daily_limit_mode: CampaignSubsequenceDailyLimitMode | None = None
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""
    daily_limit: float | None = None
    """Maximum emails per day when `daily_limit_mode` is `custom`."""
    ignore_account_daily_limit: bool | None = None
    """Whether the subsequence may keep sending when its accounts have reached their own daily limits."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SubsequenceConditionsLeadActivityItem(int, OpenEnum):
    EMAIL_LINK_CLICKED = 4
    CAMPAIGN_COMPLETED_WITHOUT_REPLY = 91
    EMAIL_OPENED_TRIGGERED = 2
