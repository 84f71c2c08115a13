"""Typed models of the Instantly API V2: one attrs class or open enum per schema of the
spec, in one module per API group (`instantly_async.models.leads`, ...) plus
`instantly_async.models.shared`.

Every name is importable from here; a name's module is imported on first use, so the
first call of one group does not pay for the others. Decoding is lenient: fields the
spec does not declare are kept in `additional_properties`, and enum values it does not
list are kept as members of the (open) enum.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from instantly_async.models.others import Other as Other
    from instantly_async.models.things import DeleteRequest as DeleteRequest
    from instantly_async.models.things import ExtendedThing as ExtendedThing
    from instantly_async.models.things import Holder as Holder
    from instantly_async.models.things import Place as Place
    from instantly_async.models.things import Thing as Thing
    from instantly_async.models.things import ThingLevel as ThingLevel
    from instantly_async.models.things import ThingStatus as ThingStatus

    from instantly_async.models.shared import Error as Error
    from instantly_async.models.shared import OtherOwner as OtherOwner
    from instantly_async.models.shared import Pet as Pet

    OldThing = Thing

_MODULE_OF: dict[str, str] = {
    "DeleteRequest": "things",
    "Error": "shared",
    "ExtendedThing": "things",
    "Holder": "things",
    "Other": "others",
    "OtherOwner": "shared",
    "Pet": "shared",
    "Place": "things",
    "Thing": "things",
    "ThingLevel": "things",
    "ThingStatus": "things",
}

# Names of earlier releases, kept for one release: old name -> current name.
_RENAMED: dict[str, str] = {
    "OldThing": "Thing",
}

__all__ = [
    "DeleteRequest",
    "Error",
    "ExtendedThing",
    "Holder",
    "Other",
    "OtherOwner",
    "Pet",
    "Place",
    "Thing",
    "ThingLevel",
    "ThingStatus",
]


def __getattr__(name: str) -> Any:
    current = _RENAMED.get(name)
    if current is not None:
        warnings.warn(
            f"instantly_async.models.{name} is now {current}; the old name goes in the "
            "next release",
            DeprecationWarning,
            stacklevel=2,
        )
        return __getattr__(current)
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"instantly_async.models.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)  # old names still import, but are not offered
