"""Models of the Thing group: Things to test the generator with.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import Error, OtherOwner, Pet


@attrs.define(kw_only=True)
class DeleteRequest(Model):
    """anyOf that only says which fields are required."""

    list_id: str | None = None
    campaign_id: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Thing(Model):
    """Every kind of field."""

    id: str
    from_: str = attrs.field(metadata={"key": "from"})
    """A Python keyword as a field name."""
    occurrence_days: float | None = attrs.field(default=None, metadata={"key": "occurrence-days"})
    """Not a Python name."""
    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Starts with a digit."""
    status: ThingStatus | None = None
    """A nullable string enum."""
    level: ThingLevel | None = None
    """A nullable integer enum named from meaning."""
    catch_all: Literal[True, False, "pending"] | None = None
    """Values of mixed kinds."""
    created: datetime | None = None
    day: date_aliased | None = None
    tags: list[str] | None = None
    meta: dict[str, str] | None = None
    owner: OtherOwner | None = None
    """An inline object."""
    previous_owner: OtherOwner | None = None
    """The same shape again, so the same class."""
    old_name: str | None = None
    """Deprecated. Use `id`."""
    error: Error | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ExtendedThing(Thing):
    """allOf keeps inheritance."""

    extra: int | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Holder(Model):
    """A union of a scalar, an enum and a named schema."""

    choice: str | Pet | None = None
    places: list[Place] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Place(Model):
    city: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class ThingLevel(int, OpenEnum):
    """A nullable integer enum named from meaning."""

    LOW = 1
    BROKEN = 99


class ThingStatus(str, OpenEnum):
    """A nullable string enum."""

    ACTIVE = "active"
    PAUSED = "paused"
