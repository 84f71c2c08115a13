"""Models of the OAuth group: Connecting Google and Microsoft mailboxes through OAuth.

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
class GetOAuthSessionStatusResponse(Model):
    """State of an OAuth session; the other fields are filled in once it has finished."""

    status: GetOAuthSessionStatusStatus | None = None
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


class GetOAuthSessionStatusStatus(str, OpenEnum):
    """`pending` while waiting for the user; `success`, `error` and `expired` are final."""

    PENDING = "pending"
    SUCCESS = "success"
    ERROR = "error"
    EXPIRED = "expired"


@attrs.define(kw_only=True)
class InitOAuthResponse(Model):
    """A new OAuth session (Google or Microsoft)."""

    session_id: str | None = None
    """Id to poll the session status with."""
    auth_url: str | None = None
    """The provider's consent page to send the user to."""
    expires_at: datetime | None = None
    """When the session expires, 10 minutes after it was created."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
