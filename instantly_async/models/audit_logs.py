"""Models of the AuditLog group: A trail of actions taken in the workspace.

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
class AuditLog(Model):
    """One recorded action in the workspace, with the user, client and resources it concerned."""

    id: str
    """Unique id of the record."""
    timestamp: datetime
    """When the action took place (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace where the action took place."""
    activity_type: AuditLogActivityType
    """Kind of action, as a numeric code: for example 1 user login, 2 lead deletion, 4 campaign launch, 6 account addition, 9 lead added, 18 webhook created, 37 API key created. Codes 13 to 17 are not listed, and new codes may appear."""
    user_agent: str | None = None
    """User agent of the client that performed the action."""
    user_id: str | None = None
    """Id of the user who performed the action."""
    ip_address: str
    """IP address the action came from."""
    from_api: bool
    """True if the action was made through the API rather than the web app."""
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
    MFA_LOGIN_CHALLENGE_LOCKED_OUT = 30
    MFA_LOGIN_SUCCEEDED = 31
    SUBSCRIBER_IMPORT_STARTED = 32
    SUBSCRIBER_IMPORT_CANCELLED = 33
    LEAD_EXPORTED = 34
    SUPERSEARCH_ENRICHMENT_CREATED = 35
    ACCOUNT_UPDATE = 36
    API_KEY_CREATED = 37
    API_KEY_DELETED = 38
