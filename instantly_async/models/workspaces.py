"""Models of the Workspace group: The workspace the API key belongs to.

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
class AddWorkspaceAgencyDomainRequest(Model):
    """The white-label domain to use for the workspace."""

    domain: str
    """Domain name to serve the app on, such as `app.example.com`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ChangeWorkspaceOwnerRequest(Model):
    """The new owner of the workspace and the confirmation needed for the transfer."""

    email: str
    """Email address of the user who becomes the new owner."""
    sec: str
    """Security confirmation value that authorises the transfer."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspaceDomainInfoResponse(Model):
    """The workspace's agency domain and the DNS records that verify it."""

    verified: bool | None = None
    """Whether the domain's DNS records have been verified."""
    name: str | None = None
    """The agency domain."""
    verification: list[GetWorkspaceDomainInfoVerificationItem] | None = None
    """DNS records to create so the domain can be verified."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetWorkspaceDomainInfoVerificationItem(Model):
    type: str | None = None
    """DNS record type, such as TXT or CNAME."""
    domain: str | None = None
    """Host name the record must be created on."""
    value: str | None = None
    """Value the record must hold."""
    reason: str | None = None
    """Why the record is needed or why verification has not passed yet."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchWorkspaceRequest(Model):
    """Fields to change on the workspace; omitted fields keep their value."""

    name: str | None = None
    """New name of the workspace."""
    org_logo_url: str | None = None
    """URL of the workspace's logo; null removes it."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Workspace(Model):
    """A workspace (organization): the tenant that owns campaigns, leads, accounts and members, with its plan and settings."""

    id: str
    """Unique id of the workspace."""
    timestamp_created: datetime
    """When the workspace was created."""
    timestamp_updated: datetime
    """When the workspace was last changed."""
    scheduled_for_removal_at: datetime | None = None
    """When the workspace is due to be removed, or null if no removal is scheduled."""
    owner: str
    """Id of the user who owns the workspace."""
    name: str
    """Name of the workspace."""
    plan_id: str | None = None
    """Product id of the workspace's outreach plan, or null without one."""
    plan_id_bundle: str | None = None
    """Product id of the workspace's bundle plan, if any."""
    add_unsub_to_block: bool | None = None
    """Whether leads who unsubscribe are added to the block list automatically."""
    default_opportunity_value: float | None = None
    """Value counted for each opportunity (interested lead) in revenue reporting."""
    plan_id_leadfinder: str | None = None
    """Product id of the workspace's Lead Finder plan, if any."""
    plan_id_verification: WorkspacePlanIdVerification | None = None
    """The workspace's email verification plan."""
    org_logo_url: str | None = None
    """URL of the workspace's logo."""
    org_client_domain: str | None = None
    """White-label domain the workspace serves the app to its clients on, if any."""
    plan_id_crm: str | None = None
    """Product id of the workspace's CRM plan, if any."""
    plan_id_website_visitor: str | None = None
    """Product id of the workspace's website visitor plan, if any."""
    plan_id_inbox_placement: str | None = None
    """Product id of the workspace's inbox placement plan, if any."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspacePlanIdVerification(Model):
    """The workspace's email verification plan."""

    quantity: float | None = None
    """Number of units bought on the verification plan."""
    product_id: str | None = None
    """Product id of the verification plan."""
    timestamp_updated: datetime | None = None
    """When the verification plan last changed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
