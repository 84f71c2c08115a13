"""Models of the LeadList group: Lists that hold leads outside of campaigns.

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
class CreateLeadListRequest(Model):
    """Fields of a new lead list."""

    has_enrichment_task: bool | None = None
    """Enrich every lead added to the list automatically."""
    owned_by: str | None = None
    """Id of the user who will own the list; defaults to the creator."""
    name: str
    """Name of the list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetVerificationStatsResponse(Model):
    """Counts of a lead list's leads by email verification result."""

    stats: GetVerificationStatsStats
    """Number of leads per verification result."""
    total_leads: float
    """Total number of leads in the list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetVerificationStatsStats(Model):
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
class LeadList(Model):
    """A named container for leads that are not tied to a campaign."""

    id: str
    """Unique id of the lead list."""
    organization_id: str
    """Id of the workspace the list belongs to."""
    has_enrichment_task: bool | None = None
    """Whether every lead added to the list is sent through enrichment automatically."""
    owned_by: str | None = None
    """Id of the user who owns the list; by default the user who created it."""
    name: str
    """Name of the list."""
    timestamp_created: datetime
    """When the list was created."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchLeadListRequest(Model):
    """Fields to change on a lead list; omitted fields keep their value."""

    has_enrichment_task: bool | None = None
    """Enrich every lead added to the list automatically."""
    owned_by: str | None = None
    """Id of the user who will own the list."""
    name: str | None = None
    """New name of the list."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
