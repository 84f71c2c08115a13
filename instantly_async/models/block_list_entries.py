"""Models of the BlockListEntry group: Email addresses and domains that must never be contacted.

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
class BlockListEntry(Model):
    """An email address or domain that campaigns in the workspace must never send to."""

    id: str
    """Unique id of the entry."""
    timestamp_created: datetime
    """When the entry was added (ISO-8601, UTC)."""
    organization_id: str
    """Id of the workspace that owns the entry."""
    bl_value: str
    """The blocked value, either a full email address or a domain name."""
    is_domain: bool
    """True if the value is a domain, false if it is a single email address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkCreateBlockListEntriesRequest(Model):
    """The values to add to the block list in one call."""

    bl_values: list[str]
    """Email addresses or domains to block (1 to 1000)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkCreateBlockListEntriesResponse(Model):
    """Result of a bulk block list creation."""

    items: list[BlockListEntry]
    """Entries that were created."""
    valid_count: float
    """Number of values that were accepted."""
    invalid_count: float
    """Number of values that were rejected because they are not valid addresses or domains."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BulkDeleteBlockListEntriesRequest(Model):
    """The block list entries to remove."""

    ids: list[str]
    """Ids of the entries to remove (1 to 1000)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CreateBlockListEntryRequest(Model):
    """The value to add to the block list."""

    bl_value: str
    """Email address or domain to block."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class PatchBlockListEntryRequest(Model):
    """The new value for a block list entry."""

    bl_value: str | None = None
    """Email address or domain that replaces the current value."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
