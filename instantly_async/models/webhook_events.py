"""Models of the WebhookEvent group: Deliveries of webhook events and their outcome.

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
class GetWebhookEventsSummaryByDateItem(Model):
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
class GetWebhookEventsSummaryByDateResponse(Model):
    """Webhook delivery totals broken down by day."""

    items: list[GetWebhookEventsSummaryByDateItem] | None = None
    """One entry per day of the period."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWebhookEventsSummaryResponse(Model):
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
class WebhookEvent(Model):
    """One attempt to deliver an event to a webhook endpoint, with the payload sent and the endpoint's response."""

    id: str
    """Unique id of the delivery record."""
    timestamp_created: datetime
    """When the delivery was attempted."""
    timestamp_created_date: date_aliased
    """Day of the delivery attempt (YYYY-MM-DD)."""
    organization_id: str
    """Id of the workspace the delivery belongs to."""
    payload: dict[str, Any] | None = None
    """The JSON body that was posted to the endpoint."""
    success: bool
    """Whether the endpoint accepted the delivery."""
    retry_count: float
    """How many times this delivery has been retried."""
    will_retry: bool
    """Whether another attempt is scheduled."""
    webhook_url: str
    """URL the delivery was posted to."""
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
