"""Models of the EmailVerification group: Deliverability checks of single email addresses.

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
class CreateEmailVerificationRequest(Model):
    """The address to verify and where to report the result."""

    email: str
    """Email address to verify."""
    webhook_url: str | None = None
    """URL that is sent the result when the verification takes longer than about 10 seconds."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class EmailVerification(Model):
    """The result of checking whether one email address is deliverable."""

    status: EmailVerificationStatus | None = None
    """Whether the request itself was processed (`success`) or not (`error`); it says nothing about the address, read `verification_status` for that."""
    email: str
    """The address that was checked."""
    verification_status: EmailVerificationVerificationStatus
    """Outcome of the check, `pending` while it is still running, then `verified` or `invalid`."""
    catch_all: Literal[True, False, "pending"] | None = None
    """Whether the address's domain accepts mail for any address (true), does not (false), or is not known yet ("pending")."""
    credits: float | None = None
    """Verification credits left in the workspace after this check."""
    credits_used: float | None = None
    """Verification credits consumed by this check."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class EmailVerificationStatus(str, OpenEnum):
    """Whether the request itself was processed (`success`) or not (`error`); it says nothing about the address, read `verification_status` for that."""

    SUCCESS = "success"
    ERROR = "error"


class EmailVerificationVerificationStatus(str, OpenEnum):
    """Outcome of the check, `pending` while it is still running, then `verified` or `invalid`."""

    PENDING = "pending"
    VERIFIED = "verified"
    INVALID = "invalid"
