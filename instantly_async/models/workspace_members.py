"""Models of the WorkspaceMember group: Users of the workspace and their roles.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import WorkspaceMemberName


@attrs.define(kw_only=True)
class CreateWorkspaceMemberRequest(Model):
    """The person to invite and the role they get."""

    email: str
    """Email address to send the invitation to."""
    user_email: str | None = None
    """Email address of the user account linked to the membership."""
    nickname: str | None = None
    """Display name of the member within the workspace, up to 80 characters."""
    role: WorkspaceMemberRole
    """Role of the member: `owner` has full control, `admin` everything except deleting the workspace, `editor` can edit but not manage workspace settings, `view` is read-only. The `client` role is used only in the agency (white-label) view and cannot be set through the API."""
    permissions: list[WorkspaceMemberPermission] | None = None
    """Fine-grained permissions to grant, such as `campaigns.edit` or `leads.move`; omit to use the role's defaults."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchWorkspaceMemberRequest(Model):
    """Fields to change on a workspace member; omitted fields keep their value."""

    nickname: str | None = None
    """New display name of the member, up to 80 characters."""
    role: WorkspaceMemberRole | None = None
    """New role of the member; see the member's `role` field for what each role allows."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspaceMember(Model):
    """A user's membership in the workspace, or a pending invitation, with the member's role."""

    id: str
    """Unique id of the membership."""
    email: str
    """Email address the invitation was sent to."""
    user_id: str
    """Id of the user account behind the membership."""
    user_email: str | None = None
    """Email address of the user account linked to the membership."""
    nickname: str | None = None
    """Display name of the member within the workspace, up to 80 characters."""
    name: WorkspaceMemberName | None = None
    """The user's first and last name."""
    role: WorkspaceMemberRole
    """Role of the member: `owner` has full control, `admin` everything except deleting the workspace, `editor` can edit but not manage workspace settings, `view` is read-only. The `client` role is used only in the agency (white-label) view and cannot be set through the API."""
    timestamp_created: datetime
    """When the member was invited."""
    workspace_id: str
    """Id of the workspace."""
    accepted: bool
    """Whether the person has accepted the invitation."""
    issuer_id: str | None = None
    """Id of the user who sent the invitation."""
    permissions: list[WorkspaceMemberPermission] | None = None
    """Fine-grained permissions of the member, such as `campaigns.edit` or `leads.move`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class WorkspaceMemberPermission(str, OpenEnum):
    DASHBOARD_VIEW = "dashboard.view"
    CAMPAIGNS_VIEW = "campaigns.view"
    CAMPAIGNS_CREATE = "campaigns.create"
    CAMPAIGNS_EDIT = "campaigns.edit"
    CAMPAIGNS_DELETE = "campaigns.delete"
    ORGANIZATION_MANAGE = "organization.manage"
    ORGANIZATION_INTEGRATIONS = "organization.integrations"
    ORGANIZATION_BILLING = "organization.billing"
    ORGANIZATION_USERS_MANAGE = "organization.users.manage"
    LEADFINDER_VIEW = "leadFinder.view"
    CUSTOMLEADLABELS_CREATE = "customLeadLabels.create"
    CUSTOMLEADLABELS_EDIT = "customLeadLabels.edit"
    CUSTOMLEADLABELS_DELETE = "customLeadLabels.delete"
    UNIBOX_ALL = "unibox.all"
    ANALYTICS_VIEW = "analytics.view"
    WEBSITECHAT_VIEW = "websiteChat.view"
    WEBSITECHAT_MANAGE = "websiteChat.manage"
    AGENCY_MANAGE = "agency.manage"
    ACCOUNTS_VIEW = "accounts.view"
    ACCOUNTS_MANAGE = "accounts.manage"
    LEADMANAGEMENT_VIEW = "leadManagement.view"
    LEADS_MOVE = "leads.move"
    CRM_VIEW = "crm.view"
    WEBSITEVISITORS_VIEW = "websiteVisitors.view"
    BLOCKLIST_MANAGE = "blocklist.manage"
    PREFERENCES_MANAGE = "preferences.manage"
    INBOXPLACEMENT_VIEW = "inboxPlacement.view"
    AIAGENTS_MANAGE = "aiAgents.manage"
    WORKSPACEGROUPMEMBERS_INVITE = "workspaceGroupMembers.invite"
    WORKSPACEGROUPMEMBERS_REMOVE = "workspaceGroupMembers.remove"
    WORKSPACEGROUPMEMBERS_LEAVE = "workspaceGroupMembers.leave"


class WorkspaceMemberRole(str, OpenEnum):
    """Role of the member: `owner` has full control, `admin` everything except deleting the workspace, `editor` can edit but not manage workspace settings, `view` is read-only. The `client` role is used only in the agency (white-label) view and cannot be set through the API."""

    OWNER = "owner"
    ADMIN = "admin"
    EDITOR = "editor"
    VIEW = "view"
    CLIENT = "client"
