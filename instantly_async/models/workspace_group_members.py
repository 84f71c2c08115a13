"""Models of the WorkspaceGroupMember group: Members of a workspace group (agency setups).

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
class CreateWorkspaceGroupMemberRequest(Model):
    """The workspace to invite into the group."""

    sub_workspace_id: str
    """Id of the workspace to invite."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetAdminWorkspaceGroupMemberResponse(Model):
    """The admin workspace the current workspace belongs to, if any."""

    workspace_name: str
    """Name of the admin workspace."""
    has_admin_workspace: bool
    """Whether the current workspace is a member of a group run by an admin workspace."""
    workspace_group_member_id: str | None = None
    """Id of the membership that links the current workspace to its admin workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class WorkspaceGroupMember(Model):
    """A workspace's membership in a workspace group, linking an admin workspace to a sub-workspace it manages."""

    id: str
    """Unique id of the membership."""
    admin_workspace_id: str
    """Id of the workspace that administers the group."""
    sub_workspace_id: str
    """Id of the member workspace."""
    status: WorkspaceGroupMemberStatus
    """State of the invitation: `pending` until the invited workspace answers, then `accepted` or `rejected`."""
    timestamp_created: datetime
    """When the membership was created."""
    timestamp_updated: datetime
    """When the membership last changed."""
    sub_workspace_name: str | None = None
    """Name of the member workspace."""
    admin_workspace_name: str | None = None
    """Name of the admin workspace."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class WorkspaceGroupMemberStatus(str, OpenEnum):
    """State of the invitation: `pending` until the invited workspace answers, then `accepted` or `rejected`."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
