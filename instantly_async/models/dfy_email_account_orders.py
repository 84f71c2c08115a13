"""Models of the DFYEmailAccountOrder group: Done-for-you orders of pre-configured domains and mailboxes.

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
class CancelDFYEmailAccountsItem(Model):
    id: str
    """Unique id of the mailbox record."""
    domain: str
    """Domain of the mailbox."""
    email: str
    """Address of the mailbox."""
    email_provider: DFYEmailProvider
    """Provider that hosts the mailbox (1 Google, 2 AirMail, 3 Microsoft)."""
    first_name: str
    """Sender first name."""
    last_name: str
    """Sender last name."""
    is_pre_warmed_up: bool
    """Whether the mailbox was bought pre-warmed."""
    timestamp_cancelled: str
    """When the mailbox was cancelled."""
    timestamp_created: str
    """When the mailbox was ordered."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CancelDFYEmailAccountsRequest(Model):
    """The mailboxes to cancel."""

    accounts: list[str]
    """Email addresses of the done-for-you mailboxes to cancel."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CancelDFYEmailAccountsResponse(Model):
    """The mailboxes that were cancelled."""

    items: list[CancelDFYEmailAccountsItem]
    """One entry per cancelled mailbox."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CheckDomainsAvailabilityRequest(Model):
    """The domains to check."""

    domains: list[str]
    """Domain names to check (up to 50)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CheckDomainsAvailabilityResponse(Model):
    """Availability of each checked domain."""

    results: list[CheckDomainsAvailabilityResult] | None = None
    """One entry per domain."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CheckDomainsAvailabilityResult(Model):
    domain: str | None = None
    """The checked domain."""
    available: bool | None = None
    """True if the domain can be ordered."""
    unavailable_reason: DomainUnavailableReason | None = None
    """Why the domain cannot be ordered."""
    restricted_keyword: str | None = None
    """Word in the domain that caused the restriction."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderInvalidAccount(Model):
    domain: str
    """Domain of the mailbox."""
    first_name: str
    """First name given for the mailbox."""
    last_name: str
    """Last name given for the mailbox."""
    email: str
    """Address of the mailbox."""
    reason: str
    """Why the mailbox was refused."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderItem(Model):
    domain: str
    """Domain to buy, or an already ordered domain for `extra_accounts` orders."""
    email_provider: DFYEmailProvider | None = None
    """Provider that hosts the mailboxes: 1 Google, 2 AirMail, 3 Microsoft (note that these codes differ from `Account.provider_code`)."""
    forwarding_domain: str | None = None
    """Domain that web visitors of the new domain are forwarded to."""
    accounts: list[OrderItemAccount] | None = None
    """Mailboxes to create on the domain (up to 100)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateDFYEmailAccountOrderOrderError(str, OpenEnum):
    """Main reason the order is invalid; the matching list field names the domains or accounts concerned."""

    UNAVAILABLE_DOMAINS = "unavailable_domains"
    BLACKLIST_DOMAINS = "blacklist_domains"
    INVALID_DOMAINS = "invalid_domains"
    INVALID_FORWARDING_DOMAINS = "invalid_forwarding_domains"
    INVALID_ACCOUNTS = "invalid_accounts"
    PAYMENT_FAILED = "payment_failed"
    MISSING_DOMAIN_ORDERS = "missing_domain_orders"
    DOMAINS_WITHOUT_ACCOUNTS = "domains_without_accounts"
    PROVIDER_MISMATCH = "provider_mismatch"
    UNSUPPORTED_PROVIDER = "unsupported_provider"
    PROVIDER_UNAVAILABLE = "provider_unavailable"


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderOrderItem(Model):
    domain: str
    """Domain of this line."""
    accounts: list[OrderItemAccount]
    """Mailboxes ordered on the domain."""
    email_provider: DFYEmailProvider
    """Provider that hosts the mailboxes (1 Google, 2 AirMail, 3 Microsoft)."""
    forwarding_domain: str | None = None
    """Forwarding domain of this domain."""
    domain_price: float
    """Price of the domain."""
    accounts_price: float
    """Price of the mailboxes on the domain."""
    domain_monthly_price: float | None = None
    """Monthly price of the domain, where billed monthly."""
    total_price: float
    """Total price of this line."""
    total_discount: float
    """Discount on this line."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateDFYEmailAccountOrderOrderType(str, OpenEnum):
    """`dfy` to buy new domains and mailboxes, `pre_warmed_up` to buy pre-warmed ones, `extra_accounts` to add mailboxes to domains already ordered."""

    DFY = "dfy"
    PRE_WARMED_UP = "pre_warmed_up"
    EXTRA_ACCOUNTS = "extra_accounts"


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderRequest(Model):
    """The domains and mailboxes to order, and the kind of order."""

    items: list[CreateDFYEmailAccountOrderItem]
    """One entry per domain to order or extend."""
    order_type: CreateDFYEmailAccountOrderOrderType
    """`dfy` to buy new domains and mailboxes, `pre_warmed_up` to buy pre-warmed ones, `extra_accounts` to add mailboxes to domains already ordered."""
    simulation: bool | None = None
    """When true, the order is only checked and priced, not placed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderResponse(Model):
    """Outcome of an order or a simulated order: whether it is valid and was placed, what is wrong with it if not, and its price."""

    order_placed: bool
    """True if the order was actually placed."""
    order_is_valid: bool
    """True if the order passed all checks."""
    order_error: CreateDFYEmailAccountOrderOrderError | None = None
    """Main reason the order is invalid; the matching list field names the domains or accounts concerned."""
    payment_failure_reason: DFYEmailAccountOrderPaymentFailureReason | None = None
    """Why the payment was refused, when `order_error` is `payment_failed`."""
    unavailable_domains: list[str]
    """Domains that cannot be bought."""
    blacklist_domains: list[str]
    """Domains refused because they are blacklisted."""
    blacklist_keywords: list[str] | None = None
    """Blacklisted words found in the requested domains."""
    invalid_domains: list[str]
    """Domain names that are not valid."""
    invalid_forwarding_domains: list[str]
    """Forwarding domains that are not valid."""
    missing_domain_orders: list[str]
    """Domains in an `extra_accounts` order that were never ordered."""
    provider_mismatch_domains: list[str]
    """Domains whose requested provider differs from that of their existing mailboxes."""
    unsupported_provider_domains: list[str]
    """Domains whose provider does not allow extra mailboxes through this operation."""
    unavailable_email_providers: list[DFYEmailProvider]
    """Requested providers that cannot be ordered right now."""
    domains_without_accounts: list[str]
    """Domains in the order with no mailbox requested."""
    invalid_accounts: list[CreateDFYEmailAccountOrderInvalidAccount]
    """Requested mailboxes that are not valid, with the reason."""
    free_domains: list[str]
    """Domains included at no charge."""
    number_of_domains_ordered: float
    """Number of domains in the order."""
    number_of_accounts_ordered: float
    """Number of mailboxes in the order."""
    price_per_account_per_month: float | None
    """Monthly price of one mailbox."""
    price_per_account_per_month_by_account_type: dict[str, float] | None = None
    """Monthly price of one mailbox, keyed by provider."""
    price_per_domain_per_month: float | None = None
    """Monthly price of one domain, where billed monthly."""
    price_per_domain_per_year: float
    """Yearly price of one domain."""
    total_domains_price_per_year: float
    """Yearly price of all domains."""
    total_accounts_price_per_month: float
    """Monthly price of all mailboxes."""
    total_price_per_month: float
    """Total monthly cost of the order."""
    total_price_per_year: float
    """Total yearly cost of the order."""
    total_price: float
    """Amount charged now."""
    total_discount: float
    """Discount applied to the order."""
    payment_method_last_4_digits: str
    """Last four digits of the card charged."""
    payment_method_brand: str
    """Brand of the card charged."""
    payment_method_name_on_card: str
    """Name on the card charged."""
    checkout_required: bool | None = None
    """True if the order must be completed on a checkout page."""
    checkout_url: str | None = None
    """Page where the order can be paid, when `checkout_required` is true."""
    cart_order_id: str | None = None
    """Id of the pending cart order."""
    simulation: bool
    """True if this was a simulated order."""
    order_items: list[CreateDFYEmailAccountOrderOrderItem]
    """The order broken down per domain, with prices."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DFYEmailAccountOrder(Model):
    """A domain ordered through the done-for-you service, with its forwarding set-up and order dates."""

    workspace_id: str
    """Id of the workspace that placed the order."""
    domain: str
    """The ordered domain."""
    forwarding_domain: str | None = None
    """Domain that visitors of the ordered domain are sent to, if any."""
    forwarding_mode: DFYEmailAccountOrderForwardingMode | None = None
    """How web visitors are forwarded: `redirect` changes the browser address to the forwarding domain, `stealth` keeps the ordered domain and shows the forwarding domain's content."""
    is_pre_warmed_up: bool | None = None
    """Whether the domain was bought already warmed up."""
    timestamp_cancelled: datetime | None = None
    """When the order was cancelled, or null if it is active."""
    timestamp_created: datetime
    """When the order was placed (ISO-8601, UTC)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class DFYEmailAccountOrderForwardingMode(str, OpenEnum):
    """How web visitors are forwarded: `redirect` changes the browser address to the forwarding domain, `stealth` keeps the ordered domain and shows the forwarding domain's content."""

    REDIRECT = "redirect"
    STEALTH = "stealth"


