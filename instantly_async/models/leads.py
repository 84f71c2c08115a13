"""Models of the Lead group: People to contact, in campaigns or lead lists, with their status and custom variables.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import LeadQuery


@attrs.define(kw_only=True)
class BulkAddLeadsCreatedLead(Model):
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
class BulkAddLeadsLead(Model):
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
    lt_interest_status: LeadLtInterestStatus | None = None
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
class BulkAddLeadsRequest(Model):
    """Up to 1,000 leads to add to one campaign or lead list, with import options."""

    campaign_id: str | None = None
    """Id of the campaign to add the leads to; give this or `list_id`."""
    list_id: str | None = None
    """Id of the lead list to add the leads to; give this or `campaign_id`."""
    leads: list[BulkAddLeadsLead]
    """The leads to add, 1 to 1,000 per call."""
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
class BulkAddLeadsResponse(Model):
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
    created_leads: list[BulkAddLeadsCreatedLead]
    """The leads that were created, each tied to its position in the request."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BulkAssignLeadsFilter(str, OpenEnum):
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


@attrs.define(kw_only=True)
class BulkAssignLeadsRequest(Model):
    """The users to assign leads to, and the selection of leads to assign."""

    search: str | None = None
    """Text to match against the leads' names and email addresses."""
    filter: BulkAssignLeadsFilter | None = None
    """Predefined segment of leads, such as `FILTER_VAL_CONTACTED`, `FILTER_LEAD_INTERESTED`, `FILTER_VAL_BOUNCED` or `FILTER_VAL_REPLIED`."""
    campaign: str | None = None
    """Select leads of this campaign (note the field name `campaign`, not `campaign_id`)."""
    list_id: str | None = None
    """Select leads of this lead list."""
    in_campaign: bool | None = None
    """When true, only leads that belong to a campaign; when false, only leads that do not."""
    in_list: bool | None = None
    """When true, only leads that belong to a lead list; when false, only leads that do not."""
    organization_user_ids: list[str]
    """Ids of the workspace users to assign the leads to; at least one."""
    smart_view_id: str | None = None
    """Select the leads matched by this saved smart view."""
    ids: list[str] | None = None
    """Select only leads with these ids."""
    limit: int | None = None
    """Maximum number of leads to assign."""
    queries: list[LeadQuery] | None = None
    """Activity conditions the leads must meet, such as replies, opens, clicks or status changes."""
    assigned_to: str | None = None
    """Select only leads currently assigned to this user."""
    has_clause: bool | None = None
    """Whether the selection is defined by filter clauses rather than only by lead ids."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkAssignLeadsResponse(Model):
    """Acknowledgement that the assignment was queued."""

    status: str | None = None
    """Short status word from the server."""
    message: str | None = None
    """Human-readable confirmation from the server."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkDeleteLeadsRequest(Model):
    """Which leads to delete. Either `campaign_id` or `list_id` is required."""

    campaign_id: str | None = None
    """Delete leads of this campaign."""
    list_id: str | None = None
    """Delete leads of this lead list."""
    status: LeadStatus | None = None
    """Delete only leads with this sending status: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""
    ids: list[str] | None = None
    """Delete only the leads with these ids."""
    limit: int | None = None
    """Maximum number of leads to delete (1 to 10,000)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkDeleteLeadsResponse(Model):
    """Outcome of a bulk lead deletion."""

    count: int | None = None
    """Number of leads deleted."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateLeadRequest(Model):
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
    lt_interest_status: LeadLtInterestStatus | None = None
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


class EnrichmentStatus(int, OpenEnum):
    """Enrichment state: 1 enriched, 11 pending, -1 no enrichment data available, -2 enrichment failed."""

    ENRICHED = 1
    ENRICHMENT_DATA_NOT_AVAILABLE = -1
    PENDING = 11
    ERROR = -2


class EsgCode(str, OpenEnum):
    """Return only leads behind this email security gateway: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco, `all` any gateway, `none` no gateway."""

    IN_QUEUE = "0"
    BARRACUDA = "1"
    MIMECAST = "2"
    PROOFPOINT = "3"
    CISCO = "4"
    ALL = "all"
    NONE = "none"


class EspCode(int, OpenEnum):
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


@attrs.define(kw_only=True)
class Lead(Model):
    """A person to contact, held in a campaign or a lead list, with contact details, sending progress, engagement counters and interest status."""

    id: str
    """Unique id of the lead."""
    timestamp_created: datetime
    """When the lead was created."""
    timestamp_updated: datetime
    """When the lead was last changed."""
    organization: str
    """Id of the workspace the lead belongs to."""
    campaign: str | None = None
    """Id of the campaign the lead is in, or null when it is not in a campaign."""
    status: LeadStatus
    """Sending status of the lead in its campaign: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""
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
    enrichment_status: EnrichmentStatus | None = None
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
    esp_code: EspCode | None = None
    """Email service provider code: 0 not yet checked, 1 Google, 2 Microsoft, 3 Zoho, 8 AirMail, 9 Yahoo, 10 Yandex, 12 Web.de, 13 Libero.it, 999 other, 1000 not found."""
    esg_code: LeadEsgCode | None = None
    """Email security gateway in front of the lead's mailbox: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class LeadEsgCode(int, OpenEnum):
    """Email security gateway in front of the lead's mailbox: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco."""

    IN_QUEUE = 0
    BARRACUDA = 1
    MIMECAST = 2
    PROOFPOINT = 3
    CISCO = 4


