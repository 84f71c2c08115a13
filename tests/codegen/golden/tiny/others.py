"""Models of the Other group: A second group that uses a schema of the first.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from instantly_async._model import Model
from instantly_async.models.shared import OtherOwner, Pet


@attrs.define(kw_only=True)
class Other(Model):
    pet: Pet | None = None
    owner: OtherOwner | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