class DFYEmailAccountOrderPaymentFailureReason(str, OpenEnum):
    """Why the payment was refused, when `order_error` is `payment_failed`."""

    PAYMENT_METHOD_NOT_SUPPORTED = "payment_method_not_supported"
    AUTHENTICATION_REQUIRED = "authentication_required"
    CARD_EXPIRED = "card_expired"
    GENERIC_DECLINE = "generic_decline"


class DFYEmailProvider(int, OpenEnum):
    """Provider that hosts the mailbox (1 Google, 2 AirMail, 3 Microsoft)."""

    GOOGLE = 1
    AIRMAIL = 2
    MICROSOFT_OUTLOOK = 3


class DomainUnavailableReason(str, OpenEnum):
    """Why the domain cannot be ordered."""

    RESTRICTED = "restricted"


@attrs.define(kw_only=True)
class GenerateSimilarDomainsRequest(Model):
    """The domain to find alternatives for."""

    domain: str
    """Domain to base the suggestions on."""
    tlds: list[GenerateSimilarDomainsTld] | None = None
    """Top-level domains the suggestions may use; `com` and `org` when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GenerateSimilarDomainsResponse(Model):
    """Suggested domain names."""

    domains: list[str] | None = None
    """Available domains similar to the requested one."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GenerateSimilarDomainsTld(str, OpenEnum):
    COM = "com"
    ORG = "org"


