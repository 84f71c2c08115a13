"""Models of the Account group: Sending email accounts: connect, configure, pause and warm up mailboxes.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import AccountFilter, SuccessStatus


@attrs.define(kw_only=True)
class Account(Model):
    """A mailbox connected to the workspace for sending campaign emails, keyed by its email address, with its sending limits, warmup settings and health status."""

    email: str
    """Email address of the account; it also identifies the account in API paths."""
    timestamp_created: datetime
    """When the account was added (ISO-8601, UTC)."""
    timestamp_updated: datetime
    """When the account was last changed (ISO-8601, UTC)."""
    first_name: str
    """Sender first name shown on emails from this account."""
    last_name: str
    """Sender last name shown on emails from this account."""
    warmup: AccountWarmup | None = None
    """Warmup settings of the account."""
    added_by: str | None = None
    """Id of the user who added the account."""
    daily_limit: float | None = None
    """Maximum number of campaign emails the account may send per day."""
    daily_limit_max: float | None = None
    """Highest value that `daily_limit` may be set to for this account."""
    warmup_limit_max: float | None = None
    """Highest value that `warmup.limit` may be set to for this account."""
    modified_by: str | None = None
    """Id of the user who last changed the account."""
    tracking_domain_name: str | None = None
    """Custom domain used for open and click tracking links in this account's emails."""
    tracking_domain_status: str | None = None
    """Verification state of the custom tracking domain."""
    status: AccountStatus | None = None
    """Sending status: 1 active, 2 paused, 3 paused briefly for maintenance (resumed automatically); negative values are errors (-1 connection, -2 soft bounce, -3 sending)."""
    enable_slow_ramp: bool | None = None
    """Whether the daily sending volume is raised gradually instead of starting at the full limit."""
    inbox_placement_test_limit: float | None = None
    """Maximum number of inbox placement test emails the account may send."""
    organization: str
    """Id of the workspace that owns the account."""
    warmup_status: AccountWarmupStatus
    """Warmup state: 0 paused, 1 active; negative values mean warmup is blocked (-1 banned, -2 spam folder unknown, -3 permanently suspended)."""
    status_message: AccountStatusMessage | None = None
    """Details of the last error reported by the mail server, if any."""
    timestamp_warmup_start: datetime | None = None
    """When warmup was started for the account, or null if it never was."""
    provider_code: AccountProviderCode
    """Email provider: 1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS, 8 AirMail, 11 AirMail Instant."""
    setup_pending: bool
    """True while the account is still being set up and cannot send yet."""
    is_managed_account: bool
    """True if the mailbox is provided and managed by Instantly (for example a done-for-you account)."""
    stat_warmup_score: float | None = None
    """Warmup health score of the account, or null if not computed yet."""
    sending_gap: float | None = None
    """Minimum number of minutes between two emails sent from this account, applied across all campaigns (0 to 1440)."""
    signature: str | None = None
    """Signature appended to emails sent from this account."""
    reply_to: str | None = None
    """Address that replies should go to, if different from the account address."""
    timestamp_last_used: datetime | None = None
    """When the account last sent an email. Shown by the API Explorer pages though not declared in the published schema; kept optional."""
    warmup_pool_id: str | None = None
    """Id of the warmup pool the account takes part in. Shown by the API Explorer pages though not declared in the published schema; kept optional."""
    dfy_password_changed: bool | None = None
    """Whether the password of a done-for-you account was changed after delivery. Shown by the API Explorer pages though not declared in the published schema; kept optional."""
    autofix_failed: bool | None = None
    """True if Instantly's automatic attempt to fix an account error did not succeed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class AccountProviderCode(int, OpenEnum):
    """Email provider: 1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS, 8 AirMail, 11 AirMail Instant."""

    CUSTOM_IMAP_SMTP = 1
    GOOGLE = 2
    MICROSOFT = 3
    AWS = 4
    AIRMAIL = 8
    AIRMAIL_INSTANT = 11


class AccountStatus(int, OpenEnum):
    """Sending status: 1 active, 2 paused, 3 paused briefly for maintenance (resumed automatically); negative values are errors (-1 connection, -2 soft bounce, -3 sending)."""

    ACTIVE = 1
    PAUSED = 2
    TEMPORARILY_PAUSED_FOR_MAINTENANCE = 3
    CONNECTION_ERROR = -1
    SOFT_BOUNCE_ERROR = -2
    SENDING_ERROR = -3


@attrs.define(kw_only=True)
class AccountStatusMessage(Model):
    """Details of the last error reported by the mail server, if any."""

    code: str | None = None
    """Error code of the failure."""
    command: str | None = None
    """Protocol command that failed."""
    response: str | None = None
    """Raw response returned by the mail server."""
    e_message: str | None = None
    """Human-readable error message."""
    responseCode: float | None = None
    """Numeric response code returned by the mail server."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class AccountVitalsResult(Model):
    domain: str | None = None
    """Domain that was tested."""
    allPass: bool | None = None
    """True if every record check passed."""
    mx: bool | None = None
    """True if the MX record is valid."""
    spf: bool | None = None
    """True if the SPF record is valid."""
    dkim: bool | None = None
    """True if the DKIM record is valid."""
    dmarc: bool | None = None
    """True if the DMARC record is valid."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class AccountWarmup(Model):
    """Warmup settings of the account."""

    limit: float | None = None
    """Maximum number of warmup emails the account sends per day."""
    advanced: AccountWarmupAdvanced | None = None
    """Fine-tuning options for warmup behaviour."""
    warmup_custom_ftag: str | None = None
    """Custom keyword placed in warmup emails so they can be recognised and filtered."""
    increment: AccountWarmupIncrement | None = None
    """How quickly the daily warmup volume grows: "disabled" for no gradual increase, or a step value from "0" to "4"."""
    reply_rate: float | None = None
    """Target percentage of warmup emails that receive a reply."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class AccountWarmupAdvanced(Model):
    """Fine-tuning options for warmup behaviour."""

    warm_ctd: bool | None = None
    """Whether warmup emails include a link on the custom tracking domain, to warm up that domain too."""
    open_rate: float | None = None
    """Target percentage of warmup emails that are opened."""
    important_rate: float | None = None
    """Target percentage of warmup emails that are marked as important."""
    read_emulation: bool | None = None
    """Whether recipients simulate reading the warmup emails rather than only opening them."""
    spam_save_rate: float | None = None
    """Target percentage of warmup emails found in spam that are moved back to the inbox."""
    weekday_only: bool | None = None
    """Whether warmup emails are sent on weekdays only."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class AccountWarmupIncrement(str, OpenEnum):
    """How quickly the daily warmup volume grows: "disabled" for no gradual increase, or a step value from "0" to "4"."""

    DISABLED = "disabled"
    V_0 = "0"
    V_1 = "1"
    V_2 = "2"
    V_3 = "3"
    V_4 = "4"


class AccountWarmupStatus(int, OpenEnum):
    """Warmup state: 0 paused, 1 active; negative values mean warmup is blocked (-1 banned, -2 spam folder unknown, -3 permanently suspended)."""

    PAUSED = 0
    ACTIVE = 1
    BANNED = -1
    SPAM_FOLDER_UNKNOWN = -2
    PERMANENT_SUSPENSION = -3


@attrs.define(kw_only=True)
class CreateAccountRequest(Model):
    """Body for adding a sending account with its IMAP and SMTP connection details."""

    email: str
    """Email address of the mailbox to connect."""
    first_name: str
    """Sender first name shown on emails from this account."""
    last_name: str
    """Sender last name shown on emails from this account."""
    warmup: AccountWarmup | None = None
    """Initial warmup settings."""
    daily_limit: float | None = None
    """Maximum number of campaign emails per day."""
    tracking_domain_name: str | None = None
    """Custom domain for open and click tracking links."""
    tracking_domain_status: str | None = None
    """Verification state of the custom tracking domain."""
    enable_slow_ramp: bool | None = None
    """Whether to raise the daily sending volume gradually."""
    inbox_placement_test_limit: float | None = None
    """Maximum number of inbox placement test emails the account may send."""
    provider_code: AccountProviderCode
    """Email provider of the mailbox (1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS, 8 AirMail, 11 AirMail Instant); it must match the real provider."""
    sending_gap: float | None = None
    """Minimum minutes between two emails from this account (0 to 1440)."""
    signature: str | None = None
    """Signature appended to emails sent from this account."""
    reply_to: str | None = None
    """Address that replies should go to."""
    imap_username: str
    """User name for the IMAP login."""
    imap_password: str
    """Password for the IMAP login."""
    imap_host: str
    """IMAP server host name."""
    imap_port: float
    """IMAP server port."""
    smtp_username: str
    """User name for the SMTP login."""
    smtp_password: str
    """Password for the SMTP login."""
    smtp_host: str
    """SMTP server host name."""
    smtp_port: float
    """SMTP server port."""
    warmup_custom_ftag: str | None = None
    """Custom keyword placed in warmup emails so they can be recognised."""
    skip_cname_check: bool | None = None
    """When true, the tracking domain is saved without checking its CNAME record."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DisableWarmupForAccountsRequest(Model):
    """Selects the accounts whose warmup should be switched off."""

    emails: list[str] | None = None
    """Addresses of workspace accounts to disable warmup for (up to 100)."""
    include_all_emails: bool | None = None
    """When true, every account in the workspace is selected, except those in `excluded_emails`."""
    excluded_emails: list[str] | None = None
    """Addresses to leave out when `include_all_emails` is true (up to 100)."""
    filter: WarmupForAccountsFilter | None = None
    """Optional extra criteria that narrow the selected accounts."""
    search: str | None = None
    """Only select accounts whose address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EnableWarmupForAccountsRequest(Model):
    """Selects the accounts whose warmup should be switched on."""

    emails: list[str] | None = None
    """Addresses of workspace accounts to enable warmup for (up to 100)."""
    include_all_emails: bool | None = None
    """When true, every account in the workspace is selected, except those in `excluded_emails`."""
    excluded_emails: list[str] | None = None
    """Addresses to leave out when `include_all_emails` is true (up to 100)."""
    filter: WarmupForAccountsFilter | None = None
    """Optional extra criteria that narrow the selected accounts."""
    search: str | None = None
    """Only select accounts whose address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCtdStatusResponse(Model):
    """Result of checking a custom tracking domain."""

    success: bool | None = None
    """True if the domain passed all checks."""
    ssl: bool | None = None
    """True if a valid SSL certificate is served for the domain."""
    cname: bool | None = None
    """True if the CNAME record points to Instantly's tracking host."""
    host: str | None = None
    """The host name that was checked."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetDailyAccountAnalyticsItem(Model):
    """Sending statistics of one account on one day."""

    date: str
    """Day the counts refer to, as `YYYY-MM-DD`."""
    email_account: str
    """Address of the sending account."""
    sent: int
    """Emails sent."""
    bounced: int
    """Emails that bounced."""
    contacted: int
    """Leads contacted."""
    new_leads_contacted: int
    """Leads contacted for the first time."""
    opened: int
    """Opens, counting repeats."""
    unique_opened: int
    """Distinct emails opened."""
    replies: int
    """Replies received, counting repeats."""
    unique_replies: int
    """Distinct leads who replied."""
    replies_automatic: int
    """Automatic replies (such as out-of-office) received."""
    unique_replies_automatic: int
    """Distinct leads who sent an automatic reply."""
    clicks: int
    """Link clicks, counting repeats."""
    unique_clicks: int
    """Distinct emails with at least one link click."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsAggregateDataValue(Model):
    sent: float | None = None
    received: float | None = None
    landed_inbox: float | None = None
    landed_spam: float | None = None
    health_score_label: str | None = None
    health_score: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsEmailDateDataValue(Model):
    sent: float | None = None
    landed_inbox: float | None = None
    landed_spam: float | None = None
    received: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsRequest(Model):
    """The accounts to fetch warmup statistics for."""

    emails: list[str]
    """Addresses of workspace accounts to report on (1 to 100)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsResponse(Model):
    """Warmup statistics per account, broken down by day and summed over the period."""

    email_date_data: dict[str, dict[str, GetWarmupAnalyticsEmailDateDataValue]] | None = None
    """Map from account address to a map from date (`YYYY-MM-DD`) to that day's warmup counts."""
    aggregate_data: dict[str, GetWarmupAnalyticsAggregateDataValue] | None = None
    """Map from account address to its totals over the period, with a health score and label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListAccountItem(Account):
    """An account as returned by the list operation, with its custom tags when `include_tags=true` was sent."""

    tags: list[ListAccountItemTag] | None = None
    """Custom tags assigned to the account; present only when requested."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListAccountItemTag(Model):
    id: str | None = None
    """Id of the custom tag."""
    label: str | None = None
    """Display name of the tag."""
    description: str | None = None
    """Optional description of the tag."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveAccountsRequest(Model):
    """Which accounts to move and between which workspaces."""

    emails: list[str]
    """Addresses of the accounts to move (at least one)."""
    source_workspace_id: str
    """Id of the workspace that currently owns the accounts."""
    destination_workspace_id: str
    """Id of the workspace that receives the accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveAccountsResponse(Model):
    """Confirmation that the accounts were moved."""

    status: SuccessStatus | None = None
    """Always "success" when the move went through."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchAccountRequest(Model):
    """Fields to change on a sending account; omitted fields keep their current value."""

    first_name: str | None = None
    """Sender first name shown on emails from this account."""
    last_name: str | None = None
    """Sender last name shown on emails from this account."""
    warmup: AccountWarmup | None = None
    """Warmup settings to apply."""
    daily_limit: float | None = None
    """Maximum number of campaign emails per day."""
    tracking_domain_name: str | None = None
    """Custom domain for open and click tracking links."""
    tracking_domain_status: str | None = None
    """Verification state of the custom tracking domain."""
    enable_slow_ramp: bool | None = None
    """Whether to raise the daily sending volume gradually."""
    inbox_placement_test_limit: float | None = None
    """Maximum number of inbox placement test emails the account may send."""
    sending_gap: float | None = None
    """Minimum minutes between two emails from this account (0 to 1440)."""
    signature: str | None = None
    """Signature appended to emails sent from this account."""
    reply_to: str | None = None
    """Address that replies should go to; null clears it."""
    skip_cname_check: bool | None = None
    """When true, a new tracking domain is saved without checking its CNAME record."""
    remove_tracking_domain: bool | None = None
    """When true, the custom tracking domain is detached from the account."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PauseAccountsRequest(Model):
    """The accounts to pause."""

    emails: list[str]
    """Addresses of the accounts to pause (1 to 100)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PauseAccountsResponse(Model):
    """Outcome of a bulk pause, split into accounts that were paused and accounts that were not."""

    paused_emails: list[str]
    """Addresses that are now paused."""
    failed_emails: list[str]
    """Addresses that could not be paused."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAccountVitalsRequest(Model):
    """The accounts whose domains should be tested."""

    accounts: list[str] | None = None
    """Email addresses of the sending accounts to test."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAccountVitalsResponse(Model):
    """DNS check results per domain, split into domains that passed every check and domains that failed at least one."""

    status: str | None = None
    """Overall outcome of the test."""
    success_list: list[AccountVitalsResult] | None = None
    """Domains whose records all passed."""
    failure_list: list[AccountVitalsResult] | None = None
    """Domains with at least one failed check."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WarmupForAccountsFilter(Model):
    """Optional extra criteria that narrow the selected accounts."""

    tag_id: str | None = None
    """Only select accounts that carry this custom tag."""
    filter: AccountFilter | None = None
    """Only select accounts matching this preset filter; null for no preset."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
