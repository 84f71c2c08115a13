"""Models of the Webhook group: Subscriptions that deliver events to an HTTP endpoint.

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
class CreateWebhookRequest(Model):
    """Fields of a new webhook subscription."""

    campaign: str | None = None
    """Id of the campaign whose events to send; omit or null for all campaigns."""
    name: str | None = None
    """Display name of the webhook."""
    target_hook_url: str
    """HTTP or HTTPS URL to post the events to."""
    event_type: WebhookEventType | None = None
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""
    custom_interest_value: float | None = None
    """Interest status value of a custom lead label; the webhook fires when a lead is given that label."""
    headers: dict[str, str] | None = None
    """Extra HTTP headers sent with every delivery. Deliveries are not signed, so a secret header is the only way for the receiver to authenticate them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListWebhookEventTypesEventType(Model):
    id: str | None = None
    """Value to use as the webhook's event type."""
    label: str | None = None
    """Human-readable name of the event type."""
    type: str | None = None
    """Category of the event type, such as a standard event or a custom lead label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ListWebhookEventTypesResponse(Model):
    """The event types webhooks can subscribe to."""

    event_types: list[ListWebhookEventTypesEventType] | None = None
    """One entry per event type."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchWebhookRequest(Model):
    """Fields to change on a webhook subscription; omitted fields keep their value."""

    campaign: str | None = None
    """Id of the campaign whose events to send; null for all campaigns."""
    name: str | None = None
    """Display name of the webhook."""
    target_hook_url: str | None = None
    """HTTP or HTTPS URL to post the events to."""
    event_type: WebhookEventType | None = None
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""
    custom_interest_value: float | None = None
    """Interest status value of a custom lead label; the webhook fires when a lead is given that label."""
    headers: dict[str, str] | None = None
    """Extra HTTP headers sent with every delivery. Deliveries are not signed, so a secret header is the only way for the receiver to authenticate them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestWebhookResponse(Model):
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


@attrs.define(kw_only=True)
class Webhook(Model):
    """A subscription that posts events of the workspace, or of one campaign, to an HTTP endpoint."""

    id: str
    """Unique id of the webhook."""
    organization: str
    """Id of the workspace the webhook belongs to."""
    campaign: str | None = None
    """Id of the campaign whose events are sent, or null for all campaigns."""
    name: str | None = None
    """Display name of the webhook."""
    target_hook_url: str
    """HTTP or HTTPS URL the events are posted to."""
    event_type: WebhookEventType | None = None
    """Event that triggers the webhook; `all_events` subscribes to every event. Event names in delivered payloads can differ from these subscription names (for example `email_link_clicked` arrives as `link_clicked`)."""
    custom_interest_value: float | None = None
    """Interest status value of a custom lead label; the webhook fires when a lead is given that label."""
    headers: dict[str, str] | None = None
    """Extra HTTP headers sent with every delivery. Deliveries are not signed, so a secret header is the only way for the receiver to authenticate them."""
    timestamp_created: datetime
    """When the webhook was created."""
    status: float | None = None
    """Delivery state of the webhook; -1 means it was disabled after repeated delivery failures and must be resumed."""
    timestamp_error: datetime | None = None
    """When the webhook last failed to deliver, if ever."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class WebhookEventType(str, OpenEnum):
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
