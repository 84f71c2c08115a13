"""Models of the Email group: Emails in the Unibox: campaign sends, replies and manual messages.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import SuccessStatus


@attrs.define(kw_only=True)
class CountUnreadEmailsResponse(Model):
    """Number of unread emails."""

    count: float | None = None
    """How many emails are unread."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Email(Model):
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
    from_address_email: str | None = None
    """Sender address, derived from `eaccount`."""
    to_address_email_list: str
    """Recipient addresses, comma-separated."""
    cc_address_email_list: str | None = None
    """CC addresses, comma-separated."""
    bcc_address_email_list: str | None = None
    """BCC addresses, comma-separated."""
    reply_to: str | None = None
    """Reply-To address of the email."""
    body: EmailBody
    """Content of the email."""
    organization_id: str
    """Id of the workspace that owns the email."""
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
    eaccount: str
    """Workspace sending account that sent or received the email."""
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
class EmailAttachmentJson(Model):
    """Attachments of the email."""

    files: list[EmailAttachmentJsonFile]
    """The attached files."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EmailAttachmentJsonFile(Model):
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
class EmailBody(Model):
    """Content of the email."""

    text: str | None = None
    """Plain-text content."""
    html: str | None = None
    """HTML content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EmailTemplate(Model):
    """A reusable email with a name, subject and body, for use in campaigns."""

    id: str
    """Unique id of the template."""
    timestamp_created: datetime
    """When the template was created (ISO-8601, UTC)."""
    body: str
    """Body of the template."""
    name: str
    """Display name of the template."""
    subject: str | None = None
    """Subject line of the template."""
    organization: str
    """Id of the workspace that owns the template."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EmailUeType(int, OpenEnum):
    """Kind of email: 1 sent by a campaign, 2 received, 3 sent manually, 4 scheduled."""

    SENT_FROM_CAMPAIGN = 1
    RECEIVED = 2
    SENT = 3
    SCHEDULED = 4


@attrs.define(kw_only=True)
class ForwardEmailRequest(Model):
    """Recipients and content of a forwarded email. Either a non-empty `body` or `include_original_body` set to true is required."""

    eaccount: str
    """Workspace sending account that sends the forward."""
    reply_to_uuid: str
    """Id of the email being forwarded."""
    to_address_email_list: str
    """Recipient addresses, comma-separated."""
    subject: str
    """Subject line of the forward."""
    body: EmailBody | None = None
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
class PatchEmailRequest(Model):
    """Email fields to change."""

    is_unread: float | None = None
    """1 to mark the email unread, 0 to mark it read."""
    reminder_ts: datetime | None = None
    """Time at which a reminder is due; null removes the reminder."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ReplyToEmailRequest(Model):
    """Content and options of a reply."""

    eaccount: str
    """Workspace sending account that sends the reply."""
    reply_to_uuid: str
    """Id of the email being answered."""
    subject: str
    """Subject line of the reply."""
    body: EmailBody
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
class SendTestEmailBody(Model):
    """Content of the test email."""

    html: str
    """HTML content."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendTestEmailFailure(Model):
    """The test email could not be sent; it comes with HTTP 200, and the SDK raises it as `APIStatusError`."""

    error: SendTestEmailFailureError
    """Why sending failed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SendTestEmailFailureError(str, OpenEnum):
    """Why sending failed."""

    ACC_AUTH_ERROR = "ACC_AUTH_ERROR"
    ACC_NOT_FOUND = "ACC_NOT_FOUND"
    ACC_UNKNOWN_ERROR = "ACC_UNKNOWN_ERROR"


@attrs.define(kw_only=True)
class SendTestEmailRequest(Model):
    """What to send as a test, and from and to whom."""

    eaccount: str
    """Workspace sending account that sends the test."""
    to_address_email_list: str
    """Recipient addresses, comma-separated."""
    subject: str
    """Subject line of the test email."""
    body: SendTestEmailBody
    """Content of the test email."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SendTestEmailResponse(Model):
    """The test email was sent."""

    status: SuccessStatus
    """Always `success`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SuccessResponse(Model):
    """Whether a change was applied (marking a thread as read, assigning or removing tags)."""

    success: bool | None = None
    """True if the change was applied."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
