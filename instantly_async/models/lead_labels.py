"""Models of the LeadLabel group: Workspace-defined interest statuses for leads.

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
class CreateLeadLabelRequest(Model):
    """Fields of a new lead label."""

    label: str
    """Name of the label as shown in the app."""
    interest_status_label: LeadLabelInterestStatusLabel
    """The interest sentiment this label stands for."""
    description: str | None = None
    """Free-text explanation of what the label is for."""
    use_with_ai: bool | None = None
    """Whether the AI reply classifier may assign this label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DeleteLeadLabelRequest(Model):
    """Optional body of a lead label deletion."""

    reassigned_status: float | None = None
    """Interest status to give the leads and emails that carried the deleted label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class LeadLabel(Model):
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


class LeadLabelInterestStatusLabel(str, OpenEnum):
    """The interest sentiment this label stands for."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


@attrs.define(kw_only=True)
class PatchLeadLabelRequest(Model):
    """Fields to change on a lead label; any omitted field keeps its value."""

    label: str | None = None
    """New name of the label."""
    interest_status_label: LeadLabelInterestStatusLabel | None = None
    """New interest sentiment of the label."""
    description: str | None = None
    """New free-text explanation of the label; null clears it."""
    use_with_ai: bool | None = None
    """Whether the AI reply classifier may assign this label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAiReplyLabelLeadLabelsRequest(Model):
    """The reply text to classify."""

    reply_text: str
    """Body of the sample reply to classify."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class TestAiReplyLabelLeadLabelsResponse(Model):
    """Outcome of a trial run of the AI reply classifier."""

    result: str | None = None
    """The label the classifier chose for the reply."""
    custom_labels_considered: list[str] | None = None
    """Names of the workspace's custom labels that were offered to the classifier."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
