"""Models of the CRMActions group: Phone numbers and other resources used by CRM actions.

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
class CRMActions(Model):
    """Placeholder for the CRM actions group; it declares no fields of its own."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DeletePhoneNumberResponse(Model):
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
class ListPhoneNumbersItem(Model):
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