@attrs.define(kw_only=True)
class ListDFYEmailAccountOrdersAccountsItem(Model):
    """A mailbox created through a done-for-you order."""

    id: str
    """Unique id of the mailbox record."""
    domain: str
    """Domain of the mailbox."""
    email: str
    """Address of the mailbox."""
    email_provider: DFYEmailProvider
    """Provider that hosts the mailbox (1 Google, 2 AirMail, 3 Microsoft)."""
    first_name: str
    """Sender first name."""
    last_name: str
    """Sender last name."""
    is_pre_warmed_up: bool
    """Whether the mailbox was bought pre-warmed."""
    timestamp_cancelled: str
    """When the mailbox was cancelled, if it was."""
    timestamp_created: str
    """When the mailbox was ordered."""
    password: str | None = None
    """Login password; sent only when `with_passwords=true`, and possibly empty while the mailbox is still being set up."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class OrderItemAccount(Model):
    email_address_prefix: str
    """Part of the address before the `@`."""
    first_name: str
    """Sender first name of the mailbox."""
    last_name: str
    """Sender last name of the mailbox."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PreWarmedUpDomainsListExtension(str, OpenEnum):
    COM = "com"
    ORG = "org"
    CO = "co"


@attrs.define(kw_only=True)
class PreWarmedUpDomainsListRequest(Model):
    """Filters for the list of pre-warmed domains."""

    extensions: list[PreWarmedUpDomainsListExtension] | None = None
    """Domain extensions to include; `com`, `org` and `co` when omitted."""
    search: str | None = None
    """Only return domains containing this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PreWarmedUpDomainsListResponse(Model):
    """Pre-warmed domains available for ordering."""

    domains: list[str] | None = None
    """The available domain names."""
    domains_with_type: list[WarmedUpDomainsListDomainsWithTypeItem] | None = None
    """The same domains with the provider of their mailboxes."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WarmedUpDomainsListDomainsWithTypeItem(Model):
    domain: str
    """Domain name."""
    account_type: DFYEmailProvider
    """Provider of the domain's mailboxes (1 Google, 2 AirMail, 3 Microsoft)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
