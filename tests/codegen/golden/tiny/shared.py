"""Models that more than one API group uses.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from instantly_async._model import Model


@attrs.define(kw_only=True)
class Error(Model):
    """Shared by every group."""

    message: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class OtherOwner(Model):
    name: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class Pet(Model):
    """oneOf of objects is one model with every branch's fields."""

    bark: str | None = None
    meow: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
