"""Models of the WorkspaceBilling group: The plan and subscription of the workspace.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model


class BillingInterval(str, OpenEnum):
    """Billing interval of the plan."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsAddons(Model):
    """Add-ons the workspace can buy, with their current quantity and prices."""

    outreach: GetWorkspacePlanDetailsAddonsOutreach | None = None
    """The lead add-on for the outreach plan."""
    credits: GetWorkspacePlanDetailsAddonsCredits | None = None
    """The Instantly credits add-on."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsAddonsCredits(Model):
    """The Instantly credits add-on."""

    product_id: PlanDetailsAddonsCreditsProductId | None = None
    """Product id of the monthly add-on."""
    annual_product_id: PlanDetailsAddonsCreditsAnnualProductId | None = None
    """Product id of the annual add-on."""
    unit_credits: float | None = None
    """Credits added by each unit of the monthly add-on."""
    annual_unit_credits: float | None = None
    """Credits added by each unit of the annual add-on."""
    existing_quantity: float | None = None
    """Units the workspace already has."""
    max_quantity: float | None = None
    """Most units the workspace may hold."""
    interval: BillingInterval | None = None
    """Billing interval of the add-on."""
    can_purchase: bool | None = None
    """Whether the workspace may buy more units now."""
    purchase_blocked_reason: str | None = None
    """Why buying more units is not possible, if it is not."""
    monthly_price_in_dollars: float | None = None
    """Monthly price per unit, in US dollars."""
    annual_price_in_dollars: float | None = None
    """Annual price per unit, in US dollars."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsAddonsOutreach(Model):
    """The lead add-on for the outreach plan."""

    product_id: PlanDetailsAddonsOutreachProductId | None = None
    """Product id of the add-on."""
    unit_lead_limit: float | None = None
    """Leads added by each unit of the add-on."""
    existing_quantity: float | None = None
    """Units the workspace already has."""
    max_quantity: float | None = None
    """Most units the workspace may hold."""
    interval: BillingInterval | None = None
    """Billing interval of the add-on."""
    can_purchase: bool | None = None
    """Whether the workspace may buy more units now."""
    purchase_blocked_reason: str | None = None
    """Why buying more units is not possible, if it is not."""
    annual_discount_percent: float | None = None
    """Discount, in percent, for annual billing."""
    monthly_pricing_tiers: list[MonthlyPricingTier] | None = None
    """Monthly unit price by quantity range."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponse(Model):
    """The plans a workspace is on, with limits, usage and prices, and the add-ons it can buy."""

    organization_id: str | None = None
    """Id of the workspace."""
    organization_name: str | None = None
    """Name of the workspace."""
    subscriptions: GetWorkspacePlanDetailsSubscriptions | None = None
    """The workspace's current plans, one entry per product line."""
    addons: GetWorkspacePlanDetailsAddons | None = None
    """Add-ons the workspace can buy, with their current quantity and prices."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsSubscriptions(Model):
    """The workspace's current plans, one entry per product line."""

    outreach: PlanDetailsSubscriptionsOutreach | None = None
    """The outreach (sending) plan."""
    credits: WorkspacePlanDetailsSubscriptionsCredits | None = None
    """The Instantly credits plan."""
    bundle: WorkspacePlanDetailsSubscriptionsBundle | None = None
    """The bundle plan, which combines several products."""
    crm: PlanSubscription | None = None
    """The CRM plan."""
    website_visitors: PlanSubscription | None = None
    """The website visitor identification plan."""
    inbox_placement: PlanSubscription | None = None
    """The inbox placement testing plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspaceSubscriptionDetailsResponse(Model):
    """The billing subscriptions of a workspace."""

    subscriptions: list[WorkspaceSubscriptionDetailsSubscription] | None = None
    """One entry per subscribed product."""
    all_subs_cancelled: bool | None = None
    """Whether every subscription of the workspace is cancelled."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MonthlyPricingTier(Model):
    from_quantity: float | None = None
    """First quantity the tier applies to."""
    to_quantity: float | None = None
    """Last quantity the tier applies to, or null for no upper bound."""
    price_in_dollars: float | None = None
    """Monthly price per unit in this tier, in US dollars."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PlanDetailsAddonsCreditsAnnualProductId(str, OpenEnum):
    """Product id of the annual add-on."""

    PID_ADDON_IC_50K_V1_ANNUAL = "pid_addon_ic_50k_v1_annual"


class PlanDetailsAddonsCreditsProductId(str, OpenEnum):
    """Product id of the monthly add-on."""

    PID_ADDON_IC_50K_V1 = "pid_addon_ic_50k_v1"


class PlanDetailsAddonsOutreachProductId(str, OpenEnum):
    """Product id of the add-on."""

    PID_ADDON_25KL_V1 = "pid_addon_25kl_v1"


class PlanDetailsSubscriptionsBundleProductId(str, OpenEnum):
    """Product id of the plan."""

    PID_BUNDLE_STARTER_V1 = "pid_bundle_starter_v1"
    PID_BUNDLE_SCALE_V1 = "pid_bundle_scale_v1"
    PID_BUNDLE_SCALE_V2 = "pid_bundle_scale_v2"
    PID_BUNDLE_AGENCY_V1 = "pid_bundle_agency_v1"
    PID_BUNDLE_AGENCY_V2 = "pid_bundle_agency_v2"


class PlanDetailsSubscriptionsCreditsProductId(str, OpenEnum):
    """Product id of the plan."""

    PID_NIC_V1 = "pid_nic_v1"
    PID_NIC_V1_ANNUAL = "pid_nic_v1_annual"
    PID_GIC_V1 = "pid_gic_v1"
    PID_GIC_V1_ANNUAL = "pid_gic_v1_annual"
    PID_SIC_V1 = "pid_sic_v1"
    PID_SIC_V1_ANNUAL = "pid_sic_v1_annual"
    PID_HIC_V1 = "pid_hic_v1"
    PID_HIC_V1_ANNUAL = "pid_hic_v1_annual"


@attrs.define(kw_only=True)
class PlanDetailsSubscriptionsOutreach(Model):
    """The outreach (sending) plan."""

    plan_name: str | None = None
    """Display name of the plan."""
    addons_qty: float | None = None
    """Number of lead add-on packs bought on top of the plan."""
    total_lead_limit: float | None = None
    """Number of leads the workspace may hold, add-ons included."""
    current_lead_count: float | None = None
    """Number of leads the workspace holds now."""
    base_lead_limit: float | None = None
    """Number of leads included in the plan itself, without add-ons."""
    interval: BillingInterval | None = None
    """Billing interval of the plan."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the plan is set to be cancelled, as a Unix timestamp; null if no cancellation is scheduled."""
    price_in_dollars: float | None = None
    """Price of the plan per billing interval, in US dollars."""
    product_id: ProductId | None = None
    """Product id of the plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PlanSubscription(Model):
    """The CRM plan."""

    plan_name: str | None = None
    """Display name of the plan."""
    interval: BillingInterval | None = None
    """Billing interval of the plan."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the plan is set to be cancelled, as a Unix timestamp; null if no cancellation is scheduled."""
    price_in_dollars: float | None = None
    """Price of the plan per billing interval, in US dollars."""
    product_id: str | None = None
    """Product id of the plan."""
    available_credits: float | None = None
    """Credits left in the current period."""
    plan_limit: float | None = None
    """Usage allowed by the plan per period."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class ProductId(str, OpenEnum):
    """Product id of the plan."""

    PID_LS_V1 = "pid_ls_v1"
    PID_HG_V1 = "pid_hg_v1"
    PID_G_V1 = "pid_g_v1"
    PID_G_V2 = "pid_g_v2"
    PID_NIC_V1 = "pid_nic_v1"
    PID_NIC_V1_ANNUAL = "pid_nic_v1_annual"
    PID_GIC_V1 = "pid_gic_v1"
    PID_GIC_V1_ANNUAL = "pid_gic_v1_annual"
    PID_SIC_V1 = "pid_sic_v1"
    PID_SIC_V1_ANNUAL = "pid_sic_v1_annual"
    PID_HIC_V1 = "pid_hic_v1"
    PID_HIC_V1_ANNUAL = "pid_hic_v1_annual"
    PID_VERIFY_V1_MONTHLY = "pid_verify_v1_monthly"
    PID_HV_V1 = "pid_hv_v1"
    PID_HV_V1_ANNUAL = "pid_hv_v1_annual"
    PID_LSV_V1 = "pid_lsv_v1"
    PID_LSV_V1_ANNUAL = "pid_lsv_v1_annual"
    PID_CRM_HG = "pid_crm_hg"
    PID_CRM_G = "pid_crm_g"
    PID_IP_G = "pid_ip_g"
    PID_IP_HG = "pid_ip_hg"
    PID_ADDON_25KL_V1 = "pid_addon_25kl_v1"
    PID_ADDON_LF_10K_V1 = "pid_addon_lf_10k_v1"
    PID_ADDON_IC_50K_V1 = "pid_addon_ic_50k_v1"
    PID_ADDON_LF_10K_V1_ANNUAL = "pid_addon_lf_10k_v1_annual"
    PID_ADDON_IC_50K_V1_ANNUAL = "pid_addon_ic_50k_v1_annual"
    PID_BUNDLE_STARTER_V1 = "pid_bundle_starter_v1"
    PID_BUNDLE_SCALE_V1 = "pid_bundle_scale_v1"
    PID_BUNDLE_SCALE_V2 = "pid_bundle_scale_v2"
    PID_BUNDLE_AGENCY_V1 = "pid_bundle_agency_v1"
    PID_BUNDLE_AGENCY_V2 = "pid_bundle_agency_v2"


class SubscriptionDetailsSubscriptionInterval(str, OpenEnum):
    """Whether the subscription is billed monthly or yearly."""

    MONTH = "month"
    YEAR = "year"


class SubscriptionDetailsSubscriptionPlanType(str, OpenEnum):
    """Whether this is a primary plan or an add-on."""

    PLT_ADDON = "plt_addon"
    PLT_PRIMARY = "plt_primary"


class SubscriptionProductType(str, OpenEnum):
    """Product line: outreach or Lead Finder."""

    PRT_OUTREACH = "prt_outreach"
    PRT_LEADFINDER = "prt_leadfinder"


@attrs.define(kw_only=True)
class WorkspaceBilling(Model):
    """Placeholder for a workspace's billing data; it declares no fields. The billing calls answer with their own plan-details and subscription-details objects."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspacePlanDetailsSubscriptionsBundle(Model):
    """The bundle plan, which combines several products."""

    plan_name: str | None = None
    """Display name of the plan."""
    total_lead_limit: float | None = None
    """Number of leads the workspace may hold under the bundle."""
    current_lead_count: float | None = None
    """Number of leads the workspace holds now."""
    base_lead_limit: float | None = None
    """Number of leads included in the bundle itself."""
    interval: BillingInterval | None = None
    """Billing interval of the plan."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the plan is set to be cancelled, as a Unix timestamp; null if no cancellation is scheduled."""
    price_in_dollars: float | None = None
    """Price of the plan per billing interval, in US dollars."""
    product_id: PlanDetailsSubscriptionsBundleProductId | None = None
    """Product id of the plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspacePlanDetailsSubscriptionsCredits(Model):
    """The Instantly credits plan."""

    plan_name: str | None = None
    """Display name of the plan."""
    total_credits: float | None = None
    """Credits granted per period."""
    available_credits: float | None = None
    """Credits left in the current period."""
    interval: BillingInterval | None = None
    """Billing interval of the plan."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the plan is set to be cancelled, as a Unix timestamp; null if no cancellation is scheduled."""
    price_in_dollars: float | None = None
    """Price of the plan per billing interval, in US dollars."""
    product_id: PlanDetailsSubscriptionsCreditsProductId | None = None
    """Product id of the plan."""
    price_option_id: str | None = None
    """Id of the chosen price option of the credits plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspaceSubscriptionDetailsSubscription(Model):
    workspace_id: str | None = None
    """Id of the workspace the subscription belongs to."""
    interval: SubscriptionDetailsSubscriptionInterval | None = None
    """Whether the subscription is billed monthly or yearly."""
    quantity: float | None = None
    """Number of units subscribed."""
    product_id: ProductId | None = None
    """Product id of the subscription."""
    product_type: SubscriptionProductType | None = None
    """Product line: outreach or Lead Finder."""
    plan_type: SubscriptionDetailsSubscriptionPlanType | None = None
    """Whether this is a primary plan or an add-on."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the subscription is set to be cancelled, as a Unix timestamp; null if not scheduled."""
    price_in_dollars: float | None = None
    """Price per billing interval, in US dollars."""
    price_id: str | None = None
    """Id of the price the subscription is billed at."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
