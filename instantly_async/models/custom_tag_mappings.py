"""Models of the CustomTagMapping group: Which resources carry which custom tag.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import ResourceType


@attrs.define(kw_only=True)
class CustomTagMapping(Model):
    """The assignment of one custom tag to one sending account or campaign."""

    id: str
    """Unique id of the assignment."""
    tag_id: str
    """Id of the custom tag that is assigned."""
    resource_id: str
    """Id of the account or campaign that carries the tag; `resource_type` says which."""
    resource_type: ResourceType
    """Kind of resource that carries the tag (1 sending account, 2 campaign)."""
    timestamp_created: datetime
    """When the tag was assigned (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the assignment."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
