"""Models of the CustomTag group: Tags that group accounts and campaigns.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import AccountFilter, ResourceType


@attrs.define(kw_only=True)
class CreateCustomTagRequest(Model):
    """Fields of the tag to create."""

    label: str
    """Display name of the new tag."""
    description: str | None = None
    """Optional longer explanation of what the tag is for."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CustomTag(Model):
    """A label used to group sending accounts and campaigns and to filter them in list operations."""

    id: str
    """Unique id of the tag."""
    timestamp_created: datetime
    """When the tag was created (ISO-8601, UTC)."""
    timestamp_updated: datetime
    """When the tag was last changed (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the tag."""
    label: str
    """Display name of the tag."""
    description: str | None = None
    """Optional longer explanation of what the tag is for."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchCustomTagRequest(Model):
    """Fields to change on a tag; omitted fields keep their value."""

    label: str | None = None
    """New display name of the tag."""
    description: str | None = None
    """New explanation of the tag, or null to clear it."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ToggleTagResourceFilter(Model):
    tag_id: str | ToggleTagResourceFilterTagIdEnum | None = None
    """Only select resources that carry this tag, or "no-tag" for resources without any tag."""
    tag_ids: list[str] | None = None
    """Only select resources that carry at least one of these tags."""
    tag_ids_all: list[str] | None = None
    """Only select resources that carry all of these tags."""
    filter: AccountFilter | None = None
    """Preset account filter to apply, or null for none."""
    search: str | None = None
    """Only select resources whose name or address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class ToggleTagResourceFilterTagIdEnum(str, OpenEnum):
    NO_TAG = "no-tag"


@attrs.define(kw_only=True)
class ToggleTagResourceRequest(Model):
    """Which tags to assign or remove, and on which accounts or campaigns."""

    tag_ids: list[str]
    """Ids of the tags to assign or remove."""
    resource_type: ResourceType
    """Kind of resource the ids refer to (1 sending accounts, 2 campaigns)."""
    resource_ids: list[str] | None = None
    """Ids of the accounts or campaigns to change; not needed when `selected_all` is true."""
    excluded_resource_ids: list[str] | None = None
    """Resources to leave unchanged when `selected_all` is true."""
    assign: bool
    """True to add the tags, false to remove them."""
    selected_all: bool | None = None
    """When true, every resource matching `filter` and `search` is changed instead of `resource_ids`."""
    filter: AccountFilter | ToggleTagResourceFilter | None = None
    """Narrows the selection when `selected_all` is true: a preset account filter name, or an object with tag and preset conditions."""
    search: str | None = None
    """Only select resources whose name or address contains this text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
