"""Typed models of the Instantly API V2: one attrs class per schema of the spec.

Generated from openapi/ by `python -m codegen`: do not edit.

Decoding is lenient: fields the spec does not declare are kept in `additional_properties`, and
enum values it does not list are kept as members of the (open) enum.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, TypeAlias

import attrs

from instantly_async._enums import OpenEnum


class APIKeyScope(str, OpenEnum):
    """A permission an API key can hold, as `resource:action` (`all:all` grants everything)."""

    ALL_ALL = "all:all"
    ALL_CREATE = "all:create"
    ALL_READ = "all:read"
    ALL_UPDATE = "all:update"
    ALL_DELETE = "all:delete"
    AI_AGENTS_ALL = "ai_agents:all"
    AI_AGENTS_CREATE = "ai_agents:create"
    AI_AGENTS_READ = "ai_agents:read"
    AI_AGENTS_UPDATE = "ai_agents:update"
    AI_AGENTS_DELETE = "ai_agents:delete"
    API_KEYS_ALL = "api_keys:all"
    API_KEYS_CREATE = "api_keys:create"
    API_KEYS_READ = "api_keys:read"
    API_KEYS_UPDATE = "api_keys:update"
    API_KEYS_DELETE = "api_keys:delete"
    AUDIT_LOGS_ALL = "audit_logs:all"
    AUDIT_LOGS_CREATE = "audit_logs:create"
    AUDIT_LOGS_READ = "audit_logs:read"
    AUDIT_LOGS_UPDATE = "audit_logs:update"
    AUDIT_LOGS_DELETE = "audit_logs:delete"
    CUSTOM_PROMPT_TEMPLATES_ALL = "custom_prompt_templates:all"
    CUSTOM_PROMPT_TEMPLATES_CREATE = "custom_prompt_templates:create"
    CUSTOM_PROMPT_TEMPLATES_READ = "custom_prompt_templates:read"
    CUSTOM_PROMPT_TEMPLATES_UPDATE = "custom_prompt_templates:update"
    CUSTOM_PROMPT_TEMPLATES_DELETE = "custom_prompt_templates:delete"
    ACCOUNT_CAMPAIGN_MAPPINGS_ALL = "account_campaign_mappings:all"
    ACCOUNT_CAMPAIGN_MAPPINGS_CREATE = "account_campaign_mappings:create"
    ACCOUNT_CAMPAIGN_MAPPINGS_READ = "account_campaign_mappings:read"
    ACCOUNT_CAMPAIGN_MAPPINGS_UPDATE = "account_campaign_mappings:update"
    ACCOUNT_CAMPAIGN_MAPPINGS_DELETE = "account_campaign_mappings:delete"
    CAMPAIGNS_ALL = "campaigns:all"
    CAMPAIGNS_CREATE = "campaigns:create"
    CAMPAIGNS_READ = "campaigns:read"
    CAMPAIGNS_UPDATE = "campaigns:update"
    CAMPAIGNS_DELETE = "campaigns:delete"
    INBOX_PLACEMENT_TESTS_ALL = "inbox_placement_tests:all"
    INBOX_PLACEMENT_TESTS_CREATE = "inbox_placement_tests:create"
    INBOX_PLACEMENT_TESTS_READ = "inbox_placement_tests:read"
    INBOX_PLACEMENT_TESTS_UPDATE = "inbox_placement_tests:update"
    INBOX_PLACEMENT_TESTS_DELETE = "inbox_placement_tests:delete"
    INBOX_PLACEMENT_ANALYTICS_ALL = "inbox_placement_analytics:all"
    INBOX_PLACEMENT_ANALYTICS_CREATE = "inbox_placement_analytics:create"
    INBOX_PLACEMENT_ANALYTICS_READ = "inbox_placement_analytics:read"
    INBOX_PLACEMENT_ANALYTICS_UPDATE = "inbox_placement_analytics:update"
    INBOX_PLACEMENT_ANALYTICS_DELETE = "inbox_placement_analytics:delete"
    INBOX_PLACEMENT_REPORTS_ALL = "inbox_placement_reports:all"
    INBOX_PLACEMENT_REPORTS_CREATE = "inbox_placement_reports:create"
    INBOX_PLACEMENT_REPORTS_READ = "inbox_placement_reports:read"
    INBOX_PLACEMENT_REPORTS_UPDATE = "inbox_placement_reports:update"
    INBOX_PLACEMENT_REPORTS_DELETE = "inbox_placement_reports:delete"
    LEAD_LISTS_ALL = "lead_lists:all"
    LEAD_LISTS_CREATE = "lead_lists:create"
    LEAD_LISTS_READ = "lead_lists:read"
    LEAD_LISTS_UPDATE = "lead_lists:update"
    LEAD_LISTS_DELETE = "lead_lists:delete"
    LEADS_ALL = "leads:all"
    LEADS_CREATE = "leads:create"
    LEADS_READ = "leads:read"
    LEADS_UPDATE = "leads:update"
    LEADS_DELETE = "leads:delete"
    BACKGROUND_JOBS_ALL = "background-jobs:all"
    BACKGROUND_JOBS_CREATE = "background-jobs:create"
    BACKGROUND_JOBS_READ = "background-jobs:read"
    BACKGROUND_JOBS_UPDATE = "background-jobs:update"
    BACKGROUND_JOBS_DELETE = "background-jobs:delete"
    CUSTOM_TAGS_ALL = "custom_tags:all"
    CUSTOM_TAGS_CREATE = "custom_tags:create"
    CUSTOM_TAGS_READ = "custom_tags:read"
    CUSTOM_TAGS_UPDATE = "custom_tags:update"
    CUSTOM_TAGS_DELETE = "custom_tags:delete"
    CUSTOM_TAG_MAPPINGS_ALL = "custom_tag_mappings:all"
    CUSTOM_TAG_MAPPINGS_CREATE = "custom_tag_mappings:create"
    CUSTOM_TAG_MAPPINGS_READ = "custom_tag_mappings:read"
    CUSTOM_TAG_MAPPINGS_UPDATE = "custom_tag_mappings:update"
    CUSTOM_TAG_MAPPINGS_DELETE = "custom_tag_mappings:delete"
    CRM_ACTIONS_ALL = "crm_actions:all"
    CRM_ACTIONS_CREATE = "crm_actions:create"
    CRM_ACTIONS_READ = "crm_actions:read"
    CRM_ACTIONS_UPDATE = "crm_actions:update"
    CRM_ACTIONS_DELETE = "crm_actions:delete"
    ACCOUNTS_ALL = "accounts:all"
    ACCOUNTS_CREATE = "accounts:create"
    ACCOUNTS_READ = "accounts:read"
    ACCOUNTS_UPDATE = "accounts:update"
    ACCOUNTS_DELETE = "accounts:delete"
    BLOCK_LIST_ENTRIES_ALL = "block_list_entries:all"
    BLOCK_LIST_ENTRIES_CREATE = "block_list_entries:create"
    BLOCK_LIST_ENTRIES_READ = "block_list_entries:read"
    BLOCK_LIST_ENTRIES_UPDATE = "block_list_entries:update"
    BLOCK_LIST_ENTRIES_DELETE = "block_list_entries:delete"
    LEAD_LABELS_ALL = "lead-labels:all"
    LEAD_LABELS_CREATE = "lead-labels:create"
    LEAD_LABELS_READ = "lead-labels:read"
    LEAD_LABELS_UPDATE = "lead-labels:update"
    LEAD_LABELS_DELETE = "lead-labels:delete"
    EMAIL_VERIFICATIONS_ALL = "email_verifications:all"
    EMAIL_VERIFICATIONS_CREATE = "email_verifications:create"
    EMAIL_VERIFICATIONS_READ = "email_verifications:read"
    EMAILS_ALL = "emails:all"
    EMAILS_CREATE = "emails:create"
    EMAILS_READ = "emails:read"
    EMAILS_UPDATE = "emails:update"
    EMAILS_DELETE = "emails:delete"
    EMAIL_TEMPLATES_ALL = "email_templates:all"
    EMAIL_TEMPLATES_CREATE = "email_templates:create"
    EMAIL_TEMPLATES_READ = "email_templates:read"
    EMAIL_TEMPLATES_UPDATE = "email_templates:update"
    EMAIL_TEMPLATES_DELETE = "email_templates:delete"
    WORKSPACES_ALL = "workspaces:all"
    WORKSPACES_CREATE = "workspaces:create"
    WORKSPACES_READ = "workspaces:read"
    WORKSPACES_UPDATE = "workspaces:update"
    WORKSPACES_DELETE = "workspaces:delete"
    WORKSPACE_BILLING_ALL = "workspace_billing:all"
    WORKSPACE_BILLING_CREATE = "workspace_billing:create"
    WORKSPACE_BILLING_READ = "workspace_billing:read"
    WORKSPACE_BILLING_UPDATE = "workspace_billing:update"
    WORKSPACE_BILLING_DELETE = "workspace_billing:delete"
    WORKSPACE_GROUP_MEMBERS_ALL = "workspace_group_members:all"
    WORKSPACE_GROUP_MEMBERS_CREATE = "workspace_group_members:create"
    WORKSPACE_GROUP_MEMBERS_READ = "workspace_group_members:read"
    WORKSPACE_GROUP_MEMBERS_UPDATE = "workspace_group_members:update"
    WORKSPACE_GROUP_MEMBERS_DELETE = "workspace_group_members:delete"
    WORKSPACE_MEMBERS_ALL = "workspace_members:all"
    WORKSPACE_MEMBERS_CREATE = "workspace_members:create"
    WORKSPACE_MEMBERS_READ = "workspace_members:read"
    WORKSPACE_MEMBERS_UPDATE = "workspace_members:update"
    WORKSPACE_MEMBERS_DELETE = "workspace_members:delete"
    SUBSEQUENCES_ALL = "subsequences:all"
    SUBSEQUENCES_CREATE = "subsequences:create"
    SUBSEQUENCES_READ = "subsequences:read"
    SUBSEQUENCES_UPDATE = "subsequences:update"
    SUBSEQUENCES_DELETE = "subsequences:delete"
    AI_SDR_ALL = "ai_sdr:all"
    AI_SDR_CREATE = "ai_sdr:create"
    AI_SDR_READ = "ai_sdr:read"
    AI_SDR_UPDATE = "ai_sdr:update"
    AI_SDR_DELETE = "ai_sdr:delete"
    AI_SDR_REPLIES_ALL = "ai_sdr_replies:all"
    AI_SDR_REPLIES_CREATE = "ai_sdr_replies:create"
    AI_SDR_REPLIES_READ = "ai_sdr_replies:read"
    AI_SDR_REPLIES_UPDATE = "ai_sdr_replies:update"
    AI_SDR_REPLIES_DELETE = "ai_sdr_replies:delete"
    AI_INBOX_MANAGER_ANALYTICS_ALL = "ai_inbox_manager_analytics:all"
    AI_INBOX_MANAGER_ANALYTICS_CREATE = "ai_inbox_manager_analytics:create"
    AI_INBOX_MANAGER_ANALYTICS_READ = "ai_inbox_manager_analytics:read"
    AI_INBOX_MANAGER_ANALYTICS_UPDATE = "ai_inbox_manager_analytics:update"
    AI_INBOX_MANAGER_ANALYTICS_DELETE = "ai_inbox_manager_analytics:delete"
    SALES_FLOWS_ALL = "sales_flows:all"
    SALES_FLOWS_CREATE = "sales_flows:create"
    SALES_FLOWS_READ = "sales_flows:read"
    SALES_FLOWS_UPDATE = "sales_flows:update"
    SALES_FLOWS_DELETE = "sales_flows:delete"
    WEBHOOKS_ALL = "webhooks:all"
    WEBHOOKS_CREATE = "webhooks:create"
    WEBHOOKS_READ = "webhooks:read"
    WEBHOOKS_UPDATE = "webhooks:update"
    WEBHOOKS_DELETE = "webhooks:delete"
    WEBHOOK_EVENTS_ALL = "webhook_events:all"
    WEBHOOK_EVENTS_CREATE = "webhook_events:create"
    WEBHOOK_EVENTS_READ = "webhook_events:read"
    WEBHOOK_EVENTS_UPDATE = "webhook_events:update"
    WEBHOOK_EVENTS_DELETE = "webhook_events:delete"
    SECURITY_TOKENS_ALL = "security_tokens:all"
    SECURITY_TOKENS_CREATE = "security_tokens:create"
    SECURITY_TOKENS_READ = "security_tokens:read"
    SECURITY_TOKENS_UPDATE = "security_tokens:update"
    SECURITY_TOKENS_DELETE = "security_tokens:delete"
    DFY_EMAIL_ACCOUNT_ORDERS_ALL = "dfy_email_account_orders:all"
    DFY_EMAIL_ACCOUNT_ORDERS_CREATE = "dfy_email_account_orders:create"
    DFY_EMAIL_ACCOUNT_ORDERS_READ = "dfy_email_account_orders:read"
    DFY_EMAIL_ACCOUNT_ORDERS_UPDATE = "dfy_email_account_orders:update"
    DFY_EMAIL_ACCOUNT_ORDERS_DELETE = "dfy_email_account_orders:delete"
    AUTH_ALL = "auth:all"
    AUTH_CREATE = "auth:create"
    AUTH_READ = "auth:read"
    AUTH_UPDATE = "auth:update"
    AUTH_DELETE = "auth:delete"


@attrs.define(kw_only=True)
class AccountWarmupAdvanced:
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


@attrs.define(kw_only=True)
class AccountWarmup:
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


class AccountStatus(int, OpenEnum):
    """Sending status: 1 active, 2 paused, 3 paused briefly for maintenance (resumed automatically); negative values are errors (-1 connection, -2 soft bounce, -3 sending)."""

    ACTIVE = 1
    PAUSED = 2
    TEMPORARILY_PAUSED_FOR_MAINTENANCE = 3
    CONNECTION_ERROR = -1
    SOFT_BOUNCE_ERROR = -2
    SENDING_ERROR = -3


class AccountWarmupStatus(int, OpenEnum):
    """Warmup state: 0 paused, 1 active; negative values mean warmup is blocked (-1 banned, -2 spam folder unknown, -3 permanently suspended)."""

    PAUSED = 0
    ACTIVE = 1
    BANNED = -1
    SPAM_FOLDER_UNKNOWN = -2
    PERMANENT_SUSPENSION = -3


@attrs.define(kw_only=True)
class AccountStatusMessage:
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


class AccountProviderCode(int, OpenEnum):
    """Email provider: 1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS, 8 AirMail, 11 AirMail Instant."""

    CUSTOM_IMAP_SMTP = 1
    GOOGLE = 2
    MICROSOFT = 3
    AWS = 4
    AIRMAIL = 8
    AIRMAIL_INSTANT = 11


@attrs.define(kw_only=True)
class Account:
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
    organization: str
    """Id of the workspace that owns the account."""
    warmup_status: AccountWarmupStatus
    """Warmup state: 0 paused, 1 active; negative values mean warmup is blocked (-1 banned, -2 spam folder unknown, -3 permanently suspended)."""
    provider_code: AccountProviderCode
    """Email provider: 1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS, 8 AirMail, 11 AirMail Instant."""
    setup_pending: bool
    """True while the account is still being set up and cannot send yet."""
    is_managed_account: bool
    """True if the mailbox is provided and managed by Instantly (for example a done-for-you account)."""
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
    status_message: AccountStatusMessage | None = None
    """Details of the last error reported by the mail server, if any."""
    timestamp_warmup_start: datetime | None = None
    """When warmup was started for the account, or null if it never was."""
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


class AccountCampaignMappingStatus(int, OpenEnum):
    """Current campaign status: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is held back (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""

    ACCOUNT_SUSPENDED = -99
    ACCOUNTS_UNHEALTHY = -1
    BOUNCE_PROTECT = -2
    DRAFT = 0
    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3
    RUNNING_SUBSEQUENCES = 4


@attrs.define(kw_only=True)
class AccountCampaignMapping:
    """One campaign that a sending account is attached to, as seen from that account."""

    campaign_id: str
    """Id of the campaign that uses the account."""
    campaign_name: str
    """Display name of the campaign."""
    timestamp_created: str
    """When this account-campaign link was recorded (ISO-8601, UTC)."""
    status: AccountCampaignMappingStatus | None = None
    """Current campaign status: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is held back (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class AddVariablesRequest:
    """Custom variable names to add to a campaign."""

    variables: list[str]
    """Names of the variables to add."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class AddWorkspaceAgencyDomainRequest:
    """The white-label domain to use for the workspace."""

    domain: str
    """Domain name to serve the app on, such as `app.example.com`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class AuditLogActivityType(int, OpenEnum):
    """Kind of action, as a numeric code: for example 1 user login, 2 lead deletion, 4 campaign launch, 6 account addition, 9 lead added, 18 webhook created, 37 API key created. Codes 13 to 17 are not listed, and new codes may appear."""

    USER_LOGIN = 1
    LEAD_DELETION = 2
    CAMPAIGN_DELETION = 3
    CAMPAIGN_LAUNCH = 4
    CAMPAIGN_PAUSE = 5
    ACCOUNT_ADDITION = 6
    ACCOUNT_DELETION = 7
    LEAD_MOVED = 8
    LEAD_ADDED = 9
    LEAD_MERGED = 10
    CAMPAIGN_UPDATE = 11
    SUBSEQUENCE_UPDATE = 12
    WEBHOOK_CREATED = 18
    WEBHOOK_UPDATED = 19
    WEBHOOK_MARKED_AS_ERROR = 20
    WEBHOOK_RESUMED = 21
    TOTP_ENROLLMENT_STARTED = 22
    TOTP_ENABLED = 23
    TOTP_REPLACEMENT_STARTED = 24
    TOTP_REPLACED = 25
    TOTP_DISABLED = 26
    MFA_RECOVERY_CODES_GENERATED = 27
    MFA_RECOVERY_CODE_USED = 28
    MFA_LOGIN_CHALLENGE_FAILED = 29
    MFA_LOGIN_CHALLENGE_FAILED_2 = 30
    MFA_LOGIN_SUCCEEDED = 31
    SUBSCRIBER_IMPORT_STARTED = 32
    SUBSCRIBER_IMPORT_CANCELLED = 33
    LEAD_EXPORTED = 34
    SUPERSEARCH_ENRICHMENT_CREATED = 35
    ACCOUNT_UPDATE = 36
    API_KEY_CREATED = 37
    API_KEY_DELETED = 38


@attrs.define(kw_only=True)
class AuditLog:
    """One recorded action in the workspace, with the user, client and resources it concerned."""

    id: str
    """Unique id of the record."""
    timestamp: datetime
    """When the action took place (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace where the action took place."""
    activity_type: AuditLogActivityType
    """Kind of action, as a numeric code: for example 1 user login, 2 lead deletion, 4 campaign launch, 6 account addition, 9 lead added, 18 webhook created, 37 API key created. Codes 13 to 17 are not listed, and new codes may appear."""
    ip_address: str
    """IP address the action came from."""
    from_api: bool
    """True if the action was made through the API rather than the web app."""
    user_agent: str | None = None
    """User agent of the client that performed the action."""
    user_id: str | None = None
    """Id of the user who performed the action."""
    api_key_id: str | None = None
    """Id of the API key used, when the action came through the API."""
    affected_count: float | None = None
    """Number of items the action touched, when relevant (for example leads deleted)."""
    campaign_id: str | None = None
    """Id of the campaign concerned, if any."""
    webhook_id: str | None = None
    """Id of the webhook concerned, if any."""
    subsequence_id: str | None = None
    """Id of the subsequence concerned, if any."""
    list_id: str | None = None
    """Id of the lead list concerned, if any."""
    audit_metadata: dict[str, Any] | None = None
    """Additional details about the action; the content depends on the activity type."""
    user_name: str | None = None
    """Name of the user who performed the action."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BackgroundJobType(str, OpenEnum):
    """What the job does, e.g. `move-leads`, `import-leads`, `export-leads` or `update-warmup-accounts`; more types may be added."""

    MOVE_LEADS = "move-leads"
    IMPORT_LEADS = "import-leads"
    EXPORT_LEADS = "export-leads"
    UPDATE_WARMUP_ACCOUNTS = "update-warmup-accounts"
    RENAME_VARIABLE = "rename-variable"
    BROADCAST_AI_GENERATE = "broadcast-ai-generate"
    BROADCAST_WEBSITE_SCRAPE = "broadcast-website-scrape"
    IMPORT_SUBSCRIBERS_FROM_CRM = "import-subscribers-from-crm"
    RESYNC_SUBSCRIBER_CRM_TAGS = "resync-subscriber-crm-tags"


class BackgroundJobEntityType(str, OpenEnum):
    """Kind of entity that `entity_id` refers to."""

    LIST = "list"
    CAMPAIGN = "campaign"
    WORKSPACE = "workspace"
    BROADCAST = "broadcast"
    SUBSCRIBER_GROUP_SYNC = "subscriber-group-sync"
    SUBSCRIBER_GROUP = "subscriber-group"


@attrs.define(kw_only=True)
class BackgroundJobData:
    """Job-specific details and results, such as counts of processed items; the keys depend on the job type."""

    moved_lead_emails: list[str] | None = None
    """For lead moves, the addresses of the leads that were moved."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BackgroundJobStatus(str, OpenEnum):
    """Lifecycle state. `pending` waits in the queue, `in-progress` is running, `success`, `failed` and `cancelled` are final; `paused` and `draining` are temporary states."""

    PENDING = "pending"
    IN_PROGRESS = "in-progress"
    SUCCESS = "success"
    FAILED = "failed"
    DRAINING = "draining"
    PAUSED = "paused"
    CANCELLED = "cancelled"


@attrs.define(kw_only=True)
class BackgroundJob:
    """A long-running task, such as moving or importing leads or changing warmup on many accounts, that the server runs asynchronously and whose progress can be polled."""

    id: str
    """Unique id of the job, 24 hexadecimal characters."""
    workspace_id: str
    """Id of the workspace that owns the job."""
    type: BackgroundJobType
    """What the job does, e.g. `move-leads`, `import-leads`, `export-leads` or `update-warmup-accounts`; more types may be added."""
    progress: float
    """How far the job has got, as a percentage from 0 to 100."""
    status: BackgroundJobStatus
    """Lifecycle state. `pending` waits in the queue, `in-progress` is running, `success`, `failed` and `cancelled` are final; `paused` and `draining` are temporary states."""
    created_at: str
    """When the job was created (ISO-8601, UTC)."""
    updated_at: str
    """When the job was last updated (ISO-8601, UTC)."""
    user_id: str | None = None
    """Id of the user whose action started the job, if any."""
    entity_id: str | None = None
    """Id of the lead list, campaign or other entity the job works on, if any."""
    entity_type: BackgroundJobEntityType | None = None
    """Kind of entity that `entity_id` refers to."""
    data: BackgroundJobData | None = None
    """Job-specific details and results, such as counts of processed items; the keys depend on the job type."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BlockListEntry:
    """An email address or domain that campaigns in the workspace must never send to."""

    id: str
    """Unique id of the entry."""
    timestamp_created: datetime
    """When the entry was added (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the entry."""
    bl_value: str
    """The blocked value, either a full email address or a domain name."""
    is_domain: bool
    """True if the value is a domain, false if it is a single email address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BulkAddLeadsRequestLeadLtInterestStatus(int, OpenEnum):
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show."""

    INTERESTED = 1
    MEETING_BOOKED = 2
    MEETING_COMPLETED = 3
    WON = 4
    OUT_OF_OFFICE = 0
    NOT_INTERESTED = -1
    WRONG_PERSON = -2
    LOST = -3
    NO_SHOW = -4


@attrs.define(kw_only=True)
class BulkAddLeadsRequestLead:
    email: str | None = None
    """Email address of the lead."""
    personalization: str | None = None
    """Personalized opening line or text used in the lead's emails."""
    website: str | None = None
    """Website of the lead or their company."""
    last_name: str | None = None
    """Last name of the lead."""
    first_name: str | None = None
    """First name of the lead."""
    company_name: str | None = None
    """Name of the lead's company."""
    job_title: str | None = None
    """Job title of the lead."""
    phone: str | None = None
    """Phone number of the lead."""
    lt_interest_status: BulkAddLeadsRequestLeadLtInterestStatus | None = None
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show."""
    pl_value_lead: str | None = None
    """Potential value of the lead, as free text."""
    assigned_to: str | None = None
    """Id of the workspace user to assign this lead to."""
    custom_variables: dict[str, str | float | bool | None] | None = None
    """Custom variables of the lead, used for personalization. Values must be strings, numbers, booleans or null; nested objects and arrays are rejected."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAddLeadsRequest:
    """Up to 1,000 leads to add to one campaign or lead list, with import options."""

    leads: list[BulkAddLeadsRequestLead]
    """The leads to add, 1 to 1,000 per call."""
    campaign_id: str | None = None
    """Id of the campaign to add the leads to; give this or `list_id`."""
    list_id: str | None = None
    """Id of the lead list to add the leads to; give this or `campaign_id`."""
    blocklist_id: str | None = None
    """Id of the block list to check the leads against."""
    assigned_to: str | None = None
    """Id of the workspace user to assign all added leads to."""
    verify_leads_on_import: bool | None = None
    """Verify the leads' email addresses as they are added."""
    skip_if_in_workspace: bool | None = None
    """Skip leads whose email already exists anywhere in the workspace."""
    skip_if_in_campaign: bool | None = None
    """Skip leads whose email already exists in a campaign."""
    skip_if_in_list: bool | None = None
    """Skip leads whose email already exists in a lead list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAddLeadsResponseCreatedLead:
    index: int
    """Zero-based position of the lead in the request's `leads` array."""
    id: str
    """Id of the created lead."""
    email: str | None = None
    """Email address of the created lead."""
    first_name: str | None = None
    """First name of the created lead."""
    last_name: str | None = None
    """Last name of the created lead."""
    phone: str | None = None
    """Phone number of the created lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAddLeadsResponse:
    """Counts describing the outcome of a bulk lead import, and the leads that were created."""

    status: str
    """Overall outcome reported by the server."""
    total_sent: int
    """Number of leads in the request."""
    leads_uploaded: int
    """Number of leads that were added."""
    in_blocklist: int
    """Number of leads skipped because they are on the block list."""
    blocklist_used: str | None
    """Id of the block list the leads were checked against, if any."""
    duplicated_leads: int
    """Number of leads that already existed and were not added again."""
    skipped_count: int
    """Number of leads skipped because of the `skip_if_in_*` options."""
    invalid_email_count: int
    """Number of leads rejected because their email address is invalid."""
    incomplete_count: int
    """Number of leads rejected because required data was missing."""
    duplicate_email_count: int
    """Number of leads whose email appeared more than once in the request."""
    remaining_in_plan: int | None
    """How many more leads the workspace's plan allows, or null when unlimited or unknown."""
    created_leads: list[BulkAddLeadsResponseCreatedLead]
    """The leads that were created, each tied to its position in the request."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BulkAssignLeadsRequestFilter(str, OpenEnum):
    """Predefined segment of leads, such as `FILTER_VAL_CONTACTED`, `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`."""

    FILTER_VAL_CONTACTED = "FILTER_VAL_CONTACTED"
    FILTER_VAL_NOT_CONTACTED = "FILTER_VAL_NOT_CONTACTED"
    FILTER_VAL_COMPLETED = "FILTER_VAL_COMPLETED"
    FILTER_VAL_UNSUBSCRIBED = "FILTER_VAL_UNSUBSCRIBED"
    FILTER_VAL_ACTIVE = "FILTER_VAL_ACTIVE"
    FILTER_LEAD_INTERESTED = "FILTER_LEAD_INTERESTED"
    FILTER_LEAD_NOT_INTERESTED = "FILTER_LEAD_NOT_INTERESTED"
    FILTER_LEAD_MEETING_BOOKED = "FILTER_LEAD_MEETING_BOOKED"
    FILTER_LEAD_MEETING_COMPLETED = "FILTER_LEAD_MEETING_COMPLETED"
    FILTER_LEAD_CLOSED = "FILTER_LEAD_CLOSED"
    FILTER_LEAD_OUT_OF_OFFICE = "FILTER_LEAD_OUT_OF_OFFICE"
    FILTER_LEAD_WRONG_PERSON = "FILTER_LEAD_WRONG_PERSON"
    FILTER_LEAD_LOST = "FILTER_LEAD_LOST"
    FILTER_LEAD_NO_SHOW = "FILTER_LEAD_NO_SHOW"
    FILTER_LEAD_CUSTOM_LABEL_POSITIVE = "FILTER_LEAD_CUSTOM_LABEL_POSITIVE"
    FILTER_LEAD_CUSTOM_LABEL_NEGATIVE = "FILTER_LEAD_CUSTOM_LABEL_NEGATIVE"
    FILTER_VAL_BOUNCED = "FILTER_VAL_BOUNCED"
    FILTER_VAL_SKIPPED = "FILTER_VAL_SKIPPED"
    FILTER_VAL_RISKY = "FILTER_VAL_RISKY"
    FILTER_VAL_INVALID = "FILTER_VAL_INVALID"
    FILTER_VAL_VALID = "FILTER_VAL_VALID"
    FILTER_VAL_IN_SUBSEQUENCE = "FILTER_VAL_IN_SUBSEQUENCE"
    FILTER_VAL_OPENED_NO_REPLY = "FILTER_VAL_OPENED_NO_REPLY"
    FILTER_VAL_COMPLETED_NO_REPLY = "FILTER_VAL_COMPLETED_NO_REPLY"
    FILTER_VAL_NO_OPENS = "FILTER_VAL_NO_OPENS"
    FILTER_VAL_REPLIED = "FILTER_VAL_REPLIED"
    FILTER_VAL_LINK_CLICKED = "FILTER_VAL_LINK_CLICKED"


class BulkAssignLeadsRequestQueryActionType(str, OpenEnum):
    """Kind of activity the condition looks at."""

    REPLY = "reply"
    EMAIL_OPEN = "email-open"
    LAST_CONTACTED = "last-contacted"
    LINK_CLICK = "link-click"
    LEAD_STATUS = "lead-status"
    LEAD_STATUS_CHANGE = "lead-status-change"


class BulkAssignLeadsRequestQueryValuesOccurrenceCountCondition(str, OpenEnum):
    """Whether the activity count must be more than, less than or equal to `count`."""

    MORE = "more"
    LESS = "less"
    EQUAL = "equal"


@attrs.define(kw_only=True)
class BulkAssignLeadsRequestQueryValuesOccurrenceCount:
    """How many times the activity must have happened."""

    condition: BulkAssignLeadsRequestQueryValuesOccurrenceCountCondition | None = None
    """Whether the activity count must be more than, less than or equal to `count`."""
    count: float | None = None
    """The number of occurrences to compare against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BulkAssignLeadsRequestQueryValuesLeadStatusCondition(str, OpenEnum):
    """Whether the lead's status must be or must not be `status`."""

    IS = "is"
    IS_NOT = "is-not"


@attrs.define(kw_only=True)
class BulkAssignLeadsRequestQueryValuesLeadStatus:
    """Lead status the condition compares against."""

    status: float | None = None
    """The lead status value to compare with."""
    condition: BulkAssignLeadsRequestQueryValuesLeadStatusCondition | None = None
    """Whether the lead's status must be or must not be `status`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAssignLeadsRequestQueryValues:
    """Parameters of the condition."""

    occurrence_days: float | None = attrs.field(default=None, metadata={"key": "occurrence-days"})
    """Size of the time window, in days, in which the activity is counted."""
    occurrence_count: BulkAssignLeadsRequestQueryValuesOccurrenceCount | None = attrs.field(
        default=None, metadata={"key": "occurrence-count"}
    )
    """How many times the activity must have happened."""
    lead_status: BulkAssignLeadsRequestQueryValuesLeadStatus | None = attrs.field(
        default=None, metadata={"key": "lead-status"}
    )
    """Lead status the condition compares against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAssignLeadsRequestQuery:
    actionType: BulkAssignLeadsRequestQueryActionType
    """Kind of activity the condition looks at."""
    values: BulkAssignLeadsRequestQueryValues
    """Parameters of the condition."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAssignLeadsRequest:
    """The users to assign leads to, and the selection of leads to assign."""

    organization_user_ids: list[str]
    """Ids of the workspace users to assign the leads to; at least one."""
    search: str | None = None
    """Text to match against the leads' names and email addresses."""
    filter: BulkAssignLeadsRequestFilter | None = None
    """Predefined segment of leads, such as `FILTER_VAL_CONTACTED`, `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`."""
    campaign: str | None = None
    """Select leads of this campaign (note the field name `campaign`, not `campaign_id`)."""
    list_id: str | None = None
    """Select leads of this lead list."""
    in_campaign: bool | None = None
    """When true, only leads that belong to a campaign; when false, only leads that do not."""
    in_list: bool | None = None
    """When true, only leads that belong to a lead list; when false, only leads that do not."""
    smart_view_id: str | None = None
    """Select the leads matched by this saved smart view."""
    ids: list[str] | None = None
    """Select only leads with these ids."""
    limit: int | None = None
    """Maximum number of leads to assign."""
    queries: list[BulkAssignLeadsRequestQuery] | None = None
    """Activity conditions the leads must meet, such as replies, opens, clicks or status changes."""
    assigned_to: str | None = None
    """Select only leads currently assigned to this user."""
    has_clause: bool | None = None
    """Whether the selection is defined by filter clauses rather than only by lead ids."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAssignLeadsResponse:
    """Acknowledgement that the assignment was queued."""

    status: str | None = None
    """Short status word from the server."""
    message: str | None = None
    """Human-readable confirmation from the server."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BulkDeleteLeadsRequestBulkDeleteLeadsRequestStatus(int, OpenEnum):
    """Delete only leads with this sending status: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3
    BOUNCED = -1
    UNSUBSCRIBED = -2
    SKIPPED = -3


@attrs.define(kw_only=True)
class BulkDeleteLeadsRequestBulkDeleteLeadsRequest:
    """Which leads to delete. Either `campaign_id` or `list_id` is required."""

    campaign_id: str
    """Delete leads of this campaign."""
    list_id: str | None = None
    """Delete leads of this lead list."""
    status: BulkDeleteLeadsRequestBulkDeleteLeadsRequestStatus | None = None
    """Delete only leads with this sending status: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""
    ids: list[str] | None = None
    """Delete only the leads with these ids."""
    limit: int | None = None
    """Maximum number of leads to delete (1 to 10,000)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BulkDeleteLeadsRequestBulkDeleteLeadsRequest1Status(int, OpenEnum):
    """Delete only leads with this sending status: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3
    BOUNCED = -1
    UNSUBSCRIBED = -2
    SKIPPED = -3


@attrs.define(kw_only=True)
class BulkDeleteLeadsRequestBulkDeleteLeadsRequest1:
    """Which leads to delete. Either `campaign_id` or `list_id` is required."""

    list_id: str
    """Delete leads of this lead list."""
    campaign_id: str | None = None
    """Delete leads of this campaign."""
    status: BulkDeleteLeadsRequestBulkDeleteLeadsRequest1Status | None = None
    """Delete only leads with this sending status: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""
    ids: list[str] | None = None
    """Delete only the leads with these ids."""
    limit: int | None = None
    """Maximum number of leads to delete (1 to 10,000)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


BulkDeleteLeadsRequest: TypeAlias = (
    BulkDeleteLeadsRequestBulkDeleteLeadsRequest | BulkDeleteLeadsRequestBulkDeleteLeadsRequest1
)
"""
Which leads to delete. Either `campaign_id` or `list_id` is required.
"""


@attrs.define(kw_only=True)
class BulkDeleteLeadsResponse:
    """Outcome of a bulk lead deletion."""

    count: int | None = None
    """Number of leads deleted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CRMActions:
    """Placeholder for the CRM actions group; it declares no fields of its own."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignStatus(int, OpenEnum):
    """Campaign status: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is blocked (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""

    ACCOUNT_SUSPENDED = -99
    ACCOUNTS_UNHEALTHY = -1
    BOUNCE_PROTECT = -2
    DRAFT = 0
    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3
    RUNNING_SUBSEQUENCES = 4


@attrs.define(kw_only=True)
class CampaignCampaignScheduleScheduleTiming:
    """Daily time range of the window."""

    from_: str = attrs.field(metadata={"key": "from"})
    """Time of day when sending starts, as 24-hour `HH:MM`."""
    to: str
    """Time of day when sending stops, as 24-hour `HH:MM`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignCampaignScheduleScheduleDays:
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""

    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Send on Sundays."""
    field_1: bool | None = attrs.field(default=None, metadata={"key": "1"})
    """Send on Mondays."""
    field_2: bool | None = attrs.field(default=None, metadata={"key": "2"})
    """Send on Tuesdays."""
    field_3: bool | None = attrs.field(default=None, metadata={"key": "3"})
    """Send on Wednesdays."""
    field_4: bool | None = attrs.field(default=None, metadata={"key": "4"})
    """Send on Thursdays."""
    field_5: bool | None = attrs.field(default=None, metadata={"key": "5"})
    """Send on Fridays."""
    field_6: bool | None = attrs.field(default=None, metadata={"key": "6"})
    """Send on Saturdays."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignSequenceStepType(str, OpenEnum):
    """Kind of step; only "email" is supported."""

    EMAIL = "email"


class CampaignSequenceStepDelayUnit(str, OpenEnum):
    """Unit of `delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


class CampaignSequenceStepPreDelayUnit(str, OpenEnum):
    """Unit of `pre_delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@attrs.define(kw_only=True)
class CampaignSequenceStepVariant:
    subject: str
    """Subject line; may contain template variables."""
    body: str
    """Email body; may contain template variables."""
    v_disabled: bool | None = None
    """When true, this variant is not sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSequenceStep:
    type: CampaignSequenceStepType
    """Kind of step; only "email" is supported."""
    delay: float
    """Time to wait after this step before the next step is sent to the lead, in `delay_unit`."""
    variants: list[CampaignSequenceStepVariant]
    """Alternative versions of the email for A/B testing; one is picked per lead."""
    delay_unit: CampaignSequenceStepDelayUnit | None = None
    """Unit of `delay`; days when omitted."""
    pre_delay: float | None = None
    """Wait before this step is sent; used only in subsequences, ignored in campaigns."""
    pre_delay_unit: CampaignSequenceStepPreDelayUnit | None = None
    """Unit of `pre_delay`; days when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSequence:
    steps: list[CampaignSequenceStep]
    """Ordered steps of the sequence; each step is one email sent to a lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignAutoVariantSelectTrigger(str, OpenEnum):
    """Metric used to pick the winning variant."""

    REPLY_RATE = "reply_rate"
    CLICK_RATE = "click_rate"
    OPEN_RATE = "open_rate"


@attrs.define(kw_only=True)
class CampaignAutoVariantSelect:
    """Settings for automatically choosing the best-performing variant; null when disabled."""

    trigger: CampaignAutoVariantSelectTrigger
    """Metric used to pick the winning variant."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignNotSendingStatus(OpenEnum):
    """Why an active campaign is not sending right now: 1 outside its schedule, 2 waiting for a lead to process, 3 campaign daily limit reached, 4 all accounts at their daily limit, 99 an error; null when sending normally."""

    CAMPAIGN_IS_CURRENTLY_NOT = 1
    CAMPAIGN_IS_CURRENTLY_WAITING = 2
    CAMPAIGN_HAS_REACHED_ITS = 3
    ALL_SENDING_ACCOUNTS_FOR = 4
    CAMPAIGN_IS_CURRENTLY_NOT_2 = 99


class CampaignLimitEmailsPerCompanyOverrideMode(str, OpenEnum):
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""

    CUSTOM = "custom"
    DISABLED = "disabled"


class CampaignLimitEmailsPerCompanyOverrideScope(str, OpenEnum):
    """Whether the limit counts this campaign only or all campaigns of the workspace."""

    PER_CAMPAIGN = "per_campaign"
    ACROSS_WORKSPACE = "across_workspace"


@attrs.define(kw_only=True)
class CampaignLimitEmailsPerCompanyOverride:
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""

    mode: CampaignLimitEmailsPerCompanyOverrideMode
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""
    daily_limit: float | None = None
    """Maximum emails per company domain per day."""
    scope: CampaignLimitEmailsPerCompanyOverrideScope | None = None
    """Whether the limit counts this campaign only or all campaigns of the workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignProviderRoutingRuleAction(str, OpenEnum):
    """Whether matching emails are sent or held back."""

    SEND = "send"
    DO_NOT_SEND = "do_not_send"


class CampaignProviderRoutingRuleRecipientEspEnum(str, OpenEnum):
    ALL = "all"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OTHER = "other"


class CampaignProviderRoutingRuleSenderEspEnum(str, OpenEnum):
    ALL = "all"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OTHER = "other"


@attrs.define(kw_only=True)
class CampaignProviderRoutingRule:
    action: CampaignProviderRoutingRuleAction | None = None
    """Whether matching emails are sent or held back."""
    recipient_esp: list[CampaignProviderRoutingRuleRecipientEspEnum] | None = None
    """Recipient providers the rule applies to."""
    sender_esp: list[CampaignProviderRoutingRuleSenderEspEnum] | None = None
    """Sending account providers the rule applies to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignSubsequenceStatus(int, OpenEnum):
    """Subsequence status, with the same codes as campaigns: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is blocked (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""

    ACCOUNT_SUSPENDED_THE = -99
    ACCOUNTS_UNHEALTHY_THE = -1
    BOUNCE_PROTECTION_THE = -2
    DRAFT_THE_SUBSEQUENCE = 0
    ACTIVE_THE_SUBSEQUENCE = 1
    PAUSED_THE_SUBSEQUENCE = 2
    COMPLETED_THE_SUBSEQUENCE = 3
    RUNNING_SUBSEQUENCES_THE = 4


class CampaignSubsequenceConditionsLeadActivityEnum(int, OpenEnum):
    EMAIL_LINK_CLICKED = 4
    CAMPAIGN_COMPLETED_WITHOUT_REPLY = 91
    EMAIL_OPENED_TRIGGERED = 2


@attrs.define(kw_only=True)
class CampaignSubsequenceConditions:
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""

    crm_status: list[float] | None = None
    """Lead interest statuses that trigger entry, e.g. 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show; custom status values are accepted too."""
    lead_activity: list[CampaignSubsequenceConditionsLeadActivityEnum] | None = None
    """Lead activities that trigger entry: 2 email opened, 4 link clicked, 91 campaign finished without a reply."""
    reply_contains: str | None = None
    """Text that, when found in a lead's reply, triggers entry."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSubsequenceSubsequenceScheduleScheduleTiming:
    """Daily time range of the window."""

    from_: str = attrs.field(metadata={"key": "from"})
    """Time of day when sending starts, as 24-hour `HH:MM`."""
    to: str
    """Time of day when sending stops, as 24-hour `HH:MM`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSubsequenceSubsequenceScheduleScheduleDays:
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""

    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Send on Sundays."""
    field_1: bool | None = attrs.field(default=None, metadata={"key": "1"})
    """Send on Mondays."""
    field_2: bool | None = attrs.field(default=None, metadata={"key": "2"})
    """Send on Tuesdays."""
    field_3: bool | None = attrs.field(default=None, metadata={"key": "3"})
    """Send on Wednesdays."""
    field_4: bool | None = attrs.field(default=None, metadata={"key": "4"})
    """Send on Thursdays."""
    field_5: bool | None = attrs.field(default=None, metadata={"key": "5"})
    """Send on Fridays."""
    field_6: bool | None = attrs.field(default=None, metadata={"key": "6"})
    """Send on Saturdays."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignSubsequenceSequenceStepType(str, OpenEnum):
    """Kind of step; only "email" is supported."""

    EMAIL = "email"


class CampaignSubsequenceSequenceStepDelayUnit(str, OpenEnum):
    """Unit of `delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


class CampaignSubsequenceSequenceStepPreDelayUnit(str, OpenEnum):
    """Unit of `pre_delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@attrs.define(kw_only=True)
class CampaignSubsequenceSequenceStepVariant:
    subject: str
    """Subject line; may contain template variables."""
    body: str
    """Email body; may contain template variables."""
    v_disabled: bool | None = None
    """When true, this variant is not sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSubsequenceSequenceStep:
    type: CampaignSubsequenceSequenceStepType
    """Kind of step; only "email" is supported."""
    delay: float
    """Time to wait after this step before the next step is sent to the lead, in `delay_unit`."""
    variants: list[CampaignSubsequenceSequenceStepVariant]
    """Alternative versions of the email for A/B testing (1 to 26); one is picked per lead."""
    delay_unit: CampaignSubsequenceSequenceStepDelayUnit | None = None
    """Unit of `delay`; days when omitted."""
    pre_delay: float | None = None
    """Time to wait before this step is sent, in `pre_delay_unit`."""
    pre_delay_unit: CampaignSubsequenceSequenceStepPreDelayUnit | None = None
    """Unit of `pre_delay`; days when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSubsequenceSequence:
    steps: list[CampaignSubsequenceSequenceStep]
    """Ordered steps of the sequence; each step is one email sent to a lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignSubsequenceAutoVariantSelectTrigger(str, OpenEnum):
    """Metric used to pick the winning variant."""

    REPLY_RATE = "reply_rate"
    CLICK_RATE = "click_rate"
    OPEN_RATE = "open_rate"


@attrs.define(kw_only=True)
class CampaignSubsequenceAutoVariantSelect:
    """Settings for automatically choosing the best-performing variant; null when disabled."""

    trigger: CampaignSubsequenceAutoVariantSelectTrigger
    """Metric used to pick the winning variant."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignSubsequenceDailyLimitMode(str, OpenEnum):
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""

    INHERIT = "inherit"
    CUSTOM = "custom"
    UNLIMITED = "unlimited"


@attrs.define(kw_only=True)
class CancelDFYEmailAccountsRequest:
    """The mailboxes to cancel."""

    accounts: list[str]
    """Email addresses of the done-for-you mailboxes to cancel."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CancelDFYEmailAccountsResponseItemEmailProvider(int, OpenEnum):
    """Provider that hosts the mailbox (1 Google, 2 AirMail, 3 Microsoft)."""

    GOOGLE = 1
    AIRMAIL = 2
    MICROSOFT_OUTLOOK = 3


@attrs.define(kw_only=True)
class CancelDFYEmailAccountsResponseItem:
    id: str
    """Unique id of the mailbox record."""
    domain: str
    """Domain of the mailbox."""
    email: str
    """Address of the mailbox."""
    email_provider: CancelDFYEmailAccountsResponseItemEmailProvider
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
class CancelDFYEmailAccountsResponse:
    """The mailboxes that were cancelled."""

    items: list[CancelDFYEmailAccountsResponseItem]
    """One entry per cancelled mailbox."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ChangeWorkspaceOwnerRequest:
    """The new owner of the workspace and the confirmation needed for the transfer."""

    email: str
    """Email address of the user who becomes the new owner."""
    sec: str
    """Security confirmation value that authorises the transfer."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CheckDomainsAvailabilityRequest:
    """The domains to check."""

    domains: list[str]
    """Domain names to check (up to 50)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CheckDomainsAvailabilityResponseResultUnavailableReason(str, OpenEnum):
    """Why the domain cannot be ordered."""

    RESTRICTED = "restricted"


@attrs.define(kw_only=True)
class CheckDomainsAvailabilityResponseResult:
    domain: str | None = None
    """The checked domain."""
    available: bool | None = None
    """True if the domain can be ordered."""
    unavailable_reason: CheckDomainsAvailabilityResponseResultUnavailableReason | None = None
    """Why the domain cannot be ordered."""
    restricted_keyword: str | None = None
    """Word in the domain that caused the restriction."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CheckDomainsAvailabilityResponse:
    """Availability of each checked domain."""

    results: list[CheckDomainsAvailabilityResponseResult] | None = None
    """One entry per domain."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CountLaunchedResponse:
    """Number of launched campaigns."""

    count: float
    """How many campaigns in the workspace have been launched."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CountLeadsFromSupersearchResponse:
    """Number of people matching SuperSearch filters."""

    number_of_leads: float | None = None
    """Number of people matching the filters."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CountUnreadEmailsResponse:
    """Number of unread emails."""

    count: float | None = None
    """How many emails are unread."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateAIEnrichmentRequestResourceType(int, OpenEnum):
    """Kind of resource: 1 campaign, 2 lead list."""

    CAMPAIGN = 1
    LIST = 2


class CreateAIEnrichmentRequestModelVersion(str, OpenEnum):
    """AI model to use."""

    GPT_3_5_TURBO_OPENAI_S = "3.5"
    GPT_4_OPENAI_S_ADVANCED = "4.0"
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


class CreateAIEnrichmentRequestStatus(int, OpenEnum):
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""

    JOB_IS_PENDING_PROCESSING = 1
    JOB_IS_CURRENTLY_BEING = 2
    JOB_HAS_BEEN_COMPLETED = 3
    JOB_PROCESSING_FAILED = 4


@attrs.define(kw_only=True)
class CreateAIEnrichmentRequest:
    """Definition of an AI enrichment for a campaign or lead list."""

    resource_id: str
    """Id of the campaign or lead list."""
    output_column: str
    """Name of the lead column the AI answer is written to."""
    resource_type: CreateAIEnrichmentRequestResourceType
    """Kind of resource: 1 campaign, 2 lead list."""
    model_version: CreateAIEnrichmentRequestModelVersion
    """AI model to use."""
    input_columns: list[str] | None = None
    """Lead columns whose values are given to the model."""
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
    status: CreateAIEnrichmentRequestStatus | None = None
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""
    filters: list[dict[str, Any]] | None = None
    """Conditions that select which leads to process."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateAIEnrichmentResponseResourceType(OpenEnum):
    """Kind of resource: 1 or `CAMPAIGN` for a campaign, 2 or `LIST` for a lead list."""

    CAMPAIGN = "CAMPAIGN"
    LIST = "LIST"
    CAMPAIGN_2 = 1
    LIST_2 = 2


@attrs.define(kw_only=True)
class CreateAIEnrichmentResponse:
    """An AI enrichment job as created."""

    id: str
    """Id of the AI enrichment job."""
    resource_id: str
    """Id of the campaign or lead list."""
    resource_type: CreateAIEnrichmentResponseResourceType
    """Kind of resource: 1 or `CAMPAIGN` for a campaign, 2 or `LIST` for a lead list."""
    output_column: str
    """Lead column the AI answer is written to."""
    status: float
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""
    model_version: str
    """AI model in use."""
    overwrite: bool
    """Whether existing values in the output column are replaced."""
    auto_update: bool
    """Whether leads added later are processed too."""
    input_columns: list[str] | None = None
    """Lead columns given to the model."""
    limit: float | None = None
    """Maximum number of leads to process."""
    template_id: str | None = None
    """Id of the prompt template in use, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateAPIKeyRequest:
    """Name and permissions of the API key to create."""

    name: str
    """Label for the new key."""
    scopes: list[APIKeyScope]
    """Permissions to grant, each written `resource:action`, such as `leads:read` or `all:all`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateAccountRequestWarmupAdvanced:
    """Fine-tuning options for warmup behaviour."""

    warm_ctd: bool | None = None
    """Whether warmup emails include a link on the custom tracking domain."""
    open_rate: float | None = None
    """Target percentage of warmup emails that are opened."""
    important_rate: float | None = None
    """Target percentage of warmup emails marked as important."""
    read_emulation: bool | None = None
    """Whether recipients simulate reading the warmup emails."""
    spam_save_rate: float | None = None
    """Target percentage of warmup emails rescued from spam."""
    weekday_only: bool | None = None
    """Whether warmup runs on weekdays only."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateAccountRequestWarmupIncrement(str, OpenEnum):
    """Daily warmup ramp-up step, or "disabled"."""

    DISABLED = "disabled"
    V_0 = "0"
    V_1 = "1"
    V_2 = "2"
    V_3 = "3"
    V_4 = "4"


@attrs.define(kw_only=True)
class CreateAccountRequestWarmup:
    """Initial warmup settings."""

    limit: float | None = None
    """Maximum number of warmup emails per day."""
    advanced: CreateAccountRequestWarmupAdvanced | None = None
    """Fine-tuning options for warmup behaviour."""
    warmup_custom_ftag: str | None = None
    """Custom keyword placed in warmup emails."""
    increment: CreateAccountRequestWarmupIncrement | None = None
    """Daily warmup ramp-up step, or "disabled"."""
    reply_rate: float | None = None
    """Target percentage of warmup emails that receive a reply."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateAccountRequestProviderCode(int, OpenEnum):
    """Email provider of the mailbox (1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS, 8 AirMail, 11 AirMail Instant); it must match the real provider."""

    CUSTOM_IMAP_SMTP = 1
    GOOGLE = 2
    MICROSOFT = 3
    AWS = 4
    AIRMAIL = 8
    AIRMAIL_INSTANT = 11


@attrs.define(kw_only=True)
class CreateAccountRequest:
    """Body for adding a sending account with its IMAP and SMTP connection details."""

    email: str
    """Email address of the mailbox to connect."""
    first_name: str
    """Sender first name shown on emails from this account."""
    last_name: str
    """Sender last name shown on emails from this account."""
    provider_code: CreateAccountRequestProviderCode
    """Email provider of the mailbox (1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS, 8 AirMail, 11 AirMail Instant); it must match the real provider."""
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
    warmup: CreateAccountRequestWarmup | None = None
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
    sending_gap: float | None = None
    """Minimum minutes between two emails from this account (0 to 1440)."""
    signature: str | None = None
    """Signature appended to emails sent from this account."""
    reply_to: str | None = None
    """Address that replies should go to."""
    warmup_custom_ftag: str | None = None
    """Custom keyword placed in warmup emails so they can be recognised."""
    skip_cname_check: bool | None = None
    """When true, the tracking domain is saved without checking its CNAME record."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateBlockListEntryRequest:
    """The value to add to the block list."""

    bl_value: str
    """Email address or domain to block."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignRequestCampaignScheduleScheduleTiming:
    """Daily time range of the window."""

    from_: str = attrs.field(metadata={"key": "from"})
    """Time of day when sending starts, as 24-hour `HH:MM`."""
    to: str
    """Time of day when sending stops, as 24-hour `HH:MM`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignRequestCampaignScheduleScheduleDays:
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""

    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Send on Sundays."""
    field_1: bool | None = attrs.field(default=None, metadata={"key": "1"})
    """Send on Mondays."""
    field_2: bool | None = attrs.field(default=None, metadata={"key": "2"})
    """Send on Tuesdays."""
    field_3: bool | None = attrs.field(default=None, metadata={"key": "3"})
    """Send on Wednesdays."""
    field_4: bool | None = attrs.field(default=None, metadata={"key": "4"})
    """Send on Thursdays."""
    field_5: bool | None = attrs.field(default=None, metadata={"key": "5"})
    """Send on Fridays."""
    field_6: bool | None = attrs.field(default=None, metadata={"key": "6"})
    """Send on Saturdays."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignRequestSequenceStepType(str, OpenEnum):
    """Kind of step; only "email" is supported."""

    EMAIL = "email"


class CreateCampaignRequestSequenceStepDelayUnit(str, OpenEnum):
    """Unit of `delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


class CreateCampaignRequestSequenceStepPreDelayUnit(str, OpenEnum):
    """Unit of `pre_delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@attrs.define(kw_only=True)
class CreateCampaignRequestSequenceStepVariant:
    subject: str
    """Subject line; may contain template variables."""
    body: str
    """Email body; may contain template variables."""
    v_disabled: bool | None = None
    """When true, this variant is not sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignRequestSequenceStep:
    type: CreateCampaignRequestSequenceStepType
    """Kind of step; only "email" is supported."""
    delay: float
    """Time to wait after this step before the next step is sent to the lead, in `delay_unit`."""
    variants: list[CreateCampaignRequestSequenceStepVariant]
    """Alternative versions of the email for A/B testing; one is picked per lead."""
    delay_unit: CreateCampaignRequestSequenceStepDelayUnit | None = None
    """Unit of `delay`; days when omitted."""
    pre_delay: float | None = None
    """Wait before this step is sent; used only in subsequences, ignored in campaigns."""
    pre_delay_unit: CreateCampaignRequestSequenceStepPreDelayUnit | None = None
    """Unit of `pre_delay`; days when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignRequestSequence:
    steps: list[CreateCampaignRequestSequenceStep]
    """Ordered steps of the sequence; each step is one email sent to a lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignRequestAutoVariantSelectTrigger(str, OpenEnum):
    """Metric used to pick the winning variant."""

    REPLY_RATE = "reply_rate"
    CLICK_RATE = "click_rate"
    OPEN_RATE = "open_rate"


@attrs.define(kw_only=True)
class CreateCampaignRequestAutoVariantSelect:
    """Settings for automatically choosing the best-performing variant; null when disabled."""

    trigger: CreateCampaignRequestAutoVariantSelectTrigger
    """Metric used to pick the winning variant."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignRequestLimitEmailsPerCompanyOverrideMode(str, OpenEnum):
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""

    CUSTOM = "custom"
    DISABLED = "disabled"


class CreateCampaignRequestLimitEmailsPerCompanyOverrideScope(str, OpenEnum):
    """Whether the limit counts this campaign only or all campaigns of the workspace."""

    PER_CAMPAIGN = "per_campaign"
    ACROSS_WORKSPACE = "across_workspace"


@attrs.define(kw_only=True)
class CreateCampaignRequestLimitEmailsPerCompanyOverride:
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""

    mode: CreateCampaignRequestLimitEmailsPerCompanyOverrideMode
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""
    daily_limit: float | None = None
    """Maximum emails per company domain per day."""
    scope: CreateCampaignRequestLimitEmailsPerCompanyOverrideScope | None = None
    """Whether the limit counts this campaign only or all campaigns of the workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignRequestProviderRoutingRuleAction(str, OpenEnum):
    """Whether matching emails are sent or held back."""

    SEND = "send"
    DO_NOT_SEND = "do_not_send"


class CreateCampaignRequestProviderRoutingRuleRecipientEspEnum(str, OpenEnum):
    ALL = "all"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OTHER = "other"


class CreateCampaignRequestProviderRoutingRuleSenderEspEnum(str, OpenEnum):
    ALL = "all"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OTHER = "other"


@attrs.define(kw_only=True)
class CreateCampaignRequestProviderRoutingRule:
    action: CreateCampaignRequestProviderRoutingRuleAction | None = None
    """Whether matching emails are sent or held back."""
    recipient_esp: list[CreateCampaignRequestProviderRoutingRuleRecipientEspEnum] | None = None
    """Recipient providers the rule applies to."""
    sender_esp: list[CreateCampaignRequestProviderRoutingRuleSenderEspEnum] | None = None
    """Sending account providers the rule applies to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignSubsequenceRequestConditionsLeadActivityEnum(int, OpenEnum):
    EMAIL_LINK_CLICKED = 4
    CAMPAIGN_COMPLETED_WITHOUT_REPLY = 91
    EMAIL_OPENED_TRIGGERED = 2


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestConditions:
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""

    crm_status: list[float] | None = None
    """Lead interest statuses that trigger entry, e.g. 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show; custom status values are accepted too."""
    lead_activity: list[CreateCampaignSubsequenceRequestConditionsLeadActivityEnum] | None = None
    """Lead activities that trigger entry: 2 email opened, 4 link clicked, 91 campaign finished without a reply."""
    reply_contains: str | None = None
    """Text that, when found in a lead's reply, triggers entry."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming:
    """Daily time range of the window."""

    from_: str = attrs.field(metadata={"key": "from"})
    """Time of day when sending starts, as 24-hour `HH:MM`."""
    to: str
    """Time of day when sending stops, as 24-hour `HH:MM`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleDays:
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""

    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Send on Sundays."""
    field_1: bool | None = attrs.field(default=None, metadata={"key": "1"})
    """Send on Mondays."""
    field_2: bool | None = attrs.field(default=None, metadata={"key": "2"})
    """Send on Tuesdays."""
    field_3: bool | None = attrs.field(default=None, metadata={"key": "3"})
    """Send on Wednesdays."""
    field_4: bool | None = attrs.field(default=None, metadata={"key": "4"})
    """Send on Thursdays."""
    field_5: bool | None = attrs.field(default=None, metadata={"key": "5"})
    """Send on Fridays."""
    field_6: bool | None = attrs.field(default=None, metadata={"key": "6"})
    """Send on Saturdays."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignSubsequenceRequestSequenceStepType(str, OpenEnum):
    """Kind of step; only "email" is supported."""

    EMAIL = "email"


class CreateCampaignSubsequenceRequestSequenceStepDelayUnit(str, OpenEnum):
    """Unit of `delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


class CreateCampaignSubsequenceRequestSequenceStepPreDelayUnit(str, OpenEnum):
    """Unit of `pre_delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestSequenceStepVariant:
    subject: str
    """Subject line; may contain template variables."""
    body: str
    """Email body; may contain template variables."""
    v_disabled: bool | None = None
    """When true, this variant is not sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestSequenceStep:
    type: CreateCampaignSubsequenceRequestSequenceStepType
    """Kind of step; only "email" is supported."""
    delay: float
    """Time to wait after this step before the next step is sent to the lead, in `delay_unit`."""
    variants: list[CreateCampaignSubsequenceRequestSequenceStepVariant]
    """Alternative versions of the email for A/B testing (1 to 26); one is picked per lead."""
    delay_unit: CreateCampaignSubsequenceRequestSequenceStepDelayUnit | None = None
    """Unit of `delay`; days when omitted."""
    pre_delay: float | None = None
    """Time to wait before this step is sent, in `pre_delay_unit`."""
    pre_delay_unit: CreateCampaignSubsequenceRequestSequenceStepPreDelayUnit | None = None
    """Unit of `pre_delay`; days when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestSequence:
    steps: list[CreateCampaignSubsequenceRequestSequenceStep]
    """Ordered steps of the sequence; each step is one email sent to a lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignSubsequenceRequestAutoVariantSelectTrigger(str, OpenEnum):
    """Metric used to pick the winning variant."""

    REPLY_RATE = "reply_rate"
    CLICK_RATE = "click_rate"
    OPEN_RATE = "open_rate"


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestAutoVariantSelect:
    """Settings for automatically choosing the best-performing variant; null when disabled."""

    trigger: CreateCampaignSubsequenceRequestAutoVariantSelectTrigger
    """Metric used to pick the winning variant."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateCampaignSubsequenceRequestDailyLimitMode(str, OpenEnum):
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""

    INHERIT = "inherit"
    CUSTOM = "custom"
    UNLIMITED = "unlimited"


@attrs.define(kw_only=True)
class CreateCustomTagRequest:
    """Fields of the tag to create."""

    label: str
    """Display name of the new tag."""
    description: str | None = None
    """Optional longer explanation of what the tag is for."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateDFYEmailAccountOrderRequestItemEmailProvider(int, OpenEnum):
    """Provider that hosts the mailboxes: 1 Google, 2 AirMail, 3 Microsoft (note that these codes differ from `Account.provider_code`)."""

    GOOGLE = 1
    AIRMAIL = 2
    MICROSOFT_OUTLOOK = 3


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderRequestItemAccount:
    email_address_prefix: str
    """Part of the address before the `@`."""
    first_name: str
    """Sender first name of the mailbox."""
    last_name: str
    """Sender last name of the mailbox."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderRequestItem:
    domain: str
    """Domain to buy, or an already ordered domain for `extra_accounts` orders."""
    email_provider: CreateDFYEmailAccountOrderRequestItemEmailProvider | None = None
    """Provider that hosts the mailboxes: 1 Google, 2 AirMail, 3 Microsoft (note that these codes differ from `Account.provider_code`)."""
    forwarding_domain: str | None = None
    """Domain that web visitors of the new domain are forwarded to."""
    accounts: list[CreateDFYEmailAccountOrderRequestItemAccount] | None = None
    """Mailboxes to create on the domain (up to 100)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateDFYEmailAccountOrderRequestOrderType(str, OpenEnum):
    """`dfy` to buy new domains and mailboxes, `pre_warmed_up` to buy pre-warmed ones, `extra_accounts` to add mailboxes to domains already ordered."""

    DFY = "dfy"
    PRE_WARMED_UP = "pre_warmed_up"
    EXTRA_ACCOUNTS = "extra_accounts"


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderRequest:
    """The domains and mailboxes to order, and the kind of order."""

    items: list[CreateDFYEmailAccountOrderRequestItem]
    """One entry per domain to order or extend."""
    order_type: CreateDFYEmailAccountOrderRequestOrderType
    """`dfy` to buy new domains and mailboxes, `pre_warmed_up` to buy pre-warmed ones, `extra_accounts` to add mailboxes to domains already ordered."""
    simulation: bool | None = None
    """When true, the order is only checked and priced, not placed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateDFYEmailAccountOrderResponseOrderError(str, OpenEnum):
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


class CreateDFYEmailAccountOrderResponsePaymentFailureReason(str, OpenEnum):
    """Why the payment was refused, when `order_error` is `payment_failed`."""

    PAYMENT_METHOD_NOT_SUPPORTED = "payment_method_not_supported"
    AUTHENTICATION_REQUIRED = "authentication_required"
    CARD_EXPIRED = "card_expired"
    GENERIC_DECLINE = "generic_decline"


class CreateDFYEmailAccountOrderResponseUnavailableEmailProvider(int, OpenEnum):
    GOOGLE = 1
    AIRMAIL = 2
    MICROSOFT_OUTLOOK = 3


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderResponseInvalidAccount:
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
class CreateDFYEmailAccountOrderResponseOrderItemAccount:
    email_address_prefix: str
    """Part of the address before the `@`."""
    first_name: str
    """Sender first name of the mailbox."""
    last_name: str
    """Sender last name of the mailbox."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateDFYEmailAccountOrderResponseOrderItemEmailProvider(int, OpenEnum):
    """Provider that hosts the mailboxes (1 Google, 2 AirMail, 3 Microsoft)."""

    GOOGLE = 1
    AIRMAIL = 2
    MICROSOFT_OUTLOOK = 3


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderResponseOrderItem:
    domain: str
    """Domain of this line."""
    accounts: list[CreateDFYEmailAccountOrderResponseOrderItemAccount]
    """Mailboxes ordered on the domain."""
    email_provider: CreateDFYEmailAccountOrderResponseOrderItemEmailProvider
    """Provider that hosts the mailboxes (1 Google, 2 AirMail, 3 Microsoft)."""
    domain_price: float
    """Price of the domain."""
    accounts_price: float
    """Price of the mailboxes on the domain."""
    total_price: float
    """Total price of this line."""
    total_discount: float
    """Discount on this line."""
    forwarding_domain: str | None = None
    """Forwarding domain of this domain."""
    domain_monthly_price: float | None = None
    """Monthly price of the domain, where billed monthly."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateDFYEmailAccountOrderResponse:
    """Outcome of an order or a simulated order: whether it is valid and was placed, what is wrong with it if not, and its price."""

    order_placed: bool
    """True if the order was actually placed."""
    order_is_valid: bool
    """True if the order passed all checks."""
    unavailable_domains: list[str]
    """Domains that cannot be bought."""
    blacklist_domains: list[str]
    """Domains refused because they are blacklisted."""
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
    unavailable_email_providers: list[CreateDFYEmailAccountOrderResponseUnavailableEmailProvider]
    """Requested providers that cannot be ordered right now."""
    domains_without_accounts: list[str]
    """Domains in the order with no mailbox requested."""
    invalid_accounts: list[CreateDFYEmailAccountOrderResponseInvalidAccount]
    """Requested mailboxes that are not valid, with the reason."""
    free_domains: list[str]
    """Domains included at no charge."""
    number_of_domains_ordered: float
    """Number of domains in the order."""
    number_of_accounts_ordered: float
    """Number of mailboxes in the order."""
    price_per_account_per_month: float | None
    """Monthly price of one mailbox."""
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
    simulation: bool
    """True if this was a simulated order."""
    order_items: list[CreateDFYEmailAccountOrderResponseOrderItem]
    """The order broken down per domain, with prices."""
    order_error: CreateDFYEmailAccountOrderResponseOrderError | None = None
    """Main reason the order is invalid; the matching list field names the domains or accounts concerned."""
    payment_failure_reason: CreateDFYEmailAccountOrderResponsePaymentFailureReason | None = None
    """Why the payment was refused, when `order_error` is `payment_failed`."""
    blacklist_keywords: list[str] | None = None
    """Blacklisted words found in the requested domains."""
    price_per_account_per_month_by_account_type: dict[str, float] | None = None
    """Monthly price of one mailbox, keyed by provider."""
    price_per_domain_per_month: float | None = None
    """Monthly price of one domain, where billed monthly."""
    checkout_required: bool | None = None
    """True if the order must be completed on a checkout page."""
    checkout_url: str | None = None
    """Page where the order can be paid, when `checkout_required` is true."""
    cart_order_id: str | None = None
    """Id of the pending cart order."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateEmailVerificationRequest:
    """The address to verify and where to report the result."""

    email: str
    """Email address to verify."""
    webhook_url: str | None = None
    """URL that is sent the result when the verification takes longer than about 10 seconds."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateInboxPlacementTestRequestDeliveryMode(OpenEnum):
    """How the test emails go out: 1 one after another, 2 all at once."""

    ONE_BY_ONE = 1
    ALL_TOGETHER = 2


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequestScheduleTiming:
    """Time of day at which the test runs."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Start time as HH:MM in the schedule's time zone."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateInboxPlacementTestRequestType(int, OpenEnum):
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""

    V_1 = 1
    V_2 = 2


class CreateInboxPlacementTestRequestSendingMethod(int, OpenEnum):
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""

    FROM_INSTANTLY = 1
    FROM_OUTSIDE_INSTANTLY = 2


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequestRecipientsLabel:
    region: str
    """Geographic region of the seed mailboxes."""
    sub_region: str
    """Country or sub-region within the region."""
    type: str
    """Kind of mailbox, professional or personal."""
    esp: str
    """Email service provider of the seed mailboxes."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateInboxPlacementTestRequestAutomationWhenCondition(str, OpenEnum):
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""

    PLACEMENT_GOES_BELOW = "placement_goes_below"
    PLACEMENT_GOES_ABOVE = "placement_goes_above"
    ADDED_TO_BLACKLISTS = "added_to_blacklists"
    REMOVED_FROM_BLACKLISTS = "removed_from_blacklists"


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequestAutomationWhen:
    """The condition that triggers the automation."""

    condition: CreateInboxPlacementTestRequestAutomationWhenCondition
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""
    condition_value: float | None = None
    """Threshold for the placement conditions, as an inbox placement percentage."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequestAutomationThen:
    """The actions to take when the condition is met."""

    webhook_url: str | None = None
    """URL to notify with a webhook call."""
    pause_sending_campaigns_for: float | None = None
    """Pause the campaigns that send from the affected accounts for this long."""
    pause: bool | None = None
    """Pause the affected sending accounts."""
    enable_slow_ramp: bool | None = None
    """Turn on slow ramp-up of sending volume for the affected accounts."""
    disable_slow_ramp: bool | None = None
    """Turn off slow ramp-up of sending volume for the affected accounts."""
    add_tags: list[str] | None = None
    """Ids of custom tags to add to the affected accounts."""
    remove_tags: list[str] | None = None
    """Ids of custom tags to remove from the affected accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequestAutomation:
    when: CreateInboxPlacementTestRequestAutomationWhen
    """The condition that triggers the automation."""
    then: CreateInboxPlacementTestRequestAutomationThen
    """The actions to take when the condition is met."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateInboxPlacementTestRequestStatus(OpenEnum):
    """Initial state of the test: 1 active, 2 paused, 3 completed."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3


class CreateInboxPlacementTestRequestNotSendingStatus(OpenEnum):
    """Reason the test is not sending; normally set by the server, not by the caller."""

    DAILY_LIMITS_HIT = "daily_limits_hit"
    OTHER = "other"


class CreateLeadLabelRequestInterestStatusLabel(str, OpenEnum):
    """The interest sentiment this label stands for."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


@attrs.define(kw_only=True)
class CreateLeadLabelRequest:
    """Fields of a new lead label."""

    label: str
    """Name of the label as shown in the app."""
    interest_status_label: CreateLeadLabelRequestInterestStatusLabel
    """The interest sentiment this label stands for."""
    description: str | None = None
    """Free-text explanation of what the label is for."""
    use_with_ai: bool | None = None
    """Whether the AI reply classifier may assign this label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateLeadListRequest:
    """Fields of a new lead list."""

    name: str
    """Name of the list."""
    has_enrichment_task: bool | None = None
    """Enrich every lead added to the list automatically."""
    owned_by: str | None = None
    """Id of the user who will own the list; defaults to the creator."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateLeadRequestLtInterestStatus(int, OpenEnum):
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show."""

    INTERESTED = 1
    MEETING_BOOKED = 2
    MEETING_COMPLETED = 3
    WON = 4
    OUT_OF_OFFICE = 0
    NOT_INTERESTED = -1
    WRONG_PERSON = -2
    LOST = -3
    NO_SHOW = -4


@attrs.define(kw_only=True)
class CreateLeadRequest:
    """Fields of a new lead and options that control duplicate checks and verification."""

    campaign: str | None = None
    """Id of the campaign to add the lead to."""
    email: str | None = None
    """Email address of the lead."""
    personalization: str | None = None
    """Personalized opening line or text used in the lead's emails."""
    website: str | None = None
    """Website of the lead or their company."""
    last_name: str | None = None
    """Last name of the lead."""
    first_name: str | None = None
    """First name of the lead."""
    company_name: str | None = None
    """Name of the lead's company."""
    job_title: str | None = None
    """Job title of the lead."""
    phone: str | None = None
    """Phone number of the lead."""
    lt_interest_status: CreateLeadRequestLtInterestStatus | None = None
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show."""
    pl_value_lead: str | None = None
    """Potential value of the lead, as free text."""
    list_id: str | None = None
    """Id of the lead list to add the lead to."""
    assigned_to: str | None = None
    """Id of the workspace user the lead is assigned to."""
    skip_if_in_workspace: bool | None = None
    """Do not create the lead when its email already exists anywhere in the workspace."""
    skip_if_in_campaign: bool | None = None
    """Do not create the lead when its email already exists in a campaign."""
    skip_if_in_list: bool | None = None
    """Do not create the lead when its email already exists in a lead list."""
    blocklist_id: str | None = None
    """Id of the block list to check the lead against."""
    verify_leads_for_lead_finder: bool | None = None
    """Verify the lead's email as part of a Lead Finder import."""
    verify_leads_on_import: bool | None = None
    """Verify the lead's email address when it is added."""
    custom_variables: dict[str, str | float | bool | None] | None = None
    """Custom variables of the lead, used for personalization. Values must be strings, numbers, booleans or null; nested objects and arrays are rejected."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateSuperSearchEnrichmentRequestType(str, OpenEnum):
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
class CreateSuperSearchEnrichmentRequestIntegrationActions:
    mapping: dict[str, str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateSuperSearchEnrichmentRequest:
    """The enrichment to attach to a campaign or lead list."""

    resource_id: str
    """Id of the campaign or lead list."""
    type: CreateSuperSearchEnrichmentRequestType | None = None
    """Kind of enrichment to attach."""
    limit: float | None = None
    """Maximum number of leads to enrich (1 to 50,000)."""
    filters: list[dict[str, Any]] | None = None
    """Conditions that select which leads to enrich."""
    custom_flow: list[str] | None = None
    """Enrichment steps of a custom flow, in order; used with the `custom_flow` type."""
    integration_actions: (
        dict[str, dict[str, CreateSuperSearchEnrichmentRequestIntegrationActions]] | None
    ) = None
    """Per-integration field mappings for sending enriched data to connected tools."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateSuperSearchEnrichmentResponseEnrichmentPayload:
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


@attrs.define(kw_only=True)
class CreateSuperSearchEnrichmentResponse:
    """An enrichment as created."""

    id: str
    """Id of the enrichment."""
    organization_id: str
    """Id of the workspace."""
    resource_id: str
    """Id of the campaign or lead list."""
    limit: float | None = None
    """Maximum number of leads to enrich."""
    enrichment_payload: CreateSuperSearchEnrichmentResponseEnrichmentPayload | None = None
    """Which kinds of enrichment are switched on."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateWebhookRequestEventType(OpenEnum):
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""

    ALL_EVENTS = "all_events"
    EMAIL_SENT = "email_sent"
    EMAIL_OPENED = "email_opened"
    EMAIL_LINK_CLICKED = "email_link_clicked"
    REPLY_RECEIVED = "reply_received"
    EMAIL_BOUNCED = "email_bounced"
    LEAD_UNSUBSCRIBED = "lead_unsubscribed"
    CAMPAIGN_COMPLETED = "campaign_completed"
    ACCOUNT_ERROR = "account_error"
    LEAD_NEUTRAL = "lead_neutral"
    LEAD_INTERESTED = "lead_interested"
    LEAD_NOT_INTERESTED = "lead_not_interested"
    LEAD_MEETING_BOOKED = "lead_meeting_booked"
    LEAD_MEETING_COMPLETED = "lead_meeting_completed"
    LEAD_CLOSED = "lead_closed"
    LEAD_OUT_OF_OFFICE = "lead_out_of_office"
    LEAD_WRONG_PERSON = "lead_wrong_person"
    LEAD_NO_SHOW = "lead_no_show"
    SUPERSEARCH_ENRICHMENT_COMPLETED = "supersearch_enrichment_completed"


@attrs.define(kw_only=True)
class CreateWebhookRequest:
    """Fields of a new webhook subscription."""

    target_hook_url: str
    """HTTP or HTTPS URL to post the events to."""
    campaign: str | None = None
    """Id of the campaign whose events to send; omit or null for all campaigns."""
    name: str | None = None
    """Display name of the webhook."""
    event_type: CreateWebhookRequestEventType | None = None
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""
    custom_interest_value: float | None = None
    """Interest status value of a custom lead label; the webhook fires when a lead is given that label."""
    headers: dict[str, Any] | None = None
    """Extra HTTP headers sent with every delivery. Deliveries are not signed, so a secret header is the only way for the receiver to authenticate them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateWorkspaceGroupMemberRequest:
    """The workspace to invite into the group."""

    sub_workspace_id: str
    """Id of the workspace to invite."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CreateWorkspaceMemberRequestRole(str, OpenEnum):
    """Role of the member: `owner` has full control, `admin` everything except deleting the workspace, `editor` can edit but not manage workspace settings, `view` is read-only. The `client` role is used only in the agency (white-label) view and cannot be set through the API."""

    OWNER = "owner"
    ADMIN = "admin"
    EDITOR = "editor"
    VIEW = "view"
    CLIENT = "client"


class CreateWorkspaceMemberRequestPermission(str, OpenEnum):
    DASHBOARD_VIEW = "dashboard.view"
    CAMPAIGNS_VIEW = "campaigns.view"
    CAMPAIGNS_CREATE = "campaigns.create"
    CAMPAIGNS_EDIT = "campaigns.edit"
    CAMPAIGNS_DELETE = "campaigns.delete"
    ORGANIZATION_MANAGE = "organization.manage"
    ORGANIZATION_INTEGRATIONS = "organization.integrations"
    ORGANIZATION_BILLING = "organization.billing"
    ORGANIZATION_USERS_MANAGE = "organization.users.manage"
    LEADFINDER_VIEW = "leadFinder.view"
    CUSTOMLEADLABELS_CREATE = "customLeadLabels.create"
    CUSTOMLEADLABELS_EDIT = "customLeadLabels.edit"
    CUSTOMLEADLABELS_DELETE = "customLeadLabels.delete"
    UNIBOX_ALL = "unibox.all"
    ANALYTICS_VIEW = "analytics.view"
    WEBSITECHAT_VIEW = "websiteChat.view"
    WEBSITECHAT_MANAGE = "websiteChat.manage"
    AGENCY_MANAGE = "agency.manage"
    ACCOUNTS_VIEW = "accounts.view"
    ACCOUNTS_MANAGE = "accounts.manage"
    LEADMANAGEMENT_VIEW = "leadManagement.view"
    LEADS_MOVE = "leads.move"
    CRM_VIEW = "crm.view"
    WEBSITEVISITORS_VIEW = "websiteVisitors.view"
    BLOCKLIST_MANAGE = "blocklist.manage"
    PREFERENCES_MANAGE = "preferences.manage"
    INBOXPLACEMENT_VIEW = "inboxPlacement.view"
    AIAGENTS_MANAGE = "aiAgents.manage"
    WORKSPACEGROUPMEMBERS_INVITE = "workspaceGroupMembers.invite"
    WORKSPACEGROUPMEMBERS_REMOVE = "workspaceGroupMembers.remove"
    WORKSPACEGROUPMEMBERS_LEAVE = "workspaceGroupMembers.leave"


@attrs.define(kw_only=True)
class CreateWorkspaceMemberRequest:
    """The person to invite and the role they get."""

    email: str
    """Email address to send the invitation to."""
    role: CreateWorkspaceMemberRequestRole
    """Role of the member: `owner` has full control, `admin` everything except deleting the workspace, `editor` can edit but not manage workspace settings, `view` is read-only. The `client` role is used only in the agency (white-label) view and cannot be set through the API."""
    user_email: str | None = None
    """Email address of the user account linked to the membership."""
    nickname: str | None = None
    """Display name of the member within the workspace, up to 80 characters."""
    permissions: list[CreateWorkspaceMemberRequestPermission] | None = None
    """Fine-grained permissions to grant, such as `campaigns.edit` or `leads.move`; omit to use the role's defaults."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateblukBlockListEntryRequest:
    """The values to add to the block list in one call."""

    bl_values: list[str]
    """Email addresses or domains to block (1 to 1000)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateblukBlockListEntryResponse:
    """Result of a bulk block list creation."""

    items: list[BlockListEntry]
    """Entries that were created."""
    valid_count: float
    """Number of values that were accepted."""
    invalid_count: float
    """Number of values that were rejected because they are not valid addresses or domains."""
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
class CustomPromptTemplateProperty:
    name: str | None = None
    """Display name of the input."""
    property: str | None = None
    """Lead field that supplies the input."""
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


class CustomPromptTemplateTemplateType(OpenEnum):
    """Whether the template is the workspace's own (`custom`) or a public one (`public`)."""

    CUSTOM = "custom"
    PUBLIC = "public"


@attrs.define(kw_only=True)
class CustomPromptTemplateCreatorPayloadName:
    """Name of the creator."""

    first: str | None = None
    """First name of the creator."""
    last: str | None = None
    """Last name of the creator."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CustomPromptTemplateCreatorPayload:
    """Profile details of the creator."""

    name: CustomPromptTemplateCreatorPayloadName | None = None
    """Name of the creator."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CustomPromptTemplateCreator:
    """The user who created the template."""

    id: str | None = None
    """Id of the creator."""
    payload: CustomPromptTemplateCreatorPayload | None = None
    """Profile details of the creator."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CustomPromptTemplate:
    """A saved AI prompt that can be run on leads, for example to write or clean personalised text."""

    id: str
    """Unique id of the template."""
    workspace_id: str
    """Id of the workspace that owns the template."""
    created_by: str
    """Id of the user who created the template."""
    name: str
    """Display name of the template."""
    category: CustomPromptTemplateCategory
    """Kind of prompt: 1 copywriting, 2 cleaning, 3 sales, 4 marketing, 5 other, 6 personalization."""
    prompt: str
    """Text of the prompt sent to the AI model."""
    is_public: bool
    """Whether the template is shared publicly."""
    description: str | None = None
    """Optional explanation of what the prompt does."""
    properties: list[CustomPromptTemplateProperty] | None = None
    """Lead fields that the prompt reads, each with a display name and a field name."""
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
    template_type: CustomPromptTemplateTemplateType | None = None
    """Whether the template is the workspace's own (`custom`) or a public one (`public`)."""
    created_by_instantly: bool | None = None
    """Whether the template was provided by Instantly."""
    creator: CustomPromptTemplateCreator | None = None
    """The user who created the template."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CustomTag:
    """A label used to group sending accounts and campaigns and to filter them in list operations."""

    id: str
    """Unique id of the tag."""
    timestamp_created: datetime
    """When the tag was created (ISO-8601, UTC)."""
    timestamp_updated: datetime
    """When the tag was last changed (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the tag."""
    label: str
    """Display name of the tag."""
    description: str | None = None
    """Optional longer explanation of what the tag is for."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CustomTagMappingResourceType(int, OpenEnum):
    """Kind of resource that carries the tag (1 sending account, 2 campaign)."""

    ACCOUNT = 1
    CAMPAIGN = 2


@attrs.define(kw_only=True)
class CustomTagMapping:
    """The assignment of one custom tag to one sending account or campaign."""

    id: str
    """Unique id of the assignment."""
    tag_id: str
    """Id of the custom tag that is assigned."""
    resource_id: str
    """Id of the account or campaign that carries the tag; `resource_type` says which."""
    resource_type: CustomTagMappingResourceType
    """Kind of resource that carries the tag (1 sending account, 2 campaign)."""
    timestamp_created: datetime
    """When the tag was assigned (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the assignment."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class DFYEmailAccountOrderForwardingMode(OpenEnum):
    """How web visitors are forwarded: `redirect` changes the browser address to the forwarding domain, `stealth` keeps the ordered domain and shows the forwarding domain's content."""

    REDIRECT = "redirect"
    STEALTH = "stealth"


@attrs.define(kw_only=True)
class DFYEmailAccountOrder:
    """A domain ordered through the done-for-you service, with its forwarding set-up and order dates."""

    workspace_id: str
    """Id of the workspace that placed the order."""
    domain: str
    """The ordered domain."""
    timestamp_created: datetime
    """When the order was placed (ISO-8601, UTC)."""
    forwarding_domain: str | None = None
    """Domain that visitors of the ordered domain are sent to, if any."""
    forwarding_mode: DFYEmailAccountOrderForwardingMode | None = None
    """How web visitors are forwarded: `redirect` changes the browser address to the forwarding domain, `stealth` keeps the ordered domain and shows the forwarding domain's content."""
    is_pre_warmed_up: bool | None = None
    """Whether the domain was bought already warmed up."""
    timestamp_cancelled: datetime | None = None
    """When the order was cancelled, or null if it is active."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DeleteLeadLabelRequest:
    """Optional body of a lead label deletion."""

    reassigned_status: float | None = None
    """Interest status to give the leads and emails that carried the deleted label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DeletePhoneNumberResponse:
    """The phone number record that was removed."""

    id: str | None = None
    """Unique id of the phone number record."""
    timestamp_created: datetime | None = None
    """When the number was added (ISO-8601, UTC)."""
    organization_id: str | None = None
    """Id of the workspace that owned the number."""
    phone_number: str | None = None
    """The phone number itself."""
    country: str | None = None
    """Country of the number."""
    locality: str | None = None
    """City or region of the number."""
    subscription_id: str | None = None
    """Id of the billing subscription that paid for the number."""
    twilio_sid: str | None = None
    """Identifier of the number at Twilio, the telephony provider."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DeletebulkBlockListEntryRequest:
    """The block list entries to remove."""

    ids: list[str]
    """Ids of the entries to remove (1 to 1000)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class DisableWarmupForAccountsRequestFilterFilter(OpenEnum):
    """Only select accounts matching this preset filter; null for no preset."""

    ACC_FILTER_PAUSED = "ACC_FILTER_PAUSED"
    ACC_FILTER_ERROR = "ACC_FILTER_ERROR"
    ACC_FILTER_NO_CTD = "ACC_FILTER_NO_CTD"
    ACC_FILTER_PW_ACCOUNTS = "ACC_FILTER_PW_ACCOUNTS"
    ACC_FILTER_DFY = "ACC_FILTER_DFY"
    ACC_FILTER_DFY_SETUP_PENDING = "ACC_FILTER_DFY_SETUP_PENDING"
    ACC_FILTER_W_ACTIVE = "ACC_FILTER_W_ACTIVE"
    ACC_FILTER_W_PAUSED = "ACC_FILTER_W_PAUSED"
    ACC_FILTER_W_ERROR = "ACC_FILTER_W_ERROR"


@attrs.define(kw_only=True)
class DisableWarmupForAccountsRequestFilter:
    """Optional extra criteria that narrow the selected accounts."""

    tag_id: str | None = None
    """Only select accounts that carry this custom tag."""
    filter: DisableWarmupForAccountsRequestFilterFilter | None = None
    """Only select accounts matching this preset filter; null for no preset."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DisableWarmupForAccountsRequest:
    """Selects the accounts whose warmup should be switched off."""

    emails: list[str] | None = None
    """Addresses of workspace accounts to disable warmup for (up to 100)."""
    include_all_emails: bool | None = None
    """When true, every account in the workspace is selected, except those in `excluded_emails`."""
    excluded_emails: list[str] | None = None
    """Addresses to leave out when `include_all_emails` is true (up to 100)."""
    filter: DisableWarmupForAccountsRequestFilter | None = None
    """Optional extra criteria that narrow the selected accounts."""
    search: str | None = None
    """Only select accounts whose address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DuplicateRequest:
    """Options for the campaign copy."""

    name: str | None = None
    """Name of the copy; a default name is used when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DuplicateSubsequenceRequest:
    """Where to put the copy of a subsequence and how to name it."""

    parent_campaign: str
    """Id of the campaign that receives the copy."""
    name: str | None = None
    """Name of the copy."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EmailBody:
    """Content of the email."""

    text: str | None = None
    """Plain-text content."""
    html: str | None = None
    """HTML content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EmailUeType(OpenEnum):
    """Kind of email: 1 sent by a campaign, 2 received, 3 sent manually, 4 scheduled."""

    SENT_FROM_CAMPAIGN = 1
    RECEIVED = 2
    SENT = 3
    SCHEDULED = 4


@attrs.define(kw_only=True)
class EmailAttachmentJsonFile:
    filename: str
    """File name."""
    size: float | None = None
    """File size in bytes."""
    type: str | None = None
    """MIME type of the file."""
    url: str | None = None
    """Address from which the file can be downloaded."""
    error: str | None = None
    """Error met while processing the attachment, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EmailAttachmentJson:
    """Attachments of the email."""

    files: list[EmailAttachmentJsonFile]
    """The attached files."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Email:
    """An email shown in the Unibox: a campaign send, a reply from a lead, a manually sent or scheduled email, with its addresses, content and links to campaign and lead."""

    id: str
    """Unique id of the email."""
    timestamp_created: datetime
    """When Instantly stored the email (ISO-8601, UTC); this can differ from when it was sent, see `timestamp_email`."""
    timestamp_email: datetime
    """Date of the email as reported by the mail server; senders can set it, so it may be inaccurate."""
    message_id: str
    """Message-ID header assigned by the mail server."""
    subject: str
    """Subject line."""
    to_address_email_list: str
    """Recipient addresses, comma-separated."""
    body: EmailBody
    """Content of the email."""
    organization_id: str
    """Id of the workspace that owns the email."""
    eaccount: str
    """Workspace sending account that sent or received the email."""
    from_address_email: str | None = None
    """Sender address, derived from `eaccount`."""
    cc_address_email_list: str | None = None
    """CC addresses, comma-separated."""
    bcc_address_email_list: str | None = None
    """BCC addresses, comma-separated."""
    reply_to: str | None = None
    """Reply-To address of the email."""
    campaign_id: str | None = None
    """Campaign the email belongs to; null for manual emails."""
    subsequence_id: str | None = None
    """Subsequence the email belongs to, if any."""
    list_id: str | None = None
    """Lead list of the lead, if the lead belongs to one."""
    lead: str | None = None
    """Email address of the lead the email was exchanged with."""
    lead_id: str | None = None
    """Id of that lead."""
    ue_type: EmailUeType | None = None
    """Kind of email: 1 sent by a campaign, 2 received, 3 sent manually, 4 scheduled."""
    step: str | None = None
    """Campaign step that sent the email, as a string; null for emails not sent by a step."""
    is_unread: float | None = None
    """1 if the email is unread, 0 if read (a number, not a boolean)."""
    is_auto_reply: float | None = None
    """1 if the email was detected as an automatic reply, such as out-of-office."""
    reminder_ts: datetime | None = None
    """Time at which a reminder about this email is due."""
    ai_interest_value: float | None = None
    """Interest score of the reply as estimated by AI."""
    ai_assisted: float | None = None
    """1 if the email was written with AI help."""
    is_focused: float | None = None
    """1 if the email sits in the focused (primary) inbox, 0 if in others."""
    i_status: float | None = None
    """Interest status of the lead for this email."""
    thread_id: str | None = None
    """Id of the conversation; all emails of one thread share it."""
    content_preview: str | None = None
    """First lines of the email, for previews."""
    attachment_json: EmailAttachmentJson | None = None
    """Attachments of the email."""
    from_address_json: list[Any] | None = None
    """Sender addresses in parsed form."""
    to_address_json: list[Any] | None = None
    """Recipient addresses in parsed form."""
    cc_address_json: list[Any] | None = None
    """CC addresses in parsed form."""
    ai_agent_id: str | None = None
    """Id of the AI agent that handled the email, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EmailTemplate:
    """A reusable email with a name, subject and body, for use in campaigns."""

    id: str
    """Unique id of the template."""
    timestamp_created: datetime
    """When the template was created (ISO-8601, UTC)."""
    body: str
    """Body of the template."""
    name: str
    """Display name of the template."""
    organization: str
    """Id of the workspace that owns the template."""
    subject: str | None = None
    """Subject line of the template."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EmailVerificationStatus(OpenEnum):
    """Whether the request itself was processed (`success`) or not (`error`); it says nothing about the address, read `verification_status` for that."""

    SUCCESS = "success"
    ERROR = "error"


class EmailVerificationVerificationStatus(str, OpenEnum):
    """Outcome of the check, `pending` while it is still running, then `verified` or `invalid`."""

    PENDING = "pending"
    VERIFIED = "verified"
    INVALID = "invalid"


class EmailVerificationCatchAll(OpenEnum):
    """Whether the address's domain accepts mail for any address (true), does not (false), or is not known yet ("pending")."""

    TRUE = True
    FALSE = False
    PENDING = "pending"


@attrs.define(kw_only=True)
class EmailVerification:
    """The result of checking whether one email address is deliverable."""

    email: str
    """The address that was checked."""
    verification_status: EmailVerificationVerificationStatus
    """Outcome of the check, `pending` while it is still running, then `verified` or `invalid`."""
    status: EmailVerificationStatus | None = None
    """Whether the request itself was processed (`success`) or not (`error`); it says nothing about the address, read `verification_status` for that."""
    catch_all: EmailVerificationCatchAll | None = None
    """Whether the address's domain accepts mail for any address (true), does not (false), or is not known yet ("pending")."""
    credits: float | None = None
    """Verification credits left in the workspace after this check."""
    credits_used: float | None = None
    """Verification credits consumed by this check."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EnableWarmupForAccountsRequestFilterFilter(OpenEnum):
    """Only select accounts matching this preset filter; null for no preset."""

    ACC_FILTER_PAUSED = "ACC_FILTER_PAUSED"
    ACC_FILTER_ERROR = "ACC_FILTER_ERROR"
    ACC_FILTER_NO_CTD = "ACC_FILTER_NO_CTD"
    ACC_FILTER_PW_ACCOUNTS = "ACC_FILTER_PW_ACCOUNTS"
    ACC_FILTER_DFY = "ACC_FILTER_DFY"
    ACC_FILTER_DFY_SETUP_PENDING = "ACC_FILTER_DFY_SETUP_PENDING"
    ACC_FILTER_W_ACTIVE = "ACC_FILTER_W_ACTIVE"
    ACC_FILTER_W_PAUSED = "ACC_FILTER_W_PAUSED"
    ACC_FILTER_W_ERROR = "ACC_FILTER_W_ERROR"


@attrs.define(kw_only=True)
class EnableWarmupForAccountsRequestFilter:
    """Optional extra criteria that narrow the selected accounts."""

    tag_id: str | None = None
    """Only select accounts that carry this custom tag."""
    filter: EnableWarmupForAccountsRequestFilterFilter | None = None
    """Only select accounts matching this preset filter; null for no preset."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EnableWarmupForAccountsRequest:
    """Selects the accounts whose warmup should be switched on."""

    emails: list[str] | None = None
    """Addresses of workspace accounts to enable warmup for (up to 100)."""
    include_all_emails: bool | None = None
    """When true, every account in the workspace is selected, except those in `excluded_emails`."""
    excluded_emails: list[str] | None = None
    """Addresses to leave out when `include_all_emails` is true (up to 100)."""
    filter: EnableWarmupForAccountsRequestFilter | None = None
    """Optional extra criteria that narrow the selected accounts."""
    search: str | None = None
    """Only select accounts whose address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EnrichLeadsFromSupersearchRequestSignalEnrichment:
    key: str
    period_days: float | None = None
    keywords: list[str] | dict[str, list[str]] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EnrichLeadsFromSupersearchResponseResourceType(int, OpenEnum):
    """Kind of resource: 1 campaign, 2 lead list."""

    V_1 = 1
    V_2 = 2


@attrs.define(kw_only=True)
class EnrichLeadsFromSupersearchResponse:
    """A started SuperSearch import."""

    id: str
    """Id of the import."""
    organization_id: str
    """Id of the workspace."""
    resource_id: str
    """Id of the campaign or lead list the leads go to."""
    resource_type: EnrichLeadsFromSupersearchResponseResourceType | None = None
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
class Error:
    """The error envelope most endpoints answer with. Some answer only `message` or only `error`, and the edge in front of the API may answer HTML, so every field is optional."""

    statusCode: float | None = None
    error: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ForwardEmailRequestForwardEmailRequestBody:
    """Content written above the forwarded email."""

    html: str
    """HTML content."""
    text: str | None = None
    """Plain-text content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ForwardEmailRequestForwardEmailRequestBody1:
    """Content written above the forwarded email."""

    text: str
    """Plain-text content."""
    html: str | None = None
    """HTML content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ForwardEmailRequestForwardEmailRequest:
    """Recipients and content of a forwarded email. Either a non-empty `body` or `include_original_body` set to true is required."""

    eaccount: str
    """Workspace sending account that sends the forward."""
    reply_to_uuid: str
    """Id of the email being forwarded."""
    to_address_email_list: str
    """Recipient addresses, comma-separated."""
    subject: str
    """Subject line of the forward."""
    body: ForwardEmailRequestForwardEmailRequestBody | ForwardEmailRequestForwardEmailRequestBody1
    """Content written above the forwarded email."""
    cc_address_email_list: str | None = None
    """CC addresses, comma-separated."""
    bcc_address_email_list: str | None = None
    """BCC addresses, comma-separated."""
    reply_to: str | None = None
    """Reply-To address for the forward."""
    forwarded_attachments: str | None = None
    """Attachments of the original email to include."""
    include_original_body: bool | None = None
    """When true, the original email's content is included in the forward."""
    assigned_to: str | None = None
    """Id of the user the conversation is assigned to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ForwardEmailRequestForwardEmailRequest1Body:
    """Content written above the forwarded email."""

    html: str | None = None
    """HTML content."""
    text: str | None = None
    """Plain-text content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class ForwardEmailRequestForwardEmailRequest1IncludeOriginalBody(OpenEnum):
    """When true, the original email's content is included in the forward."""

    TRUE = True


@attrs.define(kw_only=True)
class ForwardEmailRequestForwardEmailRequest1:
    """Recipients and content of a forwarded email. Either a non-empty `body` or `include_original_body` set to true is required."""

    eaccount: str
    """Workspace sending account that sends the forward."""
    reply_to_uuid: str
    """Id of the email being forwarded."""
    to_address_email_list: str
    """Recipient addresses, comma-separated."""
    subject: str
    """Subject line of the forward."""
    include_original_body: ForwardEmailRequestForwardEmailRequest1IncludeOriginalBody
    """When true, the original email's content is included in the forward."""
    body: ForwardEmailRequestForwardEmailRequest1Body | None = None
    """Content written above the forwarded email."""
    cc_address_email_list: str | None = None
    """CC addresses, comma-separated."""
    bcc_address_email_list: str | None = None
    """BCC addresses, comma-separated."""
    reply_to: str | None = None
    """Reply-To address for the forward."""
    forwarded_attachments: str | None = None
    """Attachments of the original email to include."""
    assigned_to: str | None = None
    """Id of the user the conversation is assigned to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


ForwardEmailRequest: TypeAlias = (
    ForwardEmailRequestForwardEmailRequest | ForwardEmailRequestForwardEmailRequest1
)
"""
Recipients and content of a forwarded email. Either a non-empty `body` or `include_original_body` set to true is required.
"""


class GenerateSimilarDomainsRequestTld(str, OpenEnum):
    COM = "com"
    ORG = "org"


@attrs.define(kw_only=True)
class GenerateSimilarDomainsRequest:
    """The domain to find alternatives for."""

    domain: str
    """Domain to base the suggestions on."""
    tlds: list[GenerateSimilarDomainsRequestTld] | None = None
    """Top-level domains the suggestions may use; `com` and `org` when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GenerateSimilarDomainsResponse:
    """Suggested domain names."""

    domains: list[str] | None = None
    """Available domains similar to the requested one."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetAdminWorkspaceGroupMemberResponse:
    """The admin workspace the current workspace belongs to, if any."""

    workspace_name: str
    """Name of the admin workspace."""
    has_admin_workspace: bool
    """Whether the current workspace is a member of a group run by an admin workspace."""
    workspace_group_member_id: str | None = None
    """Id of the membership that links the current workspace to its admin workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetAiEnrichmentForResourceItemResourceType(OpenEnum):
    """Kind of resource: 1 or `CAMPAIGN` for a campaign, 2 or `LIST` for a lead list."""

    CAMPAIGN = "CAMPAIGN"
    LIST = "LIST"
    CAMPAIGN_2 = 1
    LIST_2 = 2


@attrs.define(kw_only=True)
class GetAiEnrichmentForResourceItem:
    """An AI enrichment job that is still running."""

    organization_id: str
    """Id of the workspace."""
    resource_id: str
    """Id of the campaign or lead list."""
    resource_type: GetAiEnrichmentForResourceItemResourceType
    """Kind of resource: 1 or `CAMPAIGN` for a campaign, 2 or `LIST` for a lead list."""
    output_column: str
    """Lead column the AI answer is written to."""
    status: float
    """State of the AI enrichment job: 1 pending, 2 running, 3 completed, 4 failed."""
    id: str | None = None
    """Id of the AI enrichment job."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignAnalyticsItem:
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
    reply_count: int
    """Replies received, counting repeats."""
    link_click_count: int
    """Link clicks, counting repeats."""
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
    open_count_unique: int | None = None
    """Distinct leads who opened."""
    open_count_unique_by_step: int | None = None
    """Distinct opens counted separately for each step."""
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
    link_click_count_unique: int | None = None
    """Distinct leads who clicked a link."""
    link_click_count_unique_by_step: int | None = None
    """Distinct clicks counted separately for each step."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignAnalyticsOverviewResponse:
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


class GetCampaignSendingStatusResponseDiagnosticsStatus(OpenEnum):
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
class GetCampaignSendingStatusResponseDiagnosticsIssueTracking:
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
class GetCampaignSendingStatusResponseDiagnosticsAccountsSummaryUnavailable:
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


@attrs.define(kw_only=True)
class GetCampaignSendingStatusResponseDiagnosticsAccountsSummary:
    """Availability of the campaign's sending accounts."""

    total_connected: float | None = None
    """Accounts attached to the campaign."""
    available: float | None = None
    """Accounts able to send now."""
    unavailable: GetCampaignSendingStatusResponseDiagnosticsAccountsSummaryUnavailable | None = None
    """Accounts unable to send, counted by reason."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignSendingStatusResponseDiagnosticsCampaignDailyLimit:
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
class GetCampaignSendingStatusResponseDiagnosticsNewLeadLimit:
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
class GetCampaignSendingStatusResponseDiagnosticsScheduleStatus:
    """Whether the campaign is inside its sending schedule."""

    in_schedule: bool | None = None
    """True if the current time is inside a sending window."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignSendingStatusResponseDiagnosticsSendOneByOne:
    """Settings that serialise sending across accounts."""

    enabled: bool | None = None
    """Whether one-by-one sending is on."""
    single_account_per_wait_gap: bool | None = None
    """Whether only one account sends in each wait gap."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignSendingStatusResponseDiagnosticsFollowUpsWaiting:
    """Follow-up emails waiting for their delay to pass."""

    count: float | None = None
    """Number of waiting follow-ups."""
    earliest_wait_time_seconds: float | None = None
    """Seconds until the first of them becomes due."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignSendingStatusResponseDiagnosticsEspRoutingStatus:
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
class GetCampaignSendingStatusResponseDiagnosticsDomainLimiter:
    """State of the per-company (domain) limit."""

    active: bool | None = None
    """Whether the limit is holding back emails."""
    domains_at_limit: float | None = None
    """Number of recipient domains that reached the limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignSendingStatusResponseDiagnosticsLeadsStatus:
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
class GetCampaignSendingStatusResponseDiagnostics:
    """Detailed checks behind the status; null when not available."""

    campaign_id: str | None = None
    """Campaign that was diagnosed."""
    subsequence_id: str | None = None
    """Subsequence that was diagnosed, when the check is about one."""
    last_updated: str | None = None
    """When the diagnosis was last computed."""
    status: GetCampaignSendingStatusResponseDiagnosticsStatus | None = None
    """Main reason for the current sending state, such as `healthy`, `out_of_schedule`, `daily_limit_met`, `waiting_for_leads` or `no_accounts_available`."""
    issue_tracking: GetCampaignSendingStatusResponseDiagnosticsIssueTracking | None = None
    """How long the current issue has lasted."""
    accounts_summary: GetCampaignSendingStatusResponseDiagnosticsAccountsSummary | None = None
    """Availability of the campaign's sending accounts."""
    campaign_daily_limit: GetCampaignSendingStatusResponseDiagnosticsCampaignDailyLimit | None = (
        None
    )
    """State of the campaign's daily limit."""
    new_lead_limit: GetCampaignSendingStatusResponseDiagnosticsNewLeadLimit | None = None
    """State of the daily limit on new leads."""
    schedule_status: GetCampaignSendingStatusResponseDiagnosticsScheduleStatus | None = None
    """Whether the campaign is inside its sending schedule."""
    send_one_by_one: GetCampaignSendingStatusResponseDiagnosticsSendOneByOne | None = None
    """Settings that serialise sending across accounts."""
    follow_ups_waiting: GetCampaignSendingStatusResponseDiagnosticsFollowUpsWaiting | None = None
    """Follow-up emails waiting for their delay to pass."""
    esp_routing_status: GetCampaignSendingStatusResponseDiagnosticsEspRoutingStatus | None = None
    """State of provider-based routing."""
    domain_limiter: GetCampaignSendingStatusResponseDiagnosticsDomainLimiter | None = None
    """State of the per-company (domain) limit."""
    leads_status: GetCampaignSendingStatusResponseDiagnosticsLeadsStatus | None = None
    """Whether leads are ready to be emailed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignSendingStatusResponseSummary:
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
class GetCampaignSendingStatusResponse:
    """Diagnosis of a campaign's sending, with raw details and a short summary."""

    diagnostics: GetCampaignSendingStatusResponseDiagnostics | None = None
    """Detailed checks behind the status; null when not available."""
    summary: GetCampaignSendingStatusResponseSummary | None = None
    """Short human-readable summary of the status; null when not available."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetCampaignStepsAnalyticsItem:
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
class GetCtdStatusResponse:
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
class GetDailyAccountAnalyticsItem:
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
class GetDailyCampaignAnalyticsItem:
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


@attrs.define(kw_only=True)
class GetEnrichmentForResourceResponseEnrichmentPayload:
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


@attrs.define(kw_only=True)
class GetEnrichmentForResourceResponse:
    """The enrichment setup and state of a campaign or lead list."""

    resource_id: str
    """Id of the campaign or lead list."""
    enrichment_payload: GetEnrichmentForResourceResponseEnrichmentPayload
    """Which kinds of enrichment are switched on, and their options."""
    in_progress: bool | None = None
    """Whether an enrichment is running now."""
    has_no_leads: bool | None = None
    """Whether the resource has no leads to enrich."""
    exists: bool | None = None
    """Whether an enrichment is set up for the resource."""
    auto_update: bool | None = None
    """Whether leads added later are enriched automatically."""
    is_evergreen: bool | None = None
    """Whether new SuperSearch matches keep being added to the resource over time."""
    search_filters: dict[str, Any] | None = None
    """SuperSearch filters the resource was filled from, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetEnrichmentHistoryItem:
    """One past enrichment run; its fields are not fixed."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementAnalyticsDeliverabilityInsightsItemSenderEsp(int, OpenEnum):
    """Email provider of the sender: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""

    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


class GetInboxPlacementAnalyticsDeliverabilityInsightsItemRecipientEsp(int, OpenEnum):
    """Email provider of the seed mailboxes: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""

    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


@attrs.define(kw_only=True)
class GetInboxPlacementAnalyticsDeliverabilityInsightsItem:
    """Placement rates for one pair of sender and recipient email providers."""

    test_id: str | None = None
    """Id of the test."""
    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Start of the period."""
    to: str | None = None
    """End of the period."""
    previous_from: str | None = None
    """Start of the comparison period, when requested."""
    previous_to: str | None = None
    """End of the comparison period, when requested."""
    sender_esp: GetInboxPlacementAnalyticsDeliverabilityInsightsItemSenderEsp | None = None
    """Email provider of the sender: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    recipient_esp: GetInboxPlacementAnalyticsDeliverabilityInsightsItemRecipientEsp | None = None
    """Email provider of the seed mailboxes: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    spam_percentage: float | None = None
    """Share of emails that landed in spam, in percent."""
    inbox_percentage: float | None = None
    """Share of emails that landed in the inbox, in percent."""
    category_percentage: float | None = None
    """Share of emails sorted into a category tab, in percent."""
    prev_spam_percentage: float | None = None
    """Spam share in the comparison period."""
    prev_inbox_percentage: float | None = None
    """Inbox share in the comparison period."""
    prev_category_percentage: float | None = None
    """Category tab share in the comparison period."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientGeoEnum(
    int,
    OpenEnum,
):
    UNITED_STATES = 1
    ITALY = 2
    GERMANY = 3
    FRANCE = 4


class GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientTypeEnum(
    int,
    OpenEnum,
):
    PROFESSIONAL = 1
    PERSONAL = 2


class GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientEspEnum(
    int,
    OpenEnum,
):
    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


@attrs.define(kw_only=True)
class GetInboxPlacementAnalyticsDeliverabilityInsightsRequest:
    """The test, the period and optional comparison period and filters."""

    test_id: str
    """Id of the test."""
    date_from: str | None = None
    """Start of the period to include (YYYY-MM-DD)."""
    date_to: str | None = None
    """End of the period to include (YYYY-MM-DD)."""
    previous_date_from: str | None = None
    """Start of the comparison period (YYYY-MM-DD)."""
    previous_date_to: str | None = None
    """End of the comparison period (YYYY-MM-DD)."""
    show_previous: bool | None = None
    """Also return the figures of the comparison period."""
    recipient_geo: (
        list[GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientGeoEnum] | None
    ) = None
    """Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: (
        list[GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientTypeEnum] | None
    ) = None
    """Include only these kinds of seed mailbox: 1 professional, 2 personal."""
    recipient_esp: (
        list[GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientEspEnum] | None
    ) = None
    """Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementAnalyticsStatsByDateItem:
    """Placement totals of one test for one day."""

    timestamp_created_date: str
    """The day (YYYY-MM-DD)."""
    sent_count: float
    """Test emails sent that day."""
    received_count: float
    """Test emails received by seed mailboxes that day."""
    spam_count: float
    """Emails that landed in spam."""
    inbox_count: float
    """Emails that landed in the inbox."""
    category_count: float
    """Emails sorted into a category tab such as Promotions."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementAnalyticsStatsByDateRequestRecipientGeoEnum(int, OpenEnum):
    UNITED_STATES = 1
    ITALY = 2
    GERMANY = 3
    FRANCE = 4


class GetInboxPlacementAnalyticsStatsByDateRequestRecipientTypeEnum(int, OpenEnum):
    PROFESSIONAL = 1
    PERSONAL = 2


class GetInboxPlacementAnalyticsStatsByDateRequestRecipientEspEnum(int, OpenEnum):
    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


@attrs.define(kw_only=True)
class GetInboxPlacementAnalyticsStatsByDateRequest:
    """The test, the period and optional filters."""

    test_id: str
    """Id of the test."""
    date_from: str | None = None
    """Start of the period to include (YYYY-MM-DD)."""
    date_to: str | None = None
    """End of the period to include (YYYY-MM-DD)."""
    recipient_geo: list[GetInboxPlacementAnalyticsStatsByDateRequestRecipientGeoEnum] | None = None
    """Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: list[GetInboxPlacementAnalyticsStatsByDateRequestRecipientTypeEnum] | None = (
        None
    )
    """Include only these kinds of seed mailbox: 1 professional, 2 personal."""
    recipient_esp: list[GetInboxPlacementAnalyticsStatsByDateRequestRecipientEspEnum] | None = None
    """Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    sender_email: str | None = None
    """Include only emails sent from this address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementAnalyticsStatsByTestIdItem:
    """Placement totals of one inbox placement test."""

    test_id: str
    """Id of the test."""
    count: float
    """Number of test emails counted."""
    spam_count: float
    """Emails that landed in spam."""
    spam_percent: float
    """Share of emails that landed in spam, in percent."""
    inbox_count: float
    """Emails that landed in the inbox."""
    inbox_percent: float
    """Share of emails that landed in the inbox, in percent."""
    category_count: float
    """Emails sorted into a category tab such as Promotions."""
    category_percent: float
    """Share of emails sorted into a category tab, in percent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientGeoEnum(int, OpenEnum):
    UNITED_STATES = 1
    ITALY = 2
    GERMANY = 3
    FRANCE = 4


class GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientTypeEnum(int, OpenEnum):
    PROFESSIONAL = 1
    PERSONAL = 2


class GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientEspEnum(int, OpenEnum):
    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


@attrs.define(kw_only=True)
class GetInboxPlacementAnalyticsStatsByTestIdRequest:
    """The tests to total up and optional filters."""

    test_ids: list[str]
    """Ids of the tests to total up; at least one."""
    date_from: str | None = None
    """Start of the period to include (YYYY-MM-DD)."""
    date_to: str | None = None
    """End of the period to include (YYYY-MM-DD)."""
    recipient_geo: list[GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientGeoEnum] | None = (
        None
    )
    """Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: list[GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientTypeEnum] | None = (
        None
    )
    """Include only these kinds of seed mailbox: 1 professional, 2 personal."""
    recipient_esp: list[GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientEspEnum] | None = (
        None
    )
    """Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    sender_email: str | None = None
    """Include only emails sent from this address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestESPOptionsItem:
    """One kind of seed mailbox an inbox placement test can send to."""

    region: str
    """Geographic region of the seed mailboxes."""
    sub_region: str
    """Country or sub-region within the region."""
    type: str
    """Kind of mailbox, professional or personal."""
    esp: str
    """Email service provider of the seed mailboxes."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementTestResponseDeliveryMode(OpenEnum):
    """How the test emails go out: 1 one after another, 2 all at once."""

    ONE_BY_ONE = 1
    ALL_TOGETHER = 2


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseScheduleTiming:
    """Time of day at which the test runs."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Start time as HH:MM in the schedule's time zone."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementTestResponseType(int, OpenEnum):
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""

    V_1 = 1
    V_2 = 2


class GetInboxPlacementTestResponseSendingMethod(int, OpenEnum):
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""

    FROM_INSTANTLY = 1
    FROM_OUTSIDE_INSTANTLY = 2


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseRecipientsLabel:
    region: str
    """Geographic region of the seed mailboxes."""
    sub_region: str
    """Country or sub-region within the region."""
    type: str
    """Kind of mailbox, professional or personal."""
    esp: str
    """Email service provider of the seed mailboxes."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementTestResponseAutomationWhenCondition(str, OpenEnum):
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""

    PLACEMENT_GOES_BELOW = "placement_goes_below"
    PLACEMENT_GOES_ABOVE = "placement_goes_above"
    ADDED_TO_BLACKLISTS = "added_to_blacklists"
    REMOVED_FROM_BLACKLISTS = "removed_from_blacklists"


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseAutomationWhen:
    """The condition that triggers the automation."""

    condition: GetInboxPlacementTestResponseAutomationWhenCondition
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""
    condition_value: float | None = None
    """Threshold for the placement conditions, as an inbox placement percentage."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseAutomationThen:
    """The actions to take when the condition is met."""

    webhook_url: str | None = None
    """URL to notify with a webhook call."""
    pause_sending_campaigns_for: float | None = None
    """Pause the campaigns that send from the affected accounts for this long."""
    pause: bool | None = None
    """Pause the affected sending accounts."""
    enable_slow_ramp: bool | None = None
    """Turn on slow ramp-up of sending volume for the affected accounts."""
    disable_slow_ramp: bool | None = None
    """Turn off slow ramp-up of sending volume for the affected accounts."""
    add_tags: list[str] | None = None
    """Ids of custom tags to add to the affected accounts."""
    remove_tags: list[str] | None = None
    """Ids of custom tags to remove from the affected accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseAutomation:
    when: GetInboxPlacementTestResponseAutomationWhen
    """The condition that triggers the automation."""
    then: GetInboxPlacementTestResponseAutomationThen
    """The actions to take when the condition is met."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetInboxPlacementTestResponseStatus(OpenEnum):
    """State of the test: 1 active, 2 paused, 3 completed."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3


class GetInboxPlacementTestResponseNotSendingStatus(OpenEnum):
    """Why the test is not sending at the moment: daily sending limits reached, or another reason. Empty or null when there is no problem."""

    DAILY_LIMITS_HIT = "daily_limits_hit"
    OTHER = "other"


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseMetadataCampaign:
    """The campaign the test relates to."""

    id: str | None = None
    """Id of the campaign."""
    name: str | None = None
    """Name of the campaign."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseMetadataTags:
    id: str
    label: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseMetadata:
    """Extra details about the campaign and tags the test refers to; present when `with_metadata` is true."""

    campaign: GetInboxPlacementTestResponseMetadataCampaign | None = None
    """The campaign the test relates to."""
    tags: dict[str, GetInboxPlacementTestResponseMetadataTags] | None = None
    """The test's tags, keyed by tag id, each with its id and label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetOAuthSessionStatusResponseStatus(str, OpenEnum):
    """`pending` while waiting for the user; `success`, `error` and `expired` are final."""

    PENDING = "pending"
    SUCCESS = "success"
    ERROR = "error"
    EXPIRED = "expired"


@attrs.define(kw_only=True)
class GetOAuthSessionStatusResponse:
    """State of an OAuth session; the other fields are filled in once it has finished."""

    status: GetOAuthSessionStatusResponseStatus | None = None
    """`pending` while waiting for the user; `success`, `error` and `expired` are final."""
    email: str | None = None
    """Address of the connected mailbox, on success."""
    name: str | None = None
    """Name of the mailbox owner, on success."""
    error: str | None = None
    """Machine-readable error code, on error."""
    error_description: str | None = None
    """Human-readable explanation of the error, on error."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceAnalyticsItem:
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


class GetSubsequenceSendingStatusResponseDiagnosticsStatus(OpenEnum):
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
class GetSubsequenceSendingStatusResponseDiagnosticsIssueTracking:
    """How long the current issue has lasted."""

    current_status_code: str | None = None
    """Code of the issue being tracked."""
    issue_first_seen_at: str | None = None
    """When the issue was first seen."""
    consecutive_loops_with_issue: float | None = None
    """Number of consecutive sending rounds in which the issue was present."""
    last_healthy_send_at: str | None = None
    """When the subsequence last sent normally."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummaryUnavailable:
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


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummary:
    """Availability of the sending accounts."""

    total_connected: float | None = None
    """Accounts attached."""
    available: float | None = None
    """Accounts able to send now."""
    unavailable: GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummaryUnavailable | None = (
        None
    )
    """Accounts unable to send, counted by reason."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsCampaignDailyLimit:
    """State of the daily sending limit."""

    limit: float | None = None
    """The daily limit."""
    sent: float | None = None
    """Emails sent today."""
    limit_hit: bool | None = None
    """Whether the limit has been reached."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsNewLeadLimit:
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
class GetSubsequenceSendingStatusResponseDiagnosticsScheduleStatus:
    """Whether sending is inside the schedule."""

    in_schedule: bool | None = None
    """True if the current time is inside a sending window."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsSendOneByOne:
    """Settings that serialise sending across accounts."""

    enabled: bool | None = None
    """Whether one-by-one sending is on."""
    single_account_per_wait_gap: bool | None = None
    """Whether only one account sends in each wait gap."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsFollowUpsWaiting:
    """Follow-up emails waiting for their delay to pass."""

    count: float | None = None
    """Number of waiting follow-ups."""
    earliest_wait_time_seconds: float | None = None
    """Seconds until the first of them becomes due."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsEspRoutingStatus:
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
class GetSubsequenceSendingStatusResponseDiagnosticsDomainLimiter:
    """State of the per-company (domain) limit."""

    active: bool | None = None
    """Whether the limit is holding back emails."""
    domains_at_limit: float | None = None
    """Number of recipient domains that reached the limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseDiagnosticsLeadsStatus:
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
class GetSubsequenceSendingStatusResponseDiagnostics:
    """Detailed checks behind the status; null when not available."""

    campaign_id: str | None = None
    """Parent campaign of the subsequence."""
    subsequence_id: str | None = None
    """Subsequence that was diagnosed."""
    last_updated: str | None = None
    """When the diagnosis was last computed."""
    status: GetSubsequenceSendingStatusResponseDiagnosticsStatus | None = None
    """Main reason for the current sending state, such as `healthy`, `out_of_schedule`, `daily_limit_met`, `waiting_for_leads` or `no_accounts_available`."""
    issue_tracking: GetSubsequenceSendingStatusResponseDiagnosticsIssueTracking | None = None
    """How long the current issue has lasted."""
    accounts_summary: GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummary | None = None
    """Availability of the sending accounts."""
    campaign_daily_limit: (
        GetSubsequenceSendingStatusResponseDiagnosticsCampaignDailyLimit | None
    ) = None
    """State of the daily sending limit."""
    new_lead_limit: GetSubsequenceSendingStatusResponseDiagnosticsNewLeadLimit | None = None
    """State of the daily limit on new leads."""
    schedule_status: GetSubsequenceSendingStatusResponseDiagnosticsScheduleStatus | None = None
    """Whether sending is inside the schedule."""
    send_one_by_one: GetSubsequenceSendingStatusResponseDiagnosticsSendOneByOne | None = None
    """Settings that serialise sending across accounts."""
    follow_ups_waiting: GetSubsequenceSendingStatusResponseDiagnosticsFollowUpsWaiting | None = None
    """Follow-up emails waiting for their delay to pass."""
    esp_routing_status: GetSubsequenceSendingStatusResponseDiagnosticsEspRoutingStatus | None = None
    """State of provider-based routing."""
    domain_limiter: GetSubsequenceSendingStatusResponseDiagnosticsDomainLimiter | None = None
    """State of the per-company (domain) limit."""
    leads_status: GetSubsequenceSendingStatusResponseDiagnosticsLeadsStatus | None = None
    """Whether leads are ready to be emailed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponseSummary:
    """Short human-readable summary of the status; null when not available."""

    status: str | None = None
    """Summary status code."""
    status_message: str | None = None
    """Explanation of the status."""
    issue_started_at: str | None = None
    """When the current issue started."""
    last_healthy_send_at: str | None = None
    """When the subsequence last sent normally."""
    ai_summary: str | None = None
    """AI-written explanation, present when `with_ai_summary=true` was sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceSendingStatusResponse:
    """Diagnosis of a subsequence's sending, with raw details and a short summary."""

    diagnostics: GetSubsequenceSendingStatusResponseDiagnostics | None = None
    """Detailed checks behind the status; null when not available."""
    summary: GetSubsequenceSendingStatusResponseSummary | None = None
    """Short human-readable summary of the status; null when not available."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetSubsequenceStepsAnalyticsItem:
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
class GetVerificationStatsResponseStats:
    """Number of leads per verification result."""

    verified: float | None = None
    """Leads whose address was verified as deliverable."""
    invalid: float | None = None
    """Leads whose address is invalid."""
    risky: float | None = None
    """Leads whose address is risky to send to."""
    catch_all: float | None = None
    """Leads on a domain that accepts mail for any address."""
    job_change: float | None = None
    """Leads who appear to have changed jobs."""
    verification_job_pending_leadfinder: float | None = None
    """Leads waiting for a verification started by a Lead Finder import."""
    verification_job_pending_user: float | None = None
    """Leads waiting for a verification started by a user."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetVerificationStatsResponse:
    """Counts of a lead list's leads by email verification result."""

    stats: GetVerificationStatsResponseStats
    """Number of leads per verification result."""
    total_leads: float
    """Total number of leads in the list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsRequest:
    """The accounts to fetch warmup statistics for."""

    emails: list[str]
    """Addresses of workspace accounts to report on (1 to 100)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsResponseEmailDateData:
    sent: float | None = None
    landed_inbox: float | None = None
    landed_spam: float | None = None
    received: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsResponseAggregateData:
    sent: float | None = None
    received: float | None = None
    landed_inbox: float | None = None
    landed_spam: float | None = None
    health_score_label: str | None = None
    health_score: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWarmupAnalyticsResponse:
    """Warmup statistics per account, broken down by day and summed over the period."""

    email_date_data: dict[str, dict[str, GetWarmupAnalyticsResponseEmailDateData]] | None = None
    """Map from account address to a map from date (`YYYY-MM-DD`) to that day's warmup counts."""
    aggregate_data: dict[str, GetWarmupAnalyticsResponseAggregateData] | None = None
    """Map from account address to its totals over the period, with a health score and label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWebhookEventsSummaryByDateResponseItem:
    date: date_aliased
    """The day (YYYY-MM-DD)."""
    total_events: float
    """Number of delivery attempts that day."""
    successful_events: float
    """Number of deliveries accepted that day."""
    failed_events: float
    """Number of deliveries that failed that day."""
    success_rate: float
    """Share of that day's deliveries that succeeded."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWebhookEventsSummaryByDateResponse:
    """Webhook delivery totals broken down by day."""

    items: list[GetWebhookEventsSummaryByDateResponseItem] | None = None
    """One entry per day of the period."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWebhookEventsSummaryResponse:
    """Webhook delivery totals over a period."""

    total_events: float
    """Number of delivery attempts in the period."""
    successful_events: float
    """Number of deliveries the endpoints accepted."""
    failed_events: float
    """Number of deliveries that failed."""
    success_rate: float
    """Share of deliveries that succeeded."""
    failure_rate: float
    """Share of deliveries that failed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspaceDomainInfoResponseVerificationItem:
    type: str | None = None
    """DNS record type, such as TXT or CNAME."""
    domain: str | None = None
    """Host name the record must be created on."""
    value: str | None = None
    """Value the record must hold."""
    reason: str | None = None
    """Why the record is needed or why verification has not passed yet."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspaceDomainInfoResponse:
    """The workspace's agency domain and the DNS records that verify it."""

    verified: bool | None = None
    """Whether the domain's DNS records have been verified."""
    name: str | None = None
    """The agency domain."""
    verification: list[GetWorkspaceDomainInfoResponseVerificationItem] | None = None
    """DNS records to create so the domain can be verified."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetWorkspacePlanDetailsResponseSubscriptionsOutreachInterval(OpenEnum):
    """Billing interval of the plan."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class GetWorkspacePlanDetailsResponseSubscriptionsOutreachProductId(OpenEnum):
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


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseSubscriptionsOutreach:
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
    interval: GetWorkspacePlanDetailsResponseSubscriptionsOutreachInterval | None = None
    """Billing interval of the plan."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the plan is set to be cancelled, as a Unix timestamp; null if no cancellation is scheduled."""
    price_in_dollars: float | None = None
    """Price of the plan per billing interval, in US dollars."""
    product_id: GetWorkspacePlanDetailsResponseSubscriptionsOutreachProductId | None = None
    """Product id of the plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetWorkspacePlanDetailsResponseSubscriptionsCreditsInterval(OpenEnum):
    """Billing interval of the plan."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class GetWorkspacePlanDetailsResponseSubscriptionsCreditsProductId(OpenEnum):
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
class GetWorkspacePlanDetailsResponseSubscriptionsCredits:
    """The Instantly credits plan."""

    plan_name: str | None = None
    """Display name of the plan."""
    total_credits: float | None = None
    """Credits granted per period."""
    available_credits: float | None = None
    """Credits left in the current period."""
    interval: GetWorkspacePlanDetailsResponseSubscriptionsCreditsInterval | None = None
    """Billing interval of the plan."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the plan is set to be cancelled, as a Unix timestamp; null if no cancellation is scheduled."""
    price_in_dollars: float | None = None
    """Price of the plan per billing interval, in US dollars."""
    product_id: GetWorkspacePlanDetailsResponseSubscriptionsCreditsProductId | None = None
    """Product id of the plan."""
    price_option_id: str | None = None
    """Id of the chosen price option of the credits plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetWorkspacePlanDetailsResponseSubscriptionsBundleInterval(OpenEnum):
    """Billing interval of the plan."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class GetWorkspacePlanDetailsResponseSubscriptionsBundleProductId(OpenEnum):
    """Product id of the plan."""

    PID_BUNDLE_STARTER_V1 = "pid_bundle_starter_v1"
    PID_BUNDLE_SCALE_V1 = "pid_bundle_scale_v1"
    PID_BUNDLE_SCALE_V2 = "pid_bundle_scale_v2"
    PID_BUNDLE_AGENCY_V1 = "pid_bundle_agency_v1"
    PID_BUNDLE_AGENCY_V2 = "pid_bundle_agency_v2"


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseSubscriptionsBundle:
    """The bundle plan, which combines several products."""

    plan_name: str | None = None
    """Display name of the plan."""
    total_lead_limit: float | None = None
    """Number of leads the workspace may hold under the bundle."""
    current_lead_count: float | None = None
    """Number of leads the workspace holds now."""
    base_lead_limit: float | None = None
    """Number of leads included in the bundle itself."""
    interval: GetWorkspacePlanDetailsResponseSubscriptionsBundleInterval | None = None
    """Billing interval of the plan."""
    current_period_end: float | None = None
    """End of the current billing period, as a Unix timestamp."""
    cancel_at_time: float | None = None
    """When the plan is set to be cancelled, as a Unix timestamp; null if no cancellation is scheduled."""
    price_in_dollars: float | None = None
    """Price of the plan per billing interval, in US dollars."""
    product_id: GetWorkspacePlanDetailsResponseSubscriptionsBundleProductId | None = None
    """Product id of the plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetWorkspacePlanDetailsResponseSubscriptionsCrmInterval(OpenEnum):
    """Billing interval of the plan."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseSubscriptionsCrm:
    """The CRM plan."""

    plan_name: str | None = None
    """Display name of the plan."""
    interval: GetWorkspacePlanDetailsResponseSubscriptionsCrmInterval | None = None
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


class GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitorsInterval(OpenEnum):
    """Billing interval of the plan."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitors:
    """The website visitor identification plan."""

    plan_name: str | None = None
    """Display name of the plan."""
    interval: GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitorsInterval | None = None
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


class GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacementInterval(OpenEnum):
    """Billing interval of the plan."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacement:
    """The inbox placement testing plan."""

    plan_name: str | None = None
    """Display name of the plan."""
    interval: GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacementInterval | None = None
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


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseSubscriptions:
    """The workspace's current plans, one entry per product line."""

    outreach: GetWorkspacePlanDetailsResponseSubscriptionsOutreach | None = None
    """The outreach (sending) plan."""
    credits: GetWorkspacePlanDetailsResponseSubscriptionsCredits | None = None
    """The Instantly credits plan."""
    bundle: GetWorkspacePlanDetailsResponseSubscriptionsBundle | None = None
    """The bundle plan, which combines several products."""
    crm: GetWorkspacePlanDetailsResponseSubscriptionsCrm | None = None
    """The CRM plan."""
    website_visitors: GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitors | None = None
    """The website visitor identification plan."""
    inbox_placement: GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacement | None = None
    """The inbox placement testing plan."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetWorkspacePlanDetailsResponseAddonsOutreachProductId(str, OpenEnum):
    """Product id of the add-on."""

    PID_ADDON_25KL_V1 = "pid_addon_25kl_v1"


class GetWorkspacePlanDetailsResponseAddonsOutreachInterval(OpenEnum):
    """Billing interval of the add-on."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseAddonsOutreachMonthlyPricingTier:
    from_quantity: float | None = None
    """First quantity the tier applies to."""
    to_quantity: float | None = None
    """Last quantity the tier applies to, or null for no upper bound."""
    price_in_dollars: float | None = None
    """Monthly price per unit in this tier, in US dollars."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseAddonsOutreach:
    """The lead add-on for the outreach plan."""

    product_id: GetWorkspacePlanDetailsResponseAddonsOutreachProductId | None = None
    """Product id of the add-on."""
    unit_lead_limit: float | None = None
    """Leads added by each unit of the add-on."""
    existing_quantity: float | None = None
    """Units the workspace already has."""
    max_quantity: float | None = None
    """Most units the workspace may hold."""
    interval: GetWorkspacePlanDetailsResponseAddonsOutreachInterval | None = None
    """Billing interval of the add-on."""
    can_purchase: bool | None = None
    """Whether the workspace may buy more units now."""
    purchase_blocked_reason: str | None = None
    """Why buying more units is not possible, if it is not."""
    annual_discount_percent: float | None = None
    """Discount, in percent, for annual billing."""
    monthly_pricing_tiers: (
        list[GetWorkspacePlanDetailsResponseAddonsOutreachMonthlyPricingTier] | None
    ) = None
    """Monthly unit price by quantity range."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetWorkspacePlanDetailsResponseAddonsCreditsProductId(str, OpenEnum):
    """Product id of the monthly add-on."""

    PID_ADDON_IC_50K_V1 = "pid_addon_ic_50k_v1"


class GetWorkspacePlanDetailsResponseAddonsCreditsAnnualProductId(str, OpenEnum):
    """Product id of the annual add-on."""

    PID_ADDON_IC_50K_V1_ANNUAL = "pid_addon_ic_50k_v1_annual"


class GetWorkspacePlanDetailsResponseAddonsCreditsInterval(OpenEnum):
    """Billing interval of the add-on."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponseAddonsCredits:
    """The Instantly credits add-on."""

    product_id: GetWorkspacePlanDetailsResponseAddonsCreditsProductId | None = None
    """Product id of the monthly add-on."""
    annual_product_id: GetWorkspacePlanDetailsResponseAddonsCreditsAnnualProductId | None = None
    """Product id of the annual add-on."""
    unit_credits: float | None = None
    """Credits added by each unit of the monthly add-on."""
    annual_unit_credits: float | None = None
    """Credits added by each unit of the annual add-on."""
    existing_quantity: float | None = None
    """Units the workspace already has."""
    max_quantity: float | None = None
    """Most units the workspace may hold."""
    interval: GetWorkspacePlanDetailsResponseAddonsCreditsInterval | None = None
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
class GetWorkspacePlanDetailsResponseAddons:
    """Add-ons the workspace can buy, with their current quantity and prices."""

    outreach: GetWorkspacePlanDetailsResponseAddonsOutreach | None = None
    """The lead add-on for the outreach plan."""
    credits: GetWorkspacePlanDetailsResponseAddonsCredits | None = None
    """The Instantly credits add-on."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspacePlanDetailsResponse:
    """The plans a workspace is on, with limits, usage and prices, and the add-ons it can buy."""

    organization_id: str | None = None
    """Id of the workspace."""
    organization_name: str | None = None
    """Name of the workspace."""
    subscriptions: GetWorkspacePlanDetailsResponseSubscriptions | None = None
    """The workspace's current plans, one entry per product line."""
    addons: GetWorkspacePlanDetailsResponseAddons | None = None
    """Add-ons the workspace can buy, with their current quantity and prices."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class GetWorkspaceSubscriptionDetailsResponseSubscriptionInterval(str, OpenEnum):
    """Whether the subscription is billed monthly or yearly."""

    MONTH = "month"
    YEAR = "year"


class GetWorkspaceSubscriptionDetailsResponseSubscriptionProductId(str, OpenEnum):
    """Product id of the subscription."""

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


class GetWorkspaceSubscriptionDetailsResponseSubscriptionProductType(str, OpenEnum):
    """Product line: outreach or Lead Finder."""

    PRT_OUTREACH = "prt_outreach"
    PRT_LEADFINDER = "prt_leadfinder"


class GetWorkspaceSubscriptionDetailsResponseSubscriptionPlanType(str, OpenEnum):
    """Whether this is a primary plan or an add-on."""

    PLT_ADDON = "plt_addon"
    PLT_PRIMARY = "plt_primary"


@attrs.define(kw_only=True)
class GetWorkspaceSubscriptionDetailsResponseSubscription:
    workspace_id: str | None = None
    """Id of the workspace the subscription belongs to."""
    interval: GetWorkspaceSubscriptionDetailsResponseSubscriptionInterval | None = None
    """Whether the subscription is billed monthly or yearly."""
    quantity: float | None = None
    """Number of units subscribed."""
    product_id: GetWorkspaceSubscriptionDetailsResponseSubscriptionProductId | None = None
    """Product id of the subscription."""
    product_type: GetWorkspaceSubscriptionDetailsResponseSubscriptionProductType | None = None
    """Product line: outreach or Lead Finder."""
    plan_type: GetWorkspaceSubscriptionDetailsResponseSubscriptionPlanType | None = None
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


@attrs.define(kw_only=True)
class GetWorkspaceSubscriptionDetailsResponse:
    """The billing subscriptions of a workspace."""

    subscriptions: list[GetWorkspaceSubscriptionDetailsResponseSubscription] | None = None
    """One entry per subscribed product."""
    all_subs_cancelled: bool | None = None
    """Whether every subscription of the workspace is cancelled."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementAnalyticsSenderEsp(OpenEnum):
    """Email provider of the sender: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""

    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


class InboxPlacementAnalyticsRecipientEsp(OpenEnum):
    """Email provider of the seed mailbox: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""

    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


class InboxPlacementAnalyticsRecipientGeo(OpenEnum):
    """Region of the seed mailbox: 1 United States, 2 Italy, 3 Germany, 4 France."""

    UNITED_STATES = 1
    ITALY = 2
    GERMANY = 3
    FRANCE = 4


class InboxPlacementAnalyticsRecipientType(OpenEnum):
    """Kind of seed mailbox: 1 professional, 2 personal."""

    PROFESSIONAL = 1
    PERSONAL = 2


@attrs.define(kw_only=True)
class InboxPlacementAnalyticsAuthenticationFailureResults:
    """Raw authentication headers, kept when SPF, DKIM or DMARC failed."""

    authentication_results: str | None = None
    """The `Authentication-Results` header of the received email."""
    dkim_signature: str | None = None
    """The `DKIM-Signature` header of the email."""
    received_spf: str | None = None
    """The `Received-SPF` header of the received email."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementAnalyticsRecordType(OpenEnum):
    """Whether the record describes the email as sent (1) or as received (2)."""

    SENT = 1
    RECEIVED = 2


@attrs.define(kw_only=True)
class InboxPlacementAnalytics:
    """The result of one inbox placement test email at one seed mailbox: whether it reached the inbox, spam or a category tab, and its authentication results."""

    id: str
    """Unique id of the record."""
    timestamp_created: str
    """When the record was created."""
    timestamp_created_date: str
    """Day the record was created (YYYY-MM-DD)."""
    organization_id: str
    """Id of the workspace."""
    test_id: str
    """Id of the inbox placement test the email belongs to."""
    is_spam: bool | None = None
    """Whether the email landed in the spam folder."""
    has_category: bool | None = None
    """Whether the email was sorted into a category tab such as Promotions or Social."""
    sender_email: str | None = None
    """Address the email was sent from."""
    sender_esp: InboxPlacementAnalyticsSenderEsp | None = None
    """Email provider of the sender: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    recipient_email: str | None = None
    """Seed address that received the email."""
    recipient_esp: InboxPlacementAnalyticsRecipientEsp | None = None
    """Email provider of the seed mailbox: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    recipient_geo: InboxPlacementAnalyticsRecipientGeo | None = None
    """Region of the seed mailbox: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: InboxPlacementAnalyticsRecipientType | None = None
    """Kind of seed mailbox: 1 professional, 2 personal."""
    spf_pass: bool | None = None
    """Whether the email passed the SPF check."""
    dkim_pass: bool | None = None
    """Whether the email passed the DKIM check."""
    dmarc_pass: bool | None = None
    """Whether the email passed the DMARC check."""
    smtp_ip_blacklist_report: dict[str, Any] | None = None
    """Blacklist check of the IP address the email was sent from."""
    authentication_failure_results: InboxPlacementAnalyticsAuthenticationFailureResults | None = (
        None
    )
    """Raw authentication headers, kept when SPF, DKIM or DMARC failed."""
    record_type: InboxPlacementAnalyticsRecordType | None = None
    """Whether the record describes the email as sent (1) or as received (2)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReportReportItem:
    description: str
    """What the rule checks."""
    name: str
    """Name of the rule."""
    score: str
    """Points the rule added to the score."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReport:
    """Detailed SpamAssassin result."""

    is_spam: bool | None = None
    """Whether SpamAssassin classified the email as spam."""
    report: (
        list[InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReportReportItem] | None
    ) = None
    """The SpamAssassin rules that matched the email."""
    spam_score: int | None = None
    """Total SpamAssassin score."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementBlacklistAndSpamAssassinReportBlacklistReportDetail:
    blacklist: str | None = None
    """Name of the blacklist."""
    is_listed: bool | None = None
    """Whether the blacklist lists the domain or IP address."""
    test_type: str | None = None
    """Kind of check done against this blacklist."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementBlacklistAndSpamAssassinReportBlacklistReport:
    """Detailed blacklist result."""

    address: str | None = None
    """Domain or address that was checked."""
    blacklisted_count: int | None = None
    """Number of blacklists that list it."""
    details: list[InboxPlacementBlacklistAndSpamAssassinReportBlacklistReportDetail] | None = None
    """One entry per blacklist checked."""
    ip: str | None = None
    """IP address that was checked."""
    is_blacklisted: bool | None = None
    """Whether any blacklist lists the domain or IP address."""
    is_domain: bool | None = None
    """Whether the checked address is a domain rather than an IP address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementBlacklistAndSpamAssassinReport:
    """Blacklist and SpamAssassin results for one sending domain of an inbox placement test."""

    id: str
    """Unique id of the report."""
    timestamp_created: str
    """When the report was created."""
    timestamp_created_date: str
    """Day the report was created (YYYY-MM-DD)."""
    organization_id: str
    """Id of the workspace."""
    test_id: str
    """Id of the inbox placement test the report belongs to."""
    domain: str
    """The sending domain that was checked."""
    domain_ip: str
    """IP address of the sending domain that was checked."""
    spam_assassin_score: float
    """Overall SpamAssassin score of the test email; higher means more spam-like."""
    domain_blacklist_count: float | None = None
    """Number of blacklists the sending domain is listed on."""
    domain_ip_blacklist_count: float | None = None
    """Number of blacklists the IP address is listed on."""
    spam_assassin_report: InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReport | None = (
        None
    )
    """Detailed SpamAssassin result."""
    blacklist_report: InboxPlacementBlacklistAndSpamAssassinReportBlacklistReport | None = None
    """Detailed blacklist result."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementTestDeliveryMode(OpenEnum):
    """How the test emails go out: 1 one after another, 2 all at once."""

    ONE_BY_ONE = 1
    ALL_TOGETHER = 2


@attrs.define(kw_only=True)
class InboxPlacementTestScheduleTiming:
    """Time of day at which the test runs."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Start time as HH:MM in the schedule's time zone."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementTestType(int, OpenEnum):
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""

    V_1 = 1
    V_2 = 2


class InboxPlacementTestSendingMethod(int, OpenEnum):
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""

    FROM_INSTANTLY = 1
    FROM_OUTSIDE_INSTANTLY = 2


@attrs.define(kw_only=True)
class InboxPlacementTestRecipientsLabel:
    region: str
    """Geographic region of the seed mailboxes."""
    sub_region: str
    """Country or sub-region within the region."""
    type: str
    """Kind of mailbox, professional or personal."""
    esp: str
    """Email service provider of the seed mailboxes."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementTestAutomationWhenCondition(str, OpenEnum):
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""

    PLACEMENT_GOES_BELOW = "placement_goes_below"
    PLACEMENT_GOES_ABOVE = "placement_goes_above"
    ADDED_TO_BLACKLISTS = "added_to_blacklists"
    REMOVED_FROM_BLACKLISTS = "removed_from_blacklists"


@attrs.define(kw_only=True)
class InboxPlacementTestAutomationWhen:
    """The condition that triggers the automation."""

    condition: InboxPlacementTestAutomationWhenCondition
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""
    condition_value: float | None = None
    """Threshold for the placement conditions, as an inbox placement percentage."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTestAutomationThen:
    """The actions to take when the condition is met."""

    webhook_url: str | None = None
    """URL to notify with a webhook call."""
    pause_sending_campaigns_for: float | None = None
    """Pause the campaigns that send from the affected accounts for this long."""
    pause: bool | None = None
    """Pause the affected sending accounts."""
    enable_slow_ramp: bool | None = None
    """Turn on slow ramp-up of sending volume for the affected accounts."""
    disable_slow_ramp: bool | None = None
    """Turn off slow ramp-up of sending volume for the affected accounts."""
    add_tags: list[str] | None = None
    """Ids of custom tags to add to the affected accounts."""
    remove_tags: list[str] | None = None
    """Ids of custom tags to remove from the affected accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTestAutomation:
    when: InboxPlacementTestAutomationWhen
    """The condition that triggers the automation."""
    then: InboxPlacementTestAutomationThen
    """The actions to take when the condition is met."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementTestStatus(OpenEnum):
    """State of the test: 1 active, 2 paused, 3 completed."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3


class InboxPlacementTestNotSendingStatus(OpenEnum):
    """Why the test is not sending at the moment: daily sending limits reached, or another reason. Empty or null when there is no problem."""

    DAILY_LIMITS_HIT = "daily_limits_hit"
    OTHER = "other"


@attrs.define(kw_only=True)
class InitGoogleOAuthResponse:
    """A new Google OAuth session."""

    session_id: str | None = None
    """Id to poll the session status with."""
    auth_url: str | None = None
    """Google consent page to send the user to."""
    expires_at: datetime | None = None
    """When the session expires, 10 minutes after it was created."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InitMicrosoftOAuthResponse:
    """A new Microsoft OAuth session."""

    session_id: str | None = None
    """Id to poll the session status with."""
    auth_url: str | None = None
    """Microsoft consent page to send the user to."""
    expires_at: datetime | None = None
    """When the session expires, 10 minutes after it was created."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class LeadStatus(int, OpenEnum):
    """Sending status of the lead in its campaign: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3
    BOUNCED = -1
    UNSUBSCRIBED = -2
    SKIPPED = -3


@attrs.define(kw_only=True)
class LeadStatusSummaryLastStep:
    """The last sequence step sent to the lead."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Sending account or source of the last step."""
    stepID: str | None = None
    """Id of the last step sent."""
    timestamp_executed: datetime | None = None
    """When the last step was sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class LeadStatusSummary:
    """Where the lead stands in the campaign sequence."""

    lastStep: LeadStatusSummaryLastStep | None = None
    """The last sequence step sent to the lead."""
    domain_complete: bool | None = None
    """Whether the sequence was stopped for the lead's whole company domain."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class LeadPayload:
    """Variables stored with the lead for personalization, including its custom variables."""

    firstName: str | None = None
    """First name, as stored for personalization."""
    lastName: str | None = None
    """Last name, as stored for personalization."""
    companyName: str | None = None
    """Company name, as stored for personalization."""
    jobTitle: str | None = None
    """Job title, as stored for personalization."""
    website: str | None = None
    """Website, as stored for personalization."""
    phone: str | None = None
    """Phone number, as stored for personalization."""
    personalization: str | None = None
    """Personalization text, as stored for personalization."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class LeadStatusSummarySubseq:
    """Where the lead stands in its subsequence, if it is in one."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Sending account or source of the last subsequence step."""
    stepID: str | None = None
    """Id of the last subsequence step sent."""
    timestampExecuted: datetime | None = None
    """When the last subsequence step was sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class LeadLtInterestStatus(int, OpenEnum):
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show. Custom lead labels use other values."""

    INTERESTED = 1
    MEETING_BOOKED = 2
    MEETING_COMPLETED = 3
    WON = 4
    OUT_OF_OFFICE = 0
    NOT_INTERESTED = -1
    WRONG_PERSON = -2
    LOST = -3
    NO_SHOW = -4


class LeadVerificationStatus(int, OpenEnum):
    """Result of verifying the lead's email: 1 verified, 11 pending, 12 waiting for a verification job, -1 invalid, -2 risky, -3 catch-all, -4 job change."""

    VERIFIED = 1
    INVALID = -1
    RISKY = -2
    CATCH_ALL = -3
    JOB_CHANGE = -4
    PENDING = 11
    PENDING_VERIFICATION_JOB = 12


class LeadEnrichmentStatus(int, OpenEnum):
    """Enrichment state: 1 enriched, 11 pending, -1 no enrichment data available, -2 enrichment failed."""

    ENRICHED = 1
    ENRICHMENT_DATA_NOT_AVAILABLE = -1
    PENDING = 11
    ERROR = -2


class LeadUploadMethod(str, OpenEnum):
    """How the lead was added: by hand in the app, through the API, or as a website visitor."""

    MANUAL = "manual"
    API = "api"
    WEBSITE_VISITOR = "website-visitor"


class LeadEspCode(int, OpenEnum):
    """Email service provider code: 0 not yet checked, 1 Google, 2 Microsoft, 3 Zoho, 8 AirMail, 9 Yahoo, 10 Yandex, 12 Web.de, 13 Libero.it, 999 other, 1000 not found."""

    IN_QUEUE = 0
    GOOGLE = 1
    MICROSOFT = 2
    ZOHO = 3
    AIRMAIL = 8
    YAHOO = 9
    YANDEX = 10
    WEB_DE = 12
    LIBERO_IT = 13
    OTHER = 999
    NOT_FOUND = 1000


class LeadEsgCode(int, OpenEnum):
    """Email security gateway in front of the lead's mailbox: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco."""

    IN_QUEUE = 0
    BARRACUDA = 1
    MIMECAST = 2
    PROOFPOINT = 3
    CISCO = 4


@attrs.define(kw_only=True)
class Lead:
    """A person to contact, held in a campaign or a lead list, with contact details, sending progress, engagement counters and interest status."""

    id: str
    """Unique id of the lead."""
    timestamp_created: datetime
    """When the lead was created."""
    timestamp_updated: datetime
    """When the lead was last changed."""
    organization: str
    """Id of the workspace the lead belongs to."""
    status: LeadStatus
    """Sending status of the lead in its campaign: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""
    email_open_count: float
    """How many times the lead opened the campaign's emails."""
    email_reply_count: float
    """How many times the lead replied."""
    email_click_count: float
    """How many times the lead clicked a tracked link."""
    company_domain: str
    """Domain of the lead's company, derived from the email address."""
    status_summary: LeadStatusSummary
    """Where the lead stands in the campaign sequence."""
    campaign: str | None = None
    """Id of the campaign the lead is in, or null when it is not in a campaign."""
    email: str | None = None
    """Email address of the lead."""
    personalization: str | None = None
    """Personalized opening line or text used in the lead's emails."""
    website: str | None = None
    """Website of the lead or their company."""
    last_name: str | None = None
    """Last name of the lead."""
    first_name: str | None = None
    """First name of the lead."""
    company_name: str | None = None
    """Name of the lead's company."""
    job_title: str | None = None
    """Job title of the lead."""
    phone: str | None = None
    """Phone number of the lead."""
    payload: LeadPayload | None = None
    """Variables stored with the lead for personalization, including its custom variables."""
    status_summary_subseq: LeadStatusSummarySubseq | None = None
    """Where the lead stands in its subsequence, if it is in one."""
    last_step_from: str | None = None
    """Source of the last sequence step sent to the lead."""
    last_step_id: str | None = None
    """Id of the last sequence step sent to the lead."""
    last_step_timestamp_executed: datetime | None = None
    """When the last sequence step was sent to the lead."""
    email_opened_step: float | None = None
    """Sequence step of the email the lead last opened."""
    email_opened_variant: float | None = None
    """Variant of the email the lead last opened."""
    email_replied_step: float | None = None
    """Sequence step of the email the lead last replied to."""
    email_replied_variant: float | None = None
    """Variant of the email the lead last replied to."""
    email_clicked_step: float | None = None
    """Sequence step of the email in which the lead last clicked a link."""
    email_clicked_variant: float | None = None
    """Variant of the email in which the lead last clicked a link."""
    lt_interest_status: LeadLtInterestStatus | None = None
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show. Custom lead labels use other values."""
    subsequence_id: str | None = None
    """Id of the subsequence the lead is in, if any."""
    verification_status: LeadVerificationStatus | None = None
    """Result of verifying the lead's email: 1 verified, 11 pending, 12 waiting for a verification job, -1 invalid, -2 risky, -3 catch-all, -4 job change."""
    pl_value_lead: str | None = None
    """Potential value of the lead, as free text."""
    timestamp_added_subsequence: datetime | None = None
    """When the lead was put into its current subsequence."""
    timestamp_last_contact: datetime | None = None
    """When the lead was last emailed."""
    timestamp_last_open: datetime | None = None
    """When the lead last opened an email."""
    timestamp_last_reply: datetime | None = None
    """When the lead last replied."""
    timestamp_last_interest_change: datetime | None = None
    """When the lead's interest status last changed."""
    timestamp_last_click: datetime | None = None
    """When the lead last clicked a link."""
    enrichment_status: LeadEnrichmentStatus | None = None
    """Enrichment state: 1 enriched, 11 pending, -1 no enrichment data available, -2 enrichment failed."""
    list_id: str | None = None
    """Id of the lead list the lead is in, or null when it is not in a list."""
    last_contacted_from: str | None = None
    """Sending account that last emailed the lead."""
    uploaded_by_user: str | None = None
    """Id of the user who added the lead."""
    upload_method: LeadUploadMethod | None = None
    """How the lead was added: by hand in the app, through the API, or as a website visitor."""
    assigned_to: str | None = None
    """Id of the workspace user the lead is assigned to."""
    is_website_visitor: bool | None = None
    """Whether the lead was captured as a website visitor."""
    timestamp_last_touch: datetime | None = None
    """When the lead last had any activity, sent or received."""
    esp_code: LeadEspCode | None = None
    """Email service provider code: 0 not yet checked, 1 Google, 2 Microsoft, 3 Zoho, 8 AirMail, 9 Yahoo, 10 Yandex, 12 Web.de, 13 Libero.it, 999 other, 1000 not found."""
    esg_code: LeadEsgCode | None = None
    """Email security gateway in front of the lead's mailbox: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class LeadLabelInterestStatusLabel(str, OpenEnum):
    """The interest sentiment this label stands for."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


@attrs.define(kw_only=True)
class LeadLabel:
    """A workspace-defined label for classifying leads and replies, tied to a positive, neutral or negative interest sentiment."""

    id: str
    """Unique id of the label."""
    timestamp_created: datetime
    """When the label was created."""
    created_by: str
    """Id of the user who created the label."""
    organization_id: str
    """Id of the workspace the label belongs to."""
    label: str
    """Name of the label as shown in the app."""
    interest_status_label: LeadLabelInterestStatusLabel
    """The interest sentiment this label stands for."""
    interest_status: float
    """Numeric interest status the server assigned to this label; leads carrying the label have this value as their interest status."""
    description: str | None = None
    """Free-text explanation of what the label is for."""
    use_with_ai: bool | None = None
    """Whether the AI reply classifier may assign this label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class LeadList:
    """A named container for leads that are not tied to a campaign."""

    id: str
    """Unique id of the lead list."""
    organization_id: str
    """Id of the workspace the list belongs to."""
    name: str
    """Name of the list."""
    timestamp_created: datetime
    """When the list was created."""
    has_enrichment_task: bool | None = None
    """Whether every lead added to the list is sent through enrichment automatically."""
    owned_by: str | None = None
    """Id of the user who owns the list; by default the user who created it."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Tag:
    id: str | None = None
    """Id of the custom tag."""
    label: str | None = None
    """Display name of the tag."""
    description: str | None = None
    """Optional description of the tag."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListAccountItem(Account):
    """An account as returned by the list operation, with its custom tags when `include_tags=true` was sent."""

    tags: list[Tag] | None = None
    """Custom tags assigned to the account; present only when requested."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class ListDFYEmailAccountOrdersAccountsItemEmailProvider(int, OpenEnum):
    """Provider that hosts the mailbox (1 Google, 2 AirMail, 3 Microsoft)."""

    GOOGLE = 1
    AIRMAIL = 2
    MICROSOFT_OUTLOOK = 3


@attrs.define(kw_only=True)
class ListDFYEmailAccountOrdersAccountsItem:
    """A mailbox created through a done-for-you order."""

    id: str
    """Unique id of the mailbox record."""
    domain: str
    """Domain of the mailbox."""
    email: str
    """Address of the mailbox."""
    email_provider: ListDFYEmailAccountOrdersAccountsItemEmailProvider
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


class ListLeadsRequestQueryActionType(str, OpenEnum):
    """Kind of activity the condition looks at."""

    REPLY = "reply"
    EMAIL_OPEN = "email-open"
    LAST_CONTACTED = "last-contacted"
    LINK_CLICK = "link-click"
    LEAD_STATUS = "lead-status"
    LEAD_STATUS_CHANGE = "lead-status-change"


class ListLeadsRequestQueryValuesOccurrenceCountCondition(str, OpenEnum):
    """Whether the activity count must be more than, less than or equal to `count`."""

    MORE = "more"
    LESS = "less"
    EQUAL = "equal"


@attrs.define(kw_only=True)
class ListLeadsRequestQueryValuesOccurrenceCount:
    """How many times the activity must have happened."""

    condition: ListLeadsRequestQueryValuesOccurrenceCountCondition | None = None
    """Whether the activity count must be more than, less than or equal to `count`."""
    count: float | None = None
    """The number of occurrences to compare against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class ListLeadsRequestQueryValuesLeadStatusCondition(str, OpenEnum):
    """Whether the lead's status must be or must not be `status`."""

    IS = "is"
    IS_NOT = "is-not"


@attrs.define(kw_only=True)
class ListLeadsRequestQueryValuesLeadStatus:
    """Lead status the condition compares against."""

    status: float | None = None
    """The lead status value to compare with."""
    condition: ListLeadsRequestQueryValuesLeadStatusCondition | None = None
    """Whether the lead's status must be or must not be `status`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListLeadsRequestQueryValues:
    """Parameters of the condition."""

    occurrence_days: float | None = attrs.field(default=None, metadata={"key": "occurrence-days"})
    """Size of the time window, in days, in which the activity is counted."""
    occurrence_count: ListLeadsRequestQueryValuesOccurrenceCount | None = attrs.field(
        default=None, metadata={"key": "occurrence-count"}
    )
    """How many times the activity must have happened."""
    lead_status: ListLeadsRequestQueryValuesLeadStatus | None = attrs.field(
        default=None, metadata={"key": "lead-status"}
    )
    """Lead status the condition compares against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListLeadsRequestQuery:
    actionType: ListLeadsRequestQueryActionType
    """Kind of activity the condition looks at."""
    values: ListLeadsRequestQueryValues
    """Parameters of the condition."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class ListLeadsRequestEnrichmentStatus(int, OpenEnum):
    """Return only leads in this enrichment state: 1 enriched, 11 pending, -1 no data available, -2 failed."""

    THE_LEAD_HAS_BEEN = 1
    ENRICHMENT_DATA_IS_NOT = -1
    THE_LEAD_IS_PENDING = 11
    AN_ERROR_OCCURRED_DURING = -2


class ListLeadsRequestEsgCode(str, OpenEnum):
    """Return only leads behind this email security gateway: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco, `all` any gateway, `none` no gateway."""

    IN_QUEUE = "0"
    BARRACUDA = "1"
    MIMECAST = "2"
    PROOFPOINT = "3"
    CISCO = "4"
    ALL = "all"
    NONE = "none"


@attrs.define(kw_only=True)
class ListLeadsRequest:
    """Filters and paging for listing leads; every field is optional."""

    search: str | None = None
    """Text to match against the leads' names and email addresses."""
    filter: str | None = None
    """Predefined segment of leads, such as `FILTER_VAL_CONTACTED`, `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`."""
    campaign: str | None = None
    """Select leads of this campaign (note the field name `campaign`, not `campaign_id`)."""
    list_id: str | None = None
    """Select leads of this lead list."""
    in_campaign: bool | None = None
    """When true, only leads that belong to a campaign; when false, only leads that do not."""
    in_list: bool | None = None
    """When true, only leads that belong to a lead list; when false, only leads that do not."""
    ids: list[str] | None = None
    """Select only leads with these ids."""
    queries: list[ListLeadsRequestQuery] | None = None
    """Activity conditions the leads must meet, such as replies, opens, clicks or status changes."""
    excluded_ids: list[str] | None = None
    """Leave out leads with these ids."""
    contacts: list[str] | None = None
    """Select only leads with these email addresses."""
    limit: int | None = None
    """Maximum number of leads to return in one page (1 to 100)."""
    starting_after: str | None = None
    """Cursor from the previous page's `next_starting_after`; omit it for the first page."""
    organization_user_ids: list[str] | None = None
    """Return only leads assigned to these workspace users."""
    smart_view_id: str | None = None
    """Select the leads matched by this saved smart view."""
    is_website_visitor: bool | None = None
    """Return only leads that were, or were not, captured as website visitors."""
    distinct_contacts: bool | None = None
    """Return each email address once even when it appears in several campaigns or lists; the cursor is then an email address."""
    enrichment_status: ListLeadsRequestEnrichmentStatus | None = None
    """Return only leads in this enrichment state: 1 enriched, 11 pending, -1 no data available, -2 failed."""
    esg_code: ListLeadsRequestEsgCode | None = None
    """Return only leads behind this email security gateway: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco, `all` any gateway, `none` no gateway."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListPhoneNumbersItem:
    """A phone number owned by the workspace for CRM calls and text messages."""

    id: str | None = None
    """Unique id of the phone number record."""
    timestamp_created: datetime | None = None
    """When the number was added (ISO-8601, UTC)."""
    organization_id: str | None = None
    """Id of the workspace that owns the number."""
    phone_number: str | None = None
    """The phone number itself."""
    country: str | None = None
    """Country of the number."""
    locality: str | None = None
    """City or region of the number."""
    subscription_id: str | None = None
    """Id of the billing subscription that pays for the number."""
    twilio_sid: str | None = None
    """Identifier of the number at Twilio, the telephony provider."""
    renewal_date: date_aliased | None = None
    """Next date on which the number is renewed and billed."""
    price: float | None = None
    """Recurring price of the number."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListWebhookEventTypesResponseEventType:
    id: str | None = None
    """Value to use as the webhook's event type."""
    label: str | None = None
    """Human-readable name of the event type."""
    type: str | None = None
    """Category of the event type, such as a standard event or a custom lead label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListWebhookEventTypesResponse:
    """The event types webhooks can subscribe to."""

    event_types: list[ListWebhookEventTypesResponseEventType] | None = None
    """One entry per event type."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MarkThreadAsReadResponse:
    """Result of marking a thread as read."""

    success: bool | None = None
    """True if the emails were marked as read."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MergeLeadsRequest:
    """The two leads to merge."""

    lead_id: str
    """Id of the lead to merge away."""
    destination_lead_id: str
    """Id of the lead that receives the merged data and remains afterwards."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveAccountsRequest:
    """Which accounts to move and between which workspaces."""

    emails: list[str]
    """Addresses of the accounts to move (at least one)."""
    source_workspace_id: str
    """Id of the workspace that currently owns the accounts."""
    destination_workspace_id: str
    """Id of the workspace that receives the accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class MoveAccountsResponseStatus(str, OpenEnum):
    """Always "success" when the move went through."""

    SUCCESS = "success"


@attrs.define(kw_only=True)
class MoveAccountsResponse:
    """Confirmation that the accounts were moved."""

    status: MoveAccountsResponseStatus | None = None
    """Always "success" when the move went through."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveLeadToSubsequenceRequest:
    """The lead and the subsequence to put it in."""

    subsequence_id: str
    """Id of the subsequence to put the lead in."""
    id: str
    """Id of the lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class MoveLeadsRequestQueryActionType(str, OpenEnum):
    """Kind of activity the condition looks at."""

    REPLY = "reply"
    EMAIL_OPEN = "email-open"
    LAST_CONTACTED = "last-contacted"
    LINK_CLICK = "link-click"
    LEAD_STATUS = "lead-status"
    LEAD_STATUS_CHANGE = "lead-status-change"


class MoveLeadsRequestQueryValuesOccurrenceCountCondition(str, OpenEnum):
    """Whether the activity count must be more than, less than or equal to `count`."""

    MORE = "more"
    LESS = "less"
    EQUAL = "equal"


@attrs.define(kw_only=True)
class MoveLeadsRequestQueryValuesOccurrenceCount:
    """How many times the activity must have happened."""

    condition: MoveLeadsRequestQueryValuesOccurrenceCountCondition | None = None
    """Whether the activity count must be more than, less than or equal to `count`."""
    count: float | None = None
    """The number of occurrences to compare against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class MoveLeadsRequestQueryValuesLeadStatusCondition(str, OpenEnum):
    """Whether the lead's status must be or must not be `status`."""

    IS = "is"
    IS_NOT = "is-not"


@attrs.define(kw_only=True)
class MoveLeadsRequestQueryValuesLeadStatus:
    """Lead status the condition compares against."""

    status: float | None = None
    """The lead status value to compare with."""
    condition: MoveLeadsRequestQueryValuesLeadStatusCondition | None = None
    """Whether the lead's status must be or must not be `status`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveLeadsRequestQueryValues:
    """Parameters of the condition."""

    occurrence_days: float | None = attrs.field(default=None, metadata={"key": "occurrence-days"})
    """Size of the time window, in days, in which the activity is counted."""
    occurrence_count: MoveLeadsRequestQueryValuesOccurrenceCount | None = attrs.field(
        default=None, metadata={"key": "occurrence-count"}
    )
    """How many times the activity must have happened."""
    lead_status: MoveLeadsRequestQueryValuesLeadStatus | None = attrs.field(
        default=None, metadata={"key": "lead-status"}
    )
    """Lead status the condition compares against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveLeadsRequestQuery:
    actionType: MoveLeadsRequestQueryActionType
    """Kind of activity the condition looks at."""
    values: MoveLeadsRequestQueryValues
    """Parameters of the condition."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class MoveLeadsRequestEspCode(int, OpenEnum):
    """Select only leads whose mailbox is hosted by this provider. Email service provider code: 0 not yet checked, 1 Google, 2 Microsoft, 3 Zoho, 8 AirMail, 9 Yahoo, 10 Yandex, 12 Web.de, 13 Libero.it, 999 other, 1000 not found."""

    IN_QUEUE = 0
    GOOGLE = 1
    MICROSOFT = 2
    ZOHO = 3
    AIRMAIL = 8
    YAHOO = 9
    YANDEX = 10
    WEBDE = 12
    LIBEROIT = 13
    OTHER = 999
    NOT_FOUND = 1000


class MoveLeadsRequestEsgCode(str, OpenEnum):
    """Select only leads behind this email security gateway. Email security gateway code: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco; `all` and `none` match any or no gateway."""

    IN_QUEUE = "0"
    BARRACUDA = "1"
    MIMECAST = "2"
    PROOFPOINT = "3"
    CISCO = "4"
    ALL = "all"
    NONE = "none"


@attrs.define(kw_only=True)
class MoveLeadsRequest:
    """The selection of leads to move or copy, the destination, and options for the move."""

    search: str | None = None
    """Text to match against the leads' names and email addresses."""
    filter: str | None = None
    """Predefined segment of leads, such as `FILTER_VAL_CONTACTED`, `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`."""
    campaign: str | None = None
    """Select leads of this campaign (note the field name `campaign`, not `campaign_id`)."""
    list_id: str | None = None
    """Select leads of this lead list."""
    in_campaign: bool | None = None
    """When true, only leads that belong to a campaign; when false, only leads that do not."""
    in_list: bool | None = None
    """When true, only leads that belong to a lead list; when false, only leads that do not."""
    ids: list[str] | None = None
    """Select only leads with these ids."""
    queries: list[MoveLeadsRequestQuery] | None = None
    """Activity conditions the leads must meet, such as replies, opens, clicks or status changes."""
    excluded_ids: list[str] | None = None
    """Leave out leads with these ids."""
    contacts: list[str] | None = None
    """Select only leads with these email addresses."""
    to_campaign_id: str | None = None
    """Id of the campaign to move the leads into."""
    to_list_id: str | None = None
    """Id of the lead list to move the leads into."""
    ignore_resource_filter_clauses: bool | None = None
    """Ignore the source campaign and list clauses when selecting the leads."""
    check_duplicates_in_campaigns: bool | None = None
    """Skip leads whose email already exists in a campaign."""
    skip_leads_in_verification: bool | None = None
    """Leave out leads whose email verification is still running."""
    limit: float | None = None
    """Maximum number of leads to move."""
    assigned_to: str | None = None
    """Select only leads assigned to this user."""
    esp_code: MoveLeadsRequestEspCode | None = None
    """Select only leads whose mailbox is hosted by this provider. Email service provider code: 0 not yet checked, 1 Google, 2 Microsoft, 3 Zoho, 8 AirMail, 9 Yahoo, 10 Yandex, 12 Web.de, 13 Libero.it, 999 other, 1000 not found."""
    esg_code: MoveLeadsRequestEsgCode | None = None
    """Select only leads behind this email security gateway. Email security gateway code: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco; `all` and `none` match any or no gateway."""
    copy_leads: bool | None = None
    """Copy the leads into the destination and keep the originals, instead of moving them."""
    check_duplicates: bool | None = None
    """Skip leads whose email already exists in the destination."""
    reset_interest_status: bool | None = None
    """Clear the interest status of the leads as they are moved."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchAccountRequestWarmupAdvanced:
    """Fine-tuning options for warmup behaviour."""

    warm_ctd: bool | None = None
    """Whether warmup emails include a link on the custom tracking domain."""
    open_rate: float | None = None
    """Target percentage of warmup emails that are opened."""
    important_rate: float | None = None
    """Target percentage of warmup emails marked as important."""
    read_emulation: bool | None = None
    """Whether recipients simulate reading the warmup emails."""
    spam_save_rate: float | None = None
    """Target percentage of warmup emails rescued from spam."""
    weekday_only: bool | None = None
    """Whether warmup runs on weekdays only."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchAccountRequestWarmupIncrement(str, OpenEnum):
    """Daily warmup ramp-up step, or "disabled"."""

    DISABLED = "disabled"
    V_0 = "0"
    V_1 = "1"
    V_2 = "2"
    V_3 = "3"
    V_4 = "4"


@attrs.define(kw_only=True)
class PatchAccountRequestWarmup:
    """Warmup settings to apply."""

    limit: float | None = None
    """Maximum number of warmup emails per day."""
    advanced: PatchAccountRequestWarmupAdvanced | None = None
    """Fine-tuning options for warmup behaviour."""
    warmup_custom_ftag: str | None = None
    """Custom keyword placed in warmup emails."""
    increment: PatchAccountRequestWarmupIncrement | None = None
    """Daily warmup ramp-up step, or "disabled"."""
    reply_rate: float | None = None
    """Target percentage of warmup emails that receive a reply."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchAccountRequest:
    """Fields to change on a sending account; omitted fields keep their current value."""

    first_name: str | None = None
    """Sender first name shown on emails from this account."""
    last_name: str | None = None
    """Sender last name shown on emails from this account."""
    warmup: PatchAccountRequestWarmup | None = None
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
class PatchBlockListEntryRequest:
    """The new value for a block list entry."""

    bl_value: str | None = None
    """Email address or domain that replaces the current value."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignRequestCampaignScheduleScheduleTiming:
    """Daily time range of the window."""

    from_: str = attrs.field(metadata={"key": "from"})
    """Time of day when sending starts, as 24-hour `HH:MM`."""
    to: str
    """Time of day when sending stops, as 24-hour `HH:MM`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignRequestCampaignScheduleScheduleDays:
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""

    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Send on Sundays."""
    field_1: bool | None = attrs.field(default=None, metadata={"key": "1"})
    """Send on Mondays."""
    field_2: bool | None = attrs.field(default=None, metadata={"key": "2"})
    """Send on Tuesdays."""
    field_3: bool | None = attrs.field(default=None, metadata={"key": "3"})
    """Send on Wednesdays."""
    field_4: bool | None = attrs.field(default=None, metadata={"key": "4"})
    """Send on Thursdays."""
    field_5: bool | None = attrs.field(default=None, metadata={"key": "5"})
    """Send on Fridays."""
    field_6: bool | None = attrs.field(default=None, metadata={"key": "6"})
    """Send on Saturdays."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignRequestSequenceStepType(str, OpenEnum):
    """Kind of step; only "email" is supported."""

    EMAIL = "email"


class PatchCampaignRequestSequenceStepDelayUnit(str, OpenEnum):
    """Unit of `delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


class PatchCampaignRequestSequenceStepPreDelayUnit(str, OpenEnum):
    """Unit of `pre_delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@attrs.define(kw_only=True)
class PatchCampaignRequestSequenceStepVariant:
    subject: str
    """Subject line; may contain template variables."""
    body: str
    """Email body; may contain template variables."""
    v_disabled: bool | None = None
    """When true, this variant is not sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignRequestSequenceStep:
    type: PatchCampaignRequestSequenceStepType
    """Kind of step; only "email" is supported."""
    delay: float
    """Time to wait after this step before the next step is sent to the lead, in `delay_unit`."""
    variants: list[PatchCampaignRequestSequenceStepVariant]
    """Alternative versions of the email for A/B testing; one is picked per lead."""
    delay_unit: PatchCampaignRequestSequenceStepDelayUnit | None = None
    """Unit of `delay`; days when omitted."""
    pre_delay: float | None = None
    """Wait before this step is sent; used only in subsequences, ignored in campaigns."""
    pre_delay_unit: PatchCampaignRequestSequenceStepPreDelayUnit | None = None
    """Unit of `pre_delay`; days when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignRequestSequence:
    steps: list[PatchCampaignRequestSequenceStep]
    """Ordered steps of the sequence; each step is one email sent to a lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignRequestAutoVariantSelectTrigger(str, OpenEnum):
    """Metric used to pick the winning variant."""

    REPLY_RATE = "reply_rate"
    CLICK_RATE = "click_rate"
    OPEN_RATE = "open_rate"


@attrs.define(kw_only=True)
class PatchCampaignRequestAutoVariantSelect:
    """Settings for automatically choosing the best-performing variant; null when disabled."""

    trigger: PatchCampaignRequestAutoVariantSelectTrigger
    """Metric used to pick the winning variant."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignRequestLimitEmailsPerCompanyOverrideMode(str, OpenEnum):
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""

    CUSTOM = "custom"
    DISABLED = "disabled"


class PatchCampaignRequestLimitEmailsPerCompanyOverrideScope(str, OpenEnum):
    """Whether the limit counts this campaign only or all campaigns of the workspace."""

    PER_CAMPAIGN = "per_campaign"
    ACROSS_WORKSPACE = "across_workspace"


@attrs.define(kw_only=True)
class PatchCampaignRequestLimitEmailsPerCompanyOverride:
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""

    mode: PatchCampaignRequestLimitEmailsPerCompanyOverrideMode
    """`custom` to apply the limit below, `disabled` to have no per-company limit."""
    daily_limit: float | None = None
    """Maximum emails per company domain per day."""
    scope: PatchCampaignRequestLimitEmailsPerCompanyOverrideScope | None = None
    """Whether the limit counts this campaign only or all campaigns of the workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignRequestProviderRoutingRuleAction(str, OpenEnum):
    """Whether matching emails are sent or held back."""

    SEND = "send"
    DO_NOT_SEND = "do_not_send"


class PatchCampaignRequestProviderRoutingRuleRecipientEspEnum(str, OpenEnum):
    ALL = "all"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OTHER = "other"


class PatchCampaignRequestProviderRoutingRuleSenderEspEnum(str, OpenEnum):
    ALL = "all"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OTHER = "other"


@attrs.define(kw_only=True)
class PatchCampaignRequestProviderRoutingRule:
    action: PatchCampaignRequestProviderRoutingRuleAction | None = None
    """Whether matching emails are sent or held back."""
    recipient_esp: list[PatchCampaignRequestProviderRoutingRuleRecipientEspEnum] | None = None
    """Recipient providers the rule applies to."""
    sender_esp: list[PatchCampaignRequestProviderRoutingRuleSenderEspEnum] | None = None
    """Sending account providers the rule applies to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignSubsequenceRequestConditionsLeadActivityEnum(int, OpenEnum):
    EMAIL_LINK_CLICKED = 4
    CAMPAIGN_COMPLETED_WITHOUT_REPLY = 91
    EMAIL_OPENED_TRIGGERED = 2


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestConditions:
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""

    crm_status: list[float] | None = None
    """Lead interest statuses that trigger entry, e.g. 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show; custom status values are accepted too."""
    lead_activity: list[PatchCampaignSubsequenceRequestConditionsLeadActivityEnum] | None = None
    """Lead activities that trigger entry: 2 email opened, 4 link clicked, 91 campaign finished without a reply."""
    reply_contains: str | None = None
    """Text that, when found in a lead's reply, triggers entry."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming:
    """Daily time range of the window."""

    from_: str = attrs.field(metadata={"key": "from"})
    """Time of day when sending starts, as 24-hour `HH:MM`."""
    to: str
    """Time of day when sending stops, as 24-hour `HH:MM`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleDays:
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""

    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Send on Sundays."""
    field_1: bool | None = attrs.field(default=None, metadata={"key": "1"})
    """Send on Mondays."""
    field_2: bool | None = attrs.field(default=None, metadata={"key": "2"})
    """Send on Tuesdays."""
    field_3: bool | None = attrs.field(default=None, metadata={"key": "3"})
    """Send on Wednesdays."""
    field_4: bool | None = attrs.field(default=None, metadata={"key": "4"})
    """Send on Thursdays."""
    field_5: bool | None = attrs.field(default=None, metadata={"key": "5"})
    """Send on Fridays."""
    field_6: bool | None = attrs.field(default=None, metadata={"key": "6"})
    """Send on Saturdays."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignSubsequenceRequestSequenceStepType(str, OpenEnum):
    """Kind of step; only "email" is supported."""

    EMAIL = "email"


class PatchCampaignSubsequenceRequestSequenceStepDelayUnit(str, OpenEnum):
    """Unit of `delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


class PatchCampaignSubsequenceRequestSequenceStepPreDelayUnit(str, OpenEnum):
    """Unit of `pre_delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestSequenceStepVariant:
    subject: str
    """Subject line; may contain template variables."""
    body: str
    """Email body; may contain template variables."""
    v_disabled: bool | None = None
    """When true, this variant is not sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestSequenceStep:
    type: PatchCampaignSubsequenceRequestSequenceStepType
    """Kind of step; only "email" is supported."""
    delay: float
    """Time to wait after this step before the next step is sent to the lead, in `delay_unit`."""
    variants: list[PatchCampaignSubsequenceRequestSequenceStepVariant]
    """Alternative versions of the email for A/B testing (1 to 26); one is picked per lead."""
    delay_unit: PatchCampaignSubsequenceRequestSequenceStepDelayUnit | None = None
    """Unit of `delay`; days when omitted."""
    pre_delay: float | None = None
    """Time to wait before this step is sent, in `pre_delay_unit`."""
    pre_delay_unit: PatchCampaignSubsequenceRequestSequenceStepPreDelayUnit | None = None
    """Unit of `pre_delay`; days when omitted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestSequence:
    steps: list[PatchCampaignSubsequenceRequestSequenceStep]
    """Ordered steps of the sequence; each step is one email sent to a lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignSubsequenceRequestAutoVariantSelectTrigger(str, OpenEnum):
    """Metric used to pick the winning variant."""

    REPLY_RATE = "reply_rate"
    CLICK_RATE = "click_rate"
    OPEN_RATE = "open_rate"


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestAutoVariantSelect:
    """Settings for automatically choosing the best-performing variant; null when disabled."""

    trigger: PatchCampaignSubsequenceRequestAutoVariantSelectTrigger
    """Metric used to pick the winning variant."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchCampaignSubsequenceRequestDailyLimitMode(str, OpenEnum):
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""

    INHERIT = "inherit"
    CUSTOM = "custom"
    UNLIMITED = "unlimited"


@attrs.define(kw_only=True)
class PatchCustomTagRequest:
    """Fields to change on a tag; omitted fields keep their value."""

    label: str | None = None
    """New display name of the tag."""
    description: str | None = None
    """New explanation of the tag, or null to clear it."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchEmailRequest:
    """Email fields to change."""

    is_unread: float | None = None
    """1 to mark the email unread, 0 to mark it read."""
    reminder_ts: datetime | None = None
    """Time at which a reminder is due; null removes the reminder."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchInboxPlacementTestRequestScheduleTiming:
    """Time of day at which the test runs."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Start time as HH:MM in the schedule's time zone."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchInboxPlacementTestRequestAutomationWhenCondition(str, OpenEnum):
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""

    PLACEMENT_GOES_BELOW = "placement_goes_below"
    PLACEMENT_GOES_ABOVE = "placement_goes_above"
    ADDED_TO_BLACKLISTS = "added_to_blacklists"
    REMOVED_FROM_BLACKLISTS = "removed_from_blacklists"


@attrs.define(kw_only=True)
class PatchInboxPlacementTestRequestAutomationWhen:
    """The condition that triggers the automation."""

    condition: PatchInboxPlacementTestRequestAutomationWhenCondition
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""
    condition_value: float | None = None
    """Threshold for the placement conditions, as an inbox placement percentage."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchInboxPlacementTestRequestAutomationThen:
    """The actions to take when the condition is met."""

    webhook_url: str | None = None
    """URL to notify with a webhook call."""
    pause_sending_campaigns_for: float | None = None
    """Pause the campaigns that send from the affected accounts for this long."""
    pause: bool | None = None
    """Pause the affected sending accounts."""
    enable_slow_ramp: bool | None = None
    """Turn on slow ramp-up of sending volume for the affected accounts."""
    disable_slow_ramp: bool | None = None
    """Turn off slow ramp-up of sending volume for the affected accounts."""
    add_tags: list[str] | None = None
    """Ids of custom tags to add to the affected accounts."""
    remove_tags: list[str] | None = None
    """Ids of custom tags to remove from the affected accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchInboxPlacementTestRequestAutomation:
    when: PatchInboxPlacementTestRequestAutomationWhen
    """The condition that triggers the automation."""
    then: PatchInboxPlacementTestRequestAutomationThen
    """The actions to take when the condition is met."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchInboxPlacementTestRequestStatus(OpenEnum):
    """New state of the test: 1 active, 2 paused, 3 completed."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3


class PatchLeadLabelRequestInterestStatusLabel(str, OpenEnum):
    """New interest sentiment of the label."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


@attrs.define(kw_only=True)
class PatchLeadLabelRequest:
    """Fields to change on a lead label; any omitted field keeps its value."""

    label: str | None = None
    """New name of the label."""
    interest_status_label: PatchLeadLabelRequestInterestStatusLabel | None = None
    """New interest sentiment of the label."""
    description: str | None = None
    """New free-text explanation of the label; null clears it."""
    use_with_ai: bool | None = None
    """Whether the AI reply classifier may assign this label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchLeadListRequest:
    """Fields to change on a lead list; omitted fields keep their value."""

    has_enrichment_task: bool | None = None
    """Enrich every lead added to the list automatically."""
    owned_by: str | None = None
    """Id of the user who will own the list."""
    name: str | None = None
    """New name of the list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchLeadRequestLtInterestStatus(int, OpenEnum):
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show."""

    INTERESTED = 1
    MEETING_BOOKED = 2
    MEETING_COMPLETED = 3
    WON = 4
    OUT_OF_OFFICE = 0
    NOT_INTERESTED = -1
    WRONG_PERSON = -2
    LOST = -3
    NO_SHOW = -4


@attrs.define(kw_only=True)
class PatchLeadRequest:
    """Fields to change on a lead; omitted fields keep their value."""

    personalization: str | None = None
    """Personalized opening line or text used in the lead's emails."""
    website: str | None = None
    """Website of the lead or their company."""
    last_name: str | None = None
    """Last name of the lead."""
    first_name: str | None = None
    """First name of the lead."""
    company_name: str | None = None
    """Name of the lead's company."""
    job_title: str | None = None
    """Job title of the lead."""
    phone: str | None = None
    """Phone number of the lead."""
    lt_interest_status: PatchLeadRequestLtInterestStatus | None = None
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show."""
    pl_value_lead: str | None = None
    """Potential value of the lead, as free text."""
    assigned_to: str | None = None
    """Id of the workspace user the lead is assigned to."""
    custom_variables: dict[str, str | float | bool | None] | None = None
    """New custom variables of the lead. This object replaces the stored one as a whole, so omitted keys are removed. Values must be scalars (string, number, boolean or null)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchWebhookRequestEventType(OpenEnum):
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""

    ALL_EVENTS = "all_events"
    EMAIL_SENT = "email_sent"
    EMAIL_OPENED = "email_opened"
    EMAIL_LINK_CLICKED = "email_link_clicked"
    REPLY_RECEIVED = "reply_received"
    EMAIL_BOUNCED = "email_bounced"
    LEAD_UNSUBSCRIBED = "lead_unsubscribed"
    CAMPAIGN_COMPLETED = "campaign_completed"
    ACCOUNT_ERROR = "account_error"
    LEAD_NEUTRAL = "lead_neutral"
    LEAD_INTERESTED = "lead_interested"
    LEAD_NOT_INTERESTED = "lead_not_interested"
    LEAD_MEETING_BOOKED = "lead_meeting_booked"
    LEAD_MEETING_COMPLETED = "lead_meeting_completed"
    LEAD_CLOSED = "lead_closed"
    LEAD_OUT_OF_OFFICE = "lead_out_of_office"
    LEAD_WRONG_PERSON = "lead_wrong_person"
    LEAD_NO_SHOW = "lead_no_show"
    SUPERSEARCH_ENRICHMENT_COMPLETED = "supersearch_enrichment_completed"


@attrs.define(kw_only=True)
class PatchWebhookRequest:
    """Fields to change on a webhook subscription; omitted fields keep their value."""

    campaign: str | None = None
    """Id of the campaign whose events to send; null for all campaigns."""
    name: str | None = None
    """Display name of the webhook."""
    target_hook_url: str | None = None
    """HTTP or HTTPS URL to post the events to."""
    event_type: PatchWebhookRequestEventType | None = None
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""
    custom_interest_value: float | None = None
    """Interest status value of a custom lead label; the webhook fires when a lead is given that label."""
    headers: dict[str, Any] | None = None
    """Extra HTTP headers sent with every delivery. Deliveries are not signed, so a secret header is the only way for the receiver to authenticate them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PatchWorkspaceMemberRequestRole(str, OpenEnum):
    """New role of the member; see the member's `role` field for what each role allows."""

    OWNER = "owner"
    ADMIN = "admin"
    EDITOR = "editor"
    VIEW = "view"
    CLIENT = "client"


@attrs.define(kw_only=True)
class PatchWorkspaceMemberRequest:
    """Fields to change on a workspace member; omitted fields keep their value."""

    nickname: str | None = None
    """New display name of the member, up to 80 characters."""
    role: PatchWorkspaceMemberRequestRole | None = None
    """New role of the member; see the member's `role` field for what each role allows."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchWorkspaceRequest:
    """Fields to change on the workspace; omitted fields keep their value."""

    name: str | None = None
    """New name of the workspace."""
    org_logo_url: str | None = None
    """URL of the workspace's logo; null removes it."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PauseAccountsRequest:
    """The accounts to pause."""

    emails: list[str]
    """Addresses of the accounts to pause (1 to 100)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PauseAccountsResponse:
    """Outcome of a bulk pause, split into accounts that were paused and accounts that were not."""

    paused_emails: list[str]
    """Addresses that are now paused."""
    failed_emails: list[str]
    """Addresses that could not be paused."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PreWarmedUpDomainsListRequestExtension(str, OpenEnum):
    COM = "com"
    ORG = "org"
    CO = "co"


@attrs.define(kw_only=True)
class PreWarmedUpDomainsListRequest:
    """Filters for the list of pre-warmed domains."""

    extensions: list[PreWarmedUpDomainsListRequestExtension] | None = None
    """Domain extensions to include; `com`, `org` and `co` when omitted."""
    search: str | None = None
    """Only return domains containing this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class PreWarmedUpDomainsListResponseDomainsWithTypeItemAccountType(int, OpenEnum):
    """Provider of the domain's mailboxes (1 Google, 2 AirMail, 3 Microsoft)."""

    GOOGLE = 1
    AIRMAIL = 2
    MICROSOFT_OUTLOOK = 3


@attrs.define(kw_only=True)
class PreWarmedUpDomainsListResponseDomainsWithTypeItem:
    domain: str
    """Domain name."""
    account_type: PreWarmedUpDomainsListResponseDomainsWithTypeItemAccountType
    """Provider of the domain's mailboxes (1 Google, 2 AirMail, 3 Microsoft)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PreWarmedUpDomainsListResponse:
    """Pre-warmed domains available for ordering."""

    domains: list[str] | None = None
    """The available domain names."""
    domains_with_type: list[PreWarmedUpDomainsListResponseDomainsWithTypeItem] | None = None
    """The same domains with the provider of their mailboxes."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PreviewLeadsFromSupersearchResponseLead:
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
class PreviewLeadsFromSupersearchResponse:
    """A sample of people matching SuperSearch filters."""

    number_of_leads: float | None = None
    """Total number of people matching the filters."""
    number_of_redacted_results: float | None = None
    """Number of matches left out of the sample."""
    leads: list[PreviewLeadsFromSupersearchResponseLead] | None = None
    """Sample of matching people."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RemoveLeadFromSubsequenceRequest:
    """The lead to take out of its subsequence."""

    id: str
    """Id of the lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ReplyToEmailRequestBody:
    """Content of the reply; give HTML, text or both."""

    html: str | None = None
    """HTML content."""
    text: str | None = None
    """Plain-text content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ReplyToEmailRequest:
    """Content and options of a reply."""

    eaccount: str
    """Workspace sending account that sends the reply."""
    reply_to_uuid: str
    """Id of the email being answered."""
    subject: str
    """Subject line of the reply."""
    body: ReplyToEmailRequestBody
    """Content of the reply; give HTML, text or both."""
    additional_recipients: list[str] | None = None
    """Extra addresses to include besides the original sender."""
    cc_address_email_list: str | None = None
    """CC addresses, comma-separated."""
    bcc_address_email_list: str | None = None
    """BCC addresses, comma-separated."""
    reminder_ts: datetime | None = None
    """Time at which to be reminded about the conversation."""
    assigned_to: str | None = None
    """Id of the user the conversation is assigned to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RunEnrichmentRequestFilter:
    column_name: str
    """Column the condition looks at."""
    type: float
    """Numeric code of the comparison to apply."""
    value: list[str]
    """Values to compare the column with."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RunEnrichmentRequest:
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
    filters: list[RunEnrichmentRequestFilter] | None = None
    """Column conditions that select which leads to process."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RunEnrichmentResponse:
    """The enrichment that was started."""

    id: str | None = None
    """Id of the enrichment."""
    resource_id: str | None = None
    """Id of the campaign or lead list."""
    enrichment_payload: dict[str, Any] | None = None
    """Which kinds of enrichment are running."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SalesFlowQueryActionType(str, OpenEnum):
    """Lead activity or status that the condition looks at."""

    REPLY = "reply"
    EMAIL_OPEN = "email-open"
    LAST_CONTACTED = "last-contacted"
    LINK_CLICK = "link-click"
    LEAD_STATUS = "lead-status"
    LEAD_STATUS_CHANGE = "lead-status-change"


class SalesFlowQueryValuesOccurrenceCountCondition(str, OpenEnum):
    """Comparison applied to the count."""

    MORE = "more"
    LESS = "less"
    EQUAL = "equal"


@attrs.define(kw_only=True)
class SalesFlowQueryValuesOccurrenceCount:
    """How many times the activity must have happened."""

    condition: SalesFlowQueryValuesOccurrenceCountCondition | None = None
    """Comparison applied to the count."""
    count: float | None = None
    """Number compared against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SalesFlowQueryValuesLeadStatusCondition(str, OpenEnum):
    """Whether the lead must have, or must not have, that status."""

    IS = "is"
    IS_NOT = "is-not"


@attrs.define(kw_only=True)
class SalesFlowQueryValuesLeadStatus:
    """Lead status condition."""

    status: float | None = None
    """Lead status value to compare with."""
    condition: SalesFlowQueryValuesLeadStatusCondition | None = None
    """Whether the lead must have, or must not have, that status."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SalesFlowQueryValues:
    """Parameters of the condition."""

    occurrence_days: float | None = attrs.field(default=None, metadata={"key": "occurrence-days"})
    """Number of past days the condition looks back over."""
    occurrence_count: SalesFlowQueryValuesOccurrenceCount | None = attrs.field(
        default=None, metadata={"key": "occurrence-count"}
    )
    """How many times the activity must have happened."""
    lead_status: SalesFlowQueryValuesLeadStatus | None = attrs.field(
        default=None, metadata={"key": "lead-status"}
    )
    """Lead status condition."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SalesFlowQuery:
    actionType: SalesFlowQueryActionType
    """Lead activity or status that the condition looks at."""
    values: SalesFlowQueryValues
    """Parameters of the condition."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SalesFlow:
    """A saved view of leads for sales users, defined by activity and status conditions on a list or campaign."""

    id: str
    """Unique id of the sales flow."""
    timestamp_created: datetime
    """When the sales flow was created (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the sales flow."""
    name: str
    """Display name of the sales flow."""
    queries: list[SalesFlowQuery]
    """Conditions a lead must meet to appear in the view."""
    created_by: str
    """Id of the user who created the sales flow."""
    is_default: bool | None = None
    """Whether this is the default sales flow."""
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
class SendTestEmailRequestBody:
    """Content of the test email."""

    html: str
    """HTML content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendTestEmailRequest:
    """What to send as a test, and from and to whom."""

    eaccount: str
    """Workspace sending account that sends the test."""
    to_address_email_list: str
    """Recipient addresses, comma-separated."""
    subject: str
    """Subject line of the test email."""
    body: SendTestEmailRequestBody
    """Content of the test email."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SignalKeywordsFacetRequest:
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
class SignalKeywordsFacetResponseKeyword:
    keyword: str | None = None
    """The keyword."""
    count: float | None = None
    """How many times the keyword occurs."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SignalKeywordsFacetResponse:
    """Keywords of a signal field with their frequency."""

    keywords: list[SignalKeywordsFacetResponseKeyword] | None = None
    """The keywords, each with its frequency."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SuperSearchEnrichmentType(str, OpenEnum):
    """Kind of enrichment, such as work email lookup, LinkedIn profile, email verification or AI."""

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


class SuperSearchEnrichmentResourceType(int, OpenEnum):
    """Kind of resource: 1 campaign, 2 lead list."""

    CAMPAIGN = 1
    LIST = 2


@attrs.define(kw_only=True)
class SuperSearchEnrichment:
    """An enrichment attached to a campaign or lead list, which adds data such as work emails, profile details or verification results to its leads."""

    id: str
    """Unique id of the enrichment."""
    organization_id: str
    """Id of the workspace."""
    resource_id: str
    """Id of the campaign or lead list the enrichment belongs to."""
    resource_type: SuperSearchEnrichmentResourceType
    """Kind of resource: 1 campaign, 2 lead list."""
    limit: float | None = None
    """Maximum number of leads to enrich."""
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
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations:
    place_id: str
    label: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations1:
    city: str
    state: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations2:
    state: str
    city: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations3:
    country: str
    city: str | None = None
    state: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Include:
    place_id: str
    label: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Include1:
    city: str
    state: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Include2:
    state: str
    city: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Include3:
    country: str
    city: str | None = None
    state: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Exclude:
    place_id: str
    label: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Exclude1:
    city: str
    state: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Exclude2:
    state: str
    city: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4Exclude3:
    country: str
    city: str | None = None
    state: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersLocations4:
    """Places to search in: either a plain list of places, or an object with `include` and `exclude` lists. A place is a `place_id` (with an optional `label`) or a city, state and country."""

    include: (
        list[
            SupersearchFiltersLocations4Include
            | SupersearchFiltersLocations4Include1
            | SupersearchFiltersLocations4Include2
            | SupersearchFiltersLocations4Include3
        ]
        | None
    ) = None
    exclude: (
        list[
            SupersearchFiltersLocations4Exclude
            | SupersearchFiltersLocations4Exclude1
            | SupersearchFiltersLocations4Exclude2
            | SupersearchFiltersLocations4Exclude3
        ]
        | None
    ) = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersDepartmentEnum(str, OpenEnum):
    ENGINEERING = "Engineering"
    FINANCE_ADMINISTRATION = "Finance & Administration"
    HUMAN_RESOURCES = "Human Resources"
    IT_IS = "IT & IS"
    MARKETING = "Marketing"
    OPERATIONS = "Operations"
    SALES = "Sales"
    SUPPORT = "Support"
    OTHER = "Other"


class SupersearchFiltersLevelEnum(str, OpenEnum):
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


class SupersearchFiltersEmployeeCount(str, OpenEnum):
    V_0_25 = "0 - 25"
    V_25_100 = "25 - 100"
    V_100_250 = "100 - 250"
    V_250_1000 = "250 - 1000"
    V_1K_10K = "1K - 10K"
    V_10K_50K = "10K - 50K"
    V_50K_100K = "50K - 100K"
    V_100K = "> 100K"


class SupersearchFiltersEmployeeCount1Op(str, OpenEnum):
    GTE = "gte"


@attrs.define(kw_only=True)
class SupersearchFiltersEmployeeCount1:
    op: SupersearchFiltersEmployeeCount1Op
    min: float
    max: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersEmployeeCount2Op(str, OpenEnum):
    LTE = "lte"


@attrs.define(kw_only=True)
class SupersearchFiltersEmployeeCount2:
    op: SupersearchFiltersEmployeeCount2Op
    max: float
    min: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersEmployeeCount3Op(str, OpenEnum):
    BETWEEN = "between"


@attrs.define(kw_only=True)
class SupersearchFiltersEmployeeCount3:
    op: SupersearchFiltersEmployeeCount3Op
    min: float
    max: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersEmployeeCount4Op(str, OpenEnum):
    BETWEEN = "between"


@attrs.define(kw_only=True)
class SupersearchFiltersEmployeeCount4:
    op: SupersearchFiltersEmployeeCount4Op
    max: float
    min: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersEmployeeCount5Op(str, OpenEnum):
    PRESET_BETWEEN = "preset_between"


@attrs.define(kw_only=True)
class SupersearchFiltersEmployeeCount5:
    op: SupersearchFiltersEmployeeCount5Op
    min: float
    max: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersEmployeeCount6Op(str, OpenEnum):
    PRESET_BETWEEN = "preset_between"


@attrs.define(kw_only=True)
class SupersearchFiltersEmployeeCount6:
    op: SupersearchFiltersEmployeeCount6Op
    max: float
    min: float | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersRevenueEnum(str, OpenEnum):
    V_0_1M = "$0 - 1M"
    V_1M_10M = "$1 - 10M"
    V_10M_50M = "$10 - 50M"
    V_50M_100M = "$50 - 100M"
    V_100M_250M = "$100 - 250M"
    V_250M_500M = "$250 - 500M"
    V_500M_1B = "$500M - 1B"
    V_1B = "> $1B"


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


@attrs.define(kw_only=True)
class SupersearchFiltersTitle:
    """Job titles to include or exclude."""

    include: list[str] | None = None
    """Job titles the person must have one of."""
    exclude: list[str] | None = None
    """Job titles that rule a person out."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SupersearchFiltersCompanyName:
    """Company names to include or exclude."""

    include: list[str] | None = None
    """Company names the person must work at one of."""
    exclude: list[str] | None = None
    """Company names that rule a person out."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersKeywordFilterIncludeMode(str, OpenEnum):
    """Whether any (`ANY`) or all (`ALL`) of the included keywords must match."""

    ANY = "ANY"
    ALL = "ALL"


@attrs.define(kw_only=True)
class SupersearchFiltersKeywordFilter:
    """Keywords to look for in company and profile descriptions."""

    exclude: str | None = None
    """Keywords that rule a result out."""
    include: str | None = None
    """Keywords a result must contain."""
    include_mode: SupersearchFiltersKeywordFilterIncludeMode | None = None
    """Whether any (`ANY`) or all (`ALL`) of the included keywords must match."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersIndustryExcludeEnum(str, OpenEnum):
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


class SupersearchFiltersIndustryIncludeEnum(str, OpenEnum):
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


@attrs.define(kw_only=True)
class SupersearchFiltersIndustry:
    """Industries to include or exclude."""

    exclude: list[SupersearchFiltersIndustryExcludeEnum] | None = None
    """Industries that rule a company out."""
    include: list[SupersearchFiltersIndustryIncludeEnum] | None = None
    """Industries the company must be in one of."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersSubIndustryExcludeEnum(str, OpenEnum):
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


class SupersearchFiltersSubIndustryIncludeEnum(str, OpenEnum):
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
class SupersearchFiltersSubIndustry:
    """Sub-industries to include or exclude."""

    exclude: list[SupersearchFiltersSubIndustryExcludeEnum] | None = None
    """Sub-industries that rule a company out."""
    include: list[SupersearchFiltersSubIndustryIncludeEnum] | None = None
    """Sub-industries the company must be in one of."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersFundingTypeEnum(str, OpenEnum):
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
class SupersearchFiltersSignals:
    key: str
    period_days: float | None = None
    keywords: list[str] | dict[str, list[str]] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SupersearchFiltersLocationMode(str, OpenEnum):
    """Whether `locations` applies to where the person is (`contact`) or where the company is (`company`)."""

    CONTACT = "contact"
    COMPANY = "company"


@attrs.define(kw_only=True)
class SupersearchFilters:
    """SuperSearch criteria that select people and companies (location, industry, title, company size and more)."""

    company_list_id: str | None = None
    """Id of a saved company list; only people at those companies match."""
    locations: (
        list[
            SupersearchFiltersLocations
            | SupersearchFiltersLocations1
            | SupersearchFiltersLocations2
            | SupersearchFiltersLocations3
        ]
        | SupersearchFiltersLocations4
        | None
    ) = None
    """Places to search in: either a plain list of places, or an object with `include` and `exclude` lists. A place is a `place_id` (with an optional `label`) or a city, state and country."""
    department: list[SupersearchFiltersDepartmentEnum] | None = None
    """Departments the person works in."""
    level: list[SupersearchFiltersLevelEnum] | None = None
    """Seniority levels of the person."""
    employeeCount: (
        list[
            SupersearchFiltersEmployeeCount
            | SupersearchFiltersEmployeeCount1
            | SupersearchFiltersEmployeeCount2
            | SupersearchFiltersEmployeeCount3
            | SupersearchFiltersEmployeeCount4
            | SupersearchFiltersEmployeeCount5
            | SupersearchFiltersEmployeeCount6
        ]
        | None
    ) = None
    """Company head-count ranges, as preset range strings or as objects with an operator (`gte`, `lte`, `between`, `preset_between`) and `min`/`max` bounds."""
    revenue: list[SupersearchFiltersRevenueEnum] | None = None
    """Annual company revenue ranges."""
    news: list[SupersearchFiltersNew] | None = None
    """Kinds of recent company news, such as launches, hires or financing."""
    jobListing: list[str] | None = None
    """Terms to look for in the company's open job listings."""
    jobListingFilter: list[str] | None = None
    """Further filter terms for the company's job listings."""
    title: SupersearchFiltersTitle | None = None
    """Job titles to include or exclude."""
    name: list[str] | None = None
    """Names of people to look for."""
    company_name: SupersearchFiltersCompanyName | None = None
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
    funding_type: list[SupersearchFiltersFundingTypeEnum] | None = None
    """Funding rounds the company has raised, such as `seed` or `series_a`."""
    signals: list[str | SupersearchFiltersSignals] | None = None
    """Buying signals the company must show: a signal key, or an object with the `key`, a look-back period in days and keywords."""
    skip_owned_leads: bool | None = None
    """Leave out people who are already leads in the workspace."""
    show_one_lead_per_company: bool | None = None
    """Return at most one person per company."""
    location_mode: SupersearchFiltersLocationMode | None = None
    """Whether `locations` applies to where the person is (`contact`) or where the company is (`company`)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAccountVitalsRequest:
    """The accounts whose domains should be tested."""

    accounts: list[str] | None = None
    """Email addresses of the sending accounts to test."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAccountVitalsResponseSuccessListItem:
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
class TestAccountVitalsResponseFailureListItem:
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
class TestAccountVitalsResponse:
    """DNS check results per domain, split into domains that passed every check and domains that failed at least one."""

    status: str | None = None
    """Overall outcome of the test."""
    success_list: list[TestAccountVitalsResponseSuccessListItem] | None = None
    """Domains whose records all passed."""
    failure_list: list[TestAccountVitalsResponseFailureListItem] | None = None
    """Domains with at least one failed check."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAiReplyLabelLeadLabelsRequest:
    """The reply text to classify."""

    reply_text: str
    """Body of the sample reply to classify."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAiReplyLabelLeadLabelsResponse:
    """Outcome of a trial run of the AI reply classifier."""

    result: str | None = None
    """The label the classifier chose for the reply."""
    custom_labels_considered: list[str] | None = None
    """Names of the workspace's custom labels that were offered to the classifier."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestWebhookResponse:
    """Outcome of a test delivery to a webhook's endpoint."""

    success: bool | None = None
    """Whether the endpoint answered the test delivery with a success status."""
    message: str | None = None
    """Human-readable summary of the test."""
    response_time_ms: float | None = None
    """How long the endpoint took to answer, in milliseconds."""
    status_code: float | None = None
    """HTTP status code the endpoint answered with."""
    error: str | None = None
    """Why the delivery failed, when it did."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class Timezone(str, OpenEnum):
    """A timezone accepted by schedules (campaigns, subsequences, inbox placement tests). The list is closed and does not include common names such as `America/New_York` or `UTC`."""

    ETC_GMT_12 = "Etc/GMT+12"
    ETC_GMT_11 = "Etc/GMT+11"
    ETC_GMT_10 = "Etc/GMT+10"
    AMERICA_ANCHORAGE = "America/Anchorage"
    AMERICA_DAWSON = "America/Dawson"
    AMERICA_CRESTON = "America/Creston"
    AMERICA_CHIHUAHUA = "America/Chihuahua"
    AMERICA_BOISE = "America/Boise"
    AMERICA_BELIZE = "America/Belize"
    AMERICA_CHICAGO = "America/Chicago"
    AMERICA_BAHIA_BANDERAS = "America/Bahia_Banderas"
    AMERICA_REGINA = "America/Regina"
    AMERICA_BOGOTA = "America/Bogota"
    AMERICA_DETROIT = "America/Detroit"
    AMERICA_INDIANA_MARENGO = "America/Indiana/Marengo"
    AMERICA_CARACAS = "America/Caracas"
    AMERICA_ASUNCION = "America/Asuncion"
    AMERICA_GLACE_BAY = "America/Glace_Bay"
    AMERICA_CAMPO_GRANDE = "America/Campo_Grande"
    AMERICA_ANGUILLA = "America/Anguilla"
    AMERICA_SANTIAGO = "America/Santiago"
    AMERICA_ST_JOHNS = "America/St_Johns"
    AMERICA_SAO_PAULO = "America/Sao_Paulo"
    AMERICA_ARGENTINA_LA_RIOJA = "America/Argentina/La_Rioja"
    AMERICA_ARAGUAINA = "America/Araguaina"
    AMERICA_GODTHAB = "America/Godthab"
    AMERICA_MONTEVIDEO = "America/Montevideo"
    AMERICA_BAHIA = "America/Bahia"
    AMERICA_NORONHA = "America/Noronha"
    AMERICA_SCORESBYSUND = "America/Scoresbysund"
    ATLANTIC_CAPE_VERDE = "Atlantic/Cape_Verde"
    AFRICA_CASABLANCA = "Africa/Casablanca"
    AMERICA_DANMARKSHAVN = "America/Danmarkshavn"
    EUROPE_ISLE_OF_MAN = "Europe/Isle_of_Man"
    ATLANTIC_CANARY = "Atlantic/Canary"
    AFRICA_ABIDJAN = "Africa/Abidjan"
    ARCTIC_LONGYEARBYEN = "Arctic/Longyearbyen"
    EUROPE_BELGRADE = "Europe/Belgrade"
    AFRICA_CEUTA = "Africa/Ceuta"
    EUROPE_SARAJEVO = "Europe/Sarajevo"
    AFRICA_ALGIERS = "Africa/Algiers"
    AFRICA_WINDHOEK = "Africa/Windhoek"
    ASIA_NICOSIA = "Asia/Nicosia"
    ASIA_BEIRUT = "Asia/Beirut"
    AFRICA_CAIRO = "Africa/Cairo"
    ASIA_DAMASCUS = "Asia/Damascus"
    EUROPE_BUCHAREST = "Europe/Bucharest"
    AFRICA_BLANTYRE = "Africa/Blantyre"
    EUROPE_HELSINKI = "Europe/Helsinki"
    EUROPE_ISTANBUL = "Europe/Istanbul"
    ASIA_JERUSALEM = "Asia/Jerusalem"
    AFRICA_TRIPOLI = "Africa/Tripoli"
    ASIA_AMMAN = "Asia/Amman"
    ASIA_BAGHDAD = "Asia/Baghdad"
    EUROPE_KALININGRAD = "Europe/Kaliningrad"
    ASIA_ADEN = "Asia/Aden"
    AFRICA_ADDIS_ABABA = "Africa/Addis_Ababa"
    EUROPE_KIROV = "Europe/Kirov"
    EUROPE_ASTRAKHAN = "Europe/Astrakhan"
    ASIA_TEHRAN = "Asia/Tehran"
    ASIA_DUBAI = "Asia/Dubai"
    ASIA_BAKU = "Asia/Baku"
    INDIAN_MAHE = "Indian/Mahe"
    ASIA_TBILISI = "Asia/Tbilisi"
    ASIA_YEREVAN = "Asia/Yerevan"
    ASIA_KABUL = "Asia/Kabul"
    ANTARCTICA_MAWSON = "Antarctica/Mawson"
    ASIA_YEKATERINBURG = "Asia/Yekaterinburg"
    ASIA_KARACHI = "Asia/Karachi"
    ASIA_KOLKATA = "Asia/Kolkata"
    ASIA_COLOMBO = "Asia/Colombo"
    ASIA_KATHMANDU = "Asia/Kathmandu"
    ANTARCTICA_VOSTOK = "Antarctica/Vostok"
    ASIA_DHAKA = "Asia/Dhaka"
    ASIA_RANGOON = "Asia/Rangoon"
    ANTARCTICA_DAVIS = "Antarctica/Davis"
    ASIA_NOVOKUZNETSK = "Asia/Novokuznetsk"
    ASIA_HONG_KONG = "Asia/Hong_Kong"
    ASIA_KRASNOYARSK = "Asia/Krasnoyarsk"
    ASIA_BRUNEI = "Asia/Brunei"
    AUSTRALIA_PERTH = "Australia/Perth"
    ASIA_TAIPEI = "Asia/Taipei"
    ASIA_CHOIBALSAN = "Asia/Choibalsan"
    ASIA_IRKUTSK = "Asia/Irkutsk"
    ASIA_DILI = "Asia/Dili"
    ASIA_PYONGYANG = "Asia/Pyongyang"
    AUSTRALIA_ADELAIDE = "Australia/Adelaide"
    AUSTRALIA_DARWIN = "Australia/Darwin"
    AUSTRALIA_BRISBANE = "Australia/Brisbane"
    AUSTRALIA_MELBOURNE = "Australia/Melbourne"
    ANTARCTICA_DUMONTDURVILLE = "Antarctica/DumontDUrville"
    AUSTRALIA_CURRIE = "Australia/Currie"
    ASIA_CHITA = "Asia/Chita"
    ANTARCTICA_MACQUARIE = "Antarctica/Macquarie"
    ASIA_SAKHALIN = "Asia/Sakhalin"
    PACIFIC_AUCKLAND = "Pacific/Auckland"
    ETC_GMT_12_2 = "Etc/GMT-12"
    PACIFIC_FIJI = "Pacific/Fiji"
    ASIA_ANADYR = "Asia/Anadyr"
    ASIA_KAMCHATKA = "Asia/Kamchatka"
    ETC_GMT_13 = "Etc/GMT-13"
    PACIFIC_APIA = "Pacific/Apia"


class ToggleTagResourceRequestResourceType(int, OpenEnum):
    """Kind of resource the ids refer to (1 sending accounts, 2 campaigns)."""

    ACCOUNT = 1
    CAMPAIGN = 2


class ToggleTagResourceRequestFilter(OpenEnum):
    """Narrows the selection when `selected_all` is true: a preset account filter name, or an object with tag and preset conditions."""

    ACC_FILTER_PAUSED = "ACC_FILTER_PAUSED"
    ACC_FILTER_ERROR = "ACC_FILTER_ERROR"
    ACC_FILTER_NO_CTD = "ACC_FILTER_NO_CTD"
    ACC_FILTER_PW_ACCOUNTS = "ACC_FILTER_PW_ACCOUNTS"
    ACC_FILTER_DFY = "ACC_FILTER_DFY"
    ACC_FILTER_DFY_SETUP_PENDING = "ACC_FILTER_DFY_SETUP_PENDING"
    ACC_FILTER_W_ACTIVE = "ACC_FILTER_W_ACTIVE"
    ACC_FILTER_W_PAUSED = "ACC_FILTER_W_PAUSED"
    ACC_FILTER_W_ERROR = "ACC_FILTER_W_ERROR"


class ToggleTagResourceRequestFilter1TagId(str, OpenEnum):
    """Only select resources that carry this tag, or "no-tag" for resources without any tag."""

    NO_TAG = "no-tag"


class ToggleTagResourceRequestFilter1Filter(OpenEnum):
    """Preset account filter to apply, or null for none."""

    ACC_FILTER_PAUSED = "ACC_FILTER_PAUSED"
    ACC_FILTER_ERROR = "ACC_FILTER_ERROR"
    ACC_FILTER_NO_CTD = "ACC_FILTER_NO_CTD"
    ACC_FILTER_PW_ACCOUNTS = "ACC_FILTER_PW_ACCOUNTS"
    ACC_FILTER_DFY = "ACC_FILTER_DFY"
    ACC_FILTER_DFY_SETUP_PENDING = "ACC_FILTER_DFY_SETUP_PENDING"
    ACC_FILTER_W_ACTIVE = "ACC_FILTER_W_ACTIVE"
    ACC_FILTER_W_PAUSED = "ACC_FILTER_W_PAUSED"
    ACC_FILTER_W_ERROR = "ACC_FILTER_W_ERROR"


@attrs.define(kw_only=True)
class ToggleTagResourceRequestFilter1:
    """Narrows the selection when `selected_all` is true: a preset account filter name, or an object with tag and preset conditions."""

    tag_id: str | ToggleTagResourceRequestFilter1TagId | None = None
    """Only select resources that carry this tag, or "no-tag" for resources without any tag."""
    tag_ids: list[str] | None = None
    """Only select resources that carry at least one of these tags."""
    tag_ids_all: list[str] | None = None
    """Only select resources that carry all of these tags."""
    filter: ToggleTagResourceRequestFilter1Filter | None = None
    """Preset account filter to apply, or null for none."""
    search: str | None = None
    """Only select resources whose name or address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ToggleTagResourceRequest:
    """Which tags to assign or remove, and on which accounts or campaigns."""

    tag_ids: list[str]
    """Ids of the tags to assign or remove."""
    resource_type: ToggleTagResourceRequestResourceType
    """Kind of resource the ids refer to (1 sending accounts, 2 campaigns)."""
    assign: bool
    """True to add the tags, false to remove them."""
    resource_ids: list[str] | None = None
    """Ids of the accounts or campaigns to change; not needed when `selected_all` is true."""
    excluded_resource_ids: list[str] | None = None
    """Resources to leave unchanged when `selected_all` is true."""
    selected_all: bool | None = None
    """When true, every resource matching `filter` and `search` is changed instead of `resource_ids`."""
    filter: ToggleTagResourceRequestFilter | ToggleTagResourceRequestFilter1 | None = None
    """Narrows the selection when `selected_all` is true: a preset account filter name, or an object with tag and preset conditions."""
    search: str | None = None
    """Only select resources whose name or address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ToggleTagResourceResponse:
    """Result of assigning or removing tags."""

    success: bool | None = None
    """True if the change was applied."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class UpdateEnrichmentSettingsForResourceRequest:
    """Enrichment settings to change; omitted fields keep their value."""

    auto_update: bool | None = None
    """Enrich leads added to the resource later automatically."""
    skip_rows_without_email: bool | None = None
    """Skip leads that have no email address."""
    is_evergreen: bool | None = None
    """Keep adding new SuperSearch matches to the resource over time."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class UpdateLeadInterestStatusRequest:
    """The lead whose interest status changes, and the new value."""

    lead_email: str
    """Email address of the lead to update."""
    interest_value: float | None
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show. Null resets the lead to having no interest status."""
    campaign_id: str | None = None
    """Change the status only for the lead in this campaign."""
    ai_interest_value: float | None = None
    """Interest value predicted by AI, recorded alongside the chosen one."""
    disable_auto_interest: bool | None = None
    """Stop automatic (AI) interest detection from changing this lead's status later."""
    list_id: str | None = None
    """Change the status only for the lead in this lead list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class UpdateLeadInterestStatusResponse:
    """Acknowledgement that the interest status change was queued."""

    message: str | None = None
    """Human-readable confirmation from the server."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class WebhookEventType(OpenEnum):
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""

    ALL_EVENTS = "all_events"
    EMAIL_SENT = "email_sent"
    EMAIL_OPENED = "email_opened"
    EMAIL_LINK_CLICKED = "email_link_clicked"
    REPLY_RECEIVED = "reply_received"
    EMAIL_BOUNCED = "email_bounced"
    LEAD_UNSUBSCRIBED = "lead_unsubscribed"
    CAMPAIGN_COMPLETED = "campaign_completed"
    ACCOUNT_ERROR = "account_error"
    LEAD_NEUTRAL = "lead_neutral"
    LEAD_INTERESTED = "lead_interested"
    LEAD_NOT_INTERESTED = "lead_not_interested"
    LEAD_MEETING_BOOKED = "lead_meeting_booked"
    LEAD_MEETING_COMPLETED = "lead_meeting_completed"
    LEAD_CLOSED = "lead_closed"
    LEAD_OUT_OF_OFFICE = "lead_out_of_office"
    LEAD_WRONG_PERSON = "lead_wrong_person"
    LEAD_NO_SHOW = "lead_no_show"
    SUPERSEARCH_ENRICHMENT_COMPLETED = "supersearch_enrichment_completed"


@attrs.define(kw_only=True)
class Webhook:
    """A subscription that posts events of the workspace, or of one campaign, to an HTTP endpoint."""

    id: str
    """Unique id of the webhook."""
    organization: str
    """Id of the workspace the webhook belongs to."""
    target_hook_url: str
    """HTTP or HTTPS URL the events are posted to."""
    timestamp_created: datetime
    """When the webhook was created."""
    campaign: str | None = None
    """Id of the campaign whose events are sent, or null for all campaigns."""
    name: str | None = None
    """Display name of the webhook."""
    event_type: WebhookEventType | None = None
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""
    custom_interest_value: float | None = None
    """Interest status value of a custom lead label; the webhook fires when a lead is given that label."""
    headers: dict[str, Any] | None = None
    """Extra HTTP headers sent with every delivery. Deliveries are not signed, so a secret header is the only way for the receiver to authenticate them."""
    status: float | None = None
    """Delivery state of the webhook; -1 means it was disabled after repeated delivery failures and must be resumed."""
    timestamp_error: datetime | None = None
    """When the webhook last failed to deliver, if ever."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WebhookEvent:
    """One attempt to deliver an event to a webhook endpoint, with the payload sent and the endpoint's response."""

    id: str
    """Unique id of the delivery record."""
    timestamp_created: datetime
    """When the delivery was attempted."""
    timestamp_created_date: date_aliased
    """Day of the delivery attempt (YYYY-MM-DD)."""
    organization_id: str
    """Id of the workspace the delivery belongs to."""
    success: bool
    """Whether the endpoint accepted the delivery."""
    retry_count: float
    """How many times this delivery has been retried."""
    will_retry: bool
    """Whether another attempt is scheduled."""
    webhook_url: str
    """URL the delivery was posted to."""
    payload: dict[str, Any] | None = None
    """The JSON body that was posted to the endpoint."""
    status_code: float | None = None
    """HTTP status code the endpoint answered with, or null if it could not be reached."""
    error_message: str | None = None
    """Why the delivery failed, when it did."""
    timestamp_next_retry: datetime | None = None
    """When the next attempt is scheduled, if any."""
    retry_group_id: str | None = None
    """Id shared by the original attempt and all of its retries."""
    retry_successful: bool | None = None
    """Whether a retry of this delivery eventually succeeded."""
    lead_email: str | None = None
    """Email address of the lead the event concerns, if any."""
    response_time_ms: float | None = None
    """How long the endpoint took to answer, in milliseconds."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspacePlanIdVerification:
    """The workspace's email verification plan."""

    quantity: float | None = None
    """Number of units bought on the verification plan."""
    product_id: str | None = None
    """Product id of the verification plan."""
    timestamp_updated: datetime | None = None
    """When the verification plan last changed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Workspace:
    """A workspace (organization): the tenant that owns campaigns, leads, accounts and members, with its plan and settings."""

    id: str
    """Unique id of the workspace."""
    timestamp_created: datetime
    """When the workspace was created."""
    timestamp_updated: datetime
    """When the workspace was last changed."""
    owner: str
    """Id of the user who owns the workspace."""
    name: str
    """Name of the workspace."""
    scheduled_for_removal_at: datetime | None = None
    """When the workspace is due to be removed, or null if no removal is scheduled."""
    plan_id: str | None = None
    """Product id of the workspace's outreach plan, or null without one."""
    plan_id_bundle: str | None = None
    """Product id of the workspace's bundle plan, if any."""
    add_unsub_to_block: bool | None = None
    """Whether leads who unsubscribe are added to the block list automatically."""
    default_opportunity_value: float | None = None
    """Value counted for each opportunity (interested lead) in revenue reporting."""
    plan_id_leadfinder: str | None = None
    """Product id of the workspace's Lead Finder plan, if any."""
    plan_id_verification: WorkspacePlanIdVerification | None = None
    """The workspace's email verification plan."""
    org_logo_url: str | None = None
    """URL of the workspace's logo."""
    org_client_domain: str | None = None
    """White-label domain the workspace serves the app to its clients on, if any."""
    plan_id_crm: str | None = None
    """Product id of the workspace's CRM plan, if any."""
    plan_id_website_visitor: str | None = None
    """Product id of the workspace's website visitor plan, if any."""
    plan_id_inbox_placement: str | None = None
    """Product id of the workspace's inbox placement plan, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspaceBilling:
    """Placeholder for a workspace's billing data; it declares no fields. The billing calls answer with their own plan-details and subscription-details objects."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class WorkspaceGroupMemberStatus(str, OpenEnum):
    """State of the invitation: `pending` until the invited workspace answers, then `accepted` or `rejected`."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@attrs.define(kw_only=True)
class WorkspaceGroupMember:
    """A workspace's membership in a workspace group, linking an admin workspace to a sub-workspace it manages."""

    id: str
    """Unique id of the membership."""
    admin_workspace_id: str
    """Id of the workspace that administers the group."""
    sub_workspace_id: str
    """Id of the member workspace."""
    status: WorkspaceGroupMemberStatus
    """State of the invitation: `pending` until the invited workspace answers, then `accepted` or `rejected`."""
    timestamp_created: datetime
    """When the membership was created."""
    timestamp_updated: datetime
    """When the membership last changed."""
    sub_workspace_name: str | None = None
    """Name of the member workspace."""
    admin_workspace_name: str | None = None
    """Name of the admin workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspaceMemberName:
    """The user's first and last name."""

    first: str | None = None
    """First name of the user."""
    last: str | None = None
    """Last name of the user."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class WorkspaceMemberRole(str, OpenEnum):
    """Role of the member: `owner` has full control, `admin` everything except deleting the workspace, `editor` can edit but not manage workspace settings, `view` is read-only. The `client` role is used only in the agency (white-label) view and cannot be set through the API."""

    OWNER = "owner"
    ADMIN = "admin"
    EDITOR = "editor"
    VIEW = "view"
    CLIENT = "client"


class WorkspaceMemberPermission(str, OpenEnum):
    DASHBOARD_VIEW = "dashboard.view"
    CAMPAIGNS_VIEW = "campaigns.view"
    CAMPAIGNS_CREATE = "campaigns.create"
    CAMPAIGNS_EDIT = "campaigns.edit"
    CAMPAIGNS_DELETE = "campaigns.delete"
    ORGANIZATION_MANAGE = "organization.manage"
    ORGANIZATION_INTEGRATIONS = "organization.integrations"
    ORGANIZATION_BILLING = "organization.billing"
    ORGANIZATION_USERS_MANAGE = "organization.users.manage"
    LEADFINDER_VIEW = "leadFinder.view"
    CUSTOMLEADLABELS_CREATE = "customLeadLabels.create"
    CUSTOMLEADLABELS_EDIT = "customLeadLabels.edit"
    CUSTOMLEADLABELS_DELETE = "customLeadLabels.delete"
    UNIBOX_ALL = "unibox.all"
    ANALYTICS_VIEW = "analytics.view"
    WEBSITECHAT_VIEW = "websiteChat.view"
    WEBSITECHAT_MANAGE = "websiteChat.manage"
    AGENCY_MANAGE = "agency.manage"
    ACCOUNTS_VIEW = "accounts.view"
    ACCOUNTS_MANAGE = "accounts.manage"
    LEADMANAGEMENT_VIEW = "leadManagement.view"
    LEADS_MOVE = "leads.move"
    CRM_VIEW = "crm.view"
    WEBSITEVISITORS_VIEW = "websiteVisitors.view"
    BLOCKLIST_MANAGE = "blocklist.manage"
    PREFERENCES_MANAGE = "preferences.manage"
    INBOXPLACEMENT_VIEW = "inboxPlacement.view"
    AIAGENTS_MANAGE = "aiAgents.manage"
    WORKSPACEGROUPMEMBERS_INVITE = "workspaceGroupMembers.invite"
    WORKSPACEGROUPMEMBERS_REMOVE = "workspaceGroupMembers.remove"
    WORKSPACEGROUPMEMBERS_LEAVE = "workspaceGroupMembers.leave"


@attrs.define(kw_only=True)
class WorkspaceMember:
    """A user's membership in the workspace, or a pending invitation, with the member's role."""

    id: str
    """Unique id of the membership."""
    email: str
    """Email address the invitation was sent to."""
    user_id: str
    """Id of the user account behind the membership."""
    role: WorkspaceMemberRole
    """Role of the member: `owner` has full control, `admin` everything except deleting the workspace, `editor` can edit but not manage workspace settings, `view` is read-only. The `client` role is used only in the agency (white-label) view and cannot be set through the API."""
    timestamp_created: datetime
    """When the member was invited."""
    workspace_id: str
    """Id of the workspace."""
    accepted: bool
    """Whether the person has accepted the invitation."""
    user_email: str | None = None
    """Email address of the user account linked to the membership."""
    nickname: str | None = None
    """Display name of the member within the workspace, up to 80 characters."""
    name: WorkspaceMemberName | None = None
    """The user's first and last name."""
    issuer_id: str | None = None
    """Id of the user who sent the invitation."""
    permissions: list[WorkspaceMemberPermission] | None = None
    """Fine-grained permissions of the member, such as `campaigns.edit` or `leads.move`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class APIKey:
    """A credential that grants access to the workspace through the API, limited to its scopes."""

    id: str
    """Unique id of the key."""
    name: str
    """Label chosen to recognise the key."""
    scopes: list[APIKeyScope]
    """Permissions granted to the key, each written `resource:action` (`all` as resource covers every resource, `all` as action covers create, read, update and delete)."""
    key: str
    """Secret token, sent as `Authorization: Bearer <key>` on each request."""
    organization_id: str
    """Id of the workspace the key belongs to."""
    timestamp_created: datetime
    """When the key was created (ISO-8601, UTC)."""
    timestamp_updated: datetime
    """When the key was last changed (ISO-8601, UTC)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignCampaignScheduleSchedule:
    name: str
    """Label of the sending window."""
    timing: CampaignCampaignScheduleScheduleTiming
    """Daily time range of the window."""
    days: CampaignCampaignScheduleScheduleDays
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""
    timezone: Timezone
    """Timezone in which the window's times are read. Only the listed values are accepted; common names such as `America/New_York` or `UTC` are not among them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignCampaignSchedule:
    """When the campaign is allowed to send."""

    schedules: list[CampaignCampaignScheduleSchedule]
    """One or more weekly sending windows."""
    start_date: date_aliased | None = None
    """First day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no start limit."""
    end_date: date_aliased | None = None
    """Last day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no end limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Campaign:
    """An outreach campaign: the email sequence sent to its leads, the sending accounts and schedule, and the options that control pace, tracking and stop conditions."""

    id: str
    """Unique id of the campaign."""
    name: str
    """Display name of the campaign."""
    status: CampaignStatus
    """Campaign status: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is blocked (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""
    campaign_schedule: CampaignCampaignSchedule
    """When the campaign is allowed to send."""
    timestamp_created: str
    """When the campaign was created (ISO-8601, UTC)."""
    timestamp_updated: str
    """When the campaign was last changed (ISO-8601, UTC)."""
    pl_value: float | None = None
    """Monetary value assigned to each lead marked as positive, used in opportunity value reports."""
    is_evergreen: bool | None = None
    """Whether the campaign stays open for leads added later instead of completing once all current leads have finished."""
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
    auto_variant_select: CampaignAutoVariantSelect | None = None
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
class CampaignSubsequenceSubsequenceScheduleSchedule:
    name: str
    """Label of the sending window."""
    timing: CampaignSubsequenceSubsequenceScheduleScheduleTiming
    """Daily time range of the window."""
    days: CampaignSubsequenceSubsequenceScheduleScheduleDays
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""
    timezone: Timezone
    """Timezone in which the window's times are read. Only the listed values are accepted; common names such as `America/New_York` or `UTC` are not among them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSubsequenceSubsequenceSchedule:
    """When the subsequence is allowed to send."""

    schedules: list[CampaignSubsequenceSubsequenceScheduleSchedule]
    """One or more weekly sending windows."""
    start_date: date_aliased | None = None
    """First day on which sending may happen (`YYYY-MM-DD`); null for no start limit."""
    end_date: date_aliased | None = None
    """Last day on which sending may happen (`YYYY-MM-DD`); null for no end limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSubsequence:
    """A follow-up sequence attached to a campaign. Leads of that campaign enter it when one of its conditions is met, and then receive its own steps on its own schedule."""

    id: str
    """Unique id of the subsequence."""
    timestamp_created: datetime
    """When the subsequence was created (ISO-8601, UTC)."""
    parent_campaign: str
    """Id of the campaign the subsequence belongs to."""
    workspace: str
    """Id of the workspace that owns the subsequence."""
    status: CampaignSubsequenceStatus
    """Subsequence status, with the same codes as campaigns: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is blocked (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""
    timestamp_leads_updated: datetime
    """When leads were last added to or removed from the subsequence."""
    name: str
    """Display name of the subsequence."""
    conditions: CampaignSubsequenceConditions
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""
    subsequence_schedule: CampaignSubsequenceSubsequenceSchedule | None = None
    """When the subsequence is allowed to send."""
    sequences: list[CampaignSubsequenceSequence] | None = None
    """The email sequence of the subsequence. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    auto_variant_select: CampaignSubsequenceAutoVariantSelect | None = None
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
class CountLeadsFromSupersearchRequest:
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
class CreateCampaignRequestCampaignScheduleSchedule:
    name: str
    """Label of the sending window."""
    timing: CreateCampaignRequestCampaignScheduleScheduleTiming
    """Daily time range of the window."""
    days: CreateCampaignRequestCampaignScheduleScheduleDays
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""
    timezone: Timezone
    """Timezone in which the window's times are read. Only the listed values are accepted; common names such as `America/New_York` or `UTC` are not among them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignRequestCampaignSchedule:
    """When the campaign is allowed to send."""

    schedules: list[CreateCampaignRequestCampaignScheduleSchedule]
    """One or more weekly sending windows."""
    start_date: date_aliased | None = None
    """First day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no start limit."""
    end_date: date_aliased | None = None
    """Last day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no end limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignRequest:
    """Definition of a new campaign; it is created in draft status."""

    name: str
    """Display name of the campaign."""
    campaign_schedule: CreateCampaignRequestCampaignSchedule
    """When the campaign is allowed to send."""
    pl_value: float | None = None
    """Monetary value assigned to each lead marked as positive, used in opportunity value reports."""
    is_evergreen: bool | None = None
    """Whether the campaign stays open for leads added later instead of completing once all current leads have finished."""
    sequences: list[CreateCampaignRequestSequence] | None = None
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
    auto_variant_select: CreateCampaignRequestAutoVariantSelect | None = None
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
    limit_emails_per_company_override: CreateCampaignRequestLimitEmailsPerCompanyOverride | None = (
        None
    )
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""
    cc_list: list[str] | None = None
    """Addresses copied (CC) on every email of the campaign."""
    bcc_list: list[str] | None = None
    """Addresses blind-copied (BCC) on every email of the campaign."""
    owned_by: str | None = None
    """Id of the user who owns the campaign."""
    ai_sdr_id: str | None = None
    """Id of the AI sales agent attached to the campaign, if any."""
    provider_routing_rules: list[CreateCampaignRequestProviderRoutingRule] | None = None
    """Rules that decide, by sender and recipient email provider, whether an email may be sent; evaluated in order."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestSubsequenceScheduleSchedule:
    name: str
    """Label of the sending window."""
    timing: CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming
    """Daily time range of the window."""
    days: CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleDays
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""
    timezone: Timezone
    """Timezone in which the window's times are read. Only the listed values are accepted; common names such as `America/New_York` or `UTC` are not among them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequestSubsequenceSchedule:
    """When the subsequence is allowed to send."""

    schedules: list[CreateCampaignSubsequenceRequestSubsequenceScheduleSchedule]
    """One or more weekly sending windows."""
    start_date: date_aliased | None = None
    """First day on which sending may happen (`YYYY-MM-DD`); null for no start limit."""
    end_date: date_aliased | None = None
    """Last day on which sending may happen (`YYYY-MM-DD`); null for no end limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateCampaignSubsequenceRequest:
    """Definition of a new subsequence and the campaign it belongs to."""

    parent_campaign: str
    """Id of the campaign the subsequence is added to."""
    name: str
    """Display name of the subsequence."""
    conditions: CreateCampaignSubsequenceRequestConditions
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""
    subsequence_schedule: CreateCampaignSubsequenceRequestSubsequenceSchedule | None = None
    """When the subsequence is allowed to send."""
    sequences: list[CreateCampaignSubsequenceRequestSequence] | None = None
    """The email sequence of the subsequence. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    auto_variant_select: CreateCampaignSubsequenceRequestAutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    daily_limit_mode: CreateCampaignSubsequenceRequestDailyLimitMode | None = None
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""
    daily_limit: float | None = None
    """Maximum emails per day when `daily_limit_mode` is `custom`."""
    ignore_account_daily_limit: bool | None = None
    """Whether the subsequence may keep sending when its accounts have reached their own daily limits."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequestSchedule:
    """When an automated test runs: the weekdays, the time of day and the time zone."""

    days: dict[str, bool] | None = None
    """Weekdays on which the test runs, keyed "0" (Sunday) to "6" (Saturday); true means the test runs that day."""
    timing: CreateInboxPlacementTestRequestScheduleTiming | None = None
    """Time of day at which the test runs."""
    timezone: Timezone | None = None
    """Time zone the schedule is read in, from a fixed list of supported zones."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequest:
    """Definition of a new inbox placement test."""

    name: str
    """Name of the test."""
    type: CreateInboxPlacementTestRequestType
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""
    sending_method: CreateInboxPlacementTestRequestSendingMethod
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""
    email_subject: str
    """Subject line of the test email."""
    email_body: str
    """Body of the test email."""
    emails: list[str]
    """Email addresses of the accounts the test emails are sent from."""
    delivery_mode: CreateInboxPlacementTestRequestDeliveryMode | None = None
    """How the test emails go out: 1 one after another, 2 all at once."""
    description: str | None = None
    """Free-text description of the test."""
    schedule: CreateInboxPlacementTestRequestSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    campaign_id: str | None = None
    """Id of the campaign the test relates to, if any."""
    test_code: str | None = None
    """Code that identifies the test's emails; include it in the body when sending from outside Instantly."""
    tags: list[str] | None = None
    """Ids of custom tags; accounts carrying them are used to send the test."""
    text_only: bool | None = None
    """Send plain-text emails without open tracking."""
    recipients_labels: list[CreateInboxPlacementTestRequestRecipientsLabel] | None = None
    """Mailbox providers and regions the test sends seed emails to; the options come from the ESP options call."""
    timestamp_next_run: str | None = None
    """When an automated test should first run."""
    automations: list[CreateInboxPlacementTestRequestAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: CreateInboxPlacementTestRequestStatus | None = None
    """Initial state of the test: 1 active, 2 paused, 3 completed."""
    not_sending_status: CreateInboxPlacementTestRequestNotSendingStatus | None = None
    """Reason the test is not sending; normally set by the server, not by the caller."""
    run_immediately: bool | None = None
    """Run the test once right away, in addition to its schedule."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EnrichLeadsFromSupersearchRequest:
    """SuperSearch filters, destination and enrichment options for importing leads."""

    search_filters: SupersearchFilters
    """SuperSearch criteria the leads must match; all given criteria apply together."""
    limit: float
    """Maximum number of people to import (1 to 1,000,000)."""
    search_name: str | None = None
    """Name to save the search under."""
    work_email_enrichment: bool | None = None
    """Look up work email addresses for the imported people."""
    fully_enriched_profile: bool | None = None
    """Add full LinkedIn profile data to the imported people."""
    custom_flow: list[str] | None = None
    """Enrichment steps of a custom flow to run on the imported people, in order."""
    signal_enrichment: list[str | EnrichLeadsFromSupersearchRequestSignalEnrichment] | None = None
    """Signals to add to the imported leads: signal keys, or objects with a key, look-back period and keywords."""
    resource_id: str | None = None
    """Id of the campaign or lead list to import into; omit it to create a new list named `list_name`."""
    auto_update: bool | None = None
    """Enrich leads added to the resource later automatically."""
    skip_rows_without_email: bool | None = None
    """Skip people for whom no email address is found."""
    list_name: str | None = None
    """Name of the new lead list to create when no `resource_id` is given."""
    ai_enrichment: dict[str, Any] | None = None
    """Settings of an AI enrichment to run on the imported leads."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponseSchedule:
    """When an automated test runs: the weekdays, the time of day and the time zone."""

    days: dict[str, bool] | None = None
    """Weekdays on which the test runs, keyed "0" (Sunday) to "6" (Saturday); true means the test runs that day."""
    timing: GetInboxPlacementTestResponseScheduleTiming | None = None
    """Time of day at which the test runs."""
    timezone: Timezone | None = None
    """Time zone the schedule is read in, from a fixed list of supported zones."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponse:
    """An inbox placement test, optionally with details of its campaign and tags."""

    id: str | None = None
    """Unique id of the test."""
    organization_id: str | None = None
    """Id of the workspace the test belongs to."""
    name: str | None = None
    """Name of the test."""
    delivery_mode: GetInboxPlacementTestResponseDeliveryMode | None = None
    """How the test emails go out: 1 one after another, 2 all at once."""
    description: str | None = None
    """Free-text description of the test."""
    schedule: GetInboxPlacementTestResponseSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    type: GetInboxPlacementTestResponseType | None = None
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""
    sending_method: GetInboxPlacementTestResponseSendingMethod | None = None
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""
    campaign_id: str | None = None
    """Id of the campaign the test relates to, if any."""
    email_subject: str | None = None
    """Subject line of the test email."""
    email_body: str | None = None
    """Body of the test email."""
    emails: list[str] | None = None
    """Email addresses of the accounts the test emails are sent from."""
    test_code: str | None = None
    """Code that identifies the test's emails; include it in the body when sending from outside Instantly."""
    tags: list[str] | None = None
    """Ids of custom tags; accounts carrying them are used to send the test."""
    text_only: bool | None = None
    """Send plain-text emails without open tracking."""
    recipients: list[str] | None = None
    """Seed addresses that receive the test emails, assigned by Instantly."""
    recipients_labels: list[GetInboxPlacementTestResponseRecipientsLabel] | None = None
    """Mailbox providers and regions the test sends seed emails to; the options come from the ESP options call."""
    timestamp_created: str | None = None
    """When the test was created."""
    timestamp_next_run: str | None = None
    """When an automated test runs next."""
    automations: list[GetInboxPlacementTestResponseAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: GetInboxPlacementTestResponseStatus | None = None
    """State of the test: 1 active, 2 paused, 3 completed."""
    not_sending_status: GetInboxPlacementTestResponseNotSendingStatus | None = None
    """Why the test is not sending at the moment: daily sending limits reached, or another reason. Empty or null when there is no problem."""
    metadata: GetInboxPlacementTestResponseMetadata | None = None
    """Extra details about the campaign and tags the test refers to; present when `with_metadata` is true."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTestSchedule:
    """When an automated test runs: the weekdays, the time of day and the time zone."""

    days: dict[str, bool] | None = None
    """Weekdays on which the test runs, keyed "0" (Sunday) to "6" (Saturday); true means the test runs that day."""
    timing: InboxPlacementTestScheduleTiming | None = None
    """Time of day at which the test runs."""
    timezone: Timezone | None = None
    """Time zone the schedule is read in, from a fixed list of supported zones."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTest:
    """A test that sends emails to seed mailboxes at several providers to measure how often they reach the inbox rather than spam."""

    id: str
    """Unique id of the test."""
    organization_id: str
    """Id of the workspace the test belongs to."""
    name: str
    """Name of the test."""
    type: InboxPlacementTestType
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""
    sending_method: InboxPlacementTestSendingMethod
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""
    email_subject: str
    """Subject line of the test email."""
    email_body: str
    """Body of the test email."""
    emails: list[str]
    """Email addresses of the accounts the test emails are sent from."""
    recipients: list[str]
    """Seed addresses that receive the test emails, assigned by Instantly."""
    timestamp_created: str
    """When the test was created."""
    delivery_mode: InboxPlacementTestDeliveryMode | None = None
    """How the test emails go out: 1 one after another, 2 all at once."""
    description: str | None = None
    """Free-text description of the test."""
    schedule: InboxPlacementTestSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    campaign_id: str | None = None
    """Id of the campaign the test relates to, if any."""
    test_code: str | None = None
    """Code that identifies the test's emails; include it in the body when sending from outside Instantly."""
    tags: list[str] | None = None
    """Ids of custom tags; accounts carrying them are used to send the test."""
    text_only: bool | None = None
    """Send plain-text emails without open tracking."""
    recipients_labels: list[InboxPlacementTestRecipientsLabel] | None = None
    """Mailbox providers and regions the test sends seed emails to; the options come from the ESP options call."""
    timestamp_next_run: str | None = None
    """When an automated test runs next."""
    automations: list[InboxPlacementTestAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: InboxPlacementTestStatus | None = None
    """State of the test: 1 active, 2 paused, 3 completed."""
    not_sending_status: InboxPlacementTestNotSendingStatus | None = None
    """Why the test is not sending at the moment: daily sending limits reached, or another reason. Empty or null when there is no problem."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignRequestCampaignScheduleSchedule:
    name: str
    """Label of the sending window."""
    timing: PatchCampaignRequestCampaignScheduleScheduleTiming
    """Daily time range of the window."""
    days: PatchCampaignRequestCampaignScheduleScheduleDays
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""
    timezone: Timezone
    """Timezone in which the window's times are read. Only the listed values are accepted; common names such as `America/New_York` or `UTC` are not among them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignRequestCampaignSchedule:
    """When the campaign is allowed to send."""

    schedules: list[PatchCampaignRequestCampaignScheduleSchedule]
    """One or more weekly sending windows."""
    start_date: date_aliased | None = None
    """First day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no start limit."""
    end_date: date_aliased | None = None
    """Last day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no end limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignRequest:
    """Campaign fields to change; omitted fields keep their current value."""

    name: str | None = None
    """Display name of the campaign."""
    pl_value: float | None = None
    """Monetary value assigned to each lead marked as positive, used in opportunity value reports."""
    is_evergreen: bool | None = None
    """Whether the campaign stays open for leads added later instead of completing once all current leads have finished."""
    campaign_schedule: PatchCampaignRequestCampaignSchedule | None = None
    """When the campaign is allowed to send."""
    sequences: list[PatchCampaignRequestSequence] | None = None
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
    auto_variant_select: PatchCampaignRequestAutoVariantSelect | None = None
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
    limit_emails_per_company_override: PatchCampaignRequestLimitEmailsPerCompanyOverride | None = (
        None
    )
    """Campaign-specific override of the workspace limit on emails sent to one company per day; null to use the workspace setting."""
    cc_list: list[str] | None = None
    """Addresses copied (CC) on every email of the campaign."""
    bcc_list: list[str] | None = None
    """Addresses blind-copied (BCC) on every email of the campaign."""
    owned_by: str | None = None
    """Id of the user who owns the campaign."""
    provider_routing_rules: list[PatchCampaignRequestProviderRoutingRule] | None = None
    """Rules that decide, by sender and recipient email provider, whether an email may be sent; evaluated in order."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestSubsequenceScheduleSchedule:
    name: str
    """Label of the sending window."""
    timing: PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming
    """Daily time range of the window."""
    days: PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleDays
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""
    timezone: Timezone
    """Timezone in which the window's times are read. Only the listed values are accepted; common names such as `America/New_York` or `UTC` are not among them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequestSubsequenceSchedule:
    """When the subsequence is allowed to send."""

    schedules: list[PatchCampaignSubsequenceRequestSubsequenceScheduleSchedule]
    """One or more weekly sending windows."""
    start_date: date_aliased | None = None
    """First day on which sending may happen (`YYYY-MM-DD`); null for no start limit."""
    end_date: date_aliased | None = None
    """Last day on which sending may happen (`YYYY-MM-DD`); null for no end limit."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCampaignSubsequenceRequest:
    """Subsequence fields to change; omitted fields keep their current value."""

    name: str | None = None
    """Display name of the subsequence."""
    conditions: PatchCampaignSubsequenceRequestConditions | None = None
    """Events that move a lead of the parent campaign into this subsequence; a lead enters when any of the listed conditions is met."""
    subsequence_schedule: PatchCampaignSubsequenceRequestSubsequenceSchedule | None = None
    """When the subsequence is allowed to send."""
    sequences: list[PatchCampaignSubsequenceRequestSequence] | None = None
    """The email sequence of the subsequence. Although this is an array, only its first element is used: send exactly one item and put all steps in it."""
    auto_variant_select: PatchCampaignSubsequenceRequestAutoVariantSelect | None = None
    """Settings for automatically choosing the best-performing variant; null when disabled."""
    daily_limit_mode: PatchCampaignSubsequenceRequestDailyLimitMode | None = None
    """How the daily sending limit is set: `inherit` uses the parent campaign's limit, `custom` uses `daily_limit`, `unlimited` sets no limit."""
    daily_limit: float | None = None
    """Maximum emails per day when `daily_limit_mode` is `custom`."""
    ignore_account_daily_limit: bool | None = None
    """Whether the subsequence may keep sending when its accounts have reached their own daily limits."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchInboxPlacementTestRequestSchedule:
    """When an automated test runs: the weekdays, the time of day and the time zone."""

    days: dict[str, bool] | None = None
    """Weekdays on which the test runs, keyed "0" (Sunday) to "6" (Saturday); true means the test runs that day."""
    timing: PatchInboxPlacementTestRequestScheduleTiming | None = None
    """Time of day at which the test runs."""
    timezone: Timezone | None = None
    """Time zone the schedule is read in, from a fixed list of supported zones."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchInboxPlacementTestRequest:
    """Fields to change on an inbox placement test; omitted fields keep their value."""

    name: str | None = None
    """New name of the test."""
    schedule: PatchInboxPlacementTestRequestSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    automations: list[PatchInboxPlacementTestRequestAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: PatchInboxPlacementTestRequestStatus | None = None
    """New state of the test: 1 active, 2 paused, 3 completed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PreviewLeadsFromSupersearchRequest:
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
class SearchByContactResponse:
    """Campaigns that contain the lead that was searched for."""

    items: list[Campaign] | None = None
    """The matching campaigns."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