class LeadLtInterestStatus(int, OpenEnum):
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
class LeadPayload(Model):
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


class LeadStatus(int, OpenEnum):
    """Delete only leads with this sending status: 1 active, 2 paused, 3 completed, -1 bounced, -2 unsubscribed, -3 skipped."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3
    BOUNCED = -1
    UNSUBSCRIBED = -2
    SKIPPED = -3


@attrs.define(kw_only=True)
class LeadStatusSummary(Model):
    """Where the lead stands in the campaign sequence."""

    lastStep: LeadStatusSummaryLastStep | None = None
    """The last sequence step sent to the lead."""
    domain_complete: bool | None = None
    """Whether the sequence was stopped for the lead's whole company domain."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class LeadStatusSummaryLastStep(Model):
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
class LeadStatusSummarySubseq(Model):
    """Where the lead stands in its subsequence, if it is in one."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Sending account or source of the last subsequence step."""
    stepID: str | None = None
    """Id of the last subsequence step sent."""
    timestampExecuted: datetime | None = None
    """When the last subsequence step was sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class LeadUploadMethod(str, OpenEnum):
    """How the lead was added: by hand in the app, through the API, or as a website visitor."""

    MANUAL = "manual"
    API = "api"
    WEBSITE_VISITOR = "website-visitor"


class LeadVerificationStatus(int, OpenEnum):
    """Result of verifying the lead's email: 1 verified, 11 pending, 12 waiting for a verification job, -1 invalid, -2 risky, -3 catch-all, -4 job change."""

    VERIFIED = 1
    INVALID = -1
    RISKY = -2
    CATCH_ALL = -3
    JOB_CHANGE = -4
    PENDING = 11
    PENDING_VERIFICATION_JOB = 12


@attrs.define(kw_only=True)
class ListLeadsRequest(Model):
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
    queries: list[LeadQuery] | None = None
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
    enrichment_status: EnrichmentStatus | None = None
    """Return only leads in this enrichment state: 1 enriched, 11 pending, -1 no data available, -2 failed."""
    esg_code: EsgCode | None = None
    """Return only leads behind this email security gateway: 0 not yet checked, 1 Barracuda, 2 Mimecast, 3 Proofpoint, 4 Cisco, `all` any gateway, `none` no gateway."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MergeLeadsRequest(Model):
    """The two leads to merge."""

    lead_id: str
    """Id of the lead to merge away."""
    destination_lead_id: str
    """Id of the lead that receives the merged data and remains afterwards."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveLeadToSubsequenceRequest(Model):
    """The lead and the subsequence to put it in."""

    subsequence_id: str
    """Id of the subsequence to put the lead in."""
    id: str
    """Id of the lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class MoveLeadsRequest(Model):
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
    queries: list[LeadQuery] | None = None
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
    esp_code: EspCode | None = None
    """Select only leads whose mailbox is hosted by this provider. Email service provider code: 0 not yet checked, 1 Google, 2 Microsoft, 3 Zoho, 8 AirMail, 9 Yahoo, 10 Yandex, 12 Web.de, 13 Libero.it, 999 other, 1000 not found."""
    esg_code: EsgCode | None = None
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
class PatchLeadRequest(Model):
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
    lt_interest_status: LeadLtInterestStatus | None = None
    """Interest status: 1 interested, 2 meeting booked, 3 meeting completed, 4 won, 0 out of office, -1 not interested, -2 wrong person, -3 lost, -4 no show."""
    pl_value_lead: str | None = None
    """Potential value of the lead, as free text."""
    assigned_to: str | None = None
    """Id of the workspace user the lead is assigned to."""
    custom_variables: dict[str, str | float | bool | None] | None = None
    """New custom variables of the lead. This object replaces the stored one as a whole, so omitted keys are removed. Values must be scalars (string, number, boolean or null)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class RemoveLeadFromSubsequenceRequest(Model):
    """The lead to take out of its subsequence."""

    id: str
    """Id of the lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class UpdateLeadInterestStatusRequest(Model):
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
class UpdateLeadInterestStatusResponse(Model):
    """Acknowledgement that the interest status change was queued."""

    message: str | None = None
    """Human-readable confirmation from the server."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
